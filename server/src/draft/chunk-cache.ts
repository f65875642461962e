// Parsed chunks by their text, and the layouts of recent drafts that the next check of the same
// document builds on. Both are bounded, so a long editing session or a CLI run over thousands of
// files cannot grow them without limit.
import { parseChunk, type ChunkBlock } from './blocks.js';
import type { Layout } from './layout.js';

export interface ChunkEntry {
  /** The chunk's text, copied out of the draft it came from (see `own`). */
  readonly text: string;
  readonly blocks: readonly ChunkBlock[];
}

// A slice of a long string can be a view that keeps the whole string alive; a cache key made that
// way would hold every version of a 100 KB draft typed into. Concatenating and slicing again makes
// V8 copy the characters into a string of their own.
const own = (s: string) => (' ' + s).slice(1);

export class ChunkCache {
  // Two generations: entries used since the last rotation live in `current`; a rotation drops
  // whatever was not used for a whole generation, except chunks of the drafts still remembered.
  private current = new Map<string, ChunkEntry>();
  private previous = new Map<string, ChunkEntry>();
  private readonly layouts: Layout[] = [];

  constructor(private readonly limit = 5_000, private readonly layoutLimit = 32) {}

  get(text: string): ChunkBlock[] {
    return this.entry(text).blocks as ChunkBlock[];
  }

  /** The chunk's entry; a new chunk is parsed, or made by `derive` when it can (edit-chunk.ts). */
  entry(text: string, derive?: (text: string) => ChunkBlock[] | undefined): ChunkEntry {
    let e = this.current.get(text);
    if (e) return e;
    e = this.previous.get(text);
    if (!e) {
      const key = own(text);
      e = { text: key, blocks: derive?.(key) ?? parseChunk(key) };
    }
    this.current.set(e.text, e);
    if (this.current.size >= this.limit) this.rotate();
    return e;
  }

  /**
   * Drops a chunk an edit replaced. Typing a paragraph makes a new chunk at every keystroke; kept
   * until the cache filled, each one (text, blocks, the engine's facts for them) outlived several
   * young-generation collections, which copied it each time. A draft that still uses the chunk
   * keeps it; only the lookup by text is gone.
   */
  forget(entry: ChunkEntry) {
    if (this.current.get(entry.text) === entry) this.current.delete(entry.text);
    if (this.previous.get(entry.text) === entry) this.previous.delete(entry.text);
  }

  private rotate() {
    this.previous = this.current;
    this.current = new Map();
    for (const layout of this.layouts) {
      for (const post of layout.posts) for (const slot of post.slots) this.current.set(slot.entry.text, slot.entry);
    }
  }

  /** Recent layouts, most recently used last. */
  recent(): readonly Layout[] {
    return this.layouts;
  }

  /** Remembers a draft's layout, in place of the one it was built from when that is given. */
  remember(layout: Layout, replaces?: Layout) {
    const i = replaces ? this.layouts.indexOf(replaces) : -1;
    if (i >= 0) this.layouts.splice(i, 1);
    this.layouts.push(layout);
    if (this.layouts.length > this.layoutLimit) this.layouts.shift();
  }
}
