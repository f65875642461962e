// The words a writer reads about a rule: the hover text, the generated pages in docs/rules/ and the
// VS Code client's guidance page all come from here, so they cannot drift apart. Pure, no Node APIs.
// The import is of types only: the VS Code client bundles this module, and a value import would pull
// every rule's checking code in with it.
import type { Guidance, Jurisdiction, RuleMeta } from '@probity/rules';

/** In the order a rule page lists them. */
export const JURISDICTION_NAMES: Record<Jurisdiction, string> = { uk: 'the UK', ie: 'Ireland', us: 'the United States' };
const ORDER = Object.keys(JURISDICTION_NAMES) as Jurisdiction[];

// Only characters that change Markdown's meaning: inside a line, and at a line's start those that
// would open a heading or a list. The quotes are otherwise shown exactly as the quote book gives them.
const escape = (s: string) => s
  .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
  .replace(/^([ \t]*)([#+-])/gm, '$1\\$2')
  .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');

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

// A rule's page from its title down: the id and default severity, why it matters, then the guidance
// for every jurisdiction, `first` leading.
function pageParts(rule: RuleMeta, first: Jurisdiction): string[] {
  const order = [first, ...ORDER.filter((j) => j !== first)];
  return [
    `# ${escape(rule.title)}`,
    `Rule \`${rule.id}\`. Default severity: ${rule.severity}.`,
    escape(rule.rationale),
    ...order.map((j) => `## Guidance for ${JURISDICTION_NAMES[j]}\n\n${guidanceMarkdown(rule, j)}`),
  ];
}

/** Everything a rule says about itself, the writer's jurisdiction first: the editors' guidance page. */
export function rulePageMarkdown(rule: RuleMeta, first: Jurisdiction = ORDER[0]): string {
  return pageParts(rule, first).join('\n\n') + '\n';
}

/**
 * The page docs/rules/<id>.md: the same page in the usual order, marked as generated, and marked so
 * that Probity does not check it when an editor opens it from a hover's link (it quotes the very
 * phrases the rule is about).
 */
export function ruleDocMarkdown(rule: RuleMeta): string {
  const [title, ...rest] = pageParts(rule, ORDER[0]);
  const generated = `<!-- Generated from the rule's metadata by \`npm run docs\`; edit rules/src/${rule.id}.ts instead. -->\n`
    + '<!-- probity-disable-file -- a rule\'s own documentation, not a draft -->';
  return [title, generated, ...rest].join('\n\n') + '\n';
}
