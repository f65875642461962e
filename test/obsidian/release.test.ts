// The plugin's release folder as `npm run build:obsidian` makes it: exactly the three files a
// release carries (Obsidian's community-plugin checklist), a manifest Obsidian accepts with the
// minAppVersion the plugin's API calls need, and versions.json. And since the plugin runs on
// Obsidian mobile, where there is no Node, main.js requires only what Obsidian provides.
import { builtinModules } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildObsidian, EXTERNAL } from '../../clients/obsidian/build.mjs';
import { projectLinks, ROOT } from '../../release/project.mjs';

const PLUGIN = join(ROOT, 'clients', 'obsidian');
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const VERSION = /^\d+\.\d+\.\d+$/;
const compare = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

let dir: string;
let main: string;

describe('the built Obsidian plugin', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'probity-obsidian-dist-'));
    await buildObsidian({ outdir: dir });
    main = readFileSync(join(dir, 'main.js'), 'utf8');
  });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('holds exactly main.js, manifest.json and styles.css', () => {
    expect(readdirSync(dir).sort()).toEqual(['main.js', 'manifest.json', 'styles.css']);
    expect(main.startsWith(`/* Probity for Obsidian ${json(join(ROOT, 'package.json')).version}. */`)).toBe(true);
    expect(readFileSync(join(dir, 'styles.css'), 'utf8')).toBe(readFileSync(join(PLUGIN, 'styles.css'), 'utf8'));
  });

  it('has a manifest Obsidian accepts: the project\'s version, minAppVersion, an https author URL, not desktop-only', () => {
    const manifest = json(join(dir, 'manifest.json'));
    expect(Object.keys(manifest).sort()).toEqual(['author', 'authorUrl', 'description', 'id', 'isDesktopOnly', 'minAppVersion', 'name', 'version']);
    expect(manifest).toMatchObject({ id: 'probity', name: 'Probity', isDesktopOnly: false, version: json(join(ROOT, 'package.json')).version });
    // The checklist: an id of lower-case letters and dashes without "obsidian", no "Obsidian" in the
    // name or description, a description of at most 250 characters ending in a full stop.
    expect(manifest.id).toMatch(/^[a-z0-9-]+$/);
    expect(`${manifest.id} ${manifest.name} ${manifest.description}`).not.toMatch(/obsidian/i);
    expect(manifest.description.length).toBeLessThanOrEqual(250);
    expect(manifest.description).toMatch(/\.$/);
    expect(manifest.minAppVersion).toMatch(VERSION);
    // The author's address comes from the root package.json's repository, the project's one address.
    expect(manifest.authorUrl).toBe(projectLinks().owner);
    expect(manifest.authorUrl).toMatch(/^https:\/\//);
    // The rest is the manifest kept in the repository, word for word.
    expect({ ...manifest, authorUrl: undefined }).toEqual({ ...json(join(PLUGIN, 'manifest.json')), authorUrl: undefined });
  });

  it('sets minAppVersion to the newest Obsidian API the plugin calls, every API it imports listed with its version', () => {
    const since = json(join(PLUGIN, 'api-since.json'));
    const imported = new Set<string>();
    for (const file of readdirSync(join(PLUGIN, 'src')).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(PLUGIN, 'src', file), 'utf8');
      for (const [, names] of source.matchAll(/^import (?!type)\{([^}]*)\} from 'obsidian';/gm)) {
        for (const name of names.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '))) imported.add(name);
      }
    }
    expect(imported.size).toBeGreaterThan(0);
    expect([...imported].filter((name) => !since.imports[name])).toEqual([]);
    const versions = [...Object.values(since.imports), ...Object.values(since.members)] as string[];
    const newest = versions.sort(compare).at(-1);
    expect(json(join(PLUGIN, 'manifest.json')).minAppVersion).toBe(newest);
  });

  it('has a versions.json giving each plugin version its minAppVersion, this one\'s as in the manifest', () => {
    const versions = json(join(PLUGIN, 'versions.json'));
    const manifest = json(join(dir, 'manifest.json'));
    expect(Object.entries(versions).filter(([v, app]) => !VERSION.test(v) || !VERSION.test(app as string))).toEqual([]);
    expect(versions[manifest.version]).toBe(manifest.minAppVersion);
  });

  it('requires only modules Obsidian provides, and no Node built-in', () => {
    const required = [...main.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    expect(required.filter((r) => builtins.has(r) || builtins.has(r.split('/')[0]))).toEqual([]);
    expect(required.filter((r) => !EXTERNAL.includes(r))).toEqual([]);
    // Nor a require() that the scan above could miss.
    expect(main).not.toMatch(/\brequire\(\s*[^"'`\s)]/);
  });

  it('inlines the language server worker, which uses no Node built-in either', () => {
    expect(main).toContain('probity-language-server');
    expect(main).not.toMatch(/require\(\\?["'](?:node:)?(?:fs|path|child_process|os|net|http|worker_threads)\\?["']\)/);
  });
});
