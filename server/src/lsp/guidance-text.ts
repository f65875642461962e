// The words a writer reads about a rule: hover text and the generated rule pages share this, so
// the guidance quoted in the editor and in docs/rules/ cannot drift apart.
import { JURISDICTIONS, type Guidance, type Jurisdiction, type RuleMeta } from '@probity/rules';

export const JURISDICTION_NAMES: Record<Jurisdiction, string> = { uk: 'the UK', ie: 'Ireland', us: 'the United States' };

// Only characters that change Markdown's meaning inside a line; the quotes are otherwise shown
// exactly as the quote book gives them.
const escape = (s: string) => s.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);

function citation(g: Guidance): string {
  if (!g.paragraph) return g.source;
  return /^\d/.test(g.paragraph) ? `${g.source}, paragraph ${g.paragraph}` : `${g.source}, ${g.paragraph}`;
}

/** Each quote as a blockquote with its source and paragraph, or a plain word that there is none yet. */
export function guidanceMarkdown(rule: RuleMeta, j: Jurisdiction): string {
  const list = rule.guidance[j];
  if (list.length === 0) {
    return `The quote book holds no guidance from ${JURISDICTION_NAMES[j]} for this check yet.`;
  }
  return list.map((g) => `> ${escape(g.quote)}\n>\n> — ${escape(citation(g))}`).join('\n\n');
}

export interface HoverFinding { rule: string; message: string }

export function hoverMarkdown(finding: HoverFinding, rule: RuleMeta, j: Jurisdiction, href?: string): string {
  const title = `**${escape(rule.title)}** (\`${rule.id}\`)`;
  return [
    title,
    escape(finding.message),
    escape(rule.rationale),
    `Guidance for ${JURISDICTION_NAMES[j]}:`,
    guidanceMarkdown(rule, j),
    ...(href ? [`[About this check](${href})`] : []),
  ].join('\n\n');
}

/** The page docs/rules/<id>.md: everything the rule says about itself, for every jurisdiction. */
export function ruleDocMarkdown(rule: RuleMeta): string {
  const sections = JURISDICTIONS.map((j) => `## Guidance for ${JURISDICTION_NAMES[j]}\n\n${guidanceMarkdown(rule, j)}`);
  return [
    `# ${rule.id}`,
    `<!-- Generated from the rule's metadata by \`npm run docs\`; edit rules/src/${rule.id}.ts instead. -->`,
    `**${escape(rule.title)}**. Default severity: ${rule.severity}.`,
    escape(rule.rationale),
    ...sections,
    '',
  ].join('\n\n').replace(/\n\n$/, '\n');
}
