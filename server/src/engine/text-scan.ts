// Two questions the engine asks of the whole text before it builds the draft: might a line exceed
// a bound (limits.ts), and does the text hold any comment of ours (comments.ts)? Each scan of a long
// draft costs about a tenth of a millisecond, and there were six of them on every keystroke. Both
// answers are local to a line or a few characters, so after an edit of a text already scanned only
// the edited lines are looked at, unless the old text's answer was yes (then the whole text is).
import type { TextEdit } from '../draft/layout.js';
import { afterBreak, lineEndAt, lineStartAt } from '../draft/lines.js';
import { MAX_CHECKED, mayExceed } from './limits.js';

export interface TextScan {
  /** False when no line can reach a limit: `findLimit` need not walk the lines. */
  mayExceed: boolean;
  /** False when the text has no `probity-` comment: no suppressions or inline settings to read. */
  comments: boolean;
}

const MARK = 'probity-';

/** The scan of `text`; with the scan of the text it was edited from, only the edit is looked at. */
export function scanText(text: string, before?: { scan: TextScan; edit: TextEdit; length: number }): TextScan {
  // Near the bound a line can move across it without being edited: scan it all.
  if (!before || text.length >= MAX_CHECKED || before.length >= MAX_CHECKED) {
    return { mayExceed: mayExceed(text, MAX_CHECKED), comments: text.includes(MARK) };
  }
  const { scan, edit } = before;
  // Whole lines around the edit, from the line before it (a CR whose LF was deleted ends it).
  const from = lineStartAt(text, Math.max(0, edit.start - 1));
  const end = lineEndAt(text, edit.newEnd);
  const to = Math.min(text.length, afterBreak(text, end));
  return {
    mayExceed: scan.mayExceed ? mayExceed(text, MAX_CHECKED) : mayExceed(text.slice(from, to), to - from),
    comments: scan.comments
      ? text.includes(MARK)
      : text.slice(Math.max(0, edit.start - MARK.length + 1), edit.newEnd + MARK.length - 1).includes(MARK),
  };
}
