// Node-only settings layer: probity.json, found upward from the draft (or named with --config).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Settings } from '@probity/rules';
import { readLayer, type SettingsProblem } from './schema.js';

export const CONFIG_NAME = 'probity.json';

export interface LoadedConfig { path?: string; settings: Partial<Settings>; problems: SettingsProblem[] }

const found = new Map<string, string | null>();
/** Directories remembered at most: a language server meets a few per document it opens. */
const MAX_FOUND = 2048;

/** The nearest probity.json at or above `dir`, cached per directory for a run. */
export function findConfig(dir: string): string | undefined {
  const start = resolve(dir);
  if (found.size > MAX_FOUND) found.clear();
  const seen: string[] = [];
  let d = start;
  for (;;) {
    if (found.has(d)) { const r = found.get(d)!; seen.forEach((s) => found.set(s, r)); return r ?? undefined; }
    seen.push(d);
    const candidate = join(d, CONFIG_NAME);
    try {
      if (statSync(candidate).isFile()) { seen.forEach((s) => found.set(s, candidate)); return candidate; }
    } catch { /* not here */ }
    const up = dirname(d);
    if (up === d) { seen.forEach((s) => found.set(s, null)); return undefined; }
    d = up;
  }
}

export function clearConfigCache(): void { found.clear(); }

/** Directories whose probity.json is remembered, for tests. */
export const configLookupsKept = () => found.size;

export function loadConfig(file: string): LoadedConfig {
  const problems: SettingsProblem[] = [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    problems.push({ source: file, key: '(file)', message: `cannot read it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return { path: file, settings: {}, problems };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    problems.push({ source: file, key: '(json)', message: `not valid JSON: ${(e as Error).message}` });
    return { path: file, settings: {}, problems };
  }
  return { path: file, settings: readLayer(raw, file, problems, true), problems };
}

/** Settings for a draft at `draftPath`: its probity.json (if any), loaded fresh. */
export function configFor(draftPath: string, explicit?: string): LoadedConfig {
  const file = explicit ?? findConfig(dirname(resolve(draftPath)));
  return file ? loadConfig(file) : { settings: {}, problems: [] };
}
