// Line lookups with a hint (a line at or before the offset, as a walk over a draft in order has)
// must answer exactly what a count of line breaks answers, whatever the hint and the line endings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/draft/line-index.js';

/** Lines before `offset`, counted the slow way: \r\n, \n and a lone \r each end one. */
function countLines(text: string, offset: number): number {
  let line = 0;
  for (let q = 1; q <= offset && q <= text.length; q++) {
    const c = text[q - 1];
    if (c === '\n' || (c === '\r' && text[q] !== '\n')) line++;
  }
  return line;
}

describe('LineIndex.lineOf', () => {
  it('answers the same with any hint at or before the offset', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '\n\n'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, rawOffset, rawHint) => {
      const index = new LineIndex(t);
      const offset = rawOffset % (t.length + 1);
      const line = countLines(t, offset);
      expect(index.lineOf(offset)).toBe(line);
      expect(index.lineOf(offset, rawHint % (line + 1))).toBe(line);
      // A hint past the offset's line is not a bound: the answer must not change.
      expect(index.lineOf(offset, line + 1 + (rawHint % 3))).toBe(line);
    }), { numRuns: 2000 });
  });
});
