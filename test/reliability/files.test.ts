// Files on disk: `probity check --fix` never loses or mangles a draft, and every file it cannot read
// gets one clear message (exit 2) while the other drafts are still checked.
import fc from 'fast-check';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangedOnDiskError, writeAtomically } from '../../server/src/cli/write.js';
import { draft } from './arbitraries.js';
import { assertBuilt, probity, tempDir, type RunOptions } from './cli.js';

// An ad with no label: its safe fix inserts the #AD label, so --fix has something to write.
const AD = 'Use code GLOWUP20 for money off my serum, link in bio to buy.\n\nSee your GP if it itches.\n';
const CLEAN = 'Hay fever is common in spring. A pharmacist can help you choose an antihistamine.\n';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => { assertBuilt(); tmp = tempDir(); });
afterAll(() => tmp.cleanup());
let n = 0;
const fresh = () => { const d = join(tmp.dir, `case-${n++}`); mkdirSync(d); return d; };

describe('probity check --fix on disk', () => {
  it('applies the safe fix, keeps the file mode, and leaves no temporary file behind', () => {
    const dir = fresh();
    const file = join(dir, 'ad.md');
    writeFileSync(file, AD);
    chmodSync(file, 0o640);
    const r = probity(['check', '--fix', '--no-exit', file]);
    expect(r.stderr).toBe('');
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).not.toBe(AD);
    expect(fixed).toMatch(/^#AD\b/);
    expect(fixed.endsWith(AD.slice(AD.indexOf('serum')))).toBe(true);
    expect(statSync(file).mode & 0o7777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['ad.md']);
  });

  it('keeps CRLF line endings CRLF, and lone CR files untouched apart from the fix', () => {
    const dir = fresh();
    const crlf = join(dir, 'crlf.md');
    writeFileSync(crlf, AD.replace(/\n/g, '\r\n'));
    probity(['check', '--fix', '--no-exit', crlf]);
    const fixed = readFileSync(crlf, 'utf8');
    expect(fixed).not.toBe(AD.replace(/\n/g, '\r\n'));
    expect(fixed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // every line ending is still CRLF
  });

  it('keeps a byte order mark and non-ASCII text byte for byte outside the fix', () => {
    const dir = fresh();
    const file = join(dir, 'bom.md');
    const text = `\uFEFF${AD.replace('serum', 'sérum 👩‍👩‍👧‍👦 🇬🇧')}`;
    writeFileSync(file, text);
    probity(['check', '--fix', '--no-exit', file]);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed.startsWith('\uFEFF')).toBe(true);
    expect(fixed.endsWith(text.slice(text.indexOf('sérum')))).toBe(true);
  });

  it('run twice over generated drafts, the second run changes nothing', () => {
    // One directory of generated drafts, fixed in place twice by the real CLI: the first pass must
    // reach a fixed point, or a pre-commit hook running --fix would keep rewriting the file.
    const dir = fresh();
    const drafts = fc.sample(draft, { seed: 424242, numRuns: 60 });
    drafts.forEach((text, i) => writeFileSync(join(dir, `d${String(i).padStart(2, '0')}.md`), text));
    const first = probity(['check', '--fix', '--format', 'json', dir]);
    expect(first.status, first.stderr).not.toBeNull();
    expect(first.stderr).not.toMatch(/failed and was skipped|could not write/);
    const afterFirst = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f)));
    // Some drafts must really have been rewritten, or this proves nothing.
    const changed = afterFirst.filter((b, i) => !b.equals(Buffer.from(drafts[i], 'utf8'))).length;
    expect(changed).toBeGreaterThan(5);
    probity(['check', '--fix', '--format', 'json', dir]);
    const afterSecond = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f)));
    expect(afterSecond.length).toBe(drafts.length); // no stray temporary files
    afterSecond.forEach((b, i) => expect(b.equals(afterFirst[i]), `d${i}.md changed on the second --fix`).toBe(true));
  });
});

describe('writeAtomically', () => {
  it('refuses to write when the draft changed on disk after it was read, and leaves it as it is now', () => {
    const dir = fresh();
    const file = join(dir, 'draft.md');
    writeFileSync(file, 'as read\n');
    const original = readFileSync(file);
    writeFileSync(file, 'edited in the editor meanwhile\n'); // the writer saved while the check ran
    expect(() => writeAtomically(file, 'fixed\n', original)).toThrow(ChangedOnDiskError);
    expect(readFileSync(file, 'utf8')).toBe('edited in the editor meanwhile\n');
    expect(readdirSync(dir)).toEqual(['draft.md']);
  });

  it('keeps a byte order mark that the decoder took off', () => {
    const dir = fresh();
    const file = join(dir, 'bom.md');
    writeFileSync(file, '\uFEFFas read\n');
    writeAtomically(file, '#AD as read\n', readFileSync(file));
    expect(readFileSync(file)).toEqual(Buffer.from('\uFEFF#AD as read\n', 'utf8'));
  });

  it('writes and keeps the mode when the draft is as it was read', () => {
    const dir = fresh();
    const file = join(dir, 'draft.md');
    writeFileSync(file, 'as read\r\n');
    chmodSync(file, 0o600);
    writeAtomically(file, '#AD as read\r\n', readFileSync(file));
    expect(readFileSync(file, 'utf8')).toBe('#AD as read\r\n');
    expect(statSync(file).mode & 0o7777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['draft.md']);
  });
});

describe('paths that cannot be checked', () => {
  /** Runs the CLI over one good draft and `bad`; the bad path gets exactly one message, exit 2. */
  function checkBeside(bad: string, expected: RegExp, options: RunOptions = {}) {
    const dir = fresh();
    const good = join(dir, 'good.md');
    writeFileSync(good, CLEAN);
    const r = probity(['check', '--format', 'json', bad, good], options);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(bad);
    expect(lines[0]).toMatch(expected);
    const report = JSON.parse(r.stdout) as { files: { path: string }[] };
    expect(report.files.map((f) => f.path)).toEqual([good]);
  }

  it('a binary file', () => {
    const file = join(fresh(), 'image.md');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    checkBeside(file, /binary/);
  });

  it('invalid UTF-8', () => {
    const file = join(fresh(), 'latin1.md');
    writeFileSync(file, Buffer.from('Caf\xe9 au lait\n', 'latin1'));
    checkBeside(file, /not valid UTF-8/);
  });

  it('a directory with no drafts', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'notes.txt'), 'not a draft');
    checkBeside(dir, /no \.md or \.markdown drafts/);
  });

  it('a path that does not exist', () => {
    checkBeside(join(fresh(), 'missing.md'), /no such file/);
  });

  it('a dangling symbolic link (unreadable even for root)', () => {
    const dir = fresh();
    const link = join(dir, 'gone.md');
    symlinkSync(join(dir, 'deleted.md'), link);
    checkBeside(link, /no such file|broken/);
  });

  it('a glob that matches nothing', () => {
    checkBeside(join(fresh(), '*.md'), /no drafts match/);
  });

  // Root reads anything: as root (in CI), the check runs without the capabilities that allow it.
  it('a file without read permission', () => {
    const file = join(fresh(), 'secret.md');
    writeFileSync(file, CLEAN);
    chmodSync(file, 0o000);
    checkBeside(file, /permission denied/, { noReadOverride: process.getuid?.() === 0 });
  });
});
