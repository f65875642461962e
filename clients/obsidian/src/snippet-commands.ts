// The "insert" commands: the texts from snippets/probity.json, filled from the settings. Obsidian
// has no snippet engine, so tab stops become visible placeholders ("[add your name]") and the
// first one left in the inserted text is selected, ready to type over.
import { fillSnippet, PLACEHOLDER } from '@probity/snippets';
import { interestList, type ProbitySettings } from './settings.js';

export interface SnippetCommand {
  id: string;
  name: string;
  /** 'post-start': where a reader sees it first (an ad label); 'cursor': replaces the selection. */
  at: 'post-start' | 'cursor';
  text(settings: ProbitySettings): string;
}

export const SNIPPET_COMMANDS: readonly SnippetCommand[] = [
  {
    id: 'insert-ad-label', name: 'Insert ad label at the start of the post', at: 'post-start',
    text: () => fillSnippet('ad-label'),
  },
  {
    id: 'insert-credentials-line', name: 'Insert credentials line', at: 'cursor',
    text: (s) => fillSnippet('credentials-line', { author: s.author, credentials: s.credentials }),
  },
  {
    id: 'insert-signposting', name: 'Insert signposting text', at: 'cursor',
    text: (s) => s.signposting.trim() || fillSnippet(`signposting-${s.jurisdiction}`),
  },
  {
    id: 'insert-declaration-of-interests', name: 'Insert declaration of interests', at: 'cursor',
    text: (s) => fillSnippet('declaration-of-interests', { interests: interestList(s).join('; ') }),
  },
];

export interface Insertion { from: number; to: number; insert: string; select: { from: number; to: number } }

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SKIPPED_AT_POST_START = /^\s*$|^ {0,3}#{1,6}(\s|$)|^\s*!\[[^\]]*\]\([^)]*\)\s*$|^\s*!\[\[[^\]]*\]\]\s*$/;
const LINE_PREFIX = /^(?: {0,3}>\s?)*(?:\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)?/;

/**
 * Where a label goes so a reader meets it first: the start of the post holding the cursor (after
 * front matter, after the `---` line that begins a thread post), past a title heading and a lead
 * image, and past a list or quote marker so the Markdown structure stays intact. The engine's
 * "insert #AD" fix chooses the same spot for the first post.
 */
export function postStart(text: string, cursor: number): number {
  const lines: { start: number; text: string }[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, text: text.slice(start, end).replace(/\r$/, '') });
    if (nl < 0) break;
    start = nl + 1;
  }
  let body = 0;
  if (lines.length > 1 && /^---[ \t]*$/.test(lines[0].text)) {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(l.text));
    if (close > 0) body = close + 1;
  }
  let postFirst = body;
  let fence: string | null = null;
  for (let i = body; i < lines.length && lines[i].start <= cursor; i++) {
    const m = FENCE.exec(lines[i].text);
    if (fence === null && m) fence = m[1][0];
    else if (fence !== null && m && m[1][0] === fence) fence = null;
    else if (fence === null && /^---[ \t]*$/.test(lines[i].text) && lines[i].start + lines[i].text.length < cursor) postFirst = i + 1;
  }
  for (let i = postFirst; i < lines.length; i++) {
    if (/^---[ \t]*$/.test(lines[i].text)) break;
    if (SKIPPED_AT_POST_START.test(lines[i].text)) continue;
    return lines[i].start + LINE_PREFIX.exec(lines[i].text)![0].length;
  }
  return lines[postFirst]?.start ?? text.length;
}

export function planInsertion(command: SnippetCommand, settings: ProbitySettings, text: string,
  selection: { from: number; to: number }): Insertion {
  const insert = command.text(settings);
  const from = command.at === 'post-start' ? postStart(text, selection.from) : selection.from;
  const to = command.at === 'post-start' ? from : selection.to;
  const placeholder = new RegExp(PLACEHOLDER.source).exec(insert);
  const select = placeholder
    ? { from: from + placeholder.index, to: from + placeholder.index + placeholder[0].length }
    : { from: from + insert.length, to: from + insert.length };
  return { from, to, insert, select };
}
