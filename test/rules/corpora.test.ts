// The labelled drafts, scored by the project's own scorer (../shared/tools/score.mjs) through the
// installed `probity` command, exactly as the issue measures them. The shared corpus must meet the
// issue's bar; the independently written sets guard against regressions, and corpus-forms-adverts and
// corpus-forms-conduct hold the forms adverts and conduct findings take (and their clean twins) at
// the same bar.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SCORER = join(ROOT, '..', 'shared', 'tools', 'score.mjs');

function score(corpus?: string) {
  const out = execFileSync(process.execPath, [SCORER, ...(corpus ? ['--corpus', corpus] : [])], { cwd: ROOT, encoding: 'utf8' });
  const summary = /per-draft P=([\d.]+) R=([\d.]+) F1=([\d.]+) \| per-line P=([\d.]+) R=([\d.]+) F1=([\d.]+)/.exec(out);
  expect(summary, out).not.toBeNull();
  const perRule = [...out.matchAll(/^([a-z-]+)\s+([\d.]+) ([\d.]+) ([\d.]+) \|/gm)].map((m) => ({ rule: m[1], f1: Number(m[4]) }));
  return { draftF1: Number(summary![3]), lineF1: Number(summary![6]), perRule, out };
}

describe('labelled drafts', () => {
  it('the shared corpus: per-draft F1 >= 0.90, per-line F1 >= 0.85, no rule below 0.75', () => {
    expect(existsSync(SCORER), `the scorer should be at ${SCORER}`).toBe(true);
    const s = score();
    expect(s.draftF1, s.out).toBeGreaterThanOrEqual(0.9);
    expect(s.lineF1, s.out).toBeGreaterThanOrEqual(0.85);
    for (const r of s.perRule) expect(r.f1, `${r.rule}\n${s.out}`).toBeGreaterThanOrEqual(0.75);
  });

  it.each(['test/corpus-extra', 'test/corpus-blind', 'test/corpus-blind-2', 'test/corpus-blind-3', 'test/corpus-blind-4', 'test/corpus-blind-5', 'test/corpus-blind-6', 'test/corpus-forms-adverts', 'test/corpus-forms-conduct'])('%s stays at per-draft and per-line F1 >= 0.90', (dir) => {
    const s = score(join(ROOT, dir));
    expect(s.draftF1, s.out).toBeGreaterThanOrEqual(0.9);
    expect(s.lineF1, s.out).toBeGreaterThanOrEqual(0.9);
  });

  // Written blind in the register of real posts, and scored once before anything was tuned on it
  // (each README has that first sight: per draft F1 0.75, 0.75 and 0.77, with 7 of 32, 8 of 39 and
  // 2 of 25 clean drafts raising a false alarm). It guards what was fixed since: no false alarm on any clean draft,
  // and F1 no lower.
  // corpus-blind-9 measures recall on adverts, where it labels the offer line and the rule names each
  // medicine once, on its mention nearest what sells it: its per-line floor is lower (0.75 now).
  // corpus-blind-10, -11 and -12 (first sight 0.77, 0.68 and 0.68 per draft) hold what has been
  // fixed since, a little under where they stand now (0.95, 0.90 and 0.85); so do -13 and -14 (first
  // sight 0.67 and 0.72, now 0.90 and 0.94). Two clean drafts of -13 still raise a false alarm, each
  // explained in its README (67: a 🤡 at the writer's own lot; 73: its label and the corpus README
  // disagree), and no other may.
  it.each([['corpus-blind-7', 0.9, 0.85, []], ['corpus-blind-8', 0.9, 0.85, []], ['corpus-blind-9', 0.9, 0.75, []],
    ['corpus-blind-10', 0.9, 0.72, []], ['corpus-blind-11', 0.88, 0.8, []], ['corpus-blind-12', 0.83, 0.78, []],
    ['corpus-blind-13', 0.88, 0.78, ['67-frequent-flyer-at-my-own-gp.md', '73-book-declared-first.md']], ['corpus-blind-14', 0.92, 0.9, []],
  ] as const)('test/%s keeps its clean drafts quiet and stays at per-draft F1 >= %s, per-line >= %s', (set, draft, line, known) => {
    const s = score(join(ROOT, 'test', set));
    expect(s.draftF1, s.out).toBeGreaterThanOrEqual(draft);
    expect(s.lineF1, s.out).toBeGreaterThanOrEqual(line);
    const expected = JSON.parse(readFileSync(join(ROOT, 'test', set, 'expected.json'), 'utf8')) as Record<string, unknown[]>;
    const clean = Object.keys(expected).filter((f) => expected[f].length === 0);
    const alarmed = clean.filter((f) => new RegExp(`^FALSE ${f.replace(/[.]/g, '\\.')}:`, 'm').test(s.out));
    expect(alarmed.filter((f) => !(known as readonly string[]).includes(f)), s.out).toEqual([]);
  });
});
