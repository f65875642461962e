// `@probity/server` as a library, the way a script outside this repo uses it: plain Node, no
// TypeScript loader, importing the package by name; and its type declarations, read by tsc.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SERVER = join(ROOT, 'server');

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'probity-library-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('@probity/server from plain Node', () => {
  it('imports checkDraft, applyFixes and the launch helper from the built JavaScript, with nothing else installed', () => {
    // The package as npm would lay it out: package.json and the built files, no node_modules beside it.
    const pkg = join(dir, 'app', 'node_modules', '@probity', 'server');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    copyFileSync(join(SERVER, 'package.json'), join(pkg, 'package.json'));
    for (const f of readdirSync(join(SERVER, 'dist'))) if (f.endsWith('.js')) copyFileSync(join(SERVER, 'dist', f), join(pkg, 'dist', f));
    const script = [
      "import { checkDraft, applyFixes, RULE_IDS } from '@probity/server';",
      "import { serverNodeArgs } from '@probity/server/launch';",
      "const text = 'Use my code GLOW20 for 20% off the serum.\\n';",
      'const findings = checkDraft(text);',
      "const fix = findings.find((f) => f.rule === 'ad-disclosure').fixes.find((x) => x.safe);",
      'console.log(JSON.stringify({ rules: findings.map((f) => f.rule), fixed: applyFixes(text, [fix]), ids: RULE_IDS.length, args: serverNodeArgs(2) }));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(dir, 'app'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      rules: ['ad-disclosure'], fixed: '#AD Use my code GLOW20 for 20% off the serum.\n', ids: 10, args: ['--v8-pool-size=1', '--max-semi-space-size=4'],
    });
  });

  it('ships type declarations that a TypeScript consumer resolves through the package exports', () => {
    const app = join(dir, 'typed');
    mkdirSync(join(app, 'node_modules', '@probity'), { recursive: true });
    symlinkSync(SERVER, join(app, 'node_modules', '@probity', 'server'));
    writeFileSync(join(app, 'package.json'), '{ "type": "module" }');
    writeFileSync(join(app, 'use.ts'), [
      "import { checkDraft, type Finding } from '@probity/server';",
      "import { serverNodeArgs } from '@probity/server/launch';",
      "const findings: Finding[] = checkDraft('Honey cures hay fever.', { settings: { jurisdiction: 'ie' } });",
      'const start: number = findings[0].start;',
      'const args: string[] = serverNodeArgs();',
      '// @ts-expect-error: the draft is text',
      'checkDraft(42);',
      "// @ts-expect-error: 'fr' is not a jurisdiction",
      "checkDraft('x', { settings: { jurisdiction: 'fr' } });",
      'export { start, args };',
    ].join('\n'));
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: ['use.ts'],
    }));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', app], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
