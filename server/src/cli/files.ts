// Finding drafts from the command line's paths, directories and globs, and reading them safely:
// binary files and invalid UTF-8 are refused with a message rather than checked as garbage.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const DRAFT_EXTENSIONS = /\.(?:md|markdown)$/i;

export interface Target { path: string; fromStdin?: boolean }
export interface TargetError { path: string; message: string }

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile() && DRAFT_EXTENSIONS.test(entry.name)) out.push(p);
  }
}

export function expandTargets(args: string[]): { targets: Target[]; errors: TargetError[] } {
  const targets: Target[] = [], errors: TargetError[] = [];
  const seen = new Set<string>();
  const add = (path: string) => { if (!seen.has(path)) { seen.add(path); targets.push({ path }); } };
  for (const arg of args) {
    if (arg === '-') { targets.push({ path: '<stdin>', fromStdin: true }); continue; }
    let stat;
    try { stat = statSync(arg); } catch (e) {
      if (isDynamicPattern(arg)) {
        const matches = globSync(arg, { onlyFiles: true }).filter((p) => DRAFT_EXTENSIONS.test(p)).sort();
        if (matches.length === 0) errors.push({ path: arg, message: 'no drafts match this pattern' });
        matches.forEach(add);
      } else {
        errors.push({ path: arg, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : `cannot read it (${(e as NodeJS.ErrnoException).code})` });
      }
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      try { walk(arg, found); } catch (e) { errors.push({ path: arg, message: `cannot read the directory (${(e as NodeJS.ErrnoException).code})` }); continue; }
      if (found.length === 0) errors.push({ path: arg, message: 'no .md or .markdown drafts in this directory' });
      found.forEach(add);
    } else add(arg);
  }
  return { targets, errors };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a draft, or says in one line why it cannot be checked. */
export function decodeDraft(bytes: Uint8Array): { text: string } | { error: string } {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: 'this looks like a binary file, not a Markdown draft' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: 'this file is not valid UTF-8 text; save it as UTF-8 and try again' };
  }
}

export function readDraft(path: string): { text: string; bytes: Buffer } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'this is a directory' : `cannot read it (${code ?? (e as Error).message})` };
  }
  const decoded = decodeDraft(bytes);
  return 'error' in decoded ? decoded : { text: decoded.text, bytes };
}
