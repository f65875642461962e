// Parsed chunks by their text, and the layouts of recent drafts that the next check of the same
// draft builds on. Both are bounded, so a long editing session or a CLI run over thousands of files
// cannot grow them without limit:
// - layouts: one per named document (an editor's open document), the last one checked, replacing
//   the one before whatever it was built from, dropped when the document closes; at most
//   `maxDocuments` of them (the least recently checked goes first). Drafts checked without a name
//   (the CLI, the library) share a ring of `maxAnonymous`.
// - chunks: every chunk a remembered layout uses, and besides those at most about twice
//   `spareChars` characters of chunks no layout uses (an undo brings one back; the CLI meets the same
//   paragraph in many files). The bound is in characters, not entries: a chunk's parsed blocks and
//   facts grow with its text, and a draft without blank lines is one chunk of thousands of them.
import { parseChunk, type ChunkBlock } from './blocks.js';
import type { Layout } from './layout.js';

export interface ChunkEntry {
  /** The chunk's text, copied out of the draft it came from (see `own`). */
  readonly text: string;
  readonly blocks: readonly ChunkBlock[];
}

/** How a layout came to be, for `remember`. */
export interface Remembered {
  /** The document it is the latest layout of; none for a draft checked on its own. */
  document?: string;
  /** The layout it was built from, if any. */
  base?: Layout;
  /** True when it was made from `base` by re-splitting around an edit, which forgot the chunks the edit replaced. */
  carried?: boolean;
}

// A slice of a long string can be a view that keeps the whole string alive; a cache key made that
// way would hold every version of a 100 KB draft typed into. Concatenating and slicing again makes
// V8 copy the characters into a string of their own.
const own = (s: string) => (' ' + s).slice(1);

function* entriesOf(layout: Layout): Generator<ChunkEntry> {
  for (const post of layout.posts) for (const slot of post.slots) yield slot.entry;
}

export class ChunkCache {
  // Two generations: entries used since the last rotation live in `current`; a rotation drops
  // whatever was not used for a whole generation, except chunks of the remembered layouts.
  private current = new Map<string, ChunkEntry>();
  private previous = new Map<string, ChunkEntry>();
  /** Characters of the chunks in `current`, and the count at which it rotates. */
  private currentChars = 0;
  private rotateAt: number;
  private readonly documents = new Map<string, Layout>();
  private readonly anonymous: Layout[] = [];

  constructor(
    private readonly spareChars = 256_000,
    private readonly maxDocuments = 32,
    private readonly maxAnonymous = 8,
  ) {
    this.rotateAt = spareChars;
  }

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
    this.currentChars += e.text.length;
    if (this.currentChars >= this.rotateAt) this.rotate();
    return e;
  }

  /**
   * Drops a chunk an edit replaced. Typing a paragraph makes a new chunk at every keystroke; kept
   * until the cache filled, each one (text, blocks, the engine's facts for them) outlived several
   * young-generation collections, which copied it each time. A draft that still uses the chunk
   * keeps it; only the lookup by text is gone.
   */
  forget(entry: ChunkEntry) {
    if (this.current.get(entry.text) === entry) {
      this.current.delete(entry.text);
      this.currentChars -= entry.text.length;
    }
    if (this.previous.get(entry.text) === entry) this.previous.delete(entry.text);
  }

  private rotate() {
    this.previous = this.current;
    this.current = new Map();
    this.currentChars = 0;
    for (const layout of this.layouts()) {
      for (const entry of entriesOf(layout)) {
        if (this.current.has(entry.text)) continue;
        this.current.set(entry.text, entry);
        this.currentChars += entry.text.length;
      }
    }
    // The remembered layouts' chunks are kept whatever their size: rotate again once as many
    // characters of other chunks have come in as the bound allows.
    this.rotateAt = this.currentChars + this.spareChars;
  }

  private *layouts(): Generator<Layout> {
    yield* this.documents.values();
    yield* this.anonymous;
  }

  /** The layouts the next check may build on: the document's own, or those of unnamed drafts. */
  recent(document?: string): readonly Layout[] {
    if (document === undefined) return this.anonymous;
    const layout = this.documents.get(document);
    return layout ? [layout] : [];
  }

  /**
   * Remembers a draft's layout: as its document's, in place of the one before, or in place of the
   * one it was built from among the unnamed. The chunks of a replaced layout that the new one does
   * not use lose their lookup (re-splitting already dropped those an edit replaced).
   */
  remember(layout: Layout, { document, base, carried = false }: Remembered = {}) {
    if (document === undefined) {
      const i = base ? this.anonymous.indexOf(base) : -1;
      if (i >= 0) this.anonymous.splice(i, 1);
      this.anonymous.push(layout);
      if (this.anonymous.length > this.maxAnonymous) this.anonymous.shift();
      return;
    }
    const old = this.documents.get(document);
    // Deleted first, so that the document is the most recently checked one in the map's order.
    this.documents.delete(document);
    this.documents.set(document, layout);
    if (old && !(carried && base === old)) this.forgetUnused(old, layout);
    if (this.documents.size > this.maxDocuments) this.forgetDocument(this.documents.keys().next().value as string);
  }

  /** Drops a document's layout (it was closed), and the chunks no other remembered layout uses. */
  forgetDocument(document: string) {
    const old = this.documents.get(document);
    if (!old) return;
    this.documents.delete(document);
    this.forgetUnused(old, ...this.layouts());
  }

  private forgetUnused(old: Layout, ...keep: Layout[]) {
    const used = new Set<ChunkEntry>();
    for (const layout of keep) for (const entry of entriesOf(layout)) used.add(entry);
    for (const entry of entriesOf(old)) if (!used.has(entry)) this.forget(entry);
  }

  /** What the cache holds, for tests and the benchmark: layouts, chunks and their characters. */
  size(): { documents: number; anonymous: number; chunks: number; chars: number } {
    let chunks = 0, chars = 0;
    for (const map of [this.current, this.previous]) {
      for (const [text, e] of map) {
        if (map === this.previous && this.current.get(text) === e) continue;
        chunks++;
        chars += text.length;
      }
    }
    return { documents: this.documents.size, anonymous: this.anonymous.length, chunks, chars };
  }
}
