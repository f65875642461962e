// What every package says about the project, read from the one place it is kept: the root
// package.json (the npm package `probity`). Its `version` is the version of every package (set by
// release/bump-version.mjs), and its `repository` is the project's one address: the VS Code
// extension's manifest and README links and the Obsidian plugin's author URL are made from it here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The root package.json of the tree at `root` (this one by default). */
export function rootManifest(root = ROOT) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

/**
 * The project's addresses from a package.json `repository` (npm's `git+https://…/owner/name.git`
 * or plain https). Files are linked on the default branch (HEAD), as vsce links them; a host other
 * than GitHub needs its own raw-file form here, so it is refused rather than guessed.
 */
export function projectLinks(manifest = rootManifest()) {
  const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const m = /^(?:git\+)?https:\/\/github\.com\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url ?? '');
  if (!m) throw new Error(`package.json: repository must be a https://github.com/OWNER/NAME address, not ${JSON.stringify(url)}`);
  const home = `https://github.com/${m[1]}/${m[2]}`;
  return {
    /** The repository's page. */
    home,
    /** The page of whoever publishes it (the repository's owner). */
    owner: `https://github.com/${m[1]}`,
    issues: `${home}/issues`,
    /** A file of the repository as the web shows it, for a link. */
    page: (path) => `${home}/blob/HEAD/${path}`,
    /** A file's own bytes, for an image. */
    raw: (path) => `${home}/raw/HEAD/${path}`,
  };
}
