// A shared analysis runs like a rule's scan: once per block, cached with the block, re-run only for
// the block an edit lands in; its decision is made once per check and every rule that reads it gets
// the same one; a failing analysis fails the rules that read it, not the others.
import { describe, expect, it } from 'vitest';
import { defineAnalysis, type Rule } from '@probity/rules';
import { Engine } from '../../server/src/engine/engine.js';

function setup(opts: { throwOn?: string } = {}) {
  const scanned: string[] = [];
  let decided = 0;
  const seen: unknown[] = [];
  const offers = defineAnalysis({
    id: 'offers',
    scan(block) {
      scanned.push(block.prose);
      if (opts.throwOn && block.prose.includes(opts.throwOn)) throw new Error('scan broke');
      return { offer: /£\d+/.test(block.prose) };
    },
    notable: (f) => f.offer,
    decide(ctx) { decided++; return { blocks: ctx.notable.length }; },
  });
  const reader = (id: string): Rule => ({
    id, title: id, severity: 'warning', rationale: '', guidance: { uk: [], ie: [], us: [] }, reads: [offers],
    check(ctx) { const d = ctx.read(offers); seen.push(d); return d.blocks > 0 ? [{ start: 0, end: 1, message: `${d.blocks} priced` }] : []; },
  });
  const other: Rule = { id: 'other', title: 'other', severity: 'warning', rationale: '', guidance: { uk: [], ie: [], us: [] }, check: () => [{ start: 0, end: 1, message: 'still here' }] };
  return { engine: new Engine([reader('a'), reader('b'), other]), scanned, seen, decidedCount: () => decided };
}

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => (i === 3 ? `Paragraph ${i}, now £40.` : `Paragraph ${i} of plain text.`)).join('\n\n');

describe('shared analyses in the engine', () => {
  it('decides once per check and hands every reader the same decision', () => {
    const { engine, seen, decidedCount } = setup();
    const result = engine.check(paragraphs(8));
    expect(result.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual(['a: 1 priced', 'b: 1 priced', 'other: still here']);
    expect(decidedCount()).toBe(1);
    expect(seen[0]).toBe(seen[1]);
  });

  it('re-scans only the block an edit lands in', () => {
    const { engine, scanned } = setup();
    const text = paragraphs(8);
    engine.check(text);
    expect(scanned).toHaveLength(8);
    scanned.length = 0;
    const at = text.indexOf('Paragraph 6') + 'Paragraph 6'.length;
    const edited = `${text.slice(0, at)}!${text.slice(at)}`;
    const result = engine.check(edited, { previous: { text, edit: { start: at, oldEnd: at, newEnd: at + 1 } } });
    expect(scanned).toEqual(['Paragraph 6! of plain text.']);
    expect(result.findings.map((f) => f.rule)).toEqual(['a', 'b', 'other']);
  });

  it('a failing analysis fails the rules that read it, and only those', () => {
    const { engine } = setup({ throwOn: 'Paragraph 5' });
    const result = engine.check(paragraphs(8));
    expect(result.failures.map((f) => f.rule).sort()).toEqual(['a', 'b']);
    expect(result.failures[0].error).toMatch(/offers analysis failed: Error: scan broke/);
    expect(result.findings.map((f) => f.rule)).toEqual(['other']);
  });
});
