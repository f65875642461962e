#!/usr/bin/env node
// `npm run train [-- --held-out]`: bundles train.ts with esbuild (as the bench bundles the engine),
// fits the weights, prints cross-validated per-draft P/R/F1 per rule (learned and hand-set), and
// writes rules/src/weights.json. `--held-out` also scores both on the held-out split of
// ../shared/corpus-real and records which learned models are adopted: run it once, at the very end.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(here, 'dist', 'train.mjs');
await build({
  entryPoints: [join(here, 'train.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __probityRequire } from 'node:module'; const require = __probityRequire(import.meta.url);" },
});
const { train, heldOut, SEED, FOLDS } = await import(pathToFileURL(out).href);

const weightsPath = join(root, 'rules', 'src', 'weights.json');
const previous = JSON.parse(readFileSync(weightsPath, 'utf8'));
const reports = train(root);
const fmt = (s) => `P=${s.p.toFixed(2)} R=${s.r.toFixed(2)} F1=${s.f1.toFixed(2)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
console.log(`seed ${SEED}, ${FOLDS}-fold cross-validation by draft, per-draft scores on the training data`);
for (const r of reports) {
  console.log(`${r.rule.padEnd(22)} ${String(r.drafts).padStart(4)} drafts ${String(r.candidates).padStart(4)} candidates`);
  console.log(`  learned (cross-validated) ${fmt(r.cv.learned)}`);
  console.log(`  hand-set                  ${fmt(r.cv.hand)}`);
  console.log(`  learned, fitted on all   ${fmt(r.fitted.learned)}`);
}
const held = process.argv.includes('--held-out') ? heldOut(root, reports) : undefined;
if (held) {
  console.log('held-out split of ../shared/corpus-real (run once):');
  for (const [rule, h] of Object.entries(held)) {
    console.log(`${rule.padEnd(22)} learned ${fmt(h.learned)}\n${''.padEnd(22)} hand-set ${fmt(h.hand)} -> ${h.adopted ? 'learned adopted' : 'hand-set kept'}`);
  }
}
const rules = Object.fromEntries(reports.map((r) => {
  const before = previous.rules?.[r.rule];
  const h = held?.[r.rule] ?? before?.heldOut;
  return [r.rule, {
    adopted: held ? held[r.rule].adopted : before?.adopted ?? false,
    model: r.model,
    cv: r.cv,
    fitted: r.fitted,
    drafts: r.drafts,
    candidates: r.candidates,
    ...(h ? { heldOut: { learned: h.learned, hand: h.hand } } : {}),
  }];
}));
writeFileSync(weightsPath, `${JSON.stringify({ about: previous.about, seed: SEED, folds: FOLDS, rules }, null, 2)}\n`);
console.log(`wrote ${weightsPath}`);
