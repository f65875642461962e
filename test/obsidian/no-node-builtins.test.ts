// The plugin must run on Obsidian mobile, where there is no Node: the built main.js may require
// only what Obsidian provides, and never a Node built-in.
import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildObsidian, EXTERNAL } from '../../clients/obsidian/build.mjs';

let dir: string;
let main: string;

describe('the built Obsidian plugin', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'probity-obsidian-dist-'));
    await buildObsidian({ outdir: dir });
    main = readFileSync(join(dir, 'main.js'), 'utf8');
  });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('holds main.js, manifest.json and styles.css, with a manifest for mobile too', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ id: 'probity', isDesktopOnly: false });
    expect(manifest.minAppVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readFileSync(join(dir, 'styles.css'), 'utf8')).toContain('.probity-underline');
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
