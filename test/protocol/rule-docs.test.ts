// docs/rules/<id>.md are generated from each rule's metadata (the same text the hover shows), and
// this test fails when they drift. `npm run docs` rewrites them (and the README rule table).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { RULES } from '@probity/rules';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../server/src/engine/engine.js';
import { ruleDocMarkdown } from '../../server/src/lsp/guidance-text.js';

const dir = new URL('../../docs/rules/', import.meta.url);
const write = process.env.PROBITY_WRITE_DOCS === '1';

describe('docs/rules', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s.md matches the rule', (id, rule) => {
    const file = new URL(`${id}.md`, dir);
    const expected = ruleDocMarkdown(rule);
    if (write) writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('raise no findings when an editor opens one from a hover link (they quote what the rules are about)', () => {
    const engine = new Engine();
    for (const rule of RULES) expect(engine.check(ruleDocMarkdown(rule)).findings, rule.id).toEqual([]);
  });

  it('has a page for each rule and no others', () => {
    const pages = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
    expect(pages).toEqual(RULES.map((r) => r.id).sort());
  });
});
