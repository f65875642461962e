// Character counts as each platform counts them. X weighs characters and shortens links with its
// own rules, so twitter-text (X's published counting library) is used rather than a guess; it takes
// ~150 ms to load (core-js), so it loads on the first X post. Bluesky counts graphemes, which
// Intl.Segmenter gives exactly.
import type twitterType from 'twitter-text';
import type { Platform } from '../types.js';
import { loadPackage } from './lazy-package.js';

declare const require: (id: string) => unknown;
let twitter: typeof twitterType | undefined;

export const LIMITS: Partial<Record<Platform, { limit: number; counts: string }>> = {
  x: { limit: 280, counts: 'X counts them' },
  bluesky: { limit: 300, counts: 'Bluesky counts them (graphemes)' },
  threads: { limit: 500, counts: 'Threads counts them' },
  mastodon: { limit: 500, counts: 'Mastodon counts them (links as 23)' },
};

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const countGraphemes = (s: string) => { let n = 0; for (const _ of graphemes.segment(s)) n++; return n; };
const URL = /\bhttps?:\/\/[^\s<>()]+/g;

export function countFor(platform: Platform, text: string): number {
  switch (platform) {
    case 'x':
      twitter ??= loadPackage<typeof twitterType>('twitter-text', () => require('twitter-text'));
      return twitter.parseTweet(text).weightedLength;
    case 'mastodon': return [...text.replace(URL, 'x'.repeat(23))].length;
    default: return countGraphemes(text);
  }
}

/** The text a platform receives for a post: no HTML comments, no Markdown image syntax. */
export function postedText(source: string): string {
  return withoutImages(withoutComments(source)).trim();
}

// Both strippers scan once. The regexes they replace (/<!--[\s\S]*?-->/g and
// /!\[[^\]\n]*\]\([^)\n]*\)/g) rescan to the end of the text from every unclosed opener, which is
// quadratic: a pasted line of 30,000 '<!--' or '![' took seconds.

/** Removes every `<!-- ... -->`, as the lazy regex does (leftmost opener, first closer after it). */
function withoutComments(s: string): string {
  let out = '', from = 0;
  for (;;) {
    const open = s.indexOf('<!--', from);
    if (open < 0) break;
    const close = s.indexOf('-->', open + 4);
    if (close < 0) break; // no later opener can close either
    out += s.slice(from, open);
    from = close + 3;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Removes every `![alt](url)` on one line (alt without ']', url without ')'). */
function withoutImages(s: string): string {
  // First index at or after `p` holding one of two stop characters; remembered, since the scan
  // positions only grow and a stop found once is the answer for every position before it.
  const finder = (a: string, b: string) => {
    let from = -1, found = -1;
    return (p: number) => {
      if (p < from || p > found) {
        const i = s.indexOf(a, p), j = s.indexOf(b, p);
        found = i < 0 ? (j < 0 ? s.length : j) : j < 0 ? i : Math.min(i, j);
      }
      from = p;
      return found;
    };
  };
  const altEnd = finder(']', '\n'), urlEnd = finder(')', '\n');
  let out = '', from = 0;
  for (let i = s.indexOf('![', 0); i >= 0; i = s.indexOf('![', i + 1)) {
    if (i < from) continue;
    const k = altEnd(i + 2);
    if (s[k] !== ']' || s[k + 1] !== '(') continue;
    const m = urlEnd(k + 2);
    if (s[m] !== ')') continue;
    out += s.slice(from, i);
    from = m + 1;
    i = m;
  }
  return from === 0 ? s : out + s.slice(from);
}
