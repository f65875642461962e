// "Copy post for publishing": the text of one post as it goes on the platform. Front matter and the
// thread's `---` separators are not part of a post; Probity's own comments (suppressions and their
// reasons, inline settings) are drafting notes and come out too. The platforms take plain text in
// which every line break shows, so line breaks are "\n", and Markdown's marks for a hard line break
// (two trailing spaces or a trailing backslash) would show as stray characters: they go.
import type { Draft, Platform } from '@probity/rules';
import { SETTINGS, SUPPRESSION } from './comments.js';

export interface PostText {
  text: string;
  /** 0-based index of the post, and how many posts the draft has. */
  post: number;
  posts: number;
  platform: Platform;
}

/** The post holding `offset` (the next one when it falls on a separator), or the last. */
export function postIndexAt(draft: Draft, offset: number): number {
  const i = draft.posts.findIndex((p) => offset <= p.end);
  return i < 0 ? Math.max(0, draft.posts.length - 1) : i;
}

// Stands for a removed comment while lines are looked at one by one (a comment may span lines).
// Lines are then trimmed with string methods, not regexes: a pasted line of a million tabs stays linear.
const GONE = '\u0000';

export function publishText(source: string): string {
  const out: string[] = [];
  for (const line of source.split(GONE).join('').replace(SUPPRESSION, GONE).replace(SETTINGS, GONE).split(/\r\n|\r|\n/)) {
    let text = line;
    if (line.includes(GONE)) {
      const parts = line.split(GONE);
      // A line that held only comments goes altogether, so no blank line is left in its place.
      if (parts.every((p) => p.trim() === '')) continue;
      text = parts.map((p, i) => (i > 0 ? p.trimStart() : p)).map((p, i, all) => (i < all.length - 1 ? p.trimEnd() : p))
        .filter((p) => p !== '').join(' ');
    }
    if (text.endsWith('\\')) text = text.slice(0, -1);
    text = text.trimEnd();
    // One blank line between paragraphs at most, and none before the post.
    if (text === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(text);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

export function postForPublishing(draft: Draft, offset: number): PostText {
  const index = postIndexAt(draft, offset);
  const post = draft.posts[index];
  const source = post ? draft.text.slice(post.start, post.end) : draft.text.slice(draft.bodyStart);
  return { text: publishText(source), post: index, posts: Math.max(1, draft.posts.length), platform: draft.platform };
}
