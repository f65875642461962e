// Which findings a writer has silenced with probity-disable comments, the "Ignore here" fix, and
// the gentle note on a suppression that gives no real reason.
import { andList, type Block, type Draft, type Fix } from '@probity/rules';
import { fillSnippet, PLACEHOLDER } from '@probity/snippets';
import type { Suppression } from './comments.js';
import type { Finding } from './engine.js';
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
 * block; otherwise a disable/enable pair around the paragraph, so no paragraph is split in two, or
 * around the table, since a comment line between two rows would end the table there.
 */
export function ignoreFix(draft: Draft & { lines: LineIndex }, rule: string, start: number): Fix {
  const { text, eol, lines: index } = draft;
  const line = index.lineOf(start);
  const lineStart = index.starts[line];
  const at = draft.blocks.findIndex((b) => b.start <= start && start <= b.end);
  const block: Block | undefined = draft.blocks[at];
  if (block?.kind === 'tableCell') {
    const [first, last] = tableAround(draft, at);
    return wrap(draft, rule, first.start, last.end, `Ignore ${rule} in this table…`);
  }
  if (!block || index.lineOf(block.start) === line) {
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    return {
      title: `Ignore ${rule} here…`, safe: false,
      edits: [{ start: lineStart, end: lineStart, newText: `${indent}${comment('disable-next-line', rule)}${eol}` }],
    };
  }
  return wrap(draft, rule, block.start, block.end, `Ignore ${rule} in this paragraph…`);
}

/** The first and last cells of the table holding cell `at`: cells with no blank line between them. */
function tableAround(draft: Draft, at: number): [Block, Block] {
  const { blocks, text } = draft;
  const joined = (a: Block, b: Block) => b.kind === 'tableCell' && a.post === b.post && !/\n[ \t]*\r?\n|\r[ \t]*\r/.test(text.slice(a.end, b.start));
  let first = at, last = at;
  while (first > 0 && joined(blocks[first - 1], blocks[first])) first--;
  while (last + 1 < blocks.length && joined(blocks[last], blocks[last + 1])) last++;
  return [blocks[first], blocks[last]];
}

/** A disable/enable pair on lines of their own around the lines from `start` to `end`. */
function wrap(draft: Draft & { lines: LineIndex }, rule: string, start: number, end: number, title: string): Fix {
  const { text, eol, lines: index } = draft;
  const first = index.starts[index.lineOf(start)];
  const lastEnd = index.starts[index.lineOf(end) + 1] ?? text.length;
  const endsWithEol = lastEnd > 0 && /[\r\n]$/.test(text.slice(0, lastEnd));
  return {
    title, safe: false,
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

/** The id of the note on a suppression without a real reason (an engine check, not a rule). */
export const REASON_CHECK = 'suppression-reason';

/**
 * Why a suppression's reason is no reason: none given, or still a placeholder such as the
 * `[add reason]` that "Ignore here…" inserts. Undefined when it has one, or needs none (an enable).
 */
export function missingReason(s: Suppression): 'missing' | 'placeholder' | undefined {
  if (s.kind === 'enable') return undefined;
  if (!s.reason) return 'missing';
  return new RegExp(PLACEHOLDER.source).test(s.reason) ? 'placeholder' : undefined;
}

/**
 * One information finding for each suppression without a real reason, on its placeholder or on the
 * whole comment. The reason is the audit trail a medico-legal adviser reads later
 * (`probity check --list-suppressions`), so the editor asks for it while the writer is there.
 */
export function reasonFindings(list: readonly Suppression[], text: string): Finding[] {
  const out: Finding[] = [];
  for (const s of list) {
    const why = missingReason(s);
    if (!why) continue;
    const what = s.rules.length === 0 ? 'every check' : andList(s.rules);
    const where = s.kind === 'disable-file' ? ' in this file' : s.kind === 'disable' ? ' until it is enabled again' : '';
    let start = s.start, end = s.end, message: string;
    if (why === 'placeholder') {
      const m = new RegExp(PLACEHOLDER.source).exec(text.slice(s.start, s.end))!;
      start = s.start + m.index;
      end = start + m[0].length;
      message = `The reason for ignoring ${what}${where} is still '${m[0]}': write why, for the audit trail`;
    } else {
      message = `No reason is given for ignoring ${what}${where}: add one after ' -- ', for the audit trail`;
    }
    out.push({ rule: REASON_CHECK, severity: 'information', title: 'Give a reason for ignoring a finding', message, start, end, fixes: [], guidance: [] });
  }
  return out;
}
