// The page the "Show the guidance for a rule" command opens: the rule's title, why it matters and
// the guidance quoted word for word, the writer's jurisdiction first. Pure, built from rule metadata.
import type { Guidance, Jurisdiction, RuleMeta } from '@probity/rules';

export const JURISDICTION_NAMES: Record<Jurisdiction, string> = { uk: 'the United Kingdom', ie: 'Ireland', us: 'the United States' };
const ORDER: Jurisdiction[] = ['uk', 'ie', 'us'];

/** A line of Markdown that shows as plain text: no heading, list, HTML or emphasis can start in it. */
function plain(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}

function quote(g: Guidance): string {
  const where = g.paragraph ? `${g.source}, ${/^\d/.test(g.paragraph) ? 'paragraph ' : ''}${g.paragraph}` : g.source;
  return `> ${plain(g.quote)}\n>\n> — ${plain(where)}`;
}

function section(level: string, j: Jurisdiction, list: readonly Guidance[]): string {
  const body = list.length ? list.map(quote).join('\n\n') : '_No guidance is quoted for this rule here yet._';
  return `${level} Guidance in ${JURISDICTION_NAMES[j]}\n\n${body}`;
}

export function guidanceMarkdown(rule: RuleMeta, jurisdiction: Jurisdiction): string {
  const others = ORDER.filter((j) => j !== jurisdiction);
  return [
    `# ${plain(rule.title)}`,
    `Rule \`${rule.id}\`, reported as ${rule.severity === 'information' ? 'information' : `an ${rule.severity}`} by default.`,
    `## Why it matters\n\n${plain(rule.rationale)}`,
    section('##', jurisdiction, rule.guidance[jurisdiction]),
    ...others.map((j) => section('##', j, rule.guidance[j])),
  ].join('\n\n') + '\n';
}
