// Which findings a writer has silenced with probity-disable comments, and the "Ignore here" fix.
import type { Block, Draft, Fix } from '@probity/rules';
import { fillSnippet } from '@probity/snippets';
import type { Suppression } from './comments.js';
import { isBlank, lines } from '../draft/lines.js';
import type { LineIndex } from '../draft/line-index.js';

const applies = (s: Suppression, rule: string) => s.rules.length === 0 || s.rules.includes(rule);

export class SuppressionIndex {
  constructor(private readonly list: Suppression[], private readonly text: string, private readonly index: LineIndex) {}

  /** The suppression that silences `rule` at `line`, if any. */
  find(rule: string, line: number): Suppression | undefined {
    let region: Suppression | undefined;
    for (const s of this.list) {
      if (!applies(s, rule)) continue;
      if (s.kind === 'disable-file') return s;
      if (s.kind === 'disable-next-line' && this.nextLine(s) === line) return s;
      if (s.line >= line) continue;
      if (s.kind === 'disable') region = s;
      else if (s.kind === 'enable') region = undefined;
    }
    return region;
  }

  /** The first non-blank line after the comment. */
  private nextLine(s: Suppression): number {
    const after = this.index.lineOf(s.end) + 1;
    const start = this.index.starts[after];
    if (start === undefined) return -1;
    let n = after;
    for (const l of lines(this.text, start)) {
      if (!isBlank(l.text)) return n;
      n++;
    }
    return -1;
  }
}

/** A suppression comment, from the one snippet that spells it (`[add reason]` left for the writer). */
const comment = (kind: 'disable-next-line' | 'disable' | 'disable-file', rule: string) =>
  fillSnippet('ignore-next-line', { rule }).replace('probity-disable-next-line', `probity-${kind}`);

/**
 * "Ignore here": a disable-next-line comment above the finding's line when that line starts its
 * block; otherwise a disable/enable pair around the block, so no paragraph is split in two.
 */
export function ignoreFix(draft: Draft & { lines: LineIndex }, rule: string, start: number): Fix {
  const { text, eol, lines: index } = draft;
  const line = index.lineOf(start);
  const lineStart = index.starts[line];
  const block: Block | undefined = draft.blocks.find((b) => b.start <= start && start <= b.end);
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  if (!block || index.lineOf(block.start) === line || block.kind === 'tableCell') {
    return {
      title: `Ignore ${rule} here…`, safe: false,
      edits: [{ start: lineStart, end: lineStart, newText: `${indent}${comment('disable-next-line', rule)}${eol}` }],
    };
  }
  const first = index.starts[index.lineOf(block.start)];
  const lastLine = index.lineOf(block.end);
  const lastEnd = (index.starts[lastLine + 1] ?? text.length);
  const endsWithEol = lastEnd > 0 && /[\r\n]$/.test(text.slice(0, lastEnd));
  return {
    title: `Ignore ${rule} in this paragraph…`, safe: false,
    edits: [
      { start: first, end: first, newText: `${comment('disable', rule)}${eol}` },
      { start: lastEnd, end: lastEnd, newText: `${endsWithEol ? '' : eol}<!-- probity-enable ${rule} -->${endsWithEol ? eol : ''}` },
    ],
  };
}

/** "Disable <rule> in this file": a disable-file comment at the top of the body. */
export function disableFileFix(draft: Draft, rule: string): Fix {
  return {
    title: `Disable ${rule} in this file`, safe: false,
    edits: [{ start: draft.bodyStart, end: draft.bodyStart, newText: `${comment('disable-file', rule)}${draft.eol}` }],
  };
}
