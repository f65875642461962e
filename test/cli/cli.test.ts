// The probity command as CI and pre-commit hooks use it: formats, exit codes, --fix, suppressions.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '@probity/rules';
import { BIN, probity } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'probity-cli-'));
const AD_THREAD = '---\nplatform: x\nauthor: Dr A Test\ncredentials: GP\n---\nSkin tips 🧵 1/2\n---\n🧴 Use my code TEST20 for 20% off the serum. 2/2\n';

describe('probity check', () => {
  it('prints the documented JSON report, with zero-based lines and UTF-16 characters', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'thread.md'), AD_THREAD);
    const r = probity(['check', '--format', 'json', join(dir, 'thread.md')]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['files']);
    expect(report.files).toHaveLength(1);
    const [f] = report.files[0].findings;
    expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'range', 'fixes', 'guidance']);
    expect(f).toMatchObject({ rule: 'ad-disclosure', severity: 'error', message: expect.stringContaining("'TEST20'") });
    // Line 8 (zero-based 7); "🧴 " is three UTF-16 code units before "Use".
    expect(f.range.start).toEqual({ line: 7, character: 3 + 'Use my '.length });
    expect(f.fixes[0]).toMatchObject({ title: expect.stringMatching(/^Insert #AD/), safe: true, edits: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: '#AD ' }] });
    expect(f.guidance[0]).toEqual({ source: expect.stringContaining('CAP Code'), paragraph: 'rule 2.1', quote: 'Marketing communications must be obviously identifiable as such.' });
  });

  it('prints path:line:col severity rule-id message, without colour when not on a terminal', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.md'), 'Honey cures hay fever.\n');
    const r = probity(['check', join(dir, 'a.md')]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`${join(dir, 'a.md')}:1:1 warning unsubstantiated-claim 'cures' claims a cure`);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('writes SARIF 2.1.0 with the rules and 1-based regions', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.md'), 'Intro.\n\nHoney cures hay fever.\n');
    const sarif = JSON.parse(probity(['check', '--format', 'sarif', join(dir, 'a.md')], { cwd: dir }).stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('Probity');
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(RULE_IDS);
    expect(run.results).toEqual([expect.objectContaining({
      ruleId: 'unsubstantiated-claim', level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.md' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 23 } } }],
    })]);
  });

  it('exits 2 for usage errors, unknown files and bad settings, still checking the other files', () => {
    expect(probity(['check']).status).toBe(2);
    expect(probity(['check', '--format', 'xml', 'x.md']).stderr).toMatch(/unknown format 'xml'/);
    expect(probity(['check', '--jurisdiction', 'fr', 'x.md']).status).toBe(2);
    const dir = tmp();
    writeFileSync(join(dir, 'good.md'), 'Honey cures hay fever.\n');
    const r = probity(['check', join(dir, 'missing.md'), join(dir, 'good.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'missing.md')}: no such file or directory`);
    expect(r.stdout).toContain('unsubstantiated-claim');
    writeFileSync(join(dir, 'probity.json'), '{"jurisdiction": "france"}');
    const bad = probity(['check', join(dir, 'good.md')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe(`probity: ${join(dir, 'probity.json')}: setting 'jurisdiction': unknown jurisdiction 'france' (use one of uk, ie, us); using the default`);
    expect(bad.stdout).toContain('unsubstantiated-claim');
  });

  it('searches directories for .md and .markdown drafts, expands quoted globs and reads standard input', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'posts', 'a.md'), 'Honey cures hay fever.\n');
    writeFileSync(join(dir, 'posts', 'b.markdown'), 'Nothing to see.\n');
    writeFileSync(join(dir, 'posts', 'notes.txt'), 'Honey cures hay fever.\n');
    const viaDir = JSON.parse(probity(['check', '--format', 'json', 'posts'], { cwd: dir }).stdout);
    expect(viaDir.files.map((f: { path: string }) => f.path)).toEqual([join('posts', 'a.md'), join('posts', 'b.markdown')]);
    const viaGlob = JSON.parse(probity(['check', '--format', 'json', 'posts/*.md'], { cwd: dir }).stdout);
    expect(viaGlob.files.map((f: { path: string }) => f.path)).toEqual(['posts/a.md']);
    const stdin = probity(['check', '-'], { input: 'Honey cures hay fever.\n', cwd: dir });
    expect(stdin.stdout).toContain('<stdin>:1:1 warning unsubstantiated-claim');
  });

  it('reads standard input from a pipe whose writer is slow, and refuses bytes that are not UTF-8 (exit 2, not 1)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'draft.md'), 'Honey cures hay fever.\n\nThe clinic is open.\n');
    // The shell's pipe is empty for half a second: a synchronous read of it fails with EAGAIN.
    const shell = (pipeline: string) => spawnSync('sh', ['-c', pipeline], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, NODE: process.execPath, PROBITY: BIN, NO_COLOR: '' },
    });
    const slow = shell('(sleep .5; cat draft.md) | "$NODE" "$PROBITY" check -');
    expect(slow.stderr).toBe('');
    expect(slow.stdout).toBe("<stdin>:1:1 warning unsubstantiated-claim 'cures' claims a cure\n1 finding (0 errors, 1 warning) in 1 draft.\n");
    expect(slow.status).toBe(0);
    const trickle = shell('(printf "Honey cures "; sleep .3; printf "hay fever.\\n") | "$NODE" "$PROBITY" check --format json -');
    expect(JSON.parse(trickle.stdout).files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['unsubstantiated-claim']);
    const binary = shell('printf "caf\\351\\n" | "$NODE" "$PROBITY" check -');
    expect(binary.stderr).toContain('<stdin>: this file is not valid UTF-8 text');
    expect(binary.status).toBe(2);
  });

  it('--fix applies only safe fixes, atomically, keeping line endings and mode; a second run changes nothing', () => {
    const dir = tmp();
    const file = join(dir, 'thread.md');
    writeFileSync(file, AD_THREAD.replace(/\n/g, '\r\n') + 'Honey cures hay fever.\r\n');
    chmodSync(file, 0o640);
    const r = probity(['check', '--fix', file]);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe(AD_THREAD.replace('Skin tips', '#AD Skin tips').replace(/\n/g, '\r\n') + 'Honey cures hay fever.\r\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(r.stdout).toContain('unsubstantiated-claim'); // unsafe rewording is left to the writer
    expect(r.stdout).not.toContain('ad-disclosure');
    probity(['check', '--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  });

  it('--list-suppressions lists every suppression with its reason', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.md'), '<!-- probity-disable-next-line unsubstantiated-claim -- quoting a patient -->\nHoney cures hay fever.\n\n<!-- probity-disable-file post-length -->\n<!-- probity-disable-next-line personal-advice -- [add reason] -->\nDM me a photo of your rash.\n');
    const r = probity(['check', '--list-suppressions', join(dir, 'a.md')]);
    expect(r.stdout.split('\n')).toEqual([
      `${join(dir, 'a.md')}:1 disable-next-line unsubstantiated-claim -- quoting a patient [silences 1]`,
      `${join(dir, 'a.md')}:4 disable-file post-length -- (no reason given) [silences 0]`,
      `${join(dir, 'a.md')}:5 disable-next-line personal-advice -- (no reason: the placeholder '[add reason]' was never filled in) [silences 1]`,
      '3 suppressions, 2 without a reason.', '',
    ]);
    const listed = JSON.parse(probity(['check', '--list-suppressions', '--format', 'json', join(dir, 'a.md')]).stdout).files[0].suppressions;
    expect(listed.map((s: { reason: string | null; placeholder?: string }) => [s.reason, s.placeholder])).toEqual([
      ['quoting a patient', undefined], [null, undefined], [null, '[add reason]'],
    ]);
    // The check itself points at both, gently: information, not an error (exit 0 here).
    const checked = probity(['check', join(dir, 'a.md')]);
    expect(checked.stdout.split('\n').filter((l) => l.includes('suppression-reason'))).toEqual([
      `${join(dir, 'a.md')}:4:1 information suppression-reason No reason is given for ignoring post-length in this file: add one after ' -- ', for the audit trail`,
      `${join(dir, 'a.md')}:5:51 information suppression-reason The reason for ignoring personal-advice is still '[add reason]': write why, for the audit trail`,
    ]);
    expect(checked.status).toBe(0);
  });
});

describe('probity rules', () => {
  it('lists every rule with its severity and guidance sources', () => {
    const r = probity(['rules']);
    expect(r.status).toBe(0);
    for (const id of RULE_IDS) expect(r.stdout).toMatch(new RegExp(`^${id} \\((error|warning)\\): `, 'm'));
    expect(r.stdout).toContain('uk: GMC, Using social media as a medical professional (2024) 18');
  });
});
