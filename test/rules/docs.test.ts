// The README's rule table is generated from the rules' metadata and must not drift; every
// guidance quote must stand word for word in the quote book.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '@probity/rules';
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
});
