// The editor's `probity` settings section, read as one settings layer (above probity.json, below
// the draft's front matter). Pure: the worker build uses it too.
import type { Settings } from '@probity/rules';
import { readLayer, type SettingsProblem } from '../settings/schema.js';

export const SETTINGS_SECTION = 'probity';
export const EDITOR_SOURCE = 'editor settings (probity)';

// Keys that editors keep in the same section for the client itself (VS Code's `probity.trace.server`,
// an on/off switch), which are not settings of the checks and so not "unknown".
const CLIENT_KEYS = new Set(['trace', 'enable', 'server']);

export function readEditorSettings(raw: unknown, problems: SettingsProblem[]): Partial<Settings> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return readLayer(raw, EDITOR_SOURCE, problems, true);
  const own = Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([k]) => !CLIENT_KEYS.has(k)));
  // Editors fill an untouched object setting with {}, and an untouched list with []: neither is a choice.
  if (Array.isArray(own.interests) && own.interests.length === 0) delete own.interests;
  return readLayer(own, EDITOR_SOURCE, problems, true);
}

/** A problem in words, without where it is: the key, what is wrong, and what is used instead. */
export function problemText(p: SettingsProblem): string {
  // Keys in brackets ("(json)", "(root)") stand for the whole file or layer, not a setting.
  if (p.key.startsWith('(')) return `${p.message}; none of its settings are used`;
  const tail = /default/.test(p.message) ? '' : '; using the default';
  return `'${p.key}': ${p.message}${tail}`;
}

export function describeProblem(p: SettingsProblem): string {
  return `Probity settings (${p.source}): ${problemText(p)}`;
}
