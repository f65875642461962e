// Writing a fixed draft without ever losing it: the new text goes to a temporary file beside the
// draft, is flushed to disk, and replaces the draft by rename, which is atomic on one filesystem.
// If the draft changed on disk since it was read, nothing is written.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class ChangedOnDiskError extends Error {}

export function writeAtomically(path: string, text: string, original: Buffer): void {
  const stat = statSync(path);
  const tmp = join(dirname(path), `.${basename(path)}.probity-${process.pid}-${Date.now()}.tmp`);
  const fd = openSync(tmp, 'wx', stat.mode & 0o7777);
  try {
    // The UTF-8 decoder drops a leading byte order mark, so the text has none: put it back.
    const bom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf && !text.startsWith('\uFEFF');
    writeSync(fd, bom ? `\uFEFF${text}` : text, null, 'utf8');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (!readFileSync(path).equals(original)) throw new ChangedOnDiskError(`${path} changed on disk while it was being checked; it was not rewritten`);
    renameSync(tmp, path);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
}
