// The plugin's settings as Obsidian stores them (data.json), and the `probity` section the
// language server reads with workspace/configuration. Plain module: no Obsidian, no DOM.
import type { Jurisdiction, Platform, Settings } from '@probity/rules';

export interface ProbitySettings {
  jurisdiction: Jurisdiction;
  /** '' leaves the platform to the note's front matter (and then 'blog'). */
  platform: Platform | '';
  author: string;
  /** The author's role and qualifications, e.g. "GP in Norwich"; fills the credentials line. */
  credentials: string;
  /** Replaces personalised advice; empty means the jurisdiction's default signposting. */
  signposting: string;
  /** One interest per line: own brands, clinics, books, employers, paid ties. */
  interests: string;
  /** Rule ids switched off in the settings tab. */
  disabledRules: string[];
  /** The settings tab has shown its welcome once. */
  welcomed: boolean;
}

/** What the server receives for the `probity` section: the engine's settings, less `sponsored`. */
export type ServerSettings = Omit<Settings, 'sponsored'>;

export const JURISDICTION_NAMES: Record<Jurisdiction, string> = {
  uk: 'United Kingdom', ie: 'Ireland', us: 'United States',
};

export const PLATFORM_NAMES: Record<Platform, string> = {
  blog: 'Blog', x: 'X', bluesky: 'Bluesky', threads: 'Threads', mastodon: 'Mastodon',
  instagram: 'Instagram', linkedin: 'LinkedIn', tiktok: 'TikTok', facebook: 'Facebook',
};

export const DEFAULT_SETTINGS: Readonly<ProbitySettings> = Object.freeze({
  jurisdiction: 'uk', platform: '', author: '', credentials: '', signposting: '', interests: '', disabledRules: [], welcomed: false,
});

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Reads what loadData() returned. data.json is a file the user can edit or sync from an older
 * version, so anything unexpected falls back to the default rather than breaking the plugin.
 */
export function readSettings(raw: unknown): ProbitySettings {
  const d = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const jurisdiction = typeof d.jurisdiction === 'string' && d.jurisdiction in JURISDICTION_NAMES
    ? d.jurisdiction as Jurisdiction : DEFAULT_SETTINGS.jurisdiction;
  const platform = typeof d.platform === 'string' && d.platform in PLATFORM_NAMES ? d.platform as Platform : '';
  const disabledRules = Array.isArray(d.disabledRules) ? d.disabledRules.filter((r): r is string => typeof r === 'string') : [];
  return {
    jurisdiction, platform, author: text(d.author), credentials: text(d.credentials), signposting: text(d.signposting),
    interests: text(d.interests), disabledRules: [...new Set(disabledRules)].sort(), welcomed: d.welcomed === true,
  };
}

export const interestList = (s: ProbitySettings): string[] =>
  s.interests.split(/\r?\n|;/).map((i) => i.trim()).filter(Boolean);

export function serverSettings(s: ProbitySettings): ServerSettings {
  const out: ServerSettings = {
    jurisdiction: s.jurisdiction,
    interests: interestList(s),
    rules: Object.fromEntries(s.disabledRules.map((id) => [id, 'off' as const])),
  };
  if (s.platform) out.platform = s.platform;
  // Empty strings are left out so the server's defaults (and the note's front matter) apply.
  for (const key of ['author', 'credentials', 'signposting'] as const) {
    const v = s[key].trim();
    if (v) out[key] = v;
  }
  return out;
}

export function setRuleEnabled(s: ProbitySettings, rule: string, enabled: boolean): ProbitySettings {
  const off = new Set(s.disabledRules);
  if (enabled) off.delete(rule);
  else off.add(rule);
  return { ...s, disabledRules: [...off].sort() };
}
