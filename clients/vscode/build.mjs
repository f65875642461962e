// Builds the extension into dist/: extension.js (the client) and server.js (the language server from
// server/src/lsp/node.ts), each one CommonJS file with its dependencies inside, so the .vsix needs
// no node_modules; plus probity.schema.json, the JSON Schema VS Code checks probity.json against.
// package.mjs makes the .vsix from them (`npm run package`).
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(here, 'dist');
const serverEntry = join(root, 'server', 'src', 'lsp', 'node.ts');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', sourcemap: false, legalComments: 'none' };
// Smaller, but identifiers kept, so a stack trace in the output channel still names the function.
const lean = { minifyWhitespace: true, minifySyntax: true, keepNames: true };

/**
 * The rules' metadata without their checking code, so the client stays small, and the JSON Schema
 * of probity.json, made from the same lists the server checks it against.
 */
async function fromSources() {
  const tmp = mkdtempSync(join(tmpdir(), 'probity-meta-'));
  try {
    const outfile = join(tmp, 'meta.cjs');
    await build({
      ...common, outfile,
      stdin: {
        contents: "export { RULES } from './rules/src/index.ts'; export { probityJsonSchema } from './server/src/settings/json-schema.ts';",
        resolveDir: root, loader: 'ts',
      },
    });
    const { RULES, probityJsonSchema } = createRequire(import.meta.url)(outfile);
    const meta = RULES.map(({ id, title, severity, rationale, guidance }) => ({ id, title, severity, rationale, guidance }));
    return { meta, schema: probityJsonSchema(meta) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const metaPlugin = (meta) => ({
  name: 'probity-rule-meta',
  setup(b) {
    b.onResolve({ filter: /^probity:rule-meta$/ }, (args) => ({ path: args.path, namespace: 'probity-meta' }));
    b.onLoad({ filter: /.*/, namespace: 'probity-meta' }, () => ({ contents: JSON.stringify(meta), loader: 'json' }));
  },
});

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const { meta, schema } = await fromSources();
writeFileSync(join(dist, 'probity.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);

await build({
  ...common,
  ...lean,
  entryPoints: [join(here, 'src', 'extension.ts')],
  outfile: join(dist, 'extension.js'),
  external: ['vscode'],
  // The walkthrough's sample draft, as a string.
  loader: { '.md': 'text' },
  plugins: [metaPlugin(meta)],
});

if (existsSync(serverEntry)) {
  await build({
    ...common,
    ...lean,
    entryPoints: [serverEntry],
    outfile: join(dist, 'server.js'),
    // twitter-text requires 'punycode', meaning the npm package it depends on; left to Node, the
    // name means Node's own deprecated module, whose warning newer Node versions print to the log.
    alias: { punycode: 'punycode/' },
    // The server is written as ES modules; as CommonJS, import.meta.url comes from __filename.
    define: { PROBITY_VERSION: JSON.stringify(version), 'import.meta.url': '__probityImportMetaUrl' },
    banner: { js: "const __probityImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
} else {
  console.warn(`build: ${serverEntry} does not exist yet, so dist/server.js was not built`);
}
