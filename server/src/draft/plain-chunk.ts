// A fast path for the commonest chunks, a plain paragraph, a one-line ATX heading or a list whose
// every line is one item ("1. ...", "- ..."), whose Markdown parse is known without running the
// parser: micromark costs about a millisecond per chunk (most of it building its tables), which on a
// long draft is most of a full check. Anything that could be Markdown syntax falls back to the
// parser; test/engine-incremental checks both give equal blocks.
import { afterBreak, lineEndAt } from './lines.js';

/**
 * Characters that can start inline syntax (emphasis, code, links, images, HTML, entities, escapes,
 * GFM). Some are syntax only beside certain characters, and prose is full of them otherwise: an
 * underscore between two letters or digits can neither open nor close emphasis ("@sam_rides"); an
 * '@' starts no email address without a character of one before it ("@sam"); '&' is a character
 * reference only before '#' or a name and ';' ("A&E" is not). '!' is an image only before '[' and
 * '>' markup only after '<' (or a quote, at a line's start: BLOCK_LINE).
 */
const INLINE_SYNTAX = /[`*[\]<\\|~\t\0-\x08\x0b\x0c\x0e-\x1f]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|[\w+.-]@|&(?:#|[A-Za-z0-9]+;)|www\.|https?:\/\/|mailto:|xmpp:/i;
/**
 * A line that could open or continue a block other than a paragraph, or carries edge whitespace.
 * ':' too: under a line of text, ":-" is a table's delimiter row, pipes or none.
 */
const BLOCK_LINE = /^(?:[ \t#>+*=_~`|<:-]|\d{1,9}[.)])|[ \t]$|^$/;
const HEADING = /^(#{1,6}) (?=[^ \t])(.*)$/;
/**
 * One line in emphasis or strong emphasis, a signature or a caption ("*Dr Ellen Hughes, GP in
 * Leeds*"): the parser costs some tenths of a millisecond a chunk, most of it before it reads a
 * character, and the only markup is the marks. Its text must neither start nor end with a space
 * (nor hold a '*'), which makes the first run open and the last close under CommonMark's flanking
 * rules, and nothing in it be inline syntax (tested on the group).
 */
const EMPHASIS_LINE = /^(\*{1,2})(?![\s*])([^*\r\n]*[^\s*])\1$/;
/** A list item's marker and the spaces after it: the item's text starts after them. */
const LIST_ITEM = /^(?:\d{1,9}[.)]|[-+]) {1,4}/;

export interface PlainChunk {
  kind: 'paragraph' | 'heading' | 'listItem';
  /** Where the prose starts and ends in the chunk (the whole chunk for a paragraph; the first item's for a list). */
  textStart: number;
  textEnd: number;
  /** A list's items, one a line, each where its text starts and ends. */
  items?: { start: number; end: number }[];
}

/** The parse of a chunk when it is plainly one paragraph or one heading; undefined otherwise. */
export function plainChunk(source: string): PlainChunk | undefined {
  if (source.length === 0) return undefined;
  if (source.charCodeAt(0) === 35) { // '#': a heading whose '#' marks are not inline syntax
    const h = HEADING.exec(source);
    if (!h || /[\r\n]/.test(source) || INLINE_SYNTAX.test(h[2]) || /[#\s]$/.test(h[2])) return undefined;
    return { kind: 'heading', textStart: h[1].length + 1, textEnd: source.length };
  }
  const emphasised = EMPHASIS_LINE.exec(source);
  if (emphasised && !INLINE_SYNTAX.test(emphasised[2])) return { kind: 'paragraph', textStart: emphasised[1].length, textEnd: source.length - emphasised[1].length };
  if (INLINE_SYNTAX.test(source)) return undefined;
  if (LIST_ITEM.test(source)) return plainList(source);
  let start = 0;
  for (;;) {
    const end = lineEndAt(source, start);
    if (BLOCK_LINE.test(source.slice(start, end))) return undefined;
    if (end >= source.length) break;
    start = afterBreak(source, end);
  }
  return { kind: 'paragraph', textStart: 0, textEnd: source.length };
}

/**
 * A list whose every line is one item with plain text (no nested list, heading, quote or code in
 * it, nor a line continuing an item): each item's text is one paragraph of its own.
 */
function plainList(source: string): PlainChunk | undefined {
  const items: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const end = lineEndAt(source, start);
    const line = source.slice(start, end);
    const marker = LIST_ITEM.exec(line);
    if (!marker || BLOCK_LINE.test(line.slice(marker[0].length))) return undefined;
    items.push({ start: start + marker[0].length, end });
    if (end >= source.length) break;
    start = afterBreak(source, end);
  }
  return { kind: 'listItem', textStart: items[0].start, textEnd: items[0].end, items };
}
