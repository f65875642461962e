// The plain-chunk fast path must give exactly the blocks the Markdown parser gives, on every chunk
// it accepts: real drafts' chunks, and random text mixing prose with Markdown's syntax characters.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChunk, parseMarkdownChunk } from '../../server/src/draft/blocks.js';
import { plainChunk } from '../../server/src/draft/plain-chunk.js';
import { splitChunks, splitPosts } from '../../server/src/draft/split.js';

const root = join(import.meta.dirname, '..', '..');
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []);
}
const chunksOf = (text: string) => splitChunks(text, splitPosts(text, 0, false)[0]).map((c) => text.slice(c.start, c.end));
/** Blocks as plain data (the parser's and the fast path's objects are compared field by field). */
const plain = (blocks: unknown) => JSON.parse(JSON.stringify(blocks));

describe('plain-chunk fast path', () => {
  it('takes ordinary paragraphs and headings', () => {
    expect(plainChunk('Every May my clinics fill up.\nMost hay fever can be managed well.')).toMatchObject({ kind: 'paragraph' });
    expect(plainChunk('## When to get help')).toMatchObject({ kind: 'heading', textStart: 3 });
    expect(plainChunk('1. one\n- two\n10) three')).toMatchObject({ kind: 'listItem', items: [{ start: 3, end: 6 }, { start: 9, end: 12 }, { start: 17, end: 22 }] });
    for (const s of ['@sam_rides hi!', 'A&E > the ward', 'snake_case']) expect(plainChunk(s), s).toMatchObject({ kind: 'paragraph' });
    // A line in emphasis or strong emphasis (a signature): the text inside the marks.
    expect(plainChunk('*Dr Chen, GP*')).toEqual({ kind: 'paragraph', textStart: 1, textEnd: 12 });
    expect(plainChunk('**Dr Chen**')).toEqual({ kind: 'paragraph', textStart: 2, textEnd: 9 });
    for (const s of ['*Dr Chen', '* Dr Chen*', '*Dr Chen *', '*Dr*Chen*', '**Dr Chen*', '*Dr Chen**', '***Dr***', '*Dr\nChen*', '*see [x](y)*', '*Dr `Chen`*', '**']) {
      expect(plainChunk(s), s).toBeUndefined();
    }
    for (const s of ['* a list', '- [ ] task', '1. # one', '- 2. nested', '1.     code', '- a\nlazy', '- - -', '> quote', 'a [link](x)', 'see www.nhs.uk', '# Title #', '    code', 'a  \nb', 'Title\n===', 'sam@nhs.net', '_emphasis_', 'a __b', '&amp;', '&#35;', 'a | b']) {
      expect(plainChunk(s), s).toBeUndefined();
    }
  });

  it('gives the same blocks as the parser on every chunk of the examples, corpus and fixtures', () => {
    const dirs = [join(root, 'examples'), join(root, '..', 'shared', 'corpus'), join(root, 'test', 'fixtures')];
    let fast = 0;
    for (const file of dirs.flatMap(markdownFiles)) {
      for (const chunk of chunksOf(readFileSync(file, 'utf8'))) {
        if (plainChunk(chunk)) fast++;
        expect(plain(parseChunk(chunk)), `${file}: ${chunk.slice(0, 60)}`).toEqual(plain(parseMarkdownChunk(chunk)));
      }
    }
    expect(fast).toBeGreaterThan(50);
  });

  it('gives the same blocks as the parser on random text', () => {
    const piece = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('word', 'Dr', 'Chen', 'is', 'a', 'GP', '2', '10', '.', ',', '?', ':', ';', "'", '"', '(', ')', '😴', 'é', '\u00a0', '/', '%', '£') },
      { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '\n', '\r\n', '\r') },
      { weight: 2, arbitrary: fc.constantFrom('#', '# ', '## ', '*', '_', '`', '[', ']', '<', '>', '!', '\\', '&', '|', '~', '@', '-', '+', '=', '1.', '1)', '\t', '  ', 'www.', 'http://', '---', '   ') },
      // What the fast path now reads as prose or as a list, beside what it must leave to the parser.
      { weight: 2, arbitrary: fc.constantFrom('1. ', '2) ', '- ', '+ ', '10.  ', '\n1. ', '\n- ', 'a_b', '_b', 'a_', '@sam', 'a@b', 'x@y.uk', 'A&E', '&amp;', '&#35;', '&x', '![', '>') },
    );
    const chunk = fc.array(piece, { minLength: 1, maxLength: 30 }).map((p) => p.join(''));
    let fast = 0;
    fc.assert(fc.property(chunk, (s) => {
      if (!plainChunk(s)) return true;
      fast++;
      expect(plain(parseChunk(s))).toEqual(plain(parseMarkdownChunk(s)));
      return true;
    }), { numRuns: 4000, seed: 6 });
    expect(fast).toBeGreaterThan(200);
  });

  it('gives the same blocks as the parser on random lines in emphasis', () => {
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('word', 'Dr', ' ', '.', ',', '"', "'", '(', ')', '!', '?', '-', 'a_b', '😴', '#') },
      { weight: 1, arbitrary: fc.constantFrom('  ', '\t', '_', '*', '`', '[', ']', '<', '&', '~', '\u00a0', '\n', 'www.', '@sam') },
    );
    const line = fc.tuple(fc.constantFrom('*', '**', '_', '***'), fc.array(piece, { minLength: 1, maxLength: 12 }), fc.constantFrom('*', '**', '_', ''))
      .map(([open, inner, close]) => `${open}${inner.join('')}${close}`);
    let fast = 0;
    fc.assert(fc.property(line, (s) => {
      if (!plainChunk(s)) return true;
      fast++;
      expect(plain(parseChunk(s))).toEqual(plain(parseMarkdownChunk(s)));
      return true;
    }), { numRuns: 4000, seed: 7 });
    expect(fast).toBeGreaterThan(100);
  });
});
