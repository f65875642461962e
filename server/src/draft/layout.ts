// The layout of a draft's text: front matter, posts, the chunks of each post, line starts. After an
// edit, the layout of the previous version is carried over: the edit is found by comparing the two
// texts from both ends, and only the chunks around it are split and looked up again. Whatever could
// move a boundary far from the edit (a fence, a `---` line, front matter) makes a full rebuild.
import type { Block, Range } from '@probity/rules';
import type { ChunkCache, ChunkEntry } from './chunk-cache.js';
import { editChunkBlocks } from './edit-chunk.js';
import type { FrontMatter } from './front-matter.js';
import type { LineIndex } from './line-index.js';
import { afterBreak, lineEndAt, lineStartAt } from './lines.js';
import { PIECE_BOUND, splitsAlike } from './pieces.js';
import { splitChunks } from './split.js';

export interface ChunkSlot extends Range {
  entry: ChunkEntry;
  /** Cut from the slot before it in a long run (pieces.ts): splitting again takes the run whole. */
  joined: boolean;
  /**
   * The Draft's blocks for this chunk, filled in by buildDraft. A slot moved by an edit carries its
   * old slot's views, which buildDraft places anew (see BlockView.place) or replaces.
   */
  views?: readonly Block[];
}

export interface PostLayout extends Range {
  slots: ChunkSlot[];
}

export interface Layout {
  text: string;
  /** 1 after a byte order mark, else 0. */
  from: number;
  frontMatter: FrontMatter;
  isThread: boolean;
  /** Whether the body has a thread separator, when that was needed. */
  separator?: boolean;
  posts: PostLayout[];
  lines: LineIndex;
}

/** Where two texts differ: [start, oldEnd) of the old text became [start, newEnd) of the new. */
export interface TextEdit { start: number; oldEnd: number; newEnd: number }

const BLOCKS = [16384, 1024, 64, 4, 1];

export function diffTexts(a: string, b: string): TextEdit {
  const max = Math.min(a.length, b.length);
  // Whole blocks first, large then small: comparing slices runs in native code, far faster than a
  // loop over characters.
  let p = 0;
  for (const block of BLOCKS) {
    while (p + block <= max && a.slice(p, p + block) === b.slice(p, p + block)) p += block;
  }
  let s = 0;
  const maxS = max - p;
  for (const block of BLOCKS) {
    while (s + block <= maxS && a.slice(a.length - s - block, a.length - s) === b.slice(b.length - s - block, b.length - s)) s += block;
  }
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}

/** Lines that can decide how far-away text is split: fences, `---` (and `...`, which closes front matter). */
const STRUCTURAL = /^(?:---|\.\.\.)[ \t]*$|^ {0,3}(?:`{3,}|~{3,})/;

function touchesStructuralLine(text: string, start: number, end: number): boolean {
  let i = lineStartAt(text, start);
  for (;;) {
    const e = lineEndAt(text, i);
    if (STRUCTURAL.test(text.slice(i, e))) return true;
    if (e >= end || e >= text.length) return false;
    i = afterBreak(text, e);
  }
}

/**
 * Whether `layout`'s front matter, thread separators and fences all hold for `text` after `edit`,
 * so that only the chunks around the edit need splitting again.
 */
export function editIsLocal(layout: Layout, text: string, edit: TextEdit, from: number): boolean {
  if (from !== layout.from) return false;
  const fm = layout.frontMatter;
  if (fm.bodyStart > layout.from && edit.start < fm.bodyStart) return false;
  return !touchesStructuralLine(layout.text, edit.start, edit.oldEnd) && !touchesStructuralLine(text, edit.start, edit.newEnd);
}

/** Index of the last slot starting at or before `offset` (-1 when none). */
function lastStartingBy(slots: ChunkSlot[], offset: number): number {
  let lo = 0, hi = slots.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (slots[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Index of the first slot ending at or after `offset` (slots.length when none). */
function firstEndingBy(slots: ChunkSlot[], offset: number): number {
  let lo = 0, hi = slots.length - 1, found = slots.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (slots[mid].end >= offset) { found = mid; hi = mid - 1; } else lo = mid + 1;
  }
  return found;
}

/** A slot, always made here with every field, so that all slots share one hidden class. */
export const slotOf = (start: number, end: number, entry: ChunkEntry, joined: boolean, views?: readonly Block[]): ChunkSlot => ({ start, end, entry, joined, views });

/**
 * Whether an edit inside the slot at `at` leaves every chunk boundary where it was: it stays within
 * one line (no line break taken or made, nor a CR parted from its LF), the line splits alike
 * (pieces.ts), and the run the slot is part of stays on the same side of the bound for pieces.
 */
function boundsHold(old: string, text: string, edit: TextEdit, slots: ChunkSlot[], at: number): boolean {
  if (/[\r\n]/.test(old.slice(edit.start, edit.oldEnd)) || /[\r\n]/.test(text.slice(edit.start, edit.newEnd))) return false;
  if (old.charCodeAt(edit.start - 1) === 13 && old.charCodeAt(edit.oldEnd) === 10) return false;
  const from = lineStartAt(old, edit.start);
  if (!splitsAlike(old.slice(from, lineEndAt(old, edit.oldEnd)), text.slice(from, lineEndAt(text, edit.newEnd)))) return false;
  let first = at, last = at;
  while (first > 0 && slots[first].joined) first--;
  while (last + 1 < slots.length && slots[last + 1].joined) last++;
  const length = slots[last].end - slots[first].start, delta = edit.newEnd - edit.oldEnd;
  return (length > PIECE_BOUND) === (length + delta > PIECE_BOUND);
}

/**
 * The posts of `text` from those of the previous layout, splitting again only the chunks from the
 * one before the edit to the one after it (an edit can join a chunk to either neighbour: a blank
 * line removed, or a first line indented as a continuation), taking whole the long runs they are
 * pieces of. Every chunk starts outside a fence, so splitting can restart at a chunk's start. The
 * chunks that come out where they were (or moved by the edit) keep their slots; the others are
 * looked up, and the one the edit fell in may be derived from its old blocks. Returns undefined
 * when the edit spans posts. The chunks the edit replaced are dropped from the cache.
 */
export function resplit(layout: Layout, text: string, edit: TextEdit, cache: ChunkCache): PostLayout[] | undefined {
  const delta = edit.newEnd - edit.oldEnd;
  const k = layout.posts.findIndex((p) => p.start <= edit.start && edit.oldEnd <= p.end);
  if (k < 0) return undefined;
  const post = layout.posts[k];
  const slots = post.slots;
  const at = lastStartingBy(slots, edit.start);
  // The chunk the edit fell in, when it kept its bounds: its new blocks may come from its old ones.
  const was = at >= 0 && slots[at].start <= edit.start && edit.oldEnd <= slots[at].end ? slots[at] : undefined;
  const derived = (r: Range) => (was && r.start === was.start && r.end === was.end + delta
    ? (chunk: string) => editChunkBlocks(was.entry.blocks, was.entry.text, chunk, edit.start - r.start, edit.oldEnd - r.start, edit.newEnd - r.start)
    : undefined);
  let first: number, last: number, fresh: ChunkSlot[];
  if (was && boundsHold(layout.text, text, edit, slots, at)) {
    // Typing inside a line that splits as before: only the chunk it is in changes (a long run is
    // not split again at every keystroke).
    first = last = at;
    const r = { start: was.start, end: was.end + delta };
    fresh = [slotOf(r.start, r.end, cache.entry(text.slice(r.start, r.end), derived(r)), was.joined)];
  } else {
    first = at - 1;
    last = firstEndingBy(slots, edit.oldEnd) + 1;
    while (first > 0 && slots[first].joined) first--;
    while (last + 1 < slots.length && slots[last + 1].joined) last++;
    const start = first >= 0 ? slots[first].start : post.start;
    const end = (last < slots.length ? slots[last].end : post.end) + delta;
    // Old slots by where they start now: those wholly before the edit, and those after it, moved.
    const kept = new Map<number, ChunkSlot>();
    for (let i = Math.max(first, 0); i <= last && i < slots.length; i++) {
      const s = slots[i];
      if (s.end <= edit.start) kept.set(s.start, s);
      else if (s.start >= edit.oldEnd) kept.set(s.start + delta, s);
    }
    fresh = splitChunks(text, { start, end }).map((r) => {
      const s = kept.get(r.start);
      if (s) {
        const moved = s.start >= edit.oldEnd ? delta : 0;
        if (s.end + moved === r.end) return moved === 0 && s.joined === r.joined ? s : slotOf(r.start, r.end, s.entry, r.joined, s.views);
      }
      return slotOf(r.start, r.end, cache.entry(text.slice(r.start, r.end), derived(r)), r.joined);
    });
  }
  const old = slots.slice(Math.max(first, 0), last + 1);
  const used = new Set(fresh.map((f) => f.entry));
  for (const s of old) if (!used.has(s.entry)) cache.forget(s.entry);
  // Filled in one pass: spreading slices and a map of them made three copies of the post's slots.
  const head = Math.max(first, 0), tail = Math.max(0, slots.length - (last + 1));
  const edited: PostLayout = { start: post.start, end: post.end + delta, slots: new Array<ChunkSlot>(head + fresh.length + tail) };
  for (let i = 0; i < head; i++) edited.slots[i] = slots[i];
  for (let i = 0; i < fresh.length; i++) edited.slots[head + i] = fresh[i];
  for (let i = 0; i < tail; i++) edited.slots[head + fresh.length + i] = shift(slots[last + 1 + i], delta);
  return layout.posts.map((p, i) => (i < k ? p : i === k ? edited
    : { start: p.start + delta, end: p.end + delta, slots: p.slots.map((s) => shift(s, delta)) }));
}

const shift = (slot: ChunkSlot, delta: number): ChunkSlot => (delta === 0 ? slot : slotOf(slot.start + delta, slot.end + delta, slot.entry, slot.joined, slot.views));
