// Bundles the CLI, the language server and the library entry points with esbuild: one file each,
// no node_modules at run time; then tsc writes the library's type declarations (dist/types).
// Entries that do not exist yet are skipped, so the build grows with the project.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const version = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')).version;
const node = {
  bundle: true, platform: 'node', target: 'node20', format: 'esm', sourcemap: 'linked', logLevel: 'warning',
  define: { PROBITY_VERSION: JSON.stringify(version) },
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: { js: "import { createRequire as __probityRequire } from 'node:module'; const require = __probityRequire(import.meta.url);" },
};
const entries = [
  { ...node, entryPoints: [join(here, 'src/cli/bin.ts')], outfile: join(here, 'dist/cli.js') },
  { ...node, entryPoints: [join(here, 'src/lsp/node.ts')], outfile: join(here, 'dist/server.js') },
  // The library (`import { checkDraft } from '@probity/server'`) and the launch helper, as package.json exports them.
  { ...node, entryPoints: [join(here, 'src/index.ts')], outfile: join(here, 'dist/index.js') },
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
].filter((e) => existsSync(e.entryPoints[0]));

await Promise.all(entries.map((e) => build(e)));

// esbuild strips types without reading them, so the declarations come from tsc. `tsc -b` (this
// project's references, incremental) does nothing when they are up to date: `npm test` builds and
// then type-checks, and the second pass finds the work done. A type error leaves the JavaScript
// built and usable; `npm run typecheck` (part of `npm test`) then fails and shows it.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const types = spawnSync(process.execPath, [tsc, '-b', here], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
if (types.status !== 0) {
  process.stderr.write(`${types.stdout}${types.stderr}server/build.mjs: the type declarations in server/dist/types may be incomplete (npm run typecheck shows the errors)\n`);
}
