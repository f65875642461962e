// The writer of issue 18, as a script: a word typed at a random place in the draft, or, half the
// time, the last word typed deleted again, each as one incremental change (LSP positions, UTF-16).
// Used by the soak (`npm run bench -- --soak N`, in Node and in the browser page) and by the test
// that types through a server with a small heap. Plain JavaScript with no Node import, so a browser
// page loads it as it is.
import { rng } from './rng.mjs';

export const WORDS = ['patient ', 'Botox ', '£99 ', 'DM me ', 'yesterday ', 'cures '];
/** The pace: a word every 25 ms. */
export const TYPING_PAUSE_MS = 25;

export class Typist {
  /** `text` must not contain a CR (line starts are kept for \n alone). */
  constructor(text, seed = 18) {
    this.text = text;
    this.rand = rng(seed);
    /** Words typed and not yet deleted, latest last: deleting the latest keeps every earlier offset valid. */
    this.typed = [];
    this.starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The next edit as an LSP content change ({ range, text }), already applied to `this.text`. */
  next() {
    if (this.typed.length > 0 && this.rand() < 0.5) {
      const { at, word } = this.typed.pop();
      return this.replace(at, at + word.length, '');
    }
    // A random place, moved to the start of the word it falls in, as a writer puts a word in.
    let at = Math.floor(this.rand() * (this.text.length + 1));
    while (at > 0 && !/\s/.test(this.text[at - 1])) at--;
    const word = WORDS[Math.floor(this.rand() * WORDS.length)];
    this.typed.push({ at, word });
    return this.replace(at, at, word);
  }

  replace(start, end, insert) {
    const change = { range: { start: this.positionAt(start), end: this.positionAt(end) }, text: insert };
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    // Neither the words nor what is deleted holds a line break: later lines just move.
    const delta = insert.length - (end - start);
    for (let line = this.lineOf(start) + 1; line < this.starts.length; line++) this.starts[line] += delta;
    return change;
  }

  lineOf(offset) {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset) {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }
}
