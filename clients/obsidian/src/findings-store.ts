// How many findings each note has, for the status bar. Plain module: no Obsidian, no DOM.
import type { SeverityName, ShownFinding } from './convert.js';

export interface NoteCounts { total: number; bySeverity: Record<SeverityName, number> }

export class FindingsStore {
  private readonly counts = new Map<string, NoteCounts>();
  private readonly listeners = new Set<(path: string) => void>();

  set(path: string, findings: readonly ShownFinding[]): void {
    const bySeverity: Record<SeverityName, number> = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const f of findings) bySeverity[f.severity]++;
    this.counts.set(path, { total: findings.length, bySeverity });
    for (const l of this.listeners) l(path);
  }

  get(path: string): NoteCounts | undefined { return this.counts.get(path); }

  onChange(listener: (path: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void { this.counts.clear(); }
}

/** The status bar's words for the active note: empty when it is not a checked note. */
export function statusText(counts: NoteCounts | undefined): string {
  if (!counts) return '';
  if (counts.total === 0) return 'Probity: no findings';
  const { error } = counts.bySeverity;
  const noun = counts.total === 1 ? 'finding' : 'findings';
  return error > 0
    ? `Probity: ${counts.total} ${noun} (${error} ${error === 1 ? 'error' : 'errors'})`
    : `Probity: ${counts.total} ${noun}`;
}
