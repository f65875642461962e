// A rule's big patterns compile on their first use (V8 compiles a regular expression when it first
// runs it), and the profanity matcher builds its lists then too: tens of milliseconds, which a check
// would otherwise spend inside one block's scan, while the editor waits for a hover. Each conduct rule
// registers a scan of a sample sentence when it loads, and the language server runs them as it
// starts (warmUp), so that cost comes before any draft does. Not the CLI or the library: they answer
// no hover, and the sample's scans cost more than they save a batch (callgrind, import and a first
// check of a 2,000-word draft: 3.23G instructions with them, 2.96G without; 2.09G and 1.99G for a
// one-line draft), since the sample reaches patterns a draft may never need.
import type { Block } from '../types.js';

/** Warm-ups not yet run: one per conduct rule, emptied by the first warmUp(). */
const pending: (() => void)[] = [];

/** Registers a rule's warm-up, for warmUp() to run. */
export function onWarmUp(f: () => void): void {
  pending.push(f);
}

/** Runs the rules' warm-ups, once per process (later calls find none left). */
export function warmUp(): void {
  for (const f of pending.splice(0)) f();
}

const SAMPLE = 'As a GP I hope you lazy idiots suffer: this tea cures eczema, boosts immunity and is guaranteed 100% safe for everyone.';

/** A one-sentence block of `text`, for warming a rule's scan. */
export function sampleBlock(text = SAMPLE): Block {
  return {
    kind: 'paragraph', start: 0, end: text.length, line: 0, prose: text, post: 0, index: 0, links: [],
    sentences: [{ start: 0, end: text.length, text }],
    toSource: (start, end) => ({ start, end }),
  };
}
