// The README's rule table is generated from the rules' metadata and must not drift; every
// guidance quote must stand word for word in the quote book.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, RULES } from '@probity/rules';
import { fillSnippet } from '@probity/snippets';
import { rulesMarkdown } from '../../server/src/cli/report.js';
import { ROOT } from '../helpers/cli.js';

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('rule documentation', () => {
  it('the README rule table matches the rules (regenerate with `npm run docs`)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme)?.[1];
    expect(table).toBe(rulesMarkdown());
  });

  it('every quotation is word for word in the quote book', () => {
    const book = join(ROOT, '..', 'shared', 'guidance', 'README.md');
    expect(existsSync(book), `the quote book should be at ${book}`).toBe(true);
    const text = squash(readFileSync(book, 'utf8'));
    for (const rule of RULES) {
      for (const j of ['uk', 'ie', 'us'] as const) {
        for (const g of rule.guidance[j]) expect(text, `${rule.id} (${j}): ${g.quote}`).toContain(squash(g.quote));
      }
    }
  });

  it('every check that quotes guidance quotes some for every jurisdiction, its own or marked as applied by analogy', () => {
    for (const rule of RULES) {
      if (JURISDICTIONS.every((j) => rule.guidance[j].length === 0)) continue; // a platform's own limit
      for (const j of JURISDICTIONS) {
        const list = rule.guidance[j];
        expect(list.length, `${rule.id} (${j}) quotes nothing`).toBeGreaterThan(0);
        for (const g of list) expect(g.analogy, `${rule.id} (${j}): ${g.source}`).not.toBe(j);
      }
      // The writer's own jurisdiction first: a borrowed quote never leads where there are own ones.
      for (const j of JURISDICTIONS) if (rule.guidance[j].some((g) => !g.analogy)) expect(rule.guidance[j][0].analogy, rule.id).toBeUndefined();
    }
  });

  it('no rationale names a service of one country, and each jurisdiction signposts to its own', () => {
    for (const rule of RULES) expect(rule.rationale, rule.id).not.toMatch(/\bNHS\b|\b111\b|\b999\b|\bHSE\b|\b911\b|\b988\b|\bA&E\b/);
    expect(fillSnippet('signposting-uk')).toMatch(/NHS 111.*999/);
    expect(fillSnippet('signposting-ie')).toMatch(/112 or 999/);
    expect(fillSnippet('signposting-us')).toMatch(/911.*988/);
    for (const j of ['ie', 'us']) expect(fillSnippet(`signposting-${j}`)).not.toMatch(/NHS|\b111\b/);
  });
});
