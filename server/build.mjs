// Bundles the CLI, the language server and the library entry points with esbuild, no node_modules
// at run time (the code they share in dist/chunks/); then tsc writes the library's type
// declarations (dist/types), and rollup-plugin-dts folds them, with the rules' and snippets' types
// they import, into one file per entry point (dist/index.d.ts, dist/launch.d.ts): the published
// package (the root package.json) has no @probity/rules beside it for a declaration to import from.
// Entries that do not exist yet are skipped, so the build grows with the project.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const version = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')).version;
const node = {
  // Maps beside the bundles, not linked from them: the published package carries the bundles alone,
  // and a file that names a map it does not ship sets bundlers' source-map loaders warning. The same
  // build's map still decodes a user's stack trace (`node --enable-source-maps` needs the link).
  bundle: true, platform: 'node', target: 'node20', format: 'esm', sourcemap: 'external', logLevel: 'warning',
  define: { PROBITY_VERSION: JSON.stringify(version) },
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: { js: "import { createRequire as __probityRequire } from 'node:module'; const require = __probityRequire(import.meta.url);" },
};
// The CLI, the language server and the library (`import { checkDraft } from 'probity'`) share the
// engine and the rules: built together with splitting, that code sits once in dist/chunks/ rather
// than in each of three bundles (the npm package is a third of the size; start-up is the same).
const chunks = join(here, 'dist', 'chunks');
rmSync(chunks, { recursive: true, force: true }); // a chunk's name is its hash: last build's would linger
// Packages the rules load on first use (rules/src/util/lazy-package.ts), each bundled into a file of
// its own beside the shared chunk and required from there: inside the chunk, V8 would read their
// 700 KB (compromise, twitter-text and its core-js) at every start-up, used or not, some 30-40 ms
// of the server's and the CLI's start.
const vendor = { compromise: 'vendor-compromise.cjs', 'twitter-text': 'vendor-twitter-text.cjs' };
const vendorPlugin = {
  name: 'vendor',
  setup(b) {
    b.onResolve({ filter: /^(?:compromise|twitter-text)$/ }, (args) => (args.kind === 'require-call' ? { path: `./${vendor[args.path]}`, external: true } : undefined));
  },
};
const shared = {
  ...node, splitting: true, outdir: join(here, 'dist'), entryNames: '[name]', chunkNames: 'chunks/[name]-[hash]',
  entryPoints: { cli: join(here, 'src/cli/bin.ts'), server: join(here, 'src/lsp/node.ts'), index: join(here, 'src/index.ts') },
  plugins: [vendorPlugin], metafile: true,
};
// Each package as the bundles required it before (the `require` condition of its exports).
const req = createRequire(join(here, '..', 'rules', 'package.json'));
const vendorBuilds = Object.entries(vendor).map(([id, file]) => ({
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
  entryPoints: [req.resolve(id)], outfile: join(chunks, file),
}));
const entries = [
  shared,
  // The launch helper, as package.json exports it beside the library.
  // No banner: launch.ts imports only Node built-ins, and the VS Code extension bundles it as CommonJS.
  { ...node, banner: undefined, entryPoints: [join(here, 'src/lsp/launch.ts')], outfile: join(here, 'dist/launch.js') },
  {
    bundle: true, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: 'linked', logLevel: 'warning',
    define: { PROBITY_VERSION: JSON.stringify(version) },
    // A Web Worker has no DOM: packages whose 'browser' build uses `document` (decode-named-character-reference,
    // under remark) have a 'worker' build listed before it.
    conditions: ['worker'],
    entryPoints: [join(here, 'src/lsp/worker.ts')], outfile: join(here, 'dist/worker.js'),
  },
  ...vendorBuilds,
].filter((e) => Object.values(e.entryPoints).every((f) => existsSync(f)));

const built = await Promise.all(entries.map((e) => build(e)));
// The vendor files are required by a path relative to the file that requires them: that must be a
// chunk, beside them.
for (const [out, meta] of Object.entries(built[0].metafile.outputs)) {
  const requires = meta.imports.some((i) => i.external && Object.values(vendor).some((f) => i.path.endsWith(f)));
  if (requires && !out.includes('/chunks/')) throw new Error(`server/build.mjs: ${out} requires a vendor file but is not in dist/chunks/`);
}

// esbuild strips types without reading them, so the declarations come from tsc. `tsc -b` (this
// project's references, incremental) does nothing when they are up to date: `npm test` builds and
// then type-checks, and the second pass finds the work done. A type error leaves the JavaScript
// built and usable; `npm run typecheck` (part of `npm test`) then fails and shows it.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const types = spawnSync(process.execPath, [tsc, '-b', here], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
if (types.status !== 0) {
  process.stderr.write(`${types.stdout}${types.stderr}server/build.mjs: the type declarations in server/dist/types may be incomplete (npm run typecheck shows the errors)\n`);
}

// One declaration file per published entry point, with every type it names inside it (the rules'
// and snippets' types, and the few of other packages') and only Node's built-ins left as imports,
// so a consumer's tsc needs nothing but the package. Each entry is rolled up on its own, so neither
// imports a shared chunk.
const { rollup } = await import('rollup');
const { dts } = await import('rollup-plugin-dts');
const isBuiltin = (id) => id.startsWith('node:') || builtinModules.includes(id);
for (const [input, file] of [['types/index.d.ts', 'index.d.ts'], ['types/lsp/launch.d.ts', 'launch.d.ts']]) {
  if (!existsSync(join(here, 'dist', input))) continue;
  const bundle = await rollup({ input: join(here, 'dist', input), plugins: [dts({ respectExternal: true })], external: isBuiltin, logLevel: 'warn' });
  await bundle.write({ file: join(here, 'dist', file), format: 'es' });
  await bundle.close();
}
