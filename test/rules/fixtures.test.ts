// Rule fixtures, markdownlint-style: each draft under test/fixtures marks the findings it must raise
// with `<!-- expect rule-id -->` on the offending line; drafts with no marker must raise nothing.
// Every fix offered on a fixture is then applied: the text outside its edits must survive byte for
// byte, and once the writer fills any placeholder the fix left, the finding must be gone.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, type Fix } from '@probity/rules';
import { applyFixes } from '../../server/src/engine/fixes.js';
import { disableFileFix, ignoreFix } from '../../server/src/engine/suppress.js';
import { check, expectedMarkers, fillPlaceholders, fixtureFiles, foundMarkers, untouchedParts } from '../helpers/check.js';

const fixtures = fixtureFiles(join(import.meta.dirname, '..', 'fixtures'));
const exercised = new Map<string, Set<string>>();
const kind = (fix: Fix) => fix.title.replace(/'[^']*'/g, "'…'").replace(/“[^”]*”/g, '“…”').replace(/#AD/g, 'label');

describe.each(fixtures)('$name', ({ text }) => {
  const result = check(text);

  it('raises exactly the marked findings', () => {
    expect(result.failures).toEqual([]);
    expect(foundMarkers(result)).toEqual(expectedMarkers(text));
  });

  it.each(result.findings.map((f) => [`${f.rule}: ${f.message}`, f] as const))('fixes for %s', (_name, finding) => {
    const fixes = [...finding.fixes, ignoreFix(result.draft, finding.rule, finding.start), disableFileFix(result.draft, finding.rule)];
    for (const fix of fixes) {
      const after = applyFixes(text, [fix]);
      // Everything outside the edits is still there, in order, untouched.
      let at = 0;
      for (const part of untouchedParts(text, fix)) {
        const found = after.indexOf(part, at);
        expect(found, `'${fix.title}' changed text outside its edits`).toBeGreaterThanOrEqual(0);
        at = found + part.length;
      }
      const recheck = check(fillPlaceholders(after));
      const same = recheck.findings.filter((f) => f.rule === finding.rule && f.message === finding.message);
      expect(same, `'${fix.title}' left the finding in place`).toEqual([]);
      expect(recheck.findings.filter((f) => f.rule === finding.rule).length, `'${fix.title}' did not reduce ${finding.rule} findings`)
        .toBeLessThan(result.findings.filter((f) => f.rule === finding.rule).length);
      if (!exercised.has(finding.rule)) exercised.set(finding.rule, new Set());
      exercised.get(finding.rule)!.add(kind(fix));
    }
  });
});

describe('fixture coverage', () => {
  it('every rule has a fixture that raises it, and the clean drafts exist', () => {
    const raised = new Set(fixtures.flatMap((f) => expectedMarkers(f.text).map((m) => m.split(' ')[1])));
    expect([...raised].sort()).toEqual([...RULE_IDS].sort());
    expect(fixtures.filter((f) => expectedMarkers(f.text).length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('every kind of fix was applied and re-checked', () => {
    const kinds = Object.fromEntries([...exercised].map(([rule, set]) => [rule, [...set].sort()]));
    expect(kinds).toMatchObject({
      'ad-disclosure': expect.arrayContaining([
        "Insert label at the start of the thread's first post", "Move '…' to the start of the thread's first post",
        "Replace '…' with label at the start of the post",
      ]),
      credentials: expect.arrayContaining(['Add a credentials line to fill in']),
      'personal-advice': expect.arrayContaining(['Replace with signposting to care']),
      confidentiality: expect.arrayContaining(['Generalise the identifying details']),
      'conflict-of-interest': expect.arrayContaining(['Add a declaration of interests']),
      'unsubstantiated-claim': expect.arrayContaining(['Rewrite with honest hedging: “…”', 'Add a link to the source after the claim']),
      'post-length': expect.arrayContaining(['Split the post where the last sentence that fits ends']),
    });
    for (const rule of RULE_IDS) {
      expect(exercised.get(rule), rule).toBeDefined();
      expect([...exercised.get(rule)!].some((k) => k.startsWith('Ignore')), `${rule}: ignore`).toBe(true);
      expect(exercised.get(rule)!.has(`Disable ${rule} in this file`), `${rule}: disable`).toBe(true);
    }
  });
});
