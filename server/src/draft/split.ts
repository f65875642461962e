// Splits a draft's body into posts (lines holding only `---`) and each post into chunks that the
// Markdown parser can read on their own (blank-line separated, never inside a code fence, a long
// run of lines in pieces: pieces.ts), so that an edit re-parses only the chunk it touches.
import type { Range } from '@probity/rules';
import { FenceTracker, isBlank, isThreadSeparator, lines } from './lines.js';
import { cutRun, type Piece } from './pieces.js';

export function splitPosts(text: string, from: number, thread: boolean): Range[] {
  if (!thread) return [{ start: from, end: text.length }];
  const posts: Range[] = [];
  const fence = new FenceTracker();
  let start = from;
  for (const line of lines(text, from)) {
    if (fence.feed(line.text)) continue;
    if (isThreadSeparator(line.text)) {
      posts.push({ start, end: line.start });
      start = line.next;
    }
  }
  posts.push({ start, end: text.length });
  return posts;
}

export function hasThreadSeparator(text: string, from: number): boolean {
  const fence = new FenceTracker();
  for (const line of lines(text, from)) {
    if (!fence.feed(line.text) && isThreadSeparator(line.text)) return true;
  }
  return false;
}

/**
 * Chunks of a post. A blank line ends a chunk unless it is inside a fence or the next line is
 * indented (a list item's continuation or indented code belongs with what comes before). A chunk
 * cut from the one before it in a long run says so (`joined`): splitting again must take the run whole.
 */
export function splitChunks(text: string, post: Range): Piece[] {
  const chunks: Piece[] = [];
  const fence = new FenceTracker();
  let start = -1;
  let lastEnd = post.start;
  let pendingBreak = false;
  for (const line of lines(text, post.start, post.end)) {
    const inFence = fence.feed(line.text);
    if (!inFence && isBlank(line.text)) {
      if (start >= 0) pendingBreak = true;
      continue;
    }
    if (start >= 0 && pendingBreak && !/^[ \t]/.test(line.text)) {
      for (const piece of cutRun(text, start, lastEnd)) chunks.push(piece);
      start = -1;
    }
    pendingBreak = false;
    if (start < 0) start = line.start;
    lastEnd = line.end;
  }
  if (start >= 0) for (const piece of cutRun(text, start, lastEnd)) chunks.push(piece);
  return chunks;
}
