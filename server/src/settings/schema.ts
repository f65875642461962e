// Settings: validation of one layer (probity.json, editor settings, front matter, inline comments)
// and merging of layers, weakest first. A bad value is reported once, naming where and which key,
// and the check goes on without it.
import { JURISDICTIONS, PLATFORMS, RULE_IDS, type Jurisdiction, type Platform, type Settings, type Severity } from '@probity/rules';

export const DEFAULT_SETTINGS: Settings = Object.freeze({ jurisdiction: 'uk', interests: [], rules: {} }) as Settings;

export interface SettingsProblem {
  source: string; key: string; message: string;
  /** Where in the source file the problem is (offsets into probity.json's text), when known. */
  at?: { start: number; end: number };
}

export const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
/** Other spellings taken for a jurisdiction or platform, compared without case. */
export const ALIASES: Record<string, string> = { gb: 'uk', ireland: 'ie', usa: 'us', twitter: 'x' };
const STRING_KEYS = ['author', 'credentials', 'signposting'] as const;

/**
 * Reads one layer. `strict` layers (probity.json, editor settings) report unknown keys; front matter
 * is shared with blog engines (title, date, tags...), so unknown keys there are not ours to judge.
 */
export function readLayer(raw: unknown, source: string, problems: SettingsProblem[], strict: boolean): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ source, key: '(root)', message: 'settings must be an object of keys and values' });
    return out;
  }
  const bad = (key: string, message: string) => problems.push({ source, key, message });
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue;
    switch (key) {
      case 'jurisdiction': {
        // Text only: a list's String() would pass for its one element (["x"] as "x").
        if (typeof value !== 'string') { bad(key, `must be one of ${JURISDICTIONS.join(', ')}; using the default`); break; }
        const v = ALIASES[value.toLowerCase()] ?? value.toLowerCase();
        if ((JURISDICTIONS as readonly string[]).includes(v)) out.jurisdiction = v as Jurisdiction;
        else bad(key, `unknown jurisdiction '${String(value)}' (use one of ${JURISDICTIONS.join(', ')}); using the default`);
        break;
      }
      case 'platform': {
        if (typeof value !== 'string') { bad(key, `must be one of ${PLATFORMS.join(', ')}`); break; }
        const v = ALIASES[value.toLowerCase()] ?? value.toLowerCase();
        if ((PLATFORMS as readonly string[]).includes(v)) out.platform = v as Platform;
        else bad(key, `unknown platform '${String(value)}' (use one of ${PLATFORMS.join(', ')})`);
        break;
      }
      case 'author': case 'credentials': case 'signposting':
        if (typeof value === 'string' || typeof value === 'number') out[key as (typeof STRING_KEYS)[number]] = String(value);
        else bad(key, 'must be text');
        break;
      case 'interests':
        if (typeof value === 'string') out.interests = value.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
        else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out.interests = value as string[];
        else bad(key, 'must be text or a list of texts');
        break;
      case 'sponsored':
        if (typeof value === 'boolean') out.sponsored = value;
        else if (value === 'true' || value === 'false') out.sponsored = value === 'true';
        else bad(key, 'must be true or false');
        break;
      case 'rules': {
        if (typeof value !== 'object' || Array.isArray(value)) { bad(key, 'must map rule ids to a severity or "off"'); break; }
        const rules: Record<string, Severity | 'off'> = {};
        for (const [id, sev] of Object.entries(value as Record<string, unknown>)) {
          const s = sev === false ? 'off' : sev === true ? undefined : String(sev);
          if (!RULE_IDS.includes(id)) bad(`rules.${id}`, `unknown rule '${id}'`);
          else if (s === undefined) continue;
          else if (!SEVERITIES.includes(s)) bad(`rules.${id}`, `unknown severity '${String(sev)}' (use error, warning, information, hint or off)`);
          else rules[id] = s as Severity | 'off';
        }
        out.rules = rules;
        break;
      }
      case 'enable': case '$schema':
        break;
      default:
        if (strict) bad(key, 'unknown setting');
    }
  }
  return out;
}

export function mergeSettings(...layers: Partial<Settings>[]): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, interests: [], rules: {} };
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer)) {
      if (v === undefined) continue;
      if (k === 'rules') out.rules = { ...out.rules, ...(v as Settings['rules']) };
      else (out as unknown as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

/** A stable key of the settings that can change a rule's per-block facts or findings. */
export function settingsKey(s: Settings): string {
  const rules = Object.keys(s.rules).sort().map((id) => [id, s.rules[id]]);
  return JSON.stringify([s.jurisdiction, s.platform, s.author, s.credentials, s.interests, s.sponsored, s.signposting, rules]);
}
