// The Draft model: posts, blocks and sentences with exact offsets, whatever the line endings,
// a BOM or astral characters; code, URLs, comments and front matter never read as prose.
import { describe, expect, it } from 'vitest';
import type { Block } from '@probity/rules';
import { check } from '../helpers/check.js';

const draftOf = (text: string) => check(text).draft;
/** Every prose character that maps to source maps to the same character. */
function expectExactMapping(text: string, block: Block) {
  for (const s of block.sentences) {
    const r = block.toSource(s.start, s.end);
    const src = text.slice(r.start, r.end);
    // The source may hold markup the prose dropped (emphasis markers), never different words.
    const words = s.text.split(/\s+/).filter((w) => /^[\p{L}\p{N}]+$/u.test(w));
    for (const w of words) expect(src).toContain(w);
    expect(r.start).toBeGreaterThanOrEqual(block.start);
    expect(r.end).toBeLessThanOrEqual(block.end);
  }
}

describe('Draft model', () => {
  it('splits a thread into posts on lines holding only ---, after front matter', () => {
    const text = '---\nplatform: x\n---\nFirst post.\n---\nSecond post.\n---\nThird.\n';
    const d = draftOf(text);
    expect(d.isThread).toBe(true);
    expect(d.posts.map((p) => text.slice(p.blocks[0].start, p.blocks[0].end))).toEqual(['First post.', 'Second post.', 'Third.']);
    expect(d.posts.map((p) => p.line)).toEqual([3, 5, 7]);
  });

  it('does not split a blog on a thematic break, nor anything inside a code fence', () => {
    const blog = '---\nplatform: blog\n---\n# Title\n\nOne.\n\n---\n\nTwo.\n';
    expect(draftOf(blog).posts).toHaveLength(1);
    const fenced = 'Intro.\n\n```\n---\ncode\n```\n---\nSecond post.\n';
    const d = draftOf(fenced);
    expect(d.posts).toHaveLength(2);
    expect(d.blocks.map((b) => b.prose)).toEqual(['Intro.', 'Second post.']);
  });

  it('keeps code, inline code, URLs, HTML comments and front matter out of prose; keeps image alt text and link text', () => {
    const text = [
      '---', 'author: Dr A', '---',
      'Use `cures` here <!-- cures --> and see https://example.com/cures or [the NHS page](https://nhs.uk/x).',
      '', '```', 'miracle cure', '```', '', '![A ward selfie](ward.jpg)', '',
    ].join('\n');
    const d = draftOf(text);
    const prose = d.blocks.map((b) => `${b.kind}:${b.prose}`);
    expect(prose).toEqual(['paragraph:Use  here  and see  or the NHS page.', 'imageAlt:A ward selfie']);
    expect(d.blocks[0].links.map((l) => l.url)).toEqual(['https://example.com/cures', 'https://nhs.uk/x']);
  });

  it('keeps offsets exact with CRLF, a BOM, emoji, flags and other astral characters', () => {
    const text = '\uFEFF---\r\nplatform: x\r\n---\r\n👩🏽‍⚕️ Night 2 🇬🇧 done.\r\nSecond 𝒜 line here.\r\n---\r\nNext post 🧵.\r\n';
    const d = draftOf(text);
    expect(d.eol).toBe('\r\n');
    for (const b of d.blocks) expectExactMapping(text, b);
    const first = d.blocks[0];
    const s = first.sentences[1];
    const r = first.toSource(s.start, s.end);
    expect(text.slice(r.start, r.end)).toBe('Second 𝒜 line here.');
    expect(d.lines.lineOf(r.start)).toBe(4);
    expect(text.slice(d.posts[1].blocks[0].start, d.posts[1].blocks[0].end)).toBe('Next post 🧵.');
  });

  it('maps prose around emphasis, escapes and links back to the source', () => {
    const text = 'It **really** works, and \\*honestly\\* [it cures](https://x.y) nothing.';
    const b = draftOf(text).blocks[0];
    const i = b.prose.indexOf('cures');
    const r = b.toSource(i, i + 'cures'.length);
    expect(text.slice(r.start, r.end)).toBe('cures');
    const j = b.prose.indexOf('really works');
    const r2 = b.toSource(j, j + 'really works'.length);
    expect(text.slice(r2.start, r2.end)).toBe('really** works');
  });

  it('reads list items, quotes, table cells and headings as separate blocks', () => {
    const text = '# Heading\n\n- item one\n- item two\n\n> quoted\n\n| a | b |\n| --- | --- |\n| cell | more |\n';
    const d = draftOf(text);
    expect(d.blocks.map((b) => [b.kind, b.prose])).toEqual([
      ['heading', 'Heading'], ['listItem', 'item one'], ['listItem', 'item two'], ['quote', 'quoted'],
      ['tableCell', 'a'], ['tableCell', 'b'], ['tableCell', 'cell'], ['tableCell', 'more'],
    ]);
  });

  it('does not read Obsidian wikilinks, embeds or callout markers as prose', () => {
    const text = 'See [[Miracle cures note]] and ![[detox.png]] for more.\n\n> [!warning] Careful\n> text\n';
    const d = draftOf(text);
    expect(d.blocks[0].prose).not.toMatch(/Miracle|detox/);
    expect(d.blocks[1].prose.trim()).toBe('Careful\ntext');
    expect(check(text).findings).toEqual([]);
  });

  it('splits sentences on full stops and on line breaks', () => {
    const d = draftOf('06:10 alarm. Snooze.\n06:45 porridge\n');
    expect(d.blocks[0].sentences.map((s) => s.text)).toEqual(['06:10 alarm.', 'Snooze.', '06:45 porridge']);
  });
});
