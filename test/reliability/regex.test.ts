// Every regular expression in rules/ (and the engine's own) through recheck, a ReDoS checker: a
// pattern that can backtrack catastrophically would let one pasted line freeze the editor. recheck's
// fuzzer also flags patterns that V8 runs in linear time, so a flagged pattern is then timed on
// recheck's own attack string, at two lengths, and fails only when its time grows faster than the
// input: a real slowdown, measured in the engine the editor runs.
//
// The patterns are gathered by test/helpers/patterns.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkSync, type AttackPattern } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collect, ROOT, type Pattern } from '../helpers/patterns.js';

// recheck is slow (seconds per pattern, up to a minute for the big case-insensitive word lists: half
// an hour for all of them) and its fuzzer's verdict depends on how much it gets done before its
// timeout, so a busy machine can turn "vulnerable" into "safe" and back. Its findings are therefore
// kept in regex-verdicts.json, keyed by the exact pattern, flags and recheck version: "safe", or the
// attack it found. A pattern not in the file (new or changed) is checked live. Every attack, cached
// or live, is timed on every run: that part is cheap.
//   RECHECK_UPDATE=new  checks only the patterns missing from the file and writes it back (pruned);
//   RECHECK_UPDATE=1    rechecks every pattern and rewrites the file.
const VERDICTS = join(import.meta.dirname, 'regex-verdicts.json');
const RECHECK_VERSION = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'recheck', 'package.json'), 'utf8')).version as string;
const UPDATE = process.env.RECHECK_UPDATE;
const keyOf = (p: Pattern) => `/${p.source}/${p.flags}`;

interface Attack { pattern: string; verdict: string; pumps: { prefix: string; pump: string }[]; suffix: string }
interface Verdicts { recheck: string; safe: string[]; attacks: Attack[] }

function loadVerdicts(): { safe: Set<string>; attacks: Map<string, Attack> } {
  const none = { safe: new Set<string>(), attacks: new Map<string, Attack>() };
  if (UPDATE === '1') return none;
  let file: Verdicts;
  try {
    file = JSON.parse(readFileSync(VERDICTS, 'utf8')) as Verdicts;
  } catch {
    return none;
  }
  if (file.recheck !== RECHECK_VERSION) return none;
  return { safe: new Set(file.safe), attacks: new Map((file.attacks ?? []).map((a) => [a.pattern, a])) };
}

/** recheck's finding for one pattern: safe, an attack to time, or why it has neither. */
function recheck(p: Pattern): { safe: true } | { safe: false; attack: Attack } | { safe: false; error: string } {
  const options = { randomSeed: 20240607, timeout: 60_000 };
  // auto: the exact automaton analysis where the pattern is small enough, seeded fuzzing otherwise;
  // when auto runs out of time, fuzzing alone still yields an attack (or nothing) in time.
  let result = checkSync(p.source, p.flags, options);
  if (result.status === 'unknown') result = checkSync(p.source, p.flags, { ...options, checker: 'fuzz' });
  if (result.status === 'safe') return { safe: true };
  if (result.status === 'unknown') return { safe: false, error: `recheck could not decide (${result.error.kind}) and found no attack to time` };
  const a: AttackPattern = result.attack;
  return {
    safe: false,
    attack: {
      pattern: keyOf(p),
      verdict: `${result.complexity.summary}: ${a.pattern}`,
      pumps: a.pumps.map(({ prefix, pump }) => ({ prefix, pump })),
      suffix: a.suffix,
    },
  };
}

// Growth is measured from SHORT to LONG characters of attack (a tenth the length, so a linear
// pattern takes about ten times as long). A super-linear one takes a hundred times (quadratic) or
// more; over 20x (an exponent of 1.3) fails, unless the long scan stays under FLOOR_MS, where
// timer and GC noise dominate and no draft-sized input could be slow. Scans run in a worker so
// an exponential pattern can be stopped: one that does not finish within BUDGET_MS fails.
const SHORT = 5_000, LONG = 50_000, MAX_EXPONENT = Math.log(20) / Math.log(10), FLOOR_MS = 5, BUDGET_MS = 20_000;

// Plain JavaScript, run with eval in the worker: builds the attack at each length (prefixes, each
// pump repeated, suffix) and times a full global scan, as the rules scan a draft. The best of a few
// runs, so a GC pause or a busy core does not count as growth.
const SCANNER = `
const { parentPort, workerData: { source, flags, pumps, suffix, lengths } } = require('node:worker_threads');
const re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
const fixed = pumps.reduce((n, p) => n + p.prefix.length, 0) + suffix.length;
const perRepeat = Math.max(1, pumps.reduce((n, p) => n + p.pump.length, 0));
for (const length of lengths) {
  const repeats = Math.max(1, Math.ceil((length - fixed) / perRepeat));
  const text = pumps.map((p) => p.prefix + p.pump.repeat(repeats)).join('') + suffix;
  let best = Infinity;
  for (let run = 0; run < 5 && (run === 0 || best < 250); run++) {
    const start = performance.now();
    for (const m of text.matchAll(re)) void m;
    best = Math.min(best, performance.now() - start);
  }
  parentPort.postMessage({ length: text.length, ms: best });
}`;

interface Timing { length: number; ms: number }

function scanTimes(p: Pattern, attack: Attack, budgetMs: number): Promise<Timing[]> {
  return new Promise((resolve, reject) => {
    const timings: Timing[] = [];
    const worker = new Worker(SCANNER, { eval: true, workerData: { source: p.source, flags: p.flags, pumps: attack.pumps, suffix: attack.suffix, lengths: [SHORT, LONG] } });
    const timer = setTimeout(() => void worker.terminate(), budgetMs);
    worker.on('message', (t: Timing) => timings.push(t));
    worker.on('error', (e) => { clearTimeout(timer); reject(e); });
    worker.on('exit', () => { clearTimeout(timer); resolve(timings); });
  });
}

/** Why the pattern is too slow on its attack, or null when its time grows linearly. */
async function superLinear(p: Pattern, attack: Attack, budgetMs = BUDGET_MS): Promise<string | null> {
  let why: string | null = null;
  // A growth above the limit is measured twice more before it counts: a noisy core can fake one.
  for (let attempt = 0; attempt < 3; attempt++) {
    const t = await scanTimes(p, attack, budgetMs);
    const shown = t.map((x) => `${x.length} chars in ${x.ms.toFixed(2)} ms`).join(', ');
    if (t.length < 2) return `did not finish scanning ${t.length ? LONG : SHORT} characters of attack within ${budgetMs / 1000} s (${shown || 'nothing finished'})`;
    const [short, long] = t as [Timing, Timing];
    const exponent = Math.log(long.ms / Math.max(short.ms, 0.001)) / Math.log(long.length / short.length);
    if (long.ms < FLOOR_MS || exponent <= MAX_EXPONENT) return null;
    why = `time grows as length^${exponent.toFixed(1)}: ${shown}`;
  }
  return why;
}

describe('regular expressions', () => {
  it('none in rules/, lexicons/ or the engine can backtrack catastrophically', async () => {
    const { all, unique: patterns } = await collect();
    // Floors, so that a collector that silently finds nothing fails rather than passes.
    expect(patterns.length).toBeGreaterThan(150);
    expect(all.filter((p) => p.where.startsWith('wordList(')).length).toBeGreaterThan(5);
    expect(all.filter((p) => p.where.startsWith('constructed ')).length).toBeGreaterThan(10);
    const known = loadVerdicts();
    const safe: string[] = [], attacks: Attack[] = [], bad: string[] = [];
    for (const p of patterns) {
      const key = keyOf(p);
      if (known.safe.has(key)) { safe.push(key); continue; }
      let attack = known.attacks.get(key);
      if (!attack) {
        const found = recheck(p);
        if (found.safe) { safe.push(key); continue; }
        if ('error' in found) { bad.push(`${p.where}: ${key} ${found.error}`); continue; }
        attack = found.attack;
      }
      attacks.push(attack);
      const why = await superLinear(p, attack);
      if (why) bad.push(`${p.where}: ${key} recheck: ${attack.verdict.slice(0, 300)}; measured: ${why}`);
    }
    if (UPDATE) {
      const file: Verdicts = { recheck: RECHECK_VERSION, safe: [...new Set(safe)].sort(), attacks: attacks.sort((a, b) => (a.pattern < b.pattern ? -1 : 1)) };
      writeFileSync(VERDICTS, `${JSON.stringify(file, null, 1)}\n`);
    }
    expect(bad).toEqual([]);
  }, 3_600_000);

  it('the growth measurement tells a quadratic pattern from a linear one', async () => {
    // Every space of the run starts a match that reads to the end of the run before failing; with
    // a literal before the loop, only one does.
    const quadratic = { source: '[ \\t]+x', flags: 'g', where: 'here' };
    const linear = { source: 'a[ \\t]+x', flags: 'g', where: 'here' };
    const attack = (p: Pattern): Attack => ({ pattern: keyOf(p), verdict: '', pumps: [{ prefix: 'a', pump: ' ' }], suffix: '!' });
    expect(await superLinear(quadratic, attack(quadratic))).toMatch(/grows as length\^/);
    expect(await superLinear(linear, attack(linear))).toBeNull();
    // An exponential one is stopped rather than left to hang the run.
    const exponential = { source: '^(?:a+)+$', flags: '', where: 'here' };
    expect(await superLinear(exponential, { pattern: '', verdict: '', pumps: [{ prefix: '', pump: 'a' }], suffix: '!' }, 2_000)).toMatch(/did not finish/);
  }, 120_000);
});
