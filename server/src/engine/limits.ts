// Bounds on what one check reads, so that a pasted book or a hostile file cannot freeze an editor:
// past MAX_CHECKED characters, or at a line the Markdown parser would take minutes over (containers
// nested hundreds deep, runs of hundreds of emphasis or bracket delimiters: its cost grows with the
// square of the depth or worse), the check stops and says so in one information finding.
import { FenceTracker, lineEndAt, lineStartAt } from '../draft/lines.js';
import type { Finding } from './engine.js';

/** UTF-16 units checked at most: about 65,000 words, a long book chapter several times over. */
export const MAX_CHECKED = 400_000;
/** Quotes and list items open at the start of one line (a list's depth shows in its indent). */
export const MAX_NESTING = 16;
/** One run of the same emphasis, strikethrough or bracket character. */
export const MAX_DELIMITER_RUN = 200;

export const LIMIT_RULE = 'check-limit';

export interface Limit { /** Where checking stops. */ end: number; /** End of the range to show. */ to: number; why: string }

const isSpace = (c: number) => c === 32 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * About how many containers (`>` quotes and list items) are open at the line at `i`: its markers,
 * plus its indent in steps of two columns when it has a marker (a nested item is indented under
 * its parent's text, two columns or more per level).
 */
function nesting(text: string, i: number, end: number): number {
  let indent = 0;
  for (; i < end && isSpace(text.charCodeAt(i)); i++) indent += text.charCodeAt(i) === 9 ? 4 : 1;
  const markers = containerMarkers(text, i, end);
  return markers === 0 ? 0 : markers + (indent >> 1);
}

function containerMarkers(text: string, i: number, end: number): number {
  let depth = 0;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) { depth++; i++; continue; }
    let j = i;
    if (c === 45 || c === 42 || c === 43 /* - * + */) j = i + 1;
    else { while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++; if (j > i && (text[j] === '.' || text[j] === ')')) j++; else return depth; }
    if (j < end && !isSpace(text.charCodeAt(j))) return depth;
    depth++;
    i = j;
  }
}

/** The longest run of one delimiter character on the line, unless the line is only that run (a rule). */
function longestRun(text: string, start: number, end: number): number {
  let best = 0, run = 0, prev = -1, other = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 91 || c === 93 || c === 126) { // * _ [ ] ~
      run = c === prev ? run + 1 : 1;
      if (run > best) best = run;
      if (prev !== -1 && c !== prev) other = true;
    } else {
      run = 0;
      if (!isSpace(c)) other = true;
    }
    prev = c === 42 || c === 95 || c === 91 || c === 93 || c === 126 ? c : -1;
  }
  return other ? best : 0;
}

const DELIMITER_RUNS = ['*', '_', '[', ']', '~'].map((c) => c.repeat(MAX_DELIMITER_RUN + 1));
const CONTAINER_START = /[ \t>*+\-0-9]/;

/**
 * False when no line can exceed a bound, true when `findLimit` must look line by line. Only a run of
 * one delimiter or a line opening a quote or list item can reach a bound, so an ordinary draft is
 * cleared by native substring searches and a look at each line's first character: the walk over
 * every character cost a millisecond a keystroke on a long draft, and even a regex scan half that.
 */
export function mayExceed(text: string, to: number): boolean {
  for (const run of DELIMITER_RUNS) {
    const at = text.indexOf(run);
    if (at >= 0 && at < to) return true;
  }
  // A lone CR ends a line too; such drafts are rare enough to take the walk.
  const cr = text.indexOf('\r');
  if (cr >= 0 && cr < to && /\r(?!\n)/.test(text.slice(0, to))) return true;
  for (let start = 0; start < to && start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (CONTAINER_START.test(text[start] ?? '') && nesting(text, start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end) > MAX_NESTING) return true;
    if (nl < 0) break;
    start = nl + 1;
  }
  return false;
}

/**
 * Where checking must stop in `text`, and why; undefined when the whole draft can be checked.
 * `maybe` is `mayExceed(text, MAX_CHECKED)` when the caller already knows it (text-scan.ts).
 */
export function findLimit(text: string, maybe = mayExceed(text, MAX_CHECKED)): Limit | undefined {
  if (!maybe) {
    return text.length > MAX_CHECKED ? sizeLimit(text, lineStartBefore(text, MAX_CHECKED)) : undefined;
  }
  let lineNo = 0;
  const fence = new FenceTracker();
  for (let start = 0; start < text.length && start < MAX_CHECKED; lineNo++) {
    const end = lineEndAt(text, start);
    if (end >= MAX_CHECKED) break;
    // Code inside a fence is never parsed as containers, however deeply it is indented.
    const inFence = fence.feed(text.slice(start, Math.min(end, start + 200)));
    if (!inFence && nesting(text, start, end) > MAX_NESTING) {
      return { end: start, to: end, why: `line ${lineNo + 1} nests lists or quotes more than ${MAX_NESTING} deep, too deep to check, so the draft was checked up to that line` };
    }
    if (!inFence && longestRun(text, start, end) > MAX_DELIMITER_RUN) {
      return { end: start, to: end, why: `line ${lineNo + 1} has a run of more than ${MAX_DELIMITER_RUN} emphasis or bracket marks, too many to check, so the draft was checked up to that line` };
    }
    start = end;
    if (text.charCodeAt(start) === 13) start++;
    if (text.charCodeAt(start) === 10) start++;
    if (start >= MAX_CHECKED && start < text.length) return sizeLimit(text, start);
  }
  return text.length > MAX_CHECKED ? sizeLimit(text, lineStartBefore(text, MAX_CHECKED)) : undefined;
}

/** The start of the line holding `offset`, or a cut inside one very long line at a space. */
function lineStartBefore(text: string, offset: number): number {
  const i = lineStartAt(text, offset);
  if (i > 0) return i;
  // One line longer than the limit: cut at a space near the limit, never between a surrogate pair.
  let cut = offset;
  while (cut > offset - 1000 && cut > 0 && !isSpace(text.charCodeAt(cut))) cut--;
  if (!isSpace(text.charCodeAt(cut))) cut = offset;
  const c = text.charCodeAt(cut - 1);
  return c >= 0xd800 && c <= 0xdbff ? cut - 1 : cut;
}

// Grouped by hand: the first toLocaleString call loads locale data, some 30 ms.
function n(x: number): string {
  const digits = String(x);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
}

function sizeLimit(text: string, end: number): Limit {
  return {
    end, to: end,
    why: `this draft is ${n(text.length)} characters long; only the first ${n(end)} were checked, so that the editor stays responsive. Split it into smaller drafts to have the rest checked`,
  };
}

/** The one information finding that says where and why checking stopped. */
export function limitFinding(limit: Limit): Finding {
  return {
    rule: LIMIT_RULE, severity: 'information', title: 'Only part of this draft was checked',
    message: `Probity stopped checking here: ${limit.why}.`,
    start: limit.end, end: limit.to, fixes: [], guidance: [],
  };
}
