// A fast path for the commonest chunks, a plain paragraph or a one-line ATX heading, whose Markdown
// parse is known without running the parser: micromark costs about a millisecond per chunk (most
// of it building its tables), which on a long draft is most of a full check. Anything that could be
// Markdown syntax falls back to the parser; test/engine-incremental checks both give equal blocks.
import { afterBreak, lineEndAt } from './lines.js';

/** Characters that can start inline syntax (emphasis, code, links, HTML, entities, escapes, GFM). */
const INLINE_SYNTAX = /[`*_[\]<>!\\&|~@\t\0-\x08\x0b\x0c\x0e-\x1f]|www\.|https?:\/\/|mailto:|xmpp:/i;
/** A line that could open or continue a block other than a paragraph, or carries edge whitespace. */
const BLOCK_LINE = /^(?:[ \t#>+*=_~`|<-]|\d{1,9}[.)])|[ \t]$|^$/;
const HEADING = /^(#{1,6}) (?=[^ \t])(.*)$/;

export interface PlainChunk {
  kind: 'paragraph' | 'heading';
  /** Where the prose starts and ends in the chunk (the whole chunk for a paragraph). */
  textStart: number;
  textEnd: number;
}

/** The parse of a chunk when it is plainly one paragraph or one heading; undefined otherwise. */
export function plainChunk(source: string): PlainChunk | undefined {
  if (source.length === 0) return undefined;
  if (source.charCodeAt(0) === 35) { // '#': a heading whose '#' marks are not inline syntax
    const h = HEADING.exec(source);
    if (!h || /[\r\n]/.test(source) || INLINE_SYNTAX.test(h[2]) || /[#\s]$/.test(h[2])) return undefined;
    return { kind: 'heading', textStart: h[1].length + 1, textEnd: source.length };
  }
  if (INLINE_SYNTAX.test(source)) return undefined;
  let start = 0;
  for (;;) {
    const end = lineEndAt(source, start);
    if (BLOCK_LINE.test(source.slice(start, end))) return undefined;
    if (end >= source.length) break;
    start = afterBreak(source, end);
  }
  return { kind: 'paragraph', textStart: 0, textEnd: source.length };
}
