// Facts about a draft that several rules share: whether a post is a reply, and where it opens.
import type { Block, Draft, Edit, Post } from '../types.js';

/** An @handle, or a Reddit user's u/name, that a block opens by addressing. */
const HANDLE_START = /^\s*(?:@[\w.]{2,}|u\/[\w-]{3,})/u;
/** A note that says the post answers someone: "Replying to @ellie", "*Reddit comment replying to u/otter's post*". */
const REPLYING_TO = /\brepl(?:y|ying|ied)[ \t]+to[ \t]+(?:@|u\/)[\w.-]{2,}/iu;

/** "Jo (pharmacist) replied:", "Reply:", "Replying to Sam": the line that heads an answer in a thread or a group. */
const REPLY_LINE = /^\s*(?:[^\n]{1,60}[ \t]replied[ \t]?:|reply[ \t]?:|replying[ \t]to\b)/iu;

/**
 * A post that opens by addressing an @handle (or a u/name) is a reply to one person, as is one whose
 * opening note says it replies to one, or whose note is followed by a block that opens with the
 * handle ("@shiv asked: …"); so is one that opens by quoting someone's question (a group post, a
 * comment) and answers it under a "… replied:" line.
 */
export const isReply = (post: Post): boolean => {
  const [first, second] = post.blocks;
  if (!first) return false;
  if (HANDLE_START.test(first.prose) || REPLYING_TO.test(first.prose)) return true;
  if (second !== undefined && first.prose.length <= 200 && !first.prose.includes('@') && HANDLE_START.test(second.prose) && /\basked\b|\?/.test(second.prose)) return true;
  return first.kind === 'quote' && first.prose.includes('?') && second !== undefined && REPLY_LINE.test(second.prose);
};

export const postOf = (draft: Draft, block: Block): Post => draft.posts[block.post];

/** The blocks of `block`'s post from `before` blocks before it to `after` blocks after it, itself included. */
export const around = (draft: Draft, block: Block, before: number, after: number): Block[] =>
  draft.blocks.slice(Math.max(0, block.index - before), block.index + after + 1).filter((b) => b.post === block.post);

/** The block after `block` in its post. */
export const nextInPost = (draft: Draft, block: Block): Block | undefined => {
  const next = draft.blocks[block.index + 1];
  return next?.post === block.post ? next : undefined;
};

/** The block where a post's own text starts (after a blog's title). */
export const openingBlock = (post: Post): Block | undefined => post.blocks.find((b) => b.start >= post.insertAt) ?? post.blocks[0];

/** Offset of the end of the line holding `offset`, before its line ending. */
export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/**
 * An edit replacing the block's prose [start, end) with `newText`. Dropping a word takes the space
 * before it too: "farmer from Skipton came" -> "farmer came".
 */
export function replaceProse(block: Block, start: number, end: number, newText: string): Edit {
  const from = newText === '' && block.prose[start - 1] === ' ' ? start - 1 : start;
  return { ...block.toSource(from, end), newText };
}

/** End of a post's last non-blank character. */
export function postTextEnd(draft: Draft, post: Post): number {
  let end = post.end;
  while (end > post.start && /\s/.test(draft.text[end - 1])) end--;
  return end;
}

/**
 * Where a credentials line goes: a byline under a blog post's title (or at its start), else at the
 * end of a thread's first post. The credentials check's fix and the editors' insert command share it.
 */
export function credentialsAt(draft: Draft): { at: number; byline: boolean } {
  const post = draft.posts[0];
  const byline = post.blocks[0]?.kind === 'heading';
  return { at: byline ? post.insertAt : postTextEnd(draft, post), byline };
}

/** Where a new paragraph can go after `block` without breaking a table or a list item apart. */
export function afterBlock(draft: Draft, block: Block): number {
  if (block.kind === 'tableCell') return postTextEnd(draft, postOf(draft, block));
  return lineEnd(draft.text, block.end);
}
