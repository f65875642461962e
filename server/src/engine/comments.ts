// Inline comments: suppressions with reasons, and settings. Both are HTML comments, read from the
// raw text so that they work anywhere a writer can put them.
import type { Range } from '@probity/rules';
import { parseYaml } from '../draft/yaml.js';
import type { SettingsProblem } from '../settings/schema.js';

export type SuppressionKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export interface Suppression extends Range {
  kind: SuppressionKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason?: string;
  /** 0-based line of the comment. */
  line: number;
}

// Bounded repetition and no nested quantifiers: linear on any input.
export const SUPPRESSION = /<!--[ \t]*probity-(disable-next-line|disable-file|disable|enable)\b([^>]{0,1000}?)-->/g;
export const SETTINGS = /<!--[ \t]*probity-settings\b([^>]{0,2000}?)-->/g;

export function readSuppressions(text: string, lineOf: (offset: number) => number): Suppression[] {
  const out: Suppression[] = [];
  for (const m of text.matchAll(SUPPRESSION)) {
    const [ids, ...reasonParts] = m[2].split(/\s--\s?|^--\s?/);
    const reason = reasonParts.join(' -- ').trim();
    out.push({
      kind: m[1] as SuppressionKind,
      rules: ids.split(/[\s,]+/).filter(Boolean),
      reason: reason || undefined,
      start: m.index!, end: m.index! + m[0].length,
      line: lineOf(m.index!),
    });
  }
  return out;
}

export function readInlineSettings(text: string, problems: SettingsProblem[]): unknown[] {
  const out: unknown[] = [];
  if (!text.includes('probity-settings')) return out;
  for (const m of text.matchAll(SETTINGS)) {
    try {
      out.push(parseYaml(m[1].trim()));
    } catch (e) {
      problems.push({ source: 'inline probity-settings comment', key: '(comment)', message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    }
  }
  return out;
}
