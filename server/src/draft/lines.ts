// Raw line scanning, shared by the front matter, thread and chunk splitters. Lines keep their exact
// offsets; the line ending (\n, \r\n or a lone \r) is not part of `text`.

export interface Line { start: number; end: number; next: number; text: string }

export function* lines(text: string, from = 0, to = text.length): Generator<Line> {
  let start = from;
  while (start < to) {
    let end = start;
    while (end < to && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let next = end;
    if (next < to && text.charCodeAt(next) === 13) next++;
    if (next < to && text.charCodeAt(next) === 10 && (next === end || text.charCodeAt(end) === 13)) next++;
    yield { start, end, next, text: text.slice(start, end) };
    start = next;
  }
}

export const isBreak = (c: number) => c === 10 || c === 13;

/** Where the line holding `offset` starts (just after the line break before it). */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the line holding `offset` ends, before its line break. */
export function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  return i;
}

/** Where the next line starts, after the line break (\r\n, \n or \r) at `end`, a line's end. */
export const afterBreak = (text: string, end: number): number =>
  end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);

export const isBlank = (line: string) => /^[ \t]*$/.test(line);
export const isThreadSeparator = (line: string) => /^---[ \t]*$/.test(line);

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Tracks whether a line is inside a fenced code block, so splitters never cut through code. */
export class FenceTracker {
  private open: string | null = null;
  /** Feed the next line; returns true when the line belongs to a fence (opening, body or closing). */
  feed(line: string): boolean {
    const m = FENCE.exec(line);
    if (this.open === null) {
      if (m && !(m[1][0] === '`' && line.slice(m[0].length).includes('`'))) this.open = m[1];
      return this.open !== null;
    }
    if (m && m[1][0] === this.open[0] && m[1].length >= this.open.length && isBlank(line.slice(m[0].length))) {
      this.open = null;
    }
    return true;
  }
}
