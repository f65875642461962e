// Character counts as each platform counts them. X weighs characters and shortens links with its
// own rules, so twitter-text (X's published counting library) is used rather than a guess;
// Bluesky counts graphemes, which Intl.Segmenter gives exactly.
import twitter from 'twitter-text';
import type { Platform } from '../types.js';

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
    case 'x': return twitter.parseTweet(text).weightedLength;
    case 'mastodon': return [...text.replace(URL, 'x'.repeat(23))].length;
    default: return countGraphemes(text);
  }
}

/** The text a platform receives for a post: no HTML comments, no Markdown image syntax. */
export function postedText(source: string): string {
  return source.replace(/<!--[\s\S]*?-->/g, '').replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '').trim();
}
