// Builds the plugin's release folder, what goes into .obsidian/plugins/probity/ and a release's
// assets: exactly main.js (the plugin, with the language server's Web Worker bundle inlined as
// text), manifest.json (with the author's address from the root package.json) and styles.css.
// Run after `npm run build` (which writes server/dist/worker.js); `npm run build:obsidian` does both.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { projectLinks } from '../../release/project.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
export const WORKER_FILE = join(root, 'server', 'dist', 'worker.js');

// What Obsidian provides at run time. Bundling our own copy of CodeMirror would give the editor
// two incompatible @codemirror/state instances, so these stay imports that Obsidian resolves.
export const EXTERNAL = [
  'obsidian', 'electron',
  '@codemirror/autocomplete', '@codemirror/collab', '@codemirror/commands', '@codemirror/language',
  '@codemirror/lint', '@codemirror/search', '@codemirror/state', '@codemirror/view',
  '@lezer/common', '@lezer/highlight', '@lezer/lr',
];

/** Resolves `probity:worker-source` to the worker bundle's text (its source map cannot follow it into a Blob). */
export function workerSourcePlugin(file = WORKER_FILE) {
  return {
    name: 'probity-worker-source',
    setup(b) {
      b.onResolve({ filter: /^probity:worker-source$/ }, () => ({ path: file, namespace: 'probity-worker' }));
      b.onLoad({ filter: /.*/, namespace: 'probity-worker' }, () => {
        if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
        return { contents: readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'), loader: 'text' };
      });
    },
  };
}

/**
 * The rules' ids, titles and severities for the settings tab, from the CLI that `npm run build`
 * writes beside the worker (`probity rules --format json`), so main.js carries no rule code.
 */
export function ruleList() {
  const cli = join(root, 'server', 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first`);
  const rules = JSON.parse(execFileSync(process.execPath, [cli, 'rules', '--format', 'json'], { encoding: 'utf8' }));
  return rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity }));
}

/** The manifest as released: the one in this folder, with the author's address added. */
export function releaseManifest() {
  const manifest = JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8'));
  return { ...manifest, authorUrl: projectLinks().owner };
}

export async function buildObsidian({ outdir = join(here, 'dist'), minify = true } = {}) {
  rmSync(outdir, { recursive: true, force: true }); // the folder holds the three files and nothing else
  mkdirSync(outdir, { recursive: true });
  const manifest = releaseManifest();
  const { version } = manifest;
  await build({
    entryPoints: [join(here, 'src', 'main.ts')], outfile: join(outdir, 'main.js'),
    bundle: true, format: 'cjs', platform: 'browser', target: 'es2020', minify, sourcemap: false,
    external: EXTERNAL, logLevel: 'warning', legalComments: 'none',
    banner: { js: `/* Probity for Obsidian ${version}. */` },
    define: { PROBITY_RULES: JSON.stringify(ruleList()) },
    plugins: [workerSourcePlugin()],
  });
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  copyFileSync(join(here, 'styles.css'), join(outdir, 'styles.css'));
  return outdir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = await buildObsidian();
  console.log(`Obsidian plugin built in ${dir}`);
}
