#!/usr/bin/env node
// Per-block cost of rules' and shared analyses' `scan` (what the engine re-runs for the edited block on
// a keystroke; an analysis such as commercial-context is named by its id), over
// the example drafts, ../shared/corpus and the training part of ../shared/corpus-real. With
// `--base DIR` (another checkout of the project, e.g. `git archive main | tar -x -C DIR` with
// node_modules linked) it times that build's rules too, alternating the two in one process, since the
// machine is shared and timings from separate runs do not compare.
// Caution: with two builds loaded, the one loaded second ("base") scans two to three times slower
// whichever tree it is (the same commit loaded twice shows a gap too; main and a branch swapped
// swap the gap). Likely V8 stops optimising new regular-expression code once the process holds
// much of it (one build's patterns take some 8 MB of code space; --no-regexp-optimization slows one
// build 3.5x): compare the "this" columns of two runs, or full checks in separate processes.
//   node bench/rule-cost.mjs [--rules a,b] [--base DIR] [--rounds N]
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const rules = opt('--rules', 'professionalism,unsubstantiated-claim,credentials,confidentiality,workplace-content').split(',');
const rounds = Number(opt('--rounds', '5'));
const base = opt('--base');

async function load(tree, name) {
  const out = join(here, 'dist', `rule-cost-${name}.mjs`);
  await build({
    stdin: { contents: "export { Engine } from './server/src/engine/engine.ts'; export { RULES } from './rules/src/index.ts';", resolveDir: tree, loader: 'ts' },
    outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error',
    banner: { js: "import { createRequire as __probityRequire } from 'node:module'; const require = __probityRequire(import.meta.url);" },
  });
  return import(pathToFileURL(out).href);
}

const shared = join(root, '..', 'shared');
const texts = [
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'examples', f)),
  ...readdirSync(join(shared, 'corpus')).filter((f) => /^\d.*\.md$/.test(f)).map((f) => join(shared, 'corpus', f)),
  ...readdirSync(join(shared, 'corpus-real')).filter((f) => /^\d{3}-.*\.md$/.test(f) && !/^\d\d[037]-/.test(f)).map((f) => join(shared, 'corpus-real', f)),
].map((p) => readFileSync(p, 'utf8'));

const builds = [{ name: 'this', mod: await load(root, 'this') }];
if (base) builds.push({ name: 'base', mod: await load(base, 'base') });
for (const b of builds) {
  const engine = new b.mod.Engine();
  b.drafts = texts.map((t) => engine.check(t, { settings: {} }).draft);
  b.blocks = b.drafts.reduce((n, d) => n + d.blocks.length, 0);
  b.times = Object.fromEntries(rules.map((r) => [r, []]));
  b.first = {};
  // Load the libraries (compromise, obscenity) on a throwaway draft; then the first pass over the
  // drafts is timed on its own ("first"): every sentence is new to compromise's small cache, as the
  // edited sentence is on a keystroke. Later passes are warm.
  const probe = engine.check('You lazy idiots, I hope you suffer. This tea cures eczema. Dr Ana Lind, our chiropractor.\n', { settings: {} }).draft;
  // The analyses rules read (commercial-context) scan every block too, once for all their readers.
  b.scanners = [...b.mod.RULES, ...new Set(b.mod.RULES.flatMap((r) => r.reads ?? []))];
  for (const rule of b.scanners) if (rule.scan) for (const bl of probe.blocks) rule.scan(bl, probe.settings);
  for (const rule of b.scanners) {
    if (!rules.includes(rule.id) || !rule.scan) continue;
    const t0 = performance.now();
    for (const d of b.drafts) for (const bl of d.blocks) rule.scan(bl, d.settings);
    b.first[rule.id] = (performance.now() - t0) / b.blocks;
  }
}
for (let round = 0; round < rounds; round++) {
  for (const b of round % 2 ? [...builds].reverse() : builds) {
    for (const rule of b.scanners) {
      if (!rules.includes(rule.id) || !rule.scan) continue;
      const t0 = performance.now();
      for (const d of b.drafts) for (const bl of d.blocks) rule.scan(bl, d.settings);
      b.times[rule.id].push((performance.now() - t0) / b.blocks);
    }
  }
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
console.log(`${texts.length} drafts, ${builds[0].blocks} blocks; microseconds per block of scan: the first pass, then the median of ${rounds} warm passes`);
const width = Math.max(22, ...rules.map((r) => r.length + 2));
console.log(['rule'.padEnd(width), ...builds.flatMap((b) => [`${b.name} first`.padStart(12), `${b.name} warm`.padStart(12)])].join(''));
const us = (x) => (x === undefined ? '-' : (x * 1000).toFixed(1)).padStart(12);
for (const r of rules) console.log([r.padEnd(width), ...builds.flatMap((b) => [us(b.first[r]), us(b.times[r].length ? median(b.times[r]) : undefined)])].join(''));
