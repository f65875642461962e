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

// Notable blocks are kept as one bit per rule in a 31-bit mask; a rule further down the list must
// still be handed only its notable blocks (prescription-medicine-promotion reads a medicine from each).
describe('a rule past the notable mask', () => {
  it('finds what it finds at the head of the list', () => {
    const filler = Array.from({ length: 31 }, (_, i) => defineRule({
      id: `filler-${i}`, title: 'Filler', severity: 'hint', rationale: 'A rule for this test.', guidance: { uk: [], ie: [], us: [] },
    }) as Rule);
    const text = 'Botox is back!\n\nOnly £99 this week, book now.\n\nHoney cures hay fever.\n';
    const view = (e: Engine) => e.check(text).findings.map((f) => [f.rule, f.start, f.end, f.message]);
    const late = new Engine([...filler, ...(RULES as readonly Rule[])]);
    expect(late.check(text).failures).toEqual([]);
    expect(view(late)).toEqual(view(new Engine()));
    expect(view(late).map(([rule]) => rule)).toContain('prescription-medicine-promotion');
  });
});
