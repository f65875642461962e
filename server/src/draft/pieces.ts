// Long paragraphs in pieces. A run of lines with no blank line between them (a chunk, split.ts) is
// parsed and checked as a whole, so a keystroke in it costs as much as the run is long: pasted
// guidance or an Obsidian note whose paragraphs are separated by single newlines is one run of many
// thousand characters. A run longer than PIECE_BOUND is therefore cut, as if a blank line stood
// there, wherever one line ends a sentence and the next starts one: Obsidian shows a single newline
// as a line break by default, and on social platforms a newline is a line break, so such lines
// are separate units to the reader. Each piece is then a chunk of its own (parsed, cached and
// checked on its own), and a keystroke costs what its piece costs.
//
// Why cut the text rather than cache inside a block: the rules' scans are per block, so a cache
// inside one would need every rule to say which of its facts are local to a sentence, and the
// Markdown parse of the run would still be paid in full whenever an edit is not plain prose (Enter,
// `*`, a bracket): about a millisecond per thousand characters.
//
// A cut must not change what is read, only where blocks end. So it is made only where nothing can
// carry across it: no code span, emphasis, link, bracket, angle bracket or HTML comment left open
// on the lines before it that a later line could close (a conservative reading of each line,
// inlineMarks); no line after it that reads differently inside the list item, quote or footnote
// opened before it than after a paragraph (IN_CONTEXT); no fence or HTML block before it; and no
// cut at all in a run with a setext underline, a table's delimiter row, a link or footnote
// definition, or both a tilde and an asterisk or underscore. test/engine-incremental/pieces.test.ts
// compares what remark reads in the pieces with what it reads in the whole run, on random Markdown.
// Lines that continued a list item or quote lazily are read as a paragraph of their own after a
// cut; no rule tells those kinds apart.
import type { Range } from '@probity/rules';
import { afterBreak, isBlank, lineEndAt } from './lines.js';

/**
 * Characters above which a run is read in pieces: half as much again as the longest paragraph in
 * the labelled corpora (1,933 in ../shared/corpus-real's training part, 1,930 in test/corpus-*),
 * so that every labelled draft reads exactly as before.
 */
export const PIECE_BOUND = 3000;

/** A piece of a run; `joined` when a cut before it split it from the piece before. */
export interface Piece extends Range { joined: boolean }

const SENTENCE_END = /[.!?…][)"'’”]*$/;
const SENTENCE_START = /^["'“‘]?[\p{L}\p{N}]/u;
const ORDERED_ITEM = /^\d{1,9}[.)](?:[ \t]|$)/;
// Lines that open a list item, a quote or a footnote, which later lines may be read inside.
const CONTAINER = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|>|\[\^[^\]]*\]:)/;
// Lines read differently inside a list item, quote or footnote than after a paragraph: an ordered
// item not numbered 1 and an empty item start a list only inside one, an indented line is read
// from the item's indent (a quote or list of its own there), a quote line continues a quote's
// paragraph, HTML ends a list's paragraph, an item that opens with more syntax may nest, and what
// follows a blank line inside a run is indented (a paragraph of the item, or code). Cut away from
// the container line before them, they would read as the latter.
const IN_CONTEXT = /^[ \t]|^$|^[><]|^(?:[-*+]|\d{1,9}[.)])(?:[ \t]*$|[ \t]+[^\p{L}"'“‘])|^\d{1,9}[.)](?:[ \t]|$)/u;
const FIRST_ITEM = /^1[.)][ \t]+["'“‘\p{L}]/u;
// A setext underline makes the lines above it a heading, and a delimiter row the line above it a
// table header: how far up either reaches depends on the whole run. A link or footnote definition
// gives meaning to references anywhere in the run (chunks are parsed apart, so a definition never
// reached past its own chunk: a cut must not narrow that).
const WHOLE_RUN = /^[ \t|:]*(?:[=-][ \t|:]*)+$|^(?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>))*[ \t]*\[[^\]]+\]:/;
// A fence or an HTML block (other than a comment closed on its line) runs on past its line.
const LONG_BLOCK = /^ {0,3}(?:`{3,}|~{3,}|<(?!!--.*-->))/;
const INLINE = /[`*_~[\]()<>\\]|-->/;
// micromark settles strikethrough (`~`) and emphasis (`*`, `_`) in turn, whichever mark comes first
// in the paragraph first, so a literal `_` before a cut can change what the marks after it make:
// a run with both kinds is not cut.
const STARS = /[*_]/;

/** What a cut needs to know of one line. */
interface LineFacts {
  wholeRun: boolean; inContext: boolean; container: boolean; longBlock: boolean;
  /** Has a tilde; has an asterisk or underscore (see STARS). */
  tilde: boolean; stars: boolean;
  /** Ends a sentence (a cut may follow it); starts one (a cut may come before it). */
  ends: boolean; starts: boolean;
  opens: number; closes: number;
}

function lineFacts(line: string): LineFacts {
  const marks = INLINE.test(line) ? inlineMarks(line) : NO_MARKS;
  return {
    tilde: line.includes('~'), stars: STARS.test(line),
    wholeRun: WHOLE_RUN.test(line), inContext: IN_CONTEXT.test(line) && !FIRST_ITEM.test(line), container: CONTAINER.test(line),
    longBlock: LONG_BLOCK.test(line), ends: SENTENCE_END.test(line), starts: SENTENCE_START.test(line) && !ORDERED_ITEM.test(line),
    opens: marks.opens, closes: marks.closes,
  };
}

/**
 * Whether one line edited into another leaves every chunk and piece boundary where it was: the same
 * facts for cutting (above), and blank, or indented, alike (split.ts). The run it is in must also
 * stay on the same side of PIECE_BOUND.
 */
export function splitsAlike(before: string, after: string): boolean {
  if (isBlank(before) !== isBlank(after) || /^[ \t]/.test(before) !== /^[ \t]/.test(after)) return false;
  const a = lineFacts(before), b = lineFacts(after);
  return a.wholeRun === b.wholeRun && a.tilde === b.tilde && a.stars === b.stars && a.inContext === b.inContext && a.container === b.container && a.longBlock === b.longBlock
    && a.ends === b.ends && a.starts === b.starts && a.opens === b.opens && a.closes === b.closes;
}

/** The pieces of the run [start, end) of `text` (a whole number of lines); `bound` for tests. */
export function cutRun(text: string, start: number, end: number, bound = PIECE_BOUND): Piece[] {
  const whole = [{ start, end, joined: false }];
  if (end - start <= bound) return whole;
  const lineStarts: number[] = [], lineEnds: number[] = [], facts: LineFacts[] = [];
  for (let i = start; ;) {
    const e = Math.min(lineEndAt(text, i), end);
    const f = lineFacts(text.slice(i, e));
    if (f.wholeRun) return whole;
    lineStarts.push(i);
    lineEnds.push(e);
    facts.push(f);
    if (e >= end) break;
    i = afterBreak(text, e);
  }
  const n = facts.length;
  if (facts.some((f) => f.tilde) && facts.some((f) => f.stars)) return whole;
  // Boundaries (after line k) that must not be cut: +1 where a span of them starts, -1 past its end.
  const spans = new Array<number>(n + 1).fill(0);
  let container = -1, longBlock = n;
  for (let k = 0; k < n; k++) {
    const f = facts[k];
    if (container >= 0 && f.inContext) { spans[container]++; spans[k]--; }
    if (f.container) container = k;
    if (longBlock === n && f.longBlock) longBlock = k;
  }
  // What a line after each boundary could still close.
  const closedLater = new Array<number>(n + 1).fill(0);
  for (let k = n - 1; k >= 0; k--) closedLater[k] = closedLater[k + 1] | facts[k].closes;
  const pieces: Piece[] = [];
  let pieceStart = start, open = 0, held = 0;
  for (let k = 0; k < n - 1 && k < longBlock; k++) {
    open |= facts[k].opens;
    held += spans[k];
    if (held > 0 || (open & closedLater[k + 1]) !== 0 || !facts[k].ends || !facts[k + 1].starts) continue;
    pieces.push({ start: pieceStart, end: lineEnds[k], joined: pieces.length > 0 });
    pieceStart = lineStarts[k + 1];
  }
  pieces.push({ start: pieceStart, end, joined: pieces.length > 0 });
  return pieces;
}

// What a line may leave open for a later line to close, by kind of syntax (bits).
const CODE = 1, EMPHASIS = 2, BRACKET = 4, PAREN = 8, ANGLE = 16, COMMENT = 32;
interface Marks { opens: number; closes: number }
const NO_MARKS: Marks = { opens: 0, closes: 0 };

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const MARKS = '*_~';
const classify = (c: string) => (WHITESPACE.test(c) ? 1 : PUNCTUATION.test(c) ? 2 : 0);
const SYNTAX = /[`*_~[\]()<>\\]/;
const ALL: Marks = { opens: CODE | EMPHASIS | BRACKET | PAREN | ANGLE | COMMENT, closes: CODE | EMPHASIS | BRACKET | PAREN | ANGLE | COMMENT };
const isAsciiPunctuation = (c: number) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);

/**
 * A conservative reading of one line: the syntax it may open without closing, and the syntax an
 * earlier line may have left open that it may close. Code spans are matched as CommonMark matches them
 * (a run of backticks with the next run of the same length), and what is inside one is not read
 * further; brackets, parentheses, angle brackets and comments are counted; emphasis is matched only
 * as a run that can only open and an equal run of the same mark that can only close (by the
 * flanking rules as micromark applies them) with plain text between, and any other run counts as
 * open and closing. A line
 * where backticks meet an angle bracket or a backslash (whose precedence over code spans this does
 * not model) counts as leaving everything open.
 */
export function inlineMarks(line: string): Marks {
  if (line.includes('`') && (line.includes('<') || line.includes('\\`'))) return ALL;
  let opens = 0, closes = 0;
  const n = line.length;
  // Characters that are syntax here: not escaped, not inside a code span.
  const live = new Uint8Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    if (line.charCodeAt(i) === 92 /* \ */ && i + 1 < n && isAsciiPunctuation(line.charCodeAt(i + 1))) { live[i] = live[i + 1] = 0; i++; }
  }
  const runs: { at: number; len: number }[] = [];
  for (let i = 0; i < n;) {
    if (live[i] && line[i] === '`') {
      let j = i;
      while (j < n && line[j] === '`') j++;
      runs.push({ at: i, len: j - i });
      i = j;
    } else i++;
  }
  // A code span left open before this line closes at its first run of the same length, matched on
  // this line or not: any run may close one.
  if (runs.length > 0) closes |= CODE;
  for (let r = 0; r < runs.length; r++) {
    const close = runs.findIndex((s, q) => q > r && s.len === runs[r].len);
    if (close < 0) { opens |= CODE; closes |= CODE; continue; }
    live.fill(0, runs[r].at, runs[close].at + runs[close].len);
    r = close;
  }
  let brackets = 0, parens = 0, angles = 0, comments = 0;
  // The emphasis run waiting for its closer, and whether syntax came after it.
  let pending: { char: string; len: number } | undefined, plain = true;
  for (let i = 0; i < n; i++) {
    if (!live[i]) continue;
    const c = line[i];
    if (c === '*' || c === '_' || c === '~') {
      let j = i;
      while (j < n && line[j] === c && live[j]) j++;
      // As micromark reads a run: by what is either side (whitespace 1, punctuation 2, else 0),
      // and a mark next to another kind of mark can open or close there.
      const prev = i > 0 ? line[i - 1] : ' ', next = j < n ? line[j] : ' ';
      const before = classify(prev), after = classify(next);
      const open = after === 0 || (after === 2 && before !== 0) || MARKS.includes(next);
      const close = before === 0 || (before === 2 && after !== 0) || MARKS.includes(prev);
      const canOpen = c === '_' ? open && (before !== 0 || !close) : open;
      const canClose = c === '_' ? close && (after !== 0 || !open) : close;
      const len = j - i;
      i = j - 1;
      if (canClose && !canOpen && pending && plain && pending.char === c && pending.len === len) { pending = undefined; continue; }
      if (pending) opens |= EMPHASIS;
      pending = undefined;
      if (canOpen && canClose) { opens |= EMPHASIS; closes |= EMPHASIS; } else if (canOpen) { pending = { char: c, len }; plain = true; continue; } else if (canClose) closes |= EMPHASIS;
      plain = false;
      continue;
    }
    if (SYNTAX.test(c)) plain = false;
    if (c === '[') brackets++;
    else if (c === ']') { if (brackets > 0) brackets--; else closes |= BRACKET; }
    else if (c === '(') parens++;
    else if (c === ')') { if (parens > 0) parens--; else closes |= PAREN; }
    else if (c === '<') {
      if (line.startsWith('<!--', i)) comments++;
      angles++;
    } else if (c === '>') {
      // Likewise a comment or tag left open before this line ends at its first `-->` or `>`.
      if (i >= 2 && line[i - 1] === '-' && line[i - 2] === '-') { if (comments > 0) comments--; closes |= COMMENT; }
      if (angles > 0) angles--;
      closes |= ANGLE;
    }
  }
  if (brackets > 0) opens |= BRACKET;
  if (parens > 0) opens |= PAREN;
  if (angles > 0) opens |= ANGLE;
  if (comments > 0) opens |= COMMENT;
  if (pending) opens |= EMPHASIS;
  return { opens, closes };
}
