// Offset to line lookups for a whole text, by binary search over line starts (\n, \r\n or \r).
// The starts are an Int32Array: a keystroke copies them with one native copy and a shift of the
// tail, where an array grown by push made a few garbage arrays per keystroke in a long draft.
const isBreakBefore = (text: string, q: number) => {
  const c = text.charCodeAt(q - 1);
  return c === 10 || (c === 13 && text.charCodeAt(q) !== 10);
};

export class LineIndex {
  readonly starts: Int32Array;
  constructor(readonly text: string, starts?: Int32Array | readonly number[]) {
    if (starts) {
      this.starts = starts instanceof Int32Array ? starts : Int32Array.from(starts);
      return;
    }
    const found = [0];
    for (let q = 1; q <= text.length; q++) if (isBreakBefore(text, q)) found.push(q);
    this.starts = Int32Array.from(found);
  }

  /**
   * The index of `text`, which is this index's text with [start, oldEnd) replaced by [start, newEnd):
   * only the replaced lines are scanned. Whether q starts a line depends on the characters at q - 1
   * and q alone, so starts before `start` and after the replacement carry over.
   */
  edited(text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const old = this.starts;
    const before = firstAtLeast(old, start), after = firstAtLeast(old, oldEnd + 1);
    const added: number[] = [];
    for (let q = Math.max(start, 1); q <= newEnd && q <= text.length; q++) if (isBreakBefore(text, q)) added.push(q);
    const head = before === 0 ? 1 : 0; // line 0 starts at 0 whatever the edit
    const starts = new Int32Array(head + before + added.length + old.length - after);
    starts.set(old.subarray(0, before), head);
    starts.set(added, head + before);
    const delta = newEnd - oldEnd;
    for (let i = after, k = head + before + added.length; i < old.length; i++, k++) starts[k] = old[i] + delta;
    return new LineIndex(text, starts);
  }

  /**
   * The line `offset` is on. `from`, a line at or before it, bounds the search: a walk over a
   * draft's blocks in order asks for lines a few apart, and steps there instead of searching.
   */
  lineOf(offset: number, from = 0): number {
    const starts = this.starts;
    let line = from > 0 && from < starts.length && starts[from] <= offset ? from : 0;
    for (let steps = 0; steps < 4; steps++, line++) if (line + 1 >= starts.length || starts[line + 1] > offset) return line;
    return firstAtLeast(starts, offset + 1, line) - 1;
  }
}

/** Index of the first element of sorted `a` at or after `lo` that is at least `x` (a.length when none). */
export function firstAtLeast(a: ArrayLike<number>, x: number, lo = 0): number {
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}
