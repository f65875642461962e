// "Go to next finding": which of the draft's findings comes after the cursor, wrapping round to the
// first. Pure: positions in, position out.
export interface At { line: number; character: number }
export interface Spanned { start: At; end: At }

const before = (a: At, b: At) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The first finding starting after `cursor` (one starting at it is the one the writer is on), else the first. */
export function nextFinding<T extends { range: Spanned }>(findings: readonly T[], cursor: At): T | undefined {
  const sorted = [...findings].sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  return sorted.find((f) => before(cursor, f.range.start)) ?? sorted[0];
}
