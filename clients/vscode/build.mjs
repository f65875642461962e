// Builds the extension into dist/: extension.js (the client) and server.js (the language server from
// server/src/lsp/node.ts), each one CommonJS file with its dependencies inside, so the .vsix needs
// no node_modules; plus the snippets file VS Code reads and the rule pages the hovers link to.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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

/** The rules' metadata without their checking code, so the client stays small. */
async function ruleMeta() {
  const tmp = mkdtempSync(join(tmpdir(), 'probity-meta-'));
  try {
    const outfile = join(tmp, 'rules.cjs');
    await build({ ...common, entryPoints: [join(root, 'rules', 'src', 'index.ts')], outfile });
    const { RULES } = createRequire(import.meta.url)(outfile);
    return RULES.map(({ id, title, severity, rationale, guidance }) => ({ id, title, severity, rationale, guidance }));
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
mkdirSync(join(dist, 'snippets'), { recursive: true });
copyFileSync(join(root, 'snippets', 'probity.json'), join(dist, 'snippets', 'probity.json'));

const meta = await ruleMeta();

// The generated docs/rules/<id>.md, into dist/rules/ (RULE_PAGES_DIR in src/ruleDocs.ts), where the
// server's ruleDocsUrl points. A missing page would be a dead link, so it stops the build.
const pagesFrom = join(root, 'docs', 'rules'), pagesTo = join(dist, 'rules');
const missing = meta.map((r) => r.id).filter((id) => !existsSync(join(pagesFrom, `${id}.md`)));
if (missing.length) throw new Error(`build: no page in docs/rules/ for ${missing.join(', ')} (run \`npm run docs\`)`);
mkdirSync(pagesTo);
for (const f of readdirSync(pagesFrom).filter((f) => f.endsWith('.md'))) copyFileSync(join(pagesFrom, f), join(pagesTo, f));

await build({
  ...common,
  ...lean,
  entryPoints: [join(here, 'src', 'extension.ts')],
  outfile: join(dist, 'extension.js'),
  external: ['vscode'],
  plugins: [metaPlugin(meta)],
});

if (existsSync(serverEntry)) {
  await build({
    ...common,
    ...lean,
    entryPoints: [serverEntry],
    outfile: join(dist, 'server.js'),
    // The server is written as ES modules; as CommonJS, import.meta.url comes from __filename.
    define: { PROBITY_VERSION: JSON.stringify(version), 'import.meta.url': '__probityImportMetaUrl' },
    banner: { js: "const __probityImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
} else {
  console.warn(`build: ${serverEntry} does not exist yet, so dist/server.js was not built`);
}
