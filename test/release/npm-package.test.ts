// The npm package as a user gets it: `npm pack` at the root, then in an empty folder, offline,
// `npm install ./probity-<version>.tgz` and nothing else; the `probity` command, the language server
// over stdio (one diagnostic round trip, through npx as a user starts it), the library from plain
// Node, and its type declarations read by tsc with no other package to lean on.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../protocol/lsp-client.js';
import { ROOT } from '../helpers/cli.js';

const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const DRAFT = 'Loving this serum. Use my code GLOW20 for 20% off.\n';
// The finding is on the code and the word before it, zero-based in LSP, one-based in the CLI's text.
const AT = DRAFT.indexOf('code GLOW20');

// Under `npm test`, npm's own settings arrive as npm_* variables; the npm run here would take them
// as its configuration, so it starts from the environment less those, as a user's shell would.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
const run = (cmd: string, args: string[], cwd: string, input?: string) =>
  spawnSync(cmd, args, { cwd, env, input, encoding: 'utf8' });

let work: string;
let app: string;
let packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'probity-npm-'));
  // --ignore-scripts: `npm test` has just built server/dist, and the `prepare` build would rewrite
  // it under the other test files that are running it.
  const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  [packed] = JSON.parse(pack.stdout);
  console.log(`[npm package] ${packed.filename}: ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked, ${packed.files.length} files`);

  app = join(work, 'empty');
  mkdirSync(app);
  copyFileSync(join(work, packed.filename), join(app, packed.filename));
  const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', `./${packed.filename}`], app);
  expect(install.status, install.stdout + install.stderr).toBe(0);
  writeFileSync(join(app, 'draft.md'), DRAFT);
}, 120_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe('the npm package', () => {
  it(`is probity-${version}.tgz holding the built commands, library and declarations, the README, licence and changelog: no sources, tests or source maps`, () => {
    expect(packed.filename).toBe(`probity-${version}.tgz`);
    const files = packed.files.map((f) => f.path).sort();
    const chunks = files.filter((f) => f.startsWith('server/dist/chunks/'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.every((f) => /^server\/dist\/chunks\/(?:chunk-\w+\.js|vendor-[\w-]+\.cjs)$/.test(f)), chunks.join(' ')).toBe(true);
    expect(files.filter((f) => !chunks.includes(f))).toEqual([
      'CHANGELOG.md', 'LICENSE', 'README.md', 'package.json',
      'server/bin/probity-language-server.js', 'server/bin/probity.js',
      'server/dist/cli.js', 'server/dist/index.d.ts', 'server/dist/index.js', 'server/dist/launch.d.ts', 'server/dist/launch.js',
      'server/dist/server.js',
    ]);
    // The shipped JavaScript names no source map it does not carry.
    for (const f of files.filter((x) => x.endsWith('.js'))) {
      expect(readFileSync(join(ROOT, f), 'utf8'), f).not.toMatch(/sourceMappingURL/);
    }
    expect(packed.size).toBeLessThan(1024 * 1024);
  });

  it('installs offline into an empty folder with nothing beside it: no dependency to fetch', () => {
    const installed = readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'));
    expect(installed).toEqual(['probity']);
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'probity', 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.engines.node).toBe('>=20.19');
    expect(manifest.license).toBe('MIT');
    expect(manifest.repository.url).toMatch(/^git\+https:\/\//);
  });

  it('`npx probity check draft.md` reports the finding and exits 1; --version is the package\'s', () => {
    const r = run('npx', ['--offline', 'probity', 'check', 'draft.md'], app);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`draft.md:1:${AT + 1} error ad-disclosure The discount code 'GLOW20' makes this an advert`);
    expect(r.status).toBe(1);
    expect(run('npx', ['--offline', 'probity', '--version'], app).stdout.trim()).toBe(version);
  });

  it('`npx probity-language-server --stdio` publishes the diagnostic for an opened draft and exits on request', async () => {
    const proc = spawn('npx', ['--offline', 'probity-language-server', '--stdio'], { cwd: app, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new TestClient(createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!)), proc);
    proc.stderr!.on('data', (d) => { client.stderr += String(d); });
    try {
      const init = await client.initialize();
      expect(init.serverInfo?.name).toBe('probity-language-server');
      expect(init.serverInfo?.version).toBe(version);
      const uri = pathToFileURL(join(app, 'draft.md')).href;
      await client.open(uri, DRAFT);
      const diagnostics = await client.diagnostics(uri, 1);
      expect(diagnostics.map((d: any) => [d.code, d.range.start])).toEqual([['ad-disclosure', { line: 0, character: AT }]]);
      expect(await client.shutdown()).toBe(0);
    } finally {
      proc.kill();
    }
  });

  it("`import { checkDraft } from 'probity'` works in plain Node, as does 'probity/launch'", () => {
    const script = [
      "import { checkDraft, applyFixes, RULE_IDS } from 'probity';",
      "import { serverNodeArgs } from 'probity/launch';",
      `const text = ${JSON.stringify(DRAFT)};`,
      'const findings = checkDraft(text);',
      "const fix = findings.find((f) => f.rule === 'ad-disclosure').fixes.find((x) => x.safe);",
      'console.log(JSON.stringify({ rules: findings.map((f) => f.rule), fixed: applyFixes(text, [fix]), ids: RULE_IDS.length, args: serverNodeArgs(2) }));',
    ].join('\n');
    const r = run(process.execPath, ['--input-type=module', '-e', script], app);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      rules: ['ad-disclosure'], fixed: `#AD ${DRAFT}`, ids: 10, args: ['--v8-pool-size=1', '--max-semi-space-size=4', '--optimize-for-size'],
    });
  });

  it('ships declarations that tsc reads with no other package installed, its own files checked too (no skipLibCheck)', () => {
    writeFileSync(join(app, 'use.ts'), [
      "import { checkDraft, applyFixes, type Finding, type Settings } from 'probity';",
      "import { serverNodeArgs } from 'probity/launch';",
      "const settings: Partial<Settings> = { jurisdiction: 'ie' };",
      "const findings: Finding[] = checkDraft('Honey cures hay fever.', { settings });",
      'const start: number = findings[0].start;',
      "const fixed: string = applyFixes('x', findings.flatMap((f) => f.fixes));",
      'const args: string[] = serverNodeArgs();',
      '// @ts-expect-error: the draft is text',
      'checkDraft(42);',
      "// @ts-expect-error: 'fr' is not a jurisdiction",
      "checkDraft('x', { settings: { jurisdiction: 'fr' } });",
      'export { start, fixed, args };',
    ].join('\n'));
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['use.ts'],
    }));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const r = run(process.execPath, [tsc, '-p', app], app);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
