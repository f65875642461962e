// compromise, for the few questions a word list cannot answer (is this a person's name?). It is
// only asked about sentences a cheap lexicon pass has already picked out.
//
// Loading compromise takes about half a second (it expands its lexicon), and most drafts never need
// it, so it is loaded on first use (see lazy-package.ts for why a require() inside a function).
import type nlpType from 'compromise';
import { loadPackage } from './lazy-package.js';

type Nlp = typeof nlpType;
declare const require: (id: string) => unknown;

let nlp: Nlp | undefined;

/** Names of people and organisations compromise finds in a sentence. */
export function namedTargets(sentence: string): string[] {
  nlp ??= loadPackage<Nlp>('compromise', () => require('compromise'));
  const doc = nlp(sentence);
  return [...doc.people().out('array'), ...doc.organizations().out('array')] as string[];
}

/**
 * Nationalities and countries (compromise's Demonym and Country tags) and names of people and
 * organisations in a sentence: the targets a remark about a group or a person can have.
 */
export function groupsAndNames(sentence: string): { groups: string[]; names: string[] } {
  const cached = recent.get(sentence);
  if (cached) return cached;
  nlp ??= loadPackage<Nlp>('compromise', () => require('compromise'));
  const doc = nlp(sentence);
  const found = {
    groups: [...doc.match('#Demonym').out('array'), ...doc.match('#Country').out('array')] as string[],
    names: [...doc.people().out('array'), ...doc.organizations().out('array')] as string[],
  };
  // A keystroke re-scans its whole block, so the block's other sentences come back unchanged.
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(sentence, found);
  return found;
}

/** The last sentences compromise read, at most RECENT of them (oldest dropped first). */
const RECENT = 256;
const recent = new Map<string, { groups: string[]; names: string[] }>();

/** Whether compromise reads the sentence as negated (a "not", "never" or "no" on its main verb). */
export function negatedVerb(sentence: string): boolean {
  nlp ??= loadPackage<Nlp>('compromise', () => require('compromise'));
  return nlp(sentence).verbs().isNegative().length > 0;
}
