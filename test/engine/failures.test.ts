// A rule that throws must not take the check down, and must not leave half its findings behind.
import { defineRule, RULES, type Rule } from '@probity/rules';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../server/src/engine/engine.js';

// Reports every block that mentions honey, and throws on any block that mentions bees.
const flaky = defineRule<boolean>({
  id: 'flaky', title: 'Flaky', severity: 'warning', rationale: 'A rule for this test.', guidance: { uk: [], ie: [], us: [] },
  scan: (block) => /bees/.test(block.prose),
  report(block, bees) {
    if (bees) throw new Error('bees are not supported');
    return /honey/i.test(block.prose) ? [{ start: block.start, end: block.end, message: 'honey' }] : [];
  },
});

describe('a rule that throws', () => {
  const engine = new Engine([...(RULES as readonly Rule[]), flaky as Rule]);
  const good = 'Local honey is lovely.\n\nHoney cures hay fever.\n';

  it('reports where it does not throw', () => {
    const r = engine.check(good);
    expect(r.failures).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'flaky')).toHaveLength(2);
  });

  it('is reported as failed, with none of its findings, while the other rules still report', () => {
    // The first two blocks' findings are cached from the check above; the rule still has none.
    const r = engine.check(`${good}\nHoney from my bees.\n`);
    expect(r.failures.map((f) => [f.rule, f.error.split('\n')[0]])).toEqual([['flaky', 'Error: bees are not supported']]);
    expect(r.findings.filter((f) => f.rule === 'flaky')).toEqual([]);
    expect(r.findings.map((f) => f.rule)).toContain('unsubstantiated-claim');
  });
});
