// Shared test helpers: run the engine the way the CLI does, read fixture markers, and fill the
// placeholders a fix leaves for the writer (as a writer would, before re-checking).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Fix, Settings } from '@probity/rules';
import { Engine, type CheckResult } from '../../server/src/engine/engine.js';

export const engine = new Engine();

export function check(text: string, settings: Partial<Settings> = {}): CheckResult {
  return engine.check(text, { settings });
}

/** `<!-- expect rule-a rule-b -->` at the end of a line: those rules must report a finding starting on that line. */
export function expectedMarkers(text: string): string[] {
  const out: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const m of line.matchAll(/<!--\s*expect\s+([\w\s-]+?)\s*-->/g)) {
      for (const rule of m[1].split(/\s+/)) out.push(`${i + 1} ${rule}`);
    }
  });
  return out.sort();
}

export function foundMarkers(result: CheckResult): string[] {
  return result.findings.map((f) => `${result.draft.lines.lineOf(f.start) + 1} ${f.rule}`).sort();
}

export function fixtureFiles(dir: string): { name: string; path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: f, path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

/** What a writer types in place of each placeholder a fix left. */
export const PLACEHOLDER_VALUES: Record<string, string> = {
  '[add your name]': 'Dr Sam Writer',
  '[add your role]': 'GP in Sheffield',
  '[add your interests]': 'I am paid by the brand named above',
  '[add source link]': '([NHS](https://www.nhs.uk/))',
  '[add reason]': 'reviewed with my defence body',
};

export function fillPlaceholders(text: string): string {
  return text.replace(/\[add [^\]\n]{1,40}\]/g, (m) => PLACEHOLDER_VALUES[m] ?? m);
}

/** The parts of `before` outside the fix's edits, in order: they must all survive unchanged. */
export function untouchedParts(before: string, fix: Fix): string[] {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) { parts.push(before.slice(at, e.start)); at = e.end; }
  parts.push(before.slice(at));
  return parts;
}
