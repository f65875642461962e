// The text each insert command puts at the cursor: the snippet from ../../snippets/probity.json in
// VS Code snippet syntax, with the writer's settings offered as the tab stops' defaults. Pure.
import { SNIPPETS } from '@probity/snippets';

export type InsertKind = 'ad-label' | 'credentials-line' | 'signposting' | 'declaration-of-interests';
export type Jurisdiction = 'uk' | 'ie' | 'us';

export interface InsertSettings {
  jurisdiction?: string;
  author?: string;
  credentials?: string;
  signposting?: string;
  interests?: readonly string[];
}

/** A setting's value as snippet text: `$`, `}` and `\` would otherwise be read as snippet syntax. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

export function jurisdictionOf(value: string | undefined): Jurisdiction {
  return value === 'ie' || value === 'us' ? value : 'uk';
}

// Placeholders whose default a setting can supply, keyed by the placeholder's text in probity.json.
function defaults(s: InsertSettings): Record<string, string | undefined> {
  const interests = s.interests?.map((i) => i.trim()).filter(Boolean).join('; ');
  return {
    '[add your name]': s.author?.trim() || undefined,
    '[add your role]': s.credentials?.trim() || undefined,
    '[add your interests]': interests || undefined,
  };
}

export function snippetBody(kind: InsertKind, settings: InsertSettings = {}): string {
  if (kind === 'signposting' && settings.signposting?.trim()) return escapeSnippet(settings.signposting.trim());
  const name = kind === 'signposting' ? `signposting-${jurisdictionOf(settings.jurisdiction)}` : kind;
  const snippet = SNIPPETS[name];
  if (!snippet) throw new Error(`probity.json has no snippet '${name}'`);
  const fill = defaults(settings);
  return snippet.body.join('\n').replace(/\$\{(\d+):([^}]*)\}/g, (whole, n: string, dflt: string) => {
    const value = fill[dflt];
    return value ? `\${${n}:${escapeSnippet(value)}}` : whole;
  });
}
