// A fast path for the commonest keystroke: letters, digits or spaces typed or deleted inside a run
// of a block's prose, between letters, digits, spaces or plain punctuation (see NEIGHBOUR). Markdown
// cannot read such an edit as syntax: it opens or closes nothing (every delimiter keeps its
// neighbours), starts no line, and leaves code, links and masked wikilinks (whose prose does not
// spell the source) alone. So the chunk's blocks are the old ones with the prose edited and what follows moved, without running the
// parser, which costs a quarter of a millisecond per paragraph. Anything else returns undefined and
// the chunk is parsed; test/engine-incremental/edit-chunk.test.ts compares both on real chunks.
import type { ChunkBlock } from './blocks.js';
import { isBlank, lineEndAt, lineStartAt } from './lines.js';
import { splitSentences } from './sentences.js';

const PLAIN = /^[\p{L}\p{N} ]*$/u;
// A neighbour may also be a full stop, comma, colon, semicolon, question or exclamation mark: a
// fifth of the keystrokes in a draft of short paragraphs land beside one ("clinic.|"), and each
// sent its paragraph to the parser. None of them is syntax beside a letter: emphasis is decided by
// the characters beside a run of * or _, and the edit touches no such run; `:` and `.` matter in
// autolinks, whose lines are parsed (NEAR_AUTOLINK, and a link's range is never edited here), and
// `.` in an ordered list's marker ("1."), which holds no letter before it (ANY_LETTER).
const NEIGHBOUR = /^[\p{L}\p{N} .,:;?!]$/u;
const PUNCTUATION = /^[.,:;?!]$/;
const ANY_LETTER = /\p{L}/u;
// Text a space or a letter could turn into an autolink (www., a scheme, an e-mail address) or an
// entity: an edit in a run of non-blank characters holding any of it, before or after, is parsed.
// None of these spans a blank, so one a blank away cannot change; lines holding one (an @handle,
// "A&E") sent every keystroke on them to the parser, a tenth of a long draft's keystrokes.
const NEAR_AUTOLINK = /www\.|:\/\/|mailto:|xmpp:|[@&]/i;
const BLANK = /\s/;
// A line that opens like a link reference definition ("[x]: /url"): whether it is one turns on its
// destination and title ("[x]: word xy" is a paragraph, "[x]: wordxy" a definition, not prose).
// Tried from each line's start only (sticky), where `^` under `m` let V8 try the pattern at every
// place of a long line of brackets (quadratic time).
const DEFINITION = /[ \t>]*\[[^\]\n\r]*\]:/y;
function opensDefinition(text: string): boolean {
  for (let at = 0; at <= text.length;) {
    DEFINITION.lastIndex = at;
    if (DEFINITION.test(text)) return true;
    const n = text.indexOf('\n', at), r = text.indexOf('\r', at);
    const next = n < 0 ? r : r < 0 ? n : Math.min(n, r);
    if (next < 0) return false;
    at = next + 1;
  }
  return false;
}

/** The run of non-blank characters around [start, end) of `text` (the edit itself included). */
function runAround(text: string, start: number, end: number): string {
  let from = start, to = end;
  while (from > 0 && !BLANK.test(text[from - 1])) from--;
  while (to < text.length && !BLANK.test(text[to])) to++;
  return text.slice(from, to);
}
const BLOCK_KINDS = new Set(['paragraph', 'heading', 'listItem', 'quote', 'tableCell']);

/**
 * The blocks of `newText`, which is `oldText` (parsed as `old`) with [start, oldEnd) replaced by
 * [start, newEnd), all offsets relative to the chunk; undefined when the edit needs the parser.
 */
export function editChunkBlocks(
  old: readonly ChunkBlock[], oldText: string, newText: string, start: number, oldEnd: number, newEnd: number,
): ChunkBlock[] | undefined {
  const removed = oldText.slice(start, oldEnd), inserted = newText.slice(start, newEnd);
  if (!PLAIN.test(removed) || !PLAIN.test(inserted) || (removed === '' && inserted === '')) return undefined;
  // Both neighbours are letters, digits or spaces, and below they must be prose of one text run: so
  // no delimiter, marker, indent or line end touches the edit.
  if (start === 0 || !NEIGHBOUR.test(oldText[start - 1]) || !NEIGHBOUR.test(oldText[oldEnd] ?? '')) return undefined;
  // The line must keep its indent and its end: only spaces before the edit could make it code or a
  // list's continuation, only spaces after it a hard line break.
  const lineStart = lineStartAt(newText, start), lineEnd = lineEndAt(newText, newEnd);
  if (NEAR_AUTOLINK.test(runAround(oldText, start, oldEnd)) || NEAR_AUTOLINK.test(runAround(newText, start, newEnd))) return undefined;
  if (opensDefinition(oldText) || opensDefinition(newText)) return undefined;
  if (isBlank(newText.slice(lineStart, start)) || isBlank(newText.slice(newEnd, lineEnd))) return undefined;
  if ((PUNCTUATION.test(oldText[start - 1]) || PUNCTUATION.test(oldText[oldEnd])) && !ANY_LETTER.test(newText.slice(lineStart, start))) return undefined;
  const delta = newEnd - oldEnd;

  const k = old.findIndex((b) => b.start < start && oldEnd < b.end && BLOCK_KINDS.has(b.kind));
  if (k < 0) return undefined;
  const block = old[k];
  // The segment holding both neighbours, whose prose spells its source.
  const i = block.segSource.findIndex((s, n) => s <= start - 1 && oldEnd + 1 <= s + block.segLength[n]);
  if (i < 0) return undefined;
  const p = block.segProse[i] + (start - block.segSource[i]);
  if (block.prose.slice(p - 1, p + removed.length + 1) !== oldText.slice(start - 1, oldEnd + 1)) return undefined;
  if (block.links.some((l) => l.start < oldEnd + 1 && start - 1 < l.end)) return undefined;
  // No other block may come near the edit (an image's alt text inside this paragraph's range).
  if (old.some((b, n) => n !== k && b.start <= oldEnd && start - 1 < b.end)) return undefined;

  const after = (n: number) => (n >= oldEnd ? n + delta : n);
  const prose = block.prose.slice(0, p) + inserted + block.prose.slice(p + removed.length);
  const edited: ChunkBlock = {
    kind: block.kind, start: block.start, end: block.end + delta, prose,
    segProse: block.segProse.map((s, n) => (n > i ? s + delta : s)),
    segSource: block.segSource.map((s, n) => (n > i ? s + delta : s)),
    segLength: block.segLength.map((l, n) => (n === i ? l + delta : l)),
    links: block.links.map((l) => ({ url: l.url, start: after(l.start), end: after(l.end) })),
    imageUrl: block.imageUrl, sentences: splitSentences(prose), memo: undefined,
  };
  return old.map((b, n): ChunkBlock => {
    if (n === k) return edited;
    if (b.end < start) return b; // the same text at the same place: its memo serves as it is
    // The same text moved: its facts and findings are the engine's for its prose, found again
    // when the chunk moves as a whole, so they serve here too (its findings are moved with it).
    // Made afresh, every block after a keystroke in a long chunk was scanned again.
    return {
      kind: b.kind, start: b.start + delta, end: b.end + delta, prose: b.prose,
      segProse: b.segProse, segSource: b.segSource.map((s) => s + delta), segLength: b.segLength,
      links: b.links.map((l) => ({ url: l.url, start: l.start + delta, end: l.end + delta })),
      imageUrl: b.imageUrl, sentences: b.sentences, memo: b.memo,
    };
  });
}
