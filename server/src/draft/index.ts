// Builds the Draft model: front matter, posts of a thread, and per post the prose blocks and
// sentences with exact offsets. Chunks are parsed once per distinct text and cached.
import type { Block, Draft, Platform, Post, Range, Sentence, Settings } from '@probity/rules';
import { parseChunk, type ChunkBlock } from './blocks.js';
import { readFrontMatter } from './front-matter.js';
import { LineIndex } from './line-index.js';
import { hasThreadSeparator, splitChunks, splitPosts } from './split.js';

const SHORT_POST_PLATFORMS: readonly Platform[] = ['x', 'bluesky', 'threads', 'mastodon'];

/** Parsed chunks by their text; bounded so that a long session cannot grow it without limit. */
export class ChunkCache {
  private map = new Map<string, ChunkBlock[]>();
  constructor(private readonly limit = 20_000) {}
  get(text: string): ChunkBlock[] {
    let blocks = this.map.get(text);
    if (!blocks) {
      blocks = parseChunk(text);
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(text, blocks);
    }
    return blocks;
  }
}

class BlockView implements Block {
  readonly start: number;
  readonly end: number;
  readonly links: Block['links'];
  constructor(private readonly rel: ChunkBlock, private readonly base: number, readonly line: number, readonly post: number) {
    this.start = base + rel.start;
    this.end = base + rel.end;
    this.links = rel.links.map((l) => ({ url: l.url, start: base + l.start, end: base + l.end }));
  }
  get kind() { return this.rel.kind; }
  get prose() { return this.rel.prose; }
  get sentences(): readonly Sentence[] { return this.rel.sentences; }
  get imageUrl() { return this.rel.imageUrl; }
  get key() { return `${this.rel.kind}\u0000${this.rel.prose}`; }

  toSource(proseStart: number, proseEnd: number): Range {
    const { segProse, segSource, segLength } = this.rel;
    if (segProse.length === 0) return { start: this.start, end: this.start };
    // Last segment starting at or before p.
    const find = (p: number) => {
      let lo = 0, hi = segProse.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segProse[mid] <= p) lo = mid; else hi = mid - 1;
      }
      return lo;
    };
    const mapStart = (p: number) => {
      const i = find(p);
      if (p < segProse[i] + segLength[i] || i === segProse.length - 1) return segSource[i] + Math.min(p - segProse[i], segLength[i]);
      return segSource[i + 1]; // in a gap: the next real character
    };
    const mapEnd = (p: number) => {
      const i = find(Math.max(0, p - 1));
      return segSource[i] + Math.min(Math.max(p - segProse[i], 0), segLength[i]);
    };
    const start = this.base + mapStart(Math.max(0, proseStart));
    const end = this.base + mapEnd(Math.min(this.rel.prose.length, proseEnd));
    return { start, end: Math.max(start, end) };
  }
}

export interface DraftInput {
  text: string;
  /** Settings from the layers below front matter (defaults, probity.json, editor). */
  resolveSettings(frontMatter: Record<string, unknown>, frontMatterError?: string): Settings;
  cache: ChunkCache;
}

export function buildDraft({ text, resolveSettings, cache }: DraftInput): Draft & { lines: LineIndex } {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = readFrontMatter(text, from);
  const settings = resolveSettings(fm.data, fm.error);
  const platform = settings.platform ?? 'blog';
  const isThread = SHORT_POST_PLATFORMS.includes(platform)
    || (settings.platform !== 'blog' && hasThreadSeparator(text, fm.bodyStart));
  const lines = new LineIndex(text);
  const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n';

  const posts: Post[] = [];
  const all: Block[] = [];
  splitPosts(text, fm.bodyStart, isThread).forEach((range, index) => {
    const blocks: Block[] = [];
    for (const chunk of splitChunks(text, range)) {
      for (const rel of cache.get(text.slice(chunk.start, chunk.end))) {
        blocks.push(new BlockView(rel, chunk.start, lines.lineOf(chunk.start + rel.start), index));
      }
    }
    const firstText = blocks.find((b, i) => !(i === 0 && b.kind === 'heading') && b.kind !== 'imageAlt' && b.kind !== 'heading')
      ?? blocks[0];
    posts.push({
      index, start: range.start, end: range.end, line: lines.lineOf(range.start), blocks,
      insertAt: firstText ? firstText.start : range.start,
    });
    all.push(...blocks);
  });

  return {
    text, settings, platform, isThread, frontMatter: fm.data, bodyStart: fm.bodyStart,
    posts, blocks: all, eol, lines,
  };
}
