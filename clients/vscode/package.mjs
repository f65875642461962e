// Makes probity-<version>.vsix from what build.mjs wrote in dist/ (`npm run package` runs both).
// The extension is laid out in dist/vsix/ exactly as it ships, with the manifest completed from the
// root package.json (the project's one address, its repository), the project's CHANGELOG and
// LICENSE; then `vsce package` packs that folder with no warning suppressed: it stops on any
// warning, since nobody answers its questions here.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { projectLinks, ROOT } from '../../release/project.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Lays the extension out in `stage` as it ships; returns the manifest written there. */
export function stageExtension(stage = join(here, 'dist', 'vsix')) {
  // The manifest's `files` lists what ships beside package.json, README.md, CHANGELOG.md and LICENSE.
  const { scripts, devDependencies, ...manifest } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
  const { files } = manifest;
  for (const f of files) if (!existsSync(join(here, f))) throw new Error(`${join(here, f)} is missing: run \`node build.mjs\` first`);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const f of files) cpSync(join(here, f), join(stage, f), { recursive: true });
  cpSync(join(here, 'README.md'), join(stage, 'README.md'));
  cpSync(join(ROOT, 'CHANGELOG.md'), join(stage, 'CHANGELOG.md'));
  cpSync(join(ROOT, 'LICENSE'), join(stage, 'LICENSE'));

  const links = projectLinks();
  // The build's own fields (scripts, devDependencies) stay behind: nothing in the .vsix builds anything.
  const shipped = {
    ...manifest,
    files: [...files, 'README.md', 'CHANGELOG.md', 'LICENSE'],
    repository: { type: 'git', url: `${links.home}.git`, directory: relative(ROOT, here) },
    homepage: links.page(`${relative(ROOT, here)}/README.md`),
    bugs: { url: links.issues },
  };
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(shipped, null, 2)}\n`);
  return shipped;
}

/** Packs the staged extension; returns the .vsix's path. Throws with vsce's output when it fails or warns. */
export function packageExtension({ stage = join(here, 'dist', 'vsix'), outDir = here } = {}) {
  const manifest = stageExtension(stage);
  const links = projectLinks();
  const inRepo = relative(ROOT, here);
  const out = join(outDir, `${manifest.name}-${manifest.version}.vsix`);
  const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
  const r = spawnSync(process.execPath, [
    vsce, 'package', '--no-dependencies', '--out', out,
    // The README's relative images and links, as the repository serves them: VS Code shows a
    // README's images only from https, and the extension sits in a folder of the repository.
    '--baseImagesUrl', links.raw(inRepo), '--baseContentUrl', links.page(inRepo),
  ], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${r.stdout}${r.stderr}`;
  if (r.status !== 0 || /\bWARNING\b/i.test(output)) throw new Error(`vsce package failed or warned (exit ${r.status}):\n${output}`);
  process.stdout.write(output);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    packageExtension();
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
