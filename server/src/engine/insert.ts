// The editors' insert commands ("Insert ad label", "Insert credentials line", …): what goes where,
// decided once here so every client inserts the same text in the same place, and in the place the
// checks look for it: the ad label where ad-disclosure's fix puts it, the credentials line where
// credentials' fix puts it. Only signposting, which replaces advice the writer picked, goes at the
// selection.
import { credentialsAt, type Draft, type Edit, type SnippetName } from '@probity/rules';
import { lineEndAt, lineStartAt } from '../draft/lines.js';

export const INSERT_KINDS = ['ad-label', 'credentials-line', 'signposting', 'declaration-of-interests'] as const;
export type InsertKind = (typeof INSERT_KINDS)[number];

export type Insertion = { edit: Edit; message?: undefined } | { edit?: undefined; message: string };

const blankBetween = (text: string, from: number, to: number) => /^[ \t]*$/.test(text.slice(from, to));

/**
 * `line` as a paragraph of its own at `at`: blank lines added before and after where the text
 * around would otherwise run into it (a list item or a paragraph it would join).
 */
export function asParagraph(draft: Pick<Draft, 'text' | 'eol'>, at: number, line: string): Edit {
  const { text, eol } = draft;
  const lineStart = lineStartAt(text, at), lineEnd = lineEndAt(text, at);
  let before = '';
  if (!blankBetween(text, lineStart, at)) before = eol + eol;
  else if (lineStart > 0 && !blankBetween(text, lineStartAt(text, lineStart - 1), lineStart - 1)) before = eol;
  let after = '';
  if (!blankBetween(text, at, lineEnd)) after = eol + eol;
  else if (lineEnd < text.length) {
    const next = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
    if (next < text.length && !blankBetween(text, next, lineEndAt(text, next))) after = eol;
  }
  return { start: at, end: at, newText: before + line + after };
}

/** End of the post holding `offset`, before its trailing blank lines. */
function postEnd(draft: Draft, offset: number): number {
  const post = draft.posts.find((p) => offset <= p.end) ?? draft.posts[draft.posts.length - 1];
  if (!post) return draft.text.length;
  let end = post.end;
  while (end > post.start && /\s/.test(draft.text[end - 1])) end--;
  return end;
}

/**
 * The edit for an insert command, or why there is none. `selection` is the writer's, in offsets;
 * `snippet` gives a snippet's text filled from the draft's settings (Engine's snippetFor).
 */
export function planInsert(draft: Draft, kind: InsertKind, selection: { start: number; end: number },
  snippet: (name: SnippetName) => string): Insertion {
  const { text } = draft;
  switch (kind) {
    case 'ad-label': {
      const post = draft.posts[0];
      const at = post ? post.insertAt : draft.bodyStart;
      const label = snippet('ad-label');
      if (text.slice(at, at + label.trim().length).toLowerCase() === label.trim().toLowerCase()) {
        return { message: `The post already starts with ${label.trim()}.` };
      }
      return { edit: { start: at, end: at, newText: label } };
    }
    case 'credentials-line': {
      if (draft.posts.length === 0) return { edit: { start: draft.bodyStart, end: draft.bodyStart, newText: snippet('credentials-line') } };
      const { at, byline } = credentialsAt(draft);
      // A byline goes above the opening paragraph, list or quote, not inside its first line.
      return { edit: asParagraph(draft, byline ? lineStartAt(text, at) : at, snippet('credentials-line')) };
    }
    case 'declaration-of-interests':
      return { edit: asParagraph(draft, postEnd(draft, selection.start), snippet('declaration-of-interests')) };
    case 'signposting':
      return { edit: { start: selection.start, end: selection.end, newText: snippet('signposting') } };
  }
}
