// A rule's big patterns compile on their first use (V8 compiles a regular expression when it first
// runs it), and the profanity matcher builds its lists then too: tens of milliseconds, which a check
// would otherwise spend inside one block's scan, while the editor waits for a hover. Each conduct rule
// runs its scan once over a sample sentence when it loads, so that cost comes before any draft does.
import type { Block } from '../types.js';

const SAMPLE = 'As a GP I hope you lazy idiots suffer: this tea cures eczema, boosts immunity and is guaranteed 100% safe for everyone.';

/** A one-sentence block of `text`, for warming a rule's scan. */
export function sampleBlock(text = SAMPLE): Block {
  return {
    kind: 'paragraph', start: 0, end: text.length, line: 0, prose: text, post: 0, index: 0, links: [],
    sentences: [{ start: 0, end: text.length, text }],
    toSource: (start, end) => ({ start, end }),
  };
}
