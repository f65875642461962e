// Settings layers, weakest first: defaults < probity.json < editor < front matter < inline comment.
// A bad value is reported once, naming where and which key, and the check goes on without it.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectDraft } from '../../server/src/index.js';
import { clearConfigCache } from '../../server/src/settings/load.js';
import { check } from '../helpers/check.js';

const AD = 'Thanks to Hearth Teas for sending me these blends #gifted';

describe('settings', () => {
  it('front matter overrides the editor layer, and an inline comment overrides front matter', () => {
    expect(check(AD, { jurisdiction: 'ie' }).draft.settings.jurisdiction).toBe('ie');
    const fm = `---\njurisdiction: us\n---\n${AD}`;
    expect(check(fm, { jurisdiction: 'ie' }).draft.settings.jurisdiction).toBe('us');
    const inline = `---\njurisdiction: us\n---\n<!-- probity-settings jurisdiction: uk -->\n${AD}`;
    expect(check(inline, { jurisdiction: 'ie' }).draft.settings.jurisdiction).toBe('uk');
  });

  it('jurisdiction changes what counts as a label and which guidance is quoted', () => {
    const upfront = `#gifted ${AD.replace(' #gifted', '')}`;
    const uk = check(upfront, { jurisdiction: 'uk' }).findings.filter((f) => f.rule === 'ad-disclosure');
    const ie = check(upfront, { jurisdiction: 'ie' }).findings.filter((f) => f.rule === 'ad-disclosure');
    expect(uk).toHaveLength(1);
    expect(ie).toHaveLength(0);
    expect(uk[0].guidance.map((g) => g.source)).toContain('CAP Code');
    const ieBuried = check(AD, { jurisdiction: 'ie' }).findings.find((f) => f.rule === 'ad-disclosure')!;
    expect(ieBuried.guidance[0].quote).toBe('The label must be at the start of your content and clearly visible.');
  });

  it('per-rule severity and off', () => {
    const text = 'Honey cures hay fever.';
    expect(check(text).findings.map((f) => [f.rule, f.severity])).toEqual([['unsubstantiated-claim', 'warning']]);
    expect(check(text, { rules: { 'unsubstantiated-claim': 'error' } }).findings[0].severity).toBe('error');
    expect(check(text, { rules: { 'unsubstantiated-claim': 'off' } }).findings).toEqual([]);
    expect(check(`---\nrules:\n  unsubstantiated-claim: off\n---\n${text}`).findings).toEqual([]);
  });

  it('reports a bad front matter value by key and goes on with the default', () => {
    const r = check(`---\njurisdiction: mars\nplatform: myspace\n---\nHoney cures hay fever.`);
    expect(r.problems.map((p) => [p.source, p.key])).toEqual([['front matter', 'jurisdiction'], ['front matter', 'platform']]);
    expect(r.problems[0].message).toMatch(/unknown jurisdiction 'mars'/);
    expect(r.draft.settings.jurisdiction).toBe('uk');
    expect(r.findings.map((f) => f.rule)).toEqual(['unsubstantiated-claim']);
  });

  it('reports malformed YAML front matter and still checks the body', () => {
    const r = check('---\nauthor: [unclosed\n---\nHoney cures hay fever.');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message).toMatch(/not valid YAML/);
    expect(r.findings.map((f) => f.rule)).toEqual(['unsubstantiated-claim']);
  });

  it('finds probity.json upward from the draft, and names the file and key of a bad value', () => {
    clearConfigCache();
    const root = mkdtempSync(join(tmpdir(), 'probity-settings-'));
    mkdirSync(join(root, 'drafts', 'deep'), { recursive: true });
    writeFileSync(join(root, 'probity.json'), JSON.stringify({ jurisdiction: 'ie', rules: { 'no-such-rule': 'off' }, colour: 'blue' }));
    const r = inspectDraft(AD, { path: join(root, 'drafts', 'deep', 'post.md') });
    expect(r.draft.settings.jurisdiction).toBe('ie');
    expect(r.problems.map((p) => [p.source, p.key])).toEqual([[join(root, 'probity.json'), 'rules.no-such-rule'], [join(root, 'probity.json'), 'colour']]);

    writeFileSync(join(root, 'probity.json'), '{ "jurisdiction": "ie", }');
    clearConfigCache();
    const bad = inspectDraft(AD, { path: join(root, 'drafts', 'post.md') });
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]).toMatchObject({ source: join(root, 'probity.json'), key: '(json)' });
    expect(bad.draft.settings.jurisdiction).toBe('uk');
  });
});
