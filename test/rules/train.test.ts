// `npm run train` (issue 15, item 3): the weights it wrote load, and running the training again with
// its seed reproduces every figure and weight it recorded in rules/src/weights.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFor } from '../../rules/src/scoring.js';
import { HAND, RAISES, SCORED_RULES, THRESHOLDS, train } from '../../rules/train/train.js';
import { ROOT } from '../helpers/cli.js';

const written = JSON.parse(readFileSync(join(ROOT, 'rules', 'src', 'weights.json'), 'utf8'));

describe('learned weights', () => {
  it('weights.json holds a model, its cross-validated scores and an adoption for every scored rule', () => {
    for (const rule of SCORED_RULES) {
      const entry = written.rules[rule];
      expect(entry, rule).toBeDefined();
      expect(typeof entry.adopted).toBe('boolean');
      expect(Number.isFinite(entry.model.bias)).toBe(true);
      expect(Object.values(entry.model.weights).every(Number.isFinite)).toBe(true);
      // Precision first: a learned model needs more than even odds.
      expect(entry.model.threshold).toBeGreaterThan(0.5);
      for (const which of ['learned', 'hand']) {
        for (const k of ['p', 'r', 'f1']) expect(entry.cv[which][k]).toBeGreaterThanOrEqual(0);
      }
      // The threshold is one of those cross-validation may choose, and features that can only raise
      // a candidate never learned a negative weight.
      expect(THRESHOLDS).toContain(entry.model.threshold);
      for (const f of RAISES[rule as keyof typeof RAISES]) expect(entry.model.weights[f] ?? 0, `${rule} ${f}`).toBeGreaterThanOrEqual(0);
      // The rule scores with the learned model exactly where it was adopted.
      expect(modelFor(rule, HAND[rule])).toEqual(entry.adopted ? entry.model : HAND[rule]);
    }
  });

  it('training again with the same seed reproduces the scores and weights it reported', () => {
    for (const report of train(ROOT)) {
      const entry = written.rules[report.rule];
      expect(report.cv, report.rule).toEqual(entry.cv);
      expect(report.fitted, report.rule).toEqual(entry.fitted);
      expect(report.model, report.rule).toEqual(entry.model);
      expect(report.drafts).toBe(entry.drafts);
      expect(report.candidates).toBe(entry.candidates);
    }
  }, 180_000);
});
