// Bundles the CLI and the language server with esbuild: one file each, no node_modules at run time.
// Entries that do not exist yet are skipped, so the build grows with the project.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
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
