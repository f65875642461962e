// The words a writer reads about a rule: the hover text, the generated pages in docs/rules/ and the
// VS Code client's guidance page all come from here, so they cannot drift apart. Pure, no Node APIs.
// From @probity/rules it imports types only: the VS Code client bundles this module, and a value
// import would pull every rule's checking code in with it (analogy.ts keeps to the same).
import type { Guidance, Jurisdiction, RuleMeta } from '@probity/rules';
import { analogyNote, borrowed } from '../engine/analogy.js';

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

const quoteMarkdown = (g: Guidance) => `> ${escape(g.quote)}\n>\n> — ${escape(citation(g))}`;

/** The quotes in order, each a blockquote; before the first applied by analogy, the sentence that says so. */
function quotesMarkdown(list: readonly Guidance[], j: Jurisdiction): string[] {
  const out: string[] = [];
  let told = false;
  for (const g of list) {
    if (!told && borrowed(g, j)) {
      out.push(`${escape(analogyNote(list, j))}:`);
      told = true;
    }
    out.push(quoteMarkdown(g));
  }
  return out;
}

/** Why there is nothing to quote: none for this jurisdiction yet, or none anywhere (a platform's own limit). */
function noGuidance(rule: RuleMeta, j: Jurisdiction): string {
  return ORDER.some((k) => rule.guidance[k].length > 0)
    ? `The quote book holds no guidance from ${JURISDICTION_NAMES[j]} for this check yet.`
    : 'No regulator\u2019s guidance is quoted for this check, in any jurisdiction.';
}

/** Each quote as a blockquote with its source and paragraph, or a plain word that there is none. */
export function guidanceMarkdown(rule: RuleMeta, j: Jurisdiction): string {
  const list = rule.guidance[j];
  return list.length === 0 ? noGuidance(rule, j) : quotesMarkdown(list, j).join('\n\n');
}

/**
 * The hover over a finding. Editors show the finding's message beside it already (VS Code and
 * Obsidian above the hover, Neovim and Emacs on the line), so it is not repeated. What the reader
 * came for leads, inside a small hover's first 250 px: one line saying what the check asks and whose
 * guidance, then the first quote. Why it matters, the other quotes and the rule's page follow.
 */
export function hoverMarkdown(rule: RuleMeta, j: Jurisdiction, href?: string): string {
  const list = rule.guidance[j];
  const quotes = quotesMarkdown(list, j);
  // The analogy sentence stays with the quote it introduces.
  const lead = quotes[0]?.startsWith('>') ? 1 : 2;
  return [
    `**${escape(rule.title)}**${list.length > 0 ? ` · Guidance for ${JURISDICTION_NAMES[j]}` : ''}`,
    ...(list.length > 0 ? quotes.slice(0, lead) : [noGuidance(rule, j)]),
    escape(rule.rationale),
    ...quotes.slice(lead),
    href ? `[About this check](${href}) (\`${rule.id}\`)` : `\`${rule.id}\``,
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
