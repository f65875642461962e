// The edited-chunk fast path must give exactly the blocks the Markdown parser gives for the edited
// text, on every edit it accepts: letters, digits and spaces typed or deleted all over real drafts'
// chunks, and all over random text that mixes prose with Markdown's syntax characters.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownChunk } from '../../server/src/draft/blocks.js';
import { editChunkBlocks } from '../../server/src/draft/edit-chunk.js';
import { splitChunks, splitPosts } from '../../server/src/draft/split.js';

const root = join(import.meta.dirname, '..', '..');
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []);
}
const chunksOf = (text: string) => splitChunks(text, splitPosts(text, 0, false)[0]).map((c) => text.slice(c.start, c.end));
/** Blocks as plain data, without the engine's memo. */
const plain = (blocks: unknown) => JSON.parse(JSON.stringify(blocks, (k, v) => (k === 'memo' ? undefined : v)));

/** Applies the edit both ways; true when the fast path took it (and then it must match the parser). */
function same(chunk: string, start: number, removed: number, inserted: string, parsed = parseMarkdownChunk(chunk)): boolean {
  const edited = chunk.slice(0, start) + inserted + chunk.slice(start + removed);
  const fast = editChunkBlocks(parsed, chunk, edited, start, start + removed, start + inserted.length);
  if (!fast) return false;
  expect(plain(fast), `${JSON.stringify(chunk)} at ${start}: -${removed} +${JSON.stringify(inserted)}`).toEqual(plain(parseMarkdownChunk(edited)));
  return true;
}

describe('edited-chunk fast path', () => {
  it('takes a letter typed inside a word or a space between words, and nothing near syntax', () => {
    const text = 'Every May my *clinics* fill up.';
    const at = (s: string) => text.indexOf(s);
    expect(same(text, at('ay'), 0, 'x')).toBe(true);
    expect(same(text, at('fill'), 0, ' ')).toBe(true);
    expect(same(text, at('ill'), 1, '')).toBe(true);
    for (const [start, removed, inserted] of [[at('*clinics'), 0, 'x'], [at('linics*') + 6, 0, 'x'], [0, 0, 'x'], [text.length, 0, 'x'], [at('ay'), 0, '*'], [at('ay'), 0, '\n']] as const) {
      expect(same(text, start, removed, inserted), `${start} -${removed} +${inserted}`).toBe(false);
    }
    // Beside a full stop, comma, colon or question mark in prose, typed or deleted; not in an ordered
    // list's marker, which has no letter before it on its line.
    const sentence = 'It fills up. Why? Pollen: grass, then trees.';
    for (const [after, removed, inserted] of [['up', 0, 'x'], ['. Why', 0, 'x'], ['Why', 0, 's'], ['Pollen', 0, 's'], ['grass', 0, 'y'], [', then', 0, ' '], ['then', 1, '']] as const) {
      expect(same(sentence, sentence.indexOf(after) + after.length, removed, inserted), `after '${after}'`).toBe(true);
    }
    expect(same('1.wordy', 2, 0, ' ')).toBe(false);
    // A line that may or may not be a link reference definition, by its destination and title.
    expect(same('[x]: word xy', 9, 1, '')).toBe(false);
    expect(same('12. Item text', 1, 1, '')).toBe(false);
    // Inside a link, a URL, a run of text an autolink or entity could come from, code, or a
    // wikilink: always the parser.
    for (const [chunk, word] of [['See [the NHS page](https://nhs.uk) now.', 'NHS'], ['Mail me at sam@example.com today.', 'example'], 
      ['Run `npm test` first.', 'test'], ['See [[Hay fever]] notes.', 'fever'], ['Fish &amp; chips.', 'mp'], ['Fish &am chips.', 'am']]) {
      expect(same(chunk, chunk.indexOf(word) + 1, 0, 'x'), chunk).toBe(false);
    }
    expect(same('Go to wwwx.nhs.uk now.', 'Go to www'.length, 1, ''), 'www. made by a deletion').toBe(false);
    // A blank away from any of it, the edit is prose like any other.
    for (const [chunk, word] of [['Mail me at sam@example.com today.', 'today'], ['Fish &amp; chips.', 'chips'], ['Thanks @nhs for this.', 'this']]) {
      expect(same(chunk, chunk.indexOf(word) + 1, 0, 'x'), chunk).toBe(true);
    }
  });

  it('gives the parser\'s blocks for every edit it takes in the examples, corpus and fixtures', () => {
    const dirs = [join(root, 'examples'), join(root, '..', 'shared', 'corpus'), join(root, 'test', 'fixtures')];
    let taken = 0, tried = 0;
    for (const file of dirs.flatMap(markdownFiles)) {
      for (const chunk of chunksOf(readFileSync(file, 'utf8'))) {
        const parsed = parseMarkdownChunk(chunk);
        // Every eleventh position, a different edit at each: a letter or a space typed, characters deleted.
        const edits = [[0, 'e'], [0, ' '], [1, ''], [2, 'ab']] as const;
        for (let at = 1, n = 0; at < chunk.length; at += 11, n++) {
          const [removed, inserted] = edits[n % edits.length];
          tried++;
          if (same(chunk, at, Math.min(removed, chunk.length - at), inserted, parsed)) taken++;
        }
      }
    }
    // Most positions in prose are taken; the rest (syntax nearby) go to the parser.
    expect(taken).toBeGreaterThan(tried / 4);
  });

  it('gives the parser\'s blocks for every edit it takes in random text', () => {
    const piece = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('word', 'Dr', 'Chen', 'is', 'a', 'GP', '2', '10', '.', ',', '?', ':', "'", '(', ')', '😴', 'é', '/', '£') },
      { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '\n', '\r\n', '\r') },
      { weight: 3, arbitrary: fc.constantFrom('#', '# ', '## ', '*', '_', '`', '[', ']', '](x)', '<', '>', '!', '\\', '&', '|', '~', '@', '-', '+', '=', '1.', '1)', '\t', '  ', 'www.', 'http://', '---', '   ', '[[', ']]', '> ', '- ', '| a |', '[x]: ', '[^1]: ', '@nhs', 'A&E', '&amp;', 'x.com', 'a@b.co', '\n---|---\n', '**', '~~') },
    );
    const chunk = fc.array(piece, { minLength: 1, maxLength: 30 }).map((p) => p.join(''));
    const edit = fc.tuple(fc.nat(), fc.constantFrom(0, 0, 1, 2), fc.constantFrom('x', ' ', 'ab', '', '7'));
    let taken = 0;
    fc.assert(fc.property(chunk, edit, (s, [at, removed, inserted]) => {
      const start = 1 + (at % Math.max(1, s.length));
      if (same(s, start, Math.min(removed, s.length - start), inserted)) taken++;
      return true;
    }), { numRuns: 10000, seed: 6 });
    expect(taken).toBeGreaterThan(500);
  });
});
