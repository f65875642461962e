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
