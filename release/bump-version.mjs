// `npm run bump -- 0.2.0`: one version number for every package. Sets it in the root package.json
// (the npm package), each workspace's package.json (the VS Code extension's among them) and the
// lockfile's copies, the Obsidian plugin's manifest.json, adds it to versions.json with the
// plugin's minAppVersion, and turns the CHANGELOG's "## Unreleased" into the version's heading.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './project.mjs';

// Obsidian compares plain x.y.z versions, so no pre-release suffix.
const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/** The Obsidian plugin's files that the bump writes, relative to the root. */
export const OBSIDIAN_MANIFEST = 'clients/obsidian/manifest.json';
export const OBSIDIAN_VERSIONS = 'clients/obsidian/versions.json';

const readJson = (root, file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
// Two-space JSON with a final newline, as npm writes the lockfile.
const writeJson = (root, file, value) => writeFileSync(join(root, file), `${JSON.stringify(value, null, 2)}\n`);

/**
 * Rewrites the top-level "version" of a hand-formatted JSON file in its text, so the file keeps its
 * layout and the change is one line; the result is parsed to make sure it was the top-level one.
 */
function setVersion(root, file, version) {
  const text = readFileSync(join(root, file), 'utf8');
  const next = text.replace(/("version"\s*:\s*")[^"]*(")/, `$1${version}$2`);
  if (JSON.parse(next).version !== version) throw new Error(`${file}: its first "version" is not its own; set it by hand`);
  writeFileSync(join(root, file), next);
}

function isNewer(next, current) {
  const a = VERSION.exec(next).slice(1).map(Number), b = VERSION.exec(current)?.slice(1).map(Number) ?? [0, 0, 0];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/** Sets `version` everywhere under `root`; returns the files it wrote. Throws on a bad version. */
export function bumpVersion(version, { root = ROOT, date = new Date().toISOString().slice(0, 10) } = {}) {
  if (!VERSION.test(version ?? '')) throw new Error(`usage: npm run bump -- <major.minor.patch>, e.g. 0.2.0 (got ${JSON.stringify(version ?? '')})`);
  const rootPkg = readJson(root, 'package.json');
  if (!isNewer(version, rootPkg.version)) throw new Error(`${version} is not newer than the present version, ${rootPkg.version}`);

  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  if (!/^## Unreleased$/m.test(changelog)) throw new Error('CHANGELOG.md has no "## Unreleased" section to release');

  const written = [];
  for (const dir of ['', ...rootPkg.workspaces]) {
    const file = dir ? `${dir}/package.json` : 'package.json';
    setVersion(root, file, version);
    written.push(file);
  }

  const lock = readJson(root, 'package-lock.json');
  lock.version = version;
  for (const dir of ['', ...rootPkg.workspaces]) if (lock.packages[dir]) lock.packages[dir].version = version;
  writeJson(root, 'package-lock.json', lock);
  written.push('package-lock.json');

  setVersion(root, OBSIDIAN_MANIFEST, version);
  const manifest = readJson(root, OBSIDIAN_MANIFEST);
  // Obsidian offers a user on an older app the newest plugin version whose minAppVersion it meets.
  const versions = readJson(root, OBSIDIAN_VERSIONS);
  versions[version] = manifest.minAppVersion;
  writeJson(root, OBSIDIAN_VERSIONS, versions);
  written.push(OBSIDIAN_MANIFEST, OBSIDIAN_VERSIONS);

  writeFileSync(join(root, 'CHANGELOG.md'), changelog.replace(/^## Unreleased$/m, `## ${version} (${date})`));
  written.push('CHANGELOG.md');
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const written = bumpVersion(process.argv[2]);
    console.log(`version ${process.argv[2]} written to ${written.join(', ')}`);
  } catch (e) {
    console.error(`bump: ${e instanceof Error ? e.message : e}`);
    process.exit(2);
  }
}
