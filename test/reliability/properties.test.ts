// Property tests of the engine over generated Markdown full of hard text and rule triggers.
// Seeds are fixed and runs bounded, so a failure is reproducible and the suite stays fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine, type Finding } from '../../server/src/engine/engine.js';
import { applyFixesDetailed } from '../../server/src/engine/fixes.js';
import type { Edit, Fix } from '../../rules/src/types.js';
import { draft } from './arbitraries.js';

const SEED = 7_2024;
const RUNS = 120;
const params = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `offset` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, offset: number) =>
  offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

function rangeProblem(text: string, start: number, end: number): string | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `not integers: ${start}..${end}`;
  if (start < 0 || end < start || end > text.length) return `outside the text (length ${text.length}): ${start}..${end}`;
  if (splitsPair(text, start) || splitsPair(text, end)) return `splits a surrogate pair: ${start}..${end}`;
  return undefined;
}

/** No lone surrogates (String.prototype.isWellFormed is newer than the project's ES2023 lib). */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

const sorted = (edits: readonly Edit[]) => [...edits].sort((a, b) => a.start - b.start || a.end - b.end);

/** The text a fix should produce, spliced by hand: everything outside its edits kept as it was. */
function splice(text: string, fix: Fix): string {
  let out = '', at = 0;
  for (const e of sorted(fix.edits)) { out += text.slice(at, e.start) + e.newText; at = e.end; }
  return out + text.slice(at);
}

/** Where `offset` moves to once `fix` is applied. */
function shift(offset: number, fix: Fix): number {
  let delta = 0;
  for (const e of fix.edits) if (e.end <= offset) delta += e.newText.length - (e.end - e.start);
  return offset + delta;
}

const engine = new Engine();
const check = (text: string) => engine.check(text);
const describeFinding = (f: Finding) => `${f.rule} ${f.start}..${f.end} '${f.message}'`;

describe('engine properties over generated drafts', () => {
  it('never throws, no rule fails, and every range lies inside the text without splitting a surrogate pair', () => {
    fc.assert(fc.property(draft, (text) => {
      const result = check(text);
      expect(result.failures).toEqual([]);
      for (const f of [...result.findings, ...result.suppressed.map((s) => s.finding)]) {
        expect(rangeProblem(text, f.start, f.end), describeFinding(f)).toBeUndefined();
        for (const fix of f.fixes) {
          for (const e of fix.edits) expect(rangeProblem(text, e.start, e.end), `${describeFinding(f)} fix '${fix.title}'`).toBeUndefined();
        }
      }
    }), params);
  });

  it("a fix's edits never overlap, and applying it changes nothing outside them", () => {
    let fixesSeen = 0;
    fc.assert(fc.property(draft, (text) => {
      for (const f of check(text).findings) {
        for (const fix of f.fixes) {
          fixesSeen++;
          const edits = sorted(fix.edits);
          for (let i = 1; i < edits.length; i++) {
            // Edits that touch at one offset are ambiguous when one is an insertion and both add
            // text: which comes first is not defined.
            const [a, b] = [edits[i - 1], edits[i]];
            const clash = a.end > b.start || (a.start === b.start && (a.start === a.end || b.start === b.end) && a.newText !== '' && b.newText !== '');
            expect(clash, `${describeFinding(f)} fix '${fix.title}' has overlapping edits`).toBe(false);
          }
          const { text: fixed, applied } = applyFixesDetailed(text, [fix]);
          expect(applied, `${describeFinding(f)} fix '${fix.title}' was refused`).toEqual([fix]);
          expect(fixed).toBe(splice(text, fix));
          // Inserted text never carries half a surrogate pair into the draft.
          for (const e of edits) expect(wellFormed(e.newText), `fix '${fix.title}' inserts ${JSON.stringify(e.newText)}`).toBe(true);
        }
      }
    }), params);
    // The generator must actually produce fixes, or this property proves nothing.
    expect(fixesSeen).toBeGreaterThan(RUNS);
  });

  it('after a safe fix, the finding it fixes is gone', () => {
    let safeSeen = 0;
    fc.assert(fc.property(draft, (text) => {
      for (const f of check(text).findings) {
        for (const fix of f.fixes.filter((x) => x.safe)) {
          safeSeen++;
          const fixed = applyFixesDetailed(text, [fix]).text;
          const at = shift(f.start, fix);
          const still = check(fixed).findings.filter((g) => g.rule === f.rule && g.start === at && g.message === f.message);
          expect(still.map(describeFinding), `after '${fix.title}' on ${JSON.stringify(text)}`).toEqual([]);
        }
      }
    }), params);
    expect(safeSeen).toBeGreaterThan(20);
  });

  it('checking is deterministic: a second check of the same text, warm caches and all, gives the same findings', () => {
    const cold = () => new Engine();
    fc.assert(fc.property(draft, (text) => {
      const strip = (fs: Finding[]) => fs.map(({ rule, start, end, message, fixes }) => ({ rule, start, end, message, fixes }));
      expect(strip(check(text).findings)).toEqual(strip(cold().check(text).findings));
    }), { ...params, numRuns: 60 });
  });
});
