// Guidance applied by analogy. Where a rule has no guidance of the reader's own jurisdiction in the
// quote book for what it checks, it quotes another's, marked by `byAnalogy` (rules/src/guidance.ts).
// A finding's message and its hover then say whose guidance it applies, in these words, written
// once here. Pure, no Node APIs: the VS Code client bundles it with guidance-text.ts, so it imports
// only types from @probity/rules (a value would pull every rule's code into the client).
import type { Guidance, Jurisdiction } from '@probity/rules';

// "a, b and c", as the rules' andList() writes lists (British English, no serial comma).
const LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' });

const ADJECTIVE: Record<Jurisdiction, string> = { uk: 'UK', ie: 'Irish', us: 'US' };

/** Whether a quote in jurisdiction `j`'s list is another jurisdiction's, applied by analogy. */
export const borrowed = (g: Guidance, j: Jurisdiction): boolean => g.analogy !== undefined && g.analogy !== j;

/**
 * "Probity applies UK guidance here by analogy (GMC), as no US guidance it quotes says this
 * directly", or '' when every quote is the jurisdiction's own.
 */
export function analogyNote(list: readonly Guidance[], j: Jurisdiction): string {
  const others = list.filter((g) => borrowed(g, j));
  if (others.length === 0) return '';
  const whose = LIST.format([...new Set(others.map((g) => ADJECTIVE[g.analogy!]))]);
  const sources = LIST.format([...new Set(others.map((g) => g.source.split(',')[0]))]);
  return `Probity applies ${whose} guidance here by analogy (${sources}), as no ${ADJECTIVE[j]} guidance it quotes says this directly`;
}
