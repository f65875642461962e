// A long run of lines is read in pieces (server/src/draft/pieces.ts). A cut may move where blocks
// end, never what is read: the pieces, each parsed on its own, must read the same characters as
// text, and the same links, code, HTML, headings and table cells, as the whole run parsed at once. And
// no labelled or example draft has a run long enough to be cut, so each reads exactly as before.
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { cutRun, inlineMarks, PIECE_BOUND } from '../../server/src/draft/pieces.js';
import { splitChunks, splitPosts } from '../../server/src/draft/split.js';

const root = join(import.meta.dirname, '..', '..');
const shared = join(root, '..', 'shared');
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []);
}
// The held-out split of the real posts is not read here either.
const HELD_OUT = /(?:^|[\\/])\d\d[037]-[^\\/]*$/;

const parser = unified().use(remarkParse).use(remarkGfm);
// Nodes whose place and extent must not change with a cut: what is not prose, and what rules ask about.
const KEPT = new Set(['link', 'image', 'heading', 'tableCell', 'inlineCode', 'html', 'code', 'footnoteReference', 'linkReference', 'imageReference', 'definition', 'break', 'thematicBreak']);

/**
 * What the Markdown parser reads in `source` (placed at `base`): each non-space character inside a
 * text node, by its offset (the parser's tree, not blocks.ts's prose, which maps escapes and line
 * breaks differently inside and outside one line), and the nodes in KEPT with their extent.
 */
function reading(source: string, base: number, into: { text: Map<number, string>; nodes: string[] }) {
  const walk = (node: Nodes) => {
    const { start, end } = { start: node.position?.start.offset ?? -1, end: node.position?.end.offset ?? -1 };
    if (node.type === 'text') {
      for (let k = start; k < end; k++) if (/\S/.test(source[k])) into.text.set(base + k, source[k]);
    } else if (KEPT.has(node.type)) {
      into.nodes.push(`${node.type}@${base + start}-${base + end}${'url' in node ? ` ${node.url}` : ''}`);
    }
    if ('children' in node) for (const c of node.children) walk(c as Nodes);
  };
  walk(parser.parse(source) as Root);
  return into;
}

/** The run read whole and in its pieces; returns how many pieces it was cut into. */
function sameReading(run: string, bound: number): number {
  const pieces = cutRun(run, 0, run.length, bound);
  expect(pieces[0].start).toBe(0);
  expect(pieces.at(-1)!.end).toBe(run.length);
  const whole = reading(run, 0, { text: new Map(), nodes: [] });
  const cut = { text: new Map<number, string>(), nodes: [] as string[] };
  for (const [i, p] of pieces.entries()) {
    expect(p.joined).toBe(i > 0);
    reading(run.slice(p.start, p.end), p.start, cut);
  }
  const label = JSON.stringify(run);
  const sorted = (m: Map<number, string>) => [...m].sort((a, b) => a[0] - b[0]).map(([k, c]) => `${k}${c}`).join(' ');
  expect(sorted(cut.text), label).toEqual(sorted(whole.text));
  expect(cut.nodes.sort(), label).toEqual(whole.nodes.sort());
  return pieces.length;
}

const guidance = readFileSync(join(shared, 'guidance', 'sources', 'mdu-medical-influencers-2024.txt'), 'utf8').replace(/\r\n?/g, '\n').trim();

describe('long runs in pieces', () => {
  it('cuts a long run of guidance where lines end and start sentences, reading the same text', () => {
    expect(guidance.length).toBeGreaterThan(PIECE_BOUND);
    const n = sameReading(guidance, PIECE_BOUND);
    // Most lines end a sentence and the next starts one: pieces of a line or a few (a heading
    // without a full stop stays with its paragraph, a list with the line that leads into it).
    expect(n).toBeGreaterThan(40);
    expect(cutRun(guidance, 0, guidance.length).every((p) => p.end - p.start < 1500)).toBe(true);
  });

  it('leaves a run alone up to the bound, and a run without a cut where the syntax could carry across', () => {
    const line = 'A plain sentence about hay fever that ends here.';
    const lines = (n: number) => Array.from({ length: n }, () => line);
    const short = lines(Math.floor(PIECE_BOUND / (line.length + 1))).join('\n');
    expect(cutRun(short, 0, short.length)).toHaveLength(1);
    const long = lines(100).join('\n');
    expect(cutRun(long, 0, long.length)).toHaveLength(100);
    for (const [opener, closer] of [['*Emphasis starts.', 'It ends here.*'], ['A `code span starts.', 'And ends here.`'], ['A [link starts.', 'Its text ends](https://nhs.uk).'],
      ['<!-- a comment starts.', 'It ends here. -->'], ['```', '```'], ['<div>', '</div>']]) {
      const run = [...lines(40), opener, ...lines(20), closer, ...lines(40)].join('\n');
      const pieces = cutRun(run, 0, run.length);
      const from = run.indexOf(opener), to = run.indexOf(closer);
      expect(pieces.some((p) => p.start > from && p.start <= to), opener).toBe(false);
      sameReading(run, PIECE_BOUND);
    }
    // Escaped, closed on their line, or unclosable, they open nothing (a backtick or `>` may still
    // close what an earlier line opened).
    expect(inlineMarks('Plain *emphasis* and `code` and [a link](x).').opens).toBe(0);
    expect(inlineMarks('Plain <b>html</b> and <!-- a comment -->.').opens).toBe(0);
    expect(inlineMarks('An escaped \\* star and a lone * star and snake_case_name.')).toEqual({ opens: 0, closes: 0 });
    expect(inlineMarks('A star *opens here.').opens).not.toBe(0);
    expect(inlineMarks('Here it closes.* Then').closes).not.toBe(0);
  });

  it('reads random Markdown the same whole and in pieces', () => {
    const word = fc.constantFrom('word', 'Dr', 'Chen', 'is', 'a', 'GP', '2', '10', ',', ':', "'", '’', '(', ')', '😴', 'é', '/', '£', '-', 'snake_case', 'a*b');
    const syntax = fc.constantFrom('*', '**', '_', '__', '~', '~~', '`', '``', '[', ']', '](x)', '](x "t', '" )', '<', '>', '<!--', '-->', '<b>', '</b>', '<ab:c>', '\\', '\\*', '&amp;', '!', '[[', ']]', '|', '[^1]');
    const inline = fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: syntax }, { weight: 4, arbitrary: fc.constant(' ') }), { minLength: 1, maxLength: 10 }).map((p) => p.join(''));
    const start = fc.constantFrom('', '', '', '', 'The ', 'A ', '"We ', '- ', '* ', '+ ', '1. ', '2. ', '3) ', '> ', '> > ', '# ', '## ', '  ', '    ', '\t', '-', '1.', '```', '~~~', '<div>', '<!-- ', '| ', '[x]: /u ', '[^1]: ');
    const end = fc.constantFrom('.', '.', '.', '!', '?', '."', '.)', '', ' ', '  ', '\\', ':', '*', '`');
    const line = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(inline, fc.constantFrom('.', '!', '."')).map(([b, c]) => `The ${b}${c}`) },
      { weight: 12, arbitrary: fc.tuple(start, inline, end).map(([a, b, c]) => a + b + c) },
      { weight: 1, arbitrary: fc.constantFrom('', '===', '---', '--- | ---', '***', '    indented code.', '  continued.', '```', '-->') },
    );
    // No bare web or e-mail addresses: remark-gfm links some of those in nodes without positions
    // (blocks.ts then reads none of that paragraph's text, whole or in pieces alike).
    const run = fc.array(line, { minLength: 2, maxLength: 14 }).map((ls) => ls.join('\n'));
    let cut = 0;
    fc.assert(fc.property(run, (text) => {
      // A run as the splitter gives it: no blank line unless an indented line follows it.
      const body = text.replace(/^\s*\n/, '').replace(/\n[ \t]*\n(?![ \t])/g, '\n').replace(/\s+$/, '');
      if (!body) return true;
      if (sameReading(body, 0) > 1) cut++;
      return true;
    }), { numRuns: Number(process.env.PIECES_RUNS ?? 1500), seed: Number(process.env.PIECES_SEED ?? 17) });
    // Enough of the runs were cut for the comparison to mean something (about one in six: a run
    // with both a tilde and an asterisk or underscore, common here, is never cut).
    expect(cut).toBeGreaterThan(200);
  });

  it('cuts no run of any labelled, project or example draft', () => {
    const dirs = [join(shared, 'corpus'), join(shared, 'corpus-real'), join(root, 'examples'), join(root, 'test', 'fixtures'),
      ...readdirSync(join(root, 'test')).filter((d) => d.startsWith('corpus-')).map((d) => join(root, 'test', d))];
    let runs = 0;
    for (const file of dirs.flatMap(markdownFiles)) {
      if (HELD_OUT.test(file) || /README\.md$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      for (const post of splitPosts(text, 0, true)) {
        for (const chunk of splitChunks(text, post)) {
          runs++;
          expect(chunk.joined, file).toBe(false);
          expect(chunk.end - chunk.start, file).toBeLessThanOrEqual(PIECE_BOUND);
        }
      }
    }
    expect(runs).toBeGreaterThan(1000);
  });
});
