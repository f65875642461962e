// Builds the Draft model: front matter, posts of a thread, and per post the prose blocks and
// sentences with exact offsets. Chunks are parsed once per distinct text and cached; after an edit,
// the previous version's layout is reused around it (see layout.ts), so that a keystroke in a long
// draft costs little more than the chunk it lands in.
import type { Block, Draft, Platform, Post, Range, Sentence, Settings } from '@probity/rules';
import type { ChunkBlock } from './blocks.js';
import type { ChunkCache } from './chunk-cache.js';
import { readFrontMatter } from './front-matter.js';
import { diffTexts, editIsLocal, resplit, slotOf, type Layout, type PostLayout, type TextEdit } from './layout.js';
import { firstAtLeast, LineIndex } from './line-index.js';
import { inParts } from './parts.js';
import { hasThreadSeparator, splitChunks, splitPosts } from './split.js';

export { ChunkCache } from './chunk-cache.js';

const SHORT_POST_PLATFORMS: readonly Platform[] = ['x', 'bluesky', 'threads', 'mastodon'];

/**
 * A block of a Draft: a parsed chunk block placed in the text. For a named document (an editor's)
 * the views of the chunks an edit only moved are placed anew rather than made again (`place`):
 * a keystroke in a long draft then makes no block objects but the edited chunk's, and what is
 * cached on the identity of blocks (an analysis's decision) still holds after it. So a named
 * document's blocks follow its latest check; drafts checked without a name keep theirs.
 */
class BlockView implements Block {
  start!: number;
  end!: number;
  line!: number;
  post!: number;
  index!: number;
  private base!: number;
  private absLinks?: Block['links'];
  constructor(readonly rel: ChunkBlock, base: number, line: number, post: number, index: number) {
    this.place(base, line, post, index);
  }
  place(base: number, line: number, post: number, index: number): void {
    this.base = base;
    this.start = base + this.rel.start;
    this.end = base + this.rel.end;
    this.line = line;
    this.post = post;
    this.index = index;
    this.absLinks = undefined;
  }
  get links(): Block['links'] {
    const base = this.base;
    return (this.absLinks ??= this.rel.links.map((l) => ({ url: l.url, start: base + l.start, end: base + l.end })));
  }
  get kind() { return this.rel.kind; }
  get prose() { return this.rel.prose; }
  get sentences(): readonly Sentence[] { return this.rel.sentences; }
  get imageUrl() { return this.rel.imageUrl; }

  toSource(proseStart: number, proseEnd: number): Range {
    const { segProse, segSource, segLength } = this.rel;
    if (segProse.length === 0) return { start: this.start, end: this.start };
    // Last segment starting at or before p (the first when none does).
    const find = (p: number) => Math.max(0, firstAtLeast(segProse, p + 1) - 1);
    const mapStart = (p: number) => {
      const i = find(p);
      if (p < segProse[i] + segLength[i] || i === segProse.length - 1) return segSource[i] + Math.min(p - segProse[i], segLength[i]);
      return segSource[i + 1]; // in a gap: the next real character
    };
    const mapEnd = (p: number) => {
      const i = find(Math.max(0, p - 1));
      return segSource[i] + Math.min(Math.max(p - segProse[i], 0), segLength[i]);
    };
    const start = this.base + mapStart(Math.max(0, proseStart));
    const end = this.base + mapEnd(Math.min(this.rel.prose.length, proseEnd));
    return { start, end: Math.max(start, end) };
  }
}

/** The parsed chunk behind a block of a Draft built here, for caches keyed by chunk. */
export function chunkBlockOf(block: Block): ChunkBlock | undefined {
  return block instanceof BlockView ? block.rel : undefined;
}

export interface DraftInput {
  text: string;
  /** Settings from the layers below front matter (defaults, probity.json, editor). */
  resolveSettings(frontMatter: Record<string, unknown>, frontMatterError?: string): Settings;
  cache: ChunkCache;
  /** The document the text is a version of, whose last layout it builds on and replaces (cache.remember). */
  document?: string;
  /** `closestLayout(cache, text, undefined, document)` when the caller has looked it up already (null: there is none). */
  base?: Base | null;
}

/** A remembered layout and the edit that turns its text into the one being built. */
export interface Base { layout: Layout; edit: TextEdit }

/**
 * The remembered layout `text` is an edit of: the document's last one, or for a draft without a
 * document, the closest of the recent ones. Given the text it was made from and the edit, that
 * text's layout is found by identity: comparing two long texts from both ends reads both, a third
 * of a millisecond when they are not in cache.
 */
export function closestLayout(cache: ChunkCache, text: string, previous?: { text: string; edit: TextEdit }, document?: string): Base | undefined {
  const layouts = cache.recent(document);
  if (previous && previous.edit.newEnd <= text.length && text.length - previous.edit.newEnd === previous.text.length - previous.edit.oldEnd) {
    for (let i = layouts.length - 1; i >= 0; i--) {
      if (layouts[i].text === previous.text) return { layout: layouts[i], edit: previous.edit };
    }
  }
  let best: Base | undefined;
  let bestKept = -1;
  for (let i = layouts.length - 1; i >= 0; i--) {
    const layout = layouts[i];
    const edit = diffTexts(layout.text, text);
    const kept = text.length - (edit.newEnd - edit.start);
    if (kept > bestKept) { best = { layout, edit }; bestKept = kept; }
    if (kept === text.length && layout.text.length === text.length) break;
  }
  // Less than half in common: another document, or this one rewritten; build it afresh.
  return best && bestKept * 2 >= Math.max(text.length, best.layout.text.length) ? best : undefined;
}

// Chunks looked up (and parsed, when new) between two chances to give way, and slots given views.
const CHUNKS_PER_STEP = 32;
const SLOTS_PER_STEP = 256;

function* fullPosts(text: string, bodyStart: number, isThread: boolean, cache: ChunkCache): Generator<void, PostLayout[]> {
  const posts: PostLayout[] = [];
  let n = 0;
  for (const range of splitPosts(text, bodyStart, isThread)) {
    const slots: PostLayout['slots'] = [];
    for (const r of splitChunks(text, range)) {
      slots.push(slotOf(r.start, r.end, cache.entry(text.slice(r.start, r.end)), r.joined));
      if (++n % CHUNKS_PER_STEP === 0) yield;
    }
    posts.push({ ...range, slots });
  }
  return posts;
}

export type BuiltDraft = Draft & { lines: LineIndex; layout: Layout };

export function buildDraft(input: DraftInput): BuiltDraft {
  const steps = buildDraftSteps(input);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same, as steps: a language server checking a pasted book gives way to other requests
 * between them (each chunk parsed is one part of a step).
 */
export function* buildDraftSteps({ text, resolveSettings, cache, document, base: known }: DraftInput): Generator<void, BuiltDraft> {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const base = known === undefined ? closestLayout(cache, text, undefined, document) : known ?? undefined;
  const local = base !== undefined && editIsLocal(base.layout, text, base.edit, from);
  const fm = local ? base.layout.frontMatter : readFrontMatter(text, from);
  const settings = resolveSettings(fm.data, fm.error);
  const platform = settings.platform ?? 'blog';
  let separator = local ? base.layout.separator : undefined;
  const isThread = SHORT_POST_PLATFORMS.includes(platform)
    || (settings.platform !== 'blog' && (separator ??= hasThreadSeparator(text, fm.bodyStart)));
  const lines = local ? base.layout.lines.edited(text, base.edit.start, base.edit.oldEnd, base.edit.newEnd) : new LineIndex(text);
  const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n';

  const carried = (local && base.layout.isThread === isThread && resplit(base.layout, text, base.edit, cache)) || undefined;
  // The document's last layout is replaced by this one: its views may be placed anew (BlockView).
  const owned = document !== undefined && carried !== undefined;
  const postLayouts = carried ?? (yield* fullPosts(text, fm.bodyStart, isThread, cache));
  const layout: Layout = { text, from, frontMatter: fm, isThread, separator, posts: postLayouts, lines };
  cache.remember(layout, { document, base: base?.layout, carried: carried !== undefined });

  const posts: Post[] = [];
  let all: Block[] = [];
  let counted = 0; // blocks of the posts before this one
  for (const [index, range] of postLayouts.entries()) {
    const slots = range.slots;
    // Sized up front: grown by push, a long post's array was copied a few times on every keystroke.
    let count = 0;
    for (const slot of slots) count += slot.entry.blocks.length;
    const blocks = new Array<Block>(count);
    let filled = 0;
    let line = 0; // of the last slot looked at: the next one is on it or a few lines further
    yield* inParts(slots.length, SLOTS_PER_STEP, true, (from, to) => {
      for (let k = from; k < to; k++) {
        const slot = slots[k];
        const rels = slot.entry.blocks;
        if (rels.length === 0) continue;
        // A slot's views serve as they are while their place, line, post and first index hold
        // (always, for the chunks before an edit). Moved, they are placed anew when the draft is a
        // named document's, built on its last layout; else made again.
        line = lines.lineOf(slot.start, line);
        const first = counted + filled;
        let v = slot.views;
        if (!v || v[0].start !== slot.start + rels[0].start || v[0].post !== index || v[0].index !== first || v[0].line !== lines.lineOf(v[0].start, line)) {
          if (v && owned && (v[0] as BlockView).rel === rels[0]) {
            for (let i = 0; i < v.length; i++) (v[i] as BlockView).place(slot.start, lines.lineOf(slot.start + rels[i].start, line), index, first + i);
          } else {
            v = slot.views = rels.map((rel, i) => new BlockView(rel, slot.start, lines.lineOf(slot.start + rel.start, line), index, first + i));
          }
        }
        for (const b of v) blocks[filled++] = b;
      }
    });
    const firstText = blocks.find((b, i) => !(i === 0 && b.kind === 'heading') && b.kind !== 'imageAlt' && b.kind !== 'heading')
      ?? blocks[0];
    posts.push({
      index, start: range.start, end: range.end, line: lines.lineOf(range.start), blocks,
      insertAt: firstText ? firstText.start : range.start,
    });
    // A blog is one post: its blocks are the draft's, without a copy.
    if (postLayouts.length === 1) all = blocks;
    else for (const b of blocks) all.push(b);
    counted += blocks.length;
  }

  return {
    text, settings, platform, isThread, frontMatter: fm.data, bodyStart: fm.bodyStart,
    posts, blocks: all, eol, lines, layout,
  };
}
