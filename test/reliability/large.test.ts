// Large and hostile drafts: each check must end within a bound, and a draft too big or too deeply
// nested to check whole is checked up to a limit with one information finding saying so.
//
// The bounds are CPU time of this process (process.cpuUsage), not wall time, so that a busy CI
// machine does not make them flaky; they are about five times what a 2-core development machine
// measured (5 MB: 0.65 s, 100,000 lines: 0.62 s, 1 MB line: 0.15 s, 10,000-deep nesting: 0.2 s,
// 10,000 hashtags: 0.46 s). A wall-clock ceiling of a minute catches a hang outright.
// The limits themselves are in server/src/engine/limits.ts: 400,000 UTF-16 units, nesting 16 deep,
// runs of 200 emphasis or bracket marks.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../server/src/engine/engine.js';
import { LIMIT_RULE, MAX_CHECKED } from '../../server/src/engine/limits.js';

const PARAGRAPH = 'Hay fever is common in spring. See your GP if it itches. Use code GLOWUP20 for money off my serum. '
  + 'A 47-year-old teacher came in yesterday. 😀 👩‍👩‍👧‍👦 🇬🇧\n\n';

function timed(text: string) {
  const cpu0 = process.cpuUsage(), wall0 = performance.now();
  const result = new Engine().check(text);
  const cpu = process.cpuUsage(cpu0);
  return { result, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - wall0 };
}

const cases: { name: string; make: () => string; cpuMs: number; limited: boolean }[] = [
  { name: 'a 5 MB draft', make: () => PARAGRAPH.repeat(Math.ceil(5e6 / PARAGRAPH.length)), cpuMs: 3500, limited: true },
  { name: '100,000 short lines', make: () => Array.from({ length: 100_000 }, (_, i) => `line ${i}`).join('\n'), cpuMs: 3500, limited: true },
  { name: 'one 1 MB line', make: () => 'word '.repeat(200_000), cpuMs: 2000, limited: true },
  { name: 'lists nested 10,000 deep on one line', make: () => `${'- '.repeat(10_000)}deep`, cpuMs: 1000, limited: true },
  { name: 'block quotes nested 10,000 deep on one line', make: () => `${'>'.repeat(10_000)} deep`, cpuMs: 1000, limited: true },
  { name: 'lists nested ever deeper, a level a line', make: () => Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'), cpuMs: 1500, limited: true },
  { name: 'emphasis nested 5,000 deep', make: () => `${'*'.repeat(5000)}x${'*'.repeat(5000)}`, cpuMs: 1000, limited: true },
  { name: '10,000 hashtags', make: () => Array.from({ length: 10_000 }, (_, i) => `#tag${i}`).join(' '), cpuMs: 5000, limited: false },
  { name: '10,000 #ad-like hashtags in a thread', make: () => `---\nplatform: x\n---\n${Array.from({ length: 10_000 }, (_, i) => `#ad${i} #sp`).join(' ')}`, cpuMs: 3500, limited: false },
];

describe('large and hostile drafts', () => {
  for (const c of cases) {
    it(`${c.name}: checked within ${c.cpuMs} ms of CPU`, () => {
      const text = c.make();
      const { result, cpuMs, wallMs } = timed(text);
      expect(result.failures).toEqual([]);
      expect(cpuMs).toBeLessThan(c.cpuMs);
      expect(wallMs).toBeLessThan(60_000);
      const notes = result.findings.filter((f) => f.rule === LIMIT_RULE);
      if (!c.limited) { expect(notes).toEqual([]); return; }
      expect(notes).toHaveLength(1);
      expect(notes[0].severity).toBe('information');
      expect(notes[0].message).toMatch(/stopped checking/);
      expect(notes[0].start).toBeLessThanOrEqual(MAX_CHECKED);
      for (const f of result.findings) expect(f.end).toBeLessThanOrEqual(text.length);
    }, 120_000);
  }

  it('a long but ordinary draft is checked whole, with no limit finding', () => {
    const text = PARAGRAPH.repeat(Math.floor((MAX_CHECKED - 100) / PARAGRAPH.length));
    const { result } = timed(text);
    expect(result.findings.filter((f) => f.rule === LIMIT_RULE)).toEqual([]);
    // Findings reach the last paragraph: nothing was cut.
    expect(Math.max(...result.findings.map((f) => f.start))).toBeGreaterThan(text.length - PARAGRAPH.length);
  });

  it('deep indentation inside a code fence and a divider of underscores are not "nesting"', () => {
    const text = `Intro.\n\n\`\`\`\n${Array.from({ length: 50 }, (_, i) => `${' '.repeat(60)}- ${i}`).join('\n')}\n\`\`\`\n\n${'_'.repeat(400)}\n\nThe end.\n`;
    expect(timed(text).result.findings.filter((f) => f.rule === LIMIT_RULE)).toEqual([]);
  });

  it('findings before the cut are the same as for the part on its own', () => {
    const text = PARAGRAPH.repeat(Math.ceil((MAX_CHECKED * 1.5) / PARAGRAPH.length));
    const whole = timed(text).result.findings.filter((f) => f.rule !== LIMIT_RULE);
    const note = timed(text).result.findings.find((f) => f.rule === LIMIT_RULE)!;
    const part = timed(text.slice(0, note.start)).result.findings;
    expect(whole.map((f) => [f.rule, f.start, f.end])).toEqual(part.map((f) => [f.rule, f.start, f.end]));
  });
});
