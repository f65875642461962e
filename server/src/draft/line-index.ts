// Offset to line lookups for a whole text, by binary search over line starts (\n, \r\n or \r).
export class LineIndex {
  readonly starts: number[];
  constructor(readonly text: string, starts?: number[]) {
    if (starts) {
      this.starts = starts;
      return;
    }
    this.starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /**
   * The index of `text`, which is this index's text with [start, oldEnd) replaced by [start, newEnd):
   * only the replaced lines are scanned. Whether q starts a line depends on the characters at q - 1
   * and q alone, so starts before `start` and after the replacement carry over.
   */
  edited(text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const old = this.starts;
    const starts: number[] = [];
    let i = 0;
    while (i < old.length && old[i] < start) starts.push(old[i++]);
    if (starts.length === 0) starts.push(0);
    for (let q = Math.max(start, 1); q <= newEnd && q <= text.length; q++) {
      const c = text.charCodeAt(q - 1);
      if (c === 10 || (c === 13 && text.charCodeAt(q) !== 10)) starts.push(q);
    }
    const delta = newEnd - oldEnd;
    while (i < old.length && old[i] <= oldEnd) i++;
    for (; i < old.length; i++) starts.push(old[i] + delta);
    return new LineIndex(text, starts);
  }

  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
}
