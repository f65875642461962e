// compromise, for the few questions a word list cannot answer (is this a person's name?). It is
// only asked about sentences a cheap lexicon pass has already picked out.
import nlp from 'compromise';

/** Names of people and organisations compromise finds in a sentence. */
export function namedTargets(sentence: string): string[] {
  const doc = nlp(sentence);
  return [...doc.people().out('array'), ...doc.organizations().out('array')] as string[];
}
