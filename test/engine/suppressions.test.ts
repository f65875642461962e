// Suppressions silence a finding, keep their reason for the audit trail, and "Ignore here"
// inserts one that works without splitting a paragraph.
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../server/src/engine/fixes.js';
import { ignoreFix } from '../../server/src/engine/suppress.js';
import { check, fillPlaceholders } from '../helpers/check.js';

const CLAIM = 'Honey cures hay fever.';

describe('suppressions', () => {
  it('disable-next-line silences the named rule on the next non-blank line only, and keeps the reason', () => {
    const text = `<!-- probity-disable-next-line unsubstantiated-claim -- quoting a patient's belief -->\n\n${CLAIM}\n\n${CLAIM}\n`;
    const r = check(text);
    expect(r.findings.map((f) => r.draft.lines.lineOf(f.start))).toEqual([4]);
    expect(r.suppressed).toHaveLength(1);
    expect(r.suppressed[0].by).toMatchObject({ kind: 'disable-next-line', rules: ['unsubstantiated-claim'], reason: "quoting a patient's belief" });
  });

  it('disable … enable covers a region; other rules still report there', () => {
    const text = `<!-- probity-disable unsubstantiated-claim -- a patient's words -->\n${CLAIM}\n\nDM me a photo of the rash and I'll tell you what it is.\n<!-- probity-enable unsubstantiated-claim -->\n${CLAIM}\n`;
    const r = check(text, { rules: { credentials: 'off' } });
    expect(r.findings.map((f) => [f.rule, r.draft.lines.lineOf(f.start)])).toEqual([['personal-advice', 3], ['unsubstantiated-claim', 5]]);
  });

  it('disable-file silences a rule everywhere; no rule ids means every rule', () => {
    expect(check(`<!-- probity-disable-file unsubstantiated-claim -- quotes of patients' beliefs -->\n${CLAIM}\n\n${CLAIM}`).findings).toEqual([]);
    const all = check(`<!-- probity-disable-file -- a satirical post -->\n${CLAIM}\nDM me a photo of your rash.`);
    expect(all.findings).toEqual([]);
    expect(all.suppressions[0].reason).toBe('a satirical post');
  });

  it('"Ignore here" on a line in the middle of a paragraph wraps the paragraph instead of splitting it', () => {
    const text = `First line of a paragraph about hay fever,\nand ${CLAIM}\nLast line.\n`;
    const r = check(text);
    const f = r.findings[0];
    const fix = ignoreFix(r.draft, f.rule, f.start);
    const after = applyFixes(text, [fix]);
    expect(after).toBe(`<!-- probity-disable unsubstantiated-claim -- [add reason] -->\n${text}<!-- probity-enable unsubstantiated-claim -->\n`);
    expect(check(after).findings.map((x) => x.rule)).toEqual(['suppression-reason']);
    expect(check(fillPlaceholders(after)).findings).toEqual([]);
  });

  it('"Ignore here" in a table row wraps the whole table, which stays one table with every row', () => {
    const table = `| Remedy | Verdict |\n| --- | --- |\n| Saline rinse | helps some people |\n| Local honey | ${CLAIM} |\n| Antihistamine | works |\n`;
    const text = `Intro.\n\n${table}\nAfter.\n`;
    const r = check(text);
    const f = r.findings.find((x) => x.rule === 'unsubstantiated-claim')!;
    const fix = ignoreFix(r.draft, f.rule, f.start);
    expect(fix.title).toBe('Ignore unsubstantiated-claim in this table…');
    const after = applyFixes(text, [fix]);
    expect(after).toBe(`Intro.\n\n<!-- probity-disable unsubstantiated-claim -- [add reason] -->\n${table}<!-- probity-enable unsubstantiated-claim -->\n\nAfter.\n`);
    const again = check(fillPlaceholders(after));
    expect(again.findings).toEqual([]);
    // Every cell is still a table cell: the comments did not cut the table.
    const cells = (d: typeof r.draft) => d.blocks.filter((b) => b.kind === 'tableCell').map((b) => b.prose.trim());
    expect(cells(again.draft)).toEqual(cells(r.draft));
    expect(cells(r.draft)).toContain('Antihistamine');
  });

  it('a suppression without a real reason gets a gentle note: on the placeholder left by "Ignore here", or on the comment', () => {
    const text = `Intro.\n\n${CLAIM}\n`;
    const r = check(text);
    const ignored = applyFixes(text, [ignoreFix(r.draft, 'unsubstantiated-claim', r.findings[0].start)]);
    const placeholder = check(ignored);
    expect(placeholder.suppressed.map((x) => x.finding.rule)).toEqual(['unsubstantiated-claim']);
    expect(placeholder.findings).toHaveLength(1);
    const [note] = placeholder.findings;
    expect(note).toMatchObject({
      rule: 'suppression-reason', severity: 'information', fixes: [], guidance: [],
      message: "The reason for ignoring unsubstantiated-claim is still '[add reason]': write why, for the audit trail",
    });
    expect(ignored.slice(note.start, note.end)).toBe('[add reason]');

    const none = `<!-- probity-disable-next-line unsubstantiated-claim personal-advice -->\n${CLAIM}\n\n<!-- probity-disable -->\nFine.\n<!-- probity-enable -->\n<!-- probity-disable-file post-length -- posted as an image -->\n`;
    const missing = check(none);
    expect(missing.findings.map((f) => [f.rule, f.severity, none.slice(f.start, f.end), f.message])).toEqual([
      ['suppression-reason', 'information', '<!-- probity-disable-next-line unsubstantiated-claim personal-advice -->',
        "No reason is given for ignoring unsubstantiated-claim and personal-advice: add one after ' -- ', for the audit trail"],
      ['suppression-reason', 'information', '<!-- probity-disable -->',
        "No reason is given for ignoring every check until it is enabled again: add one after ' -- ', for the audit trail"],
    ]);
    // A comment that silences every check does not silence the note about itself.
    expect(check(`<!-- probity-disable-file -->\n${CLAIM}\n`).findings.map((f) => f.rule)).toEqual(['suppression-reason']);
  });

  it('"Ignore here" keeps CRLF line endings', () => {
    const text = `Intro.\r\n\r\n${CLAIM}\r\n`;
    const r = check(text);
    const after = applyFixes(text, [ignoreFix(r.draft, 'unsubstantiated-claim', r.findings[0].start)]);
    expect(after).toBe(`Intro.\r\n\r\n<!-- probity-disable-next-line unsubstantiated-claim -- [add reason] -->\r\n${CLAIM}\r\n`);
  });
});

describe('credentials line from settings', () => {
  it('fills the line from the author and credentials settings, so the finding goes with no placeholder left', () => {
    const text = '# Head lice\n\nComb wet hair with a detection comb to find head lice; you don\'t need to keep your child off school.\n';
    const settings = { author: 'Dr Sam Writer', credentials: 'GP, Sheffield' };
    const r = check(text, settings);
    const f = r.findings.find((x) => x.rule === 'credentials')!;
    expect(f.fixes[0].title).toBe('Add your credentials line');
    const after = applyFixes(text, [f.fixes[0]]);
    expect(after).toBe('# Head lice\n\nWritten by Dr Sam Writer, GP, Sheffield.\n\nComb wet hair with a detection comb to find head lice; you don\'t need to keep your child off school.\n');
    expect(check(after, settings).findings).toEqual([]);
  });
});
