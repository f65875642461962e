// A named document (an editor's) is checked as the language server checks it, told every edit: the
// blocks an edit only moves keep their identity and are placed anew, and the commercial-context
// decision is kept while its inputs stay the same. Neither may show: every check must equal a fresh
// engine's, and the decision kept must be the one a fresh decide would make.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commercial } from '../../rules/src/context/commercial.js';
import { Engine, type CheckResult } from '../../server/src/index.js';

const root = join(import.meta.dirname, '..', '..');
const thread = readFileSync(join(root, 'examples', 'skin-serum-thread.md'), 'utf8');
const blog = readFileSync(join(root, 'examples', 'hay-fever-blog.md'), 'utf8');

const placed = (r: CheckResult) => ({
  findings: r.findings,
  blocks: r.draft.blocks.map((b) => [b.kind, b.start, b.end, b.line, b.post, b.index, b.toSource(0, b.prose.length), b.links]),
});

interface Step { at: string; offset?: number; remove?: number; insert: string }

/** Applies each step to a named document, told the edit, and compares every check with a fresh engine's. */
/** `decides`: how many times the kept engine decided, at each step. */
function typeInto(start: string, steps: Step[]): { results: CheckResult[]; decides: number[] } {
  const engine = new Engine();
  const decide = vi.spyOn(commercial, 'decide');
  let text = start;
  const results = [engine.check(text, { document: 'doc' })];
  const decides: number[] = [];
  for (const s of steps) {
    const i = text.indexOf(s.at);
    if (i < 0) throw new Error(`'${s.at}' not in the text`);
    const from = i + (s.offset ?? 0), to = from + (s.remove ?? 0);
    const previous = { text, edit: { start: from, oldEnd: to, newEnd: from + s.insert.length } };
    text = text.slice(0, from) + s.insert + text.slice(to);
    const calls = decide.mock.calls.length;
    const kept = engine.check(text, { previous, document: 'doc' });
    decides.push(decide.mock.calls.length - calls);
    expect(placed(kept), `after ${JSON.stringify(s)}`).toEqual(placed(new Engine().check(text)));
    results.push(kept);
  }
  return { results, decides };
}

describe('a named document told every edit', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it('places the blocks an edit moved anew, keeping them, and makes the edited chunk\'s afresh', () => {
    const { results: [before, after] } = typeInto(thread, [{ at: 'Central heating', insert: 'x' }]);
    const edited = after.draft.blocks.findIndex((b) => b.prose.includes('xCentral'));
    expect(edited).toBeGreaterThan(0);
    after.draft.blocks.forEach((b, k) => {
      if (k !== edited) expect(b, `block ${k}`).toBe(before.draft.blocks[k]);
    });
    expect(after.draft.blocks[edited]).not.toBe(before.draft.blocks[edited]);
  });

  it('keeps the commercial decision while its notable blocks only move, and decides again when one changes', () => {
    const { decides } = typeInto(thread, [
      { at: 'Central heating', insert: 'x' }, // a block that is not notable, before the notable one
      { at: 'barrier serum', insert: 'y' }, // the notable block itself
      { at: 'SPF isn', insert: 'z' }, // after it
      { at: '1. xCentral', offset: 3, remove: 1, insert: '' },
    ]);
    expect(decides).toEqual([0, 1, 0, 0]);
  });

  it('decides again when a block turns into a heading, whose section a medicine is read with', () => {
    const first = blog.split('\n').find((l) => /^[A-Z]/.test(l))!;
    const { decides } = typeInto(blog, [{ at: `\n${first}`, offset: 1, insert: '## ' }, { at: `## ${first}`, remove: 3, insert: '' }]);
    expect(decides).toEqual([1, 1]);
  });

  it('drops a check that gave way while a newer check of the same document placed its blocks anew', async () => {
    const engine = new Engine();
    const older = engine.checkAsync(thread, { document: 'doc' }, { pause: () => Promise.resolve(), sliceMs: 0 });
    const newer = `${thread}\nOne more line.`;
    expect(engine.check(newer, { document: 'doc' }).findings).toEqual(new Engine().check(newer).findings);
    expect(await older).toBeUndefined();
    expect(await engine.checkAsync(thread, { document: 'other' }, { pause: () => Promise.resolve(), sliceMs: 0 })).toBeDefined();
  });
});
