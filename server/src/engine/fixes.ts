// Applying fixes: plain text edits over the original text. Edits that would overlap an edit already
// taken are left for the next pass (as ESLint does), so applying never mangles the text.
import type { Edit, Fix } from '@probity/rules';

export function isValidFix(fix: Fix, textLength: number): boolean {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (!(e.start >= 0 && e.end >= e.start && e.end <= textLength)) return false;
    if (i > 0 && edits[i - 1].end > e.start) return false;
  }
  return true;
}

/** Applies as many of `fixes` as can be applied together; a fix is applied whole or not at all. */
export function applyFixesDetailed(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[]; skipped: Fix[] } {
  const taken: Edit[] = [];
  const applied: Fix[] = [], skipped: Fix[] = [];
  const clashes = (a: Edit, b: Edit) =>
    a.start < b.end && b.start < a.end || a.start === b.start || (a.start === a.end && a.start === b.end) || (b.start === b.end && b.start === a.end);
  for (const fix of fixes) {
    if (!isValidFix(fix, text.length) || fix.edits.some((e) => taken.some((t) => clashes(e, t)))) {
      skipped.push(fix);
      continue;
    }
    taken.push(...fix.edits);
    applied.push(fix);
  }
  // From the end backwards; at one offset the replacement first and the insertion after it, so the
  // inserted text lands in front of the replacement instead of being deleted by it.
  taken.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of taken) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, applied, skipped };
}

export function applyFixes(text: string, fixes: readonly Fix[]): string {
  return applyFixesDetailed(text, fixes).text;
}
