// One version number across the packages, and the one script that bumps it (`npm run bump`), run
// on a copy of the files it writes so the test leaves this tree alone.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OBSIDIAN_MANIFEST, OBSIDIAN_VERSIONS } from '../../release/bump-version.mjs';
import { ROOT } from '../../release/project.mjs';

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const json = (root: string, file: string) => JSON.parse(read(root, file));
const workspaces = json(ROOT, 'package.json').workspaces as string[];
const manifests = ['package.json', ...workspaces.map((w) => `${w}/package.json`), OBSIDIAN_MANIFEST];

/** Every place a version is kept, as [where, version]. */
function versionsIn(root: string): [string, string][] {
  const lock = json(root, 'package-lock.json');
  return [
    ...manifests.map((f): [string, string] => [f, json(root, f).version]),
    ['package-lock.json', lock.version],
    ...['', ...workspaces].map((w): [string, string] => [`package-lock.json packages["${w}"]`, lock.packages[w].version]),
  ];
}

let copy: string | undefined;
afterEach(() => { if (copy) rmSync(copy, { recursive: true, force: true }); copy = undefined; });

function copyTree(): string {
  copy = mkdtempSync(join(tmpdir(), 'probity-bump-'));
  for (const f of [...manifests, 'package-lock.json', OBSIDIAN_VERSIONS, 'CHANGELOG.md']) {
    mkdirSync(dirname(join(copy, f)), { recursive: true });
    cpSync(join(ROOT, f), join(copy, f));
  }
  mkdirSync(join(copy, 'release'));
  cpSync(join(ROOT, 'release'), join(copy, 'release'), { recursive: true });
  return copy;
}

const bump = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'release', 'bump-version.mjs'), ...args], { cwd: root, encoding: 'utf8' });

describe('one version number', () => {
  it('is the same in the npm package, every workspace, the VS Code extension, the Obsidian manifest and the lockfile', () => {
    const version = json(ROOT, 'package.json').version;
    expect(versionsIn(ROOT).filter(([, v]) => v !== version)).toEqual([]);
  });

  it('has its entry in the Obsidian versions.json, with the manifest\'s minAppVersion', () => {
    const { version, minAppVersion } = json(ROOT, OBSIDIAN_MANIFEST);
    expect(json(ROOT, OBSIDIAN_VERSIONS)[version]).toBe(minAppVersion);
  });

  it('`npm run bump -- 0.2.0` sets it everywhere, adds it to versions.json and releases the CHANGELOG\'s Unreleased section', () => {
    const root = copyTree();
    const before = Object.fromEntries(manifests.map((f) => [f, read(root, f)]));
    const r = bump(root, '0.2.0');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(versionsIn(root).filter(([, v]) => v !== '0.2.0')).toEqual([]);
    // Each hand-formatted manifest changes in its version line alone.
    for (const f of manifests) {
      const changed = read(root, f).split('\n').filter((line, i) => line !== before[f].split('\n')[i]);
      expect(changed, f).toEqual([expect.stringMatching(/^\s*"version": "0\.2\.0",$/)]);
    }
    const { minAppVersion } = json(root, OBSIDIAN_MANIFEST);
    expect(json(root, OBSIDIAN_VERSIONS)).toEqual({ ...json(ROOT, OBSIDIAN_VERSIONS), '0.2.0': minAppVersion });
    const changelog = read(root, 'CHANGELOG.md');
    expect(changelog).not.toMatch(/^## Unreleased$/m);
    expect(changelog).toMatch(/^## 0\.2\.0 \(\d{4}-\d\d-\d\d\)$/m);
    expect(changelog.replace(/^## 0\.2\.0 \(\d{4}-\d\d-\d\d\)$/m, '## Unreleased')).toBe(read(ROOT, 'CHANGELOG.md'));
  });

  it('refuses, changing nothing, a version that is not x.y.z, one not newer, or a CHANGELOG with nothing unreleased', () => {
    const root = copyTree();
    const present = json(ROOT, 'package.json').version;
    for (const [arg, message] of [
      [undefined, 'usage: npm run bump -- <major.minor.patch>'],
      ['0.2', 'usage: npm run bump -- <major.minor.patch>'],
      ['1.0.0-beta.1', 'usage: npm run bump -- <major.minor.patch>'],
      [present, `${present} is not newer than the present version`],
      ['0.0.9', 'is not newer than the present version'],
    ] as const) {
      const r = bump(root, ...(arg ? [arg] : []));
      expect(r.status, String(arg)).toBe(2);
      expect(r.stderr, String(arg)).toContain(message);
    }
    expect(versionsIn(root).filter(([, v]) => v !== present)).toEqual([]);

    expect(bump(root, '0.2.0').status).toBe(0);
    const r = bump(root, '0.3.0');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('CHANGELOG.md has no "## Unreleased" section to release');
    expect(versionsIn(root).filter(([, v]) => v !== '0.2.0')).toEqual([]);
  });
});
