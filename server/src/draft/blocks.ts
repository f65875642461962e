// Turns one chunk of Markdown into prose blocks. Each block's prose is built from the source text
// of its text nodes, so every prose character maps to exactly one source character; code, URLs,
// HTML and Obsidian links/embeds become a single space (a "gap") that maps to no source text.
import type { BlockKind, Sentence } from '@probity/rules';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { plainChunk } from './plain-chunk.js';
import { splitSentences } from './sentences.js';

const parser = unified().use(remarkParse).use(remarkGfm);

/** A block with offsets relative to the start of its chunk, so it can be cached by chunk text. */
export interface ChunkBlock {
  kind: BlockKind;
  start: number;
  end: number;
  prose: string;
  /** Segments: prose offset, source offset, length (three parallel arrays). */
  segProse: number[];
  segSource: number[];
  segLength: number[];
  links: { url: string; start: number; end: number }[];
  imageUrl?: string;
  sentences: Sentence[];
  /** The engine's per-rule memo (facts, findings) for this block under the settings it last ran with. */
  memo?: { table: object; facts: unknown[]; reported?: unknown };
}

class ProseBuilder {
  prose = '';
  segProse: number[] = [];
  segSource: number[] = [];
  segLength: number[] = [];
  text(source: string, start: number, end: number) {
    if (end <= start) return;
    const last = this.segProse.length - 1;
    if (last >= 0 && this.segSource[last] + this.segLength[last] === start
      && this.segProse[last] + this.segLength[last] === this.prose.length) {
      this.segLength[last] += end - start;
    } else {
      this.segProse.push(this.prose.length);
      this.segSource.push(start);
      this.segLength.push(end - start);
    }
    this.prose += source.slice(start, end);
  }
  /**
   * A text node. Its source usually equals its value; across lines inside a block quote or list
   * item the source also holds the `>` markers and indentation, so each line is found on its own.
   */
  node(source: string, start: number, end: number, value: string) {
    if (!value.includes('\n') || source.slice(start, end) === value) return this.text(source, start, end);
    let at = start;
    value.split(/\r\n|\r|\n/).forEach((line, i) => {
      if (i > 0) this.prose += '\n';
      if (!line) return;
      const found = source.indexOf(line, at);
      if (found >= 0 && found + line.length <= end) {
        this.text(source, found, found + line.length);
        at = found + line.length;
      } else {
        // Escapes make the value differ from the source: take the source line as written.
        let lineEnd = at;
        while (lineEnd < end && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++;
        const lineStart = source.slice(at, lineEnd).search(/[^\s>]/);
        if (lineStart >= 0) this.text(source, at + lineStart, lineEnd);
        at = lineEnd;
      }
      while (at < end && (source[at] === '\n' || source[at] === '\r')) at++;
    });
  }
  gap(char = ' ') {
    if (this.prose.length > 0 && !/\s$/.test(this.prose)) this.prose += char;
  }
}

const isLiteralLink = (url: string, label: string) =>
  url === label || url === `http://${label}` || url === `https://${label}` || url === `mailto:${label}`;

// Obsidian wikilinks and embeds are references, not prose: blank them to spaces (same length, so
// offsets stay exact). The target excludes '[' so that a line of unclosed '[[' is scanned once,
// not once per opener (quadratic).
const WIKILINK = /!?\[\[[^[\]\n]*\]\]/g;
const CALLOUT = /^\[![\w-]+\][+-]?/;

export function parseChunk(source: string): ChunkBlock[] {
  return parseChunkWith(source, true);
}

/** The parse by the Markdown parser alone, without the plain-chunk fast path (for tests). */
export function parseMarkdownChunk(source: string): ChunkBlock[] {
  return parseChunkWith(source, false);
}

function parseChunkWith(source: string, fast: boolean): ChunkBlock[] {
  const blocks: ChunkBlock[] = [];

  const finish = (kind: BlockKind, b: ProseBuilder, start: number, end: number, imageUrl?: string,
    links: ChunkBlock['links'] = []) => {
    let prose = b.prose.replace(WIKILINK, (m) => ' '.repeat(m.length));
    if (kind === 'quote') prose = prose.replace(CALLOUT, (m) => ' '.repeat(m.length));
    if (!/\S/.test(prose)) return;
    blocks.push({
      kind, start, end, prose, segProse: b.segProse, segSource: b.segSource, segLength: b.segLength,
      links, imageUrl, sentences: splitSentences(prose),
      memo: undefined, // present from the start, so that every chunk block has one hidden class
    });
  };

  const inline = (nodes: PhrasingContent[], b: ProseBuilder, links: ChunkBlock['links']) => {
    for (const node of nodes) {
      const pos = node.position;
      switch (node.type) {
        case 'text':
          if (pos) b.node(source, pos.start.offset!, pos.end.offset!, node.value);
          break;
        case 'emphasis': case 'strong': case 'delete':
          inline(node.children, b, links);
          break;
        case 'link': {
          if (pos) links.push({ url: node.url, start: pos.start.offset!, end: pos.end.offset! });
          const label = node.children.map((c) => ('value' in c ? c.value : '')).join('');
          if (isLiteralLink(node.url, label)) b.gap();
          else inline(node.children, b, links);
          break;
        }
        case 'linkReference':
          inline(node.children, b, links);
          break;
        case 'image':
          b.gap();
          if (pos) imageAlt(node.alt ?? '', node.url, pos.start.offset!, pos.end.offset!);
          break;
        case 'break':
          b.gap('\n');
          break;
        default: // inlineCode, html, footnoteReference, imageReference
          b.gap();
      }
    }
  };

  const imageAlt = (alt: string, url: string, start: number, end: number) => {
    const b = new ProseBuilder();
    const altStart = start + 2;
    // Alt text maps one to one when the source spells it plainly (no escapes or nested markup).
    if (source.slice(altStart, altStart + alt.length) === alt) b.text(source, altStart, altStart + alt.length);
    else {
      const close = source.indexOf('](', altStart);
      b.text(source, altStart, close > altStart ? close : altStart);
    }
    finish('imageAlt', b, start, end, url);
  };

  const block = (node: Nodes, context: BlockKind) => {
    const pos = node.position;
    switch (node.type) {
      case 'root': case 'list': case 'footnoteDefinition':
        for (const c of node.children) block(c as Nodes, context);
        break;
      case 'listItem':
        for (const c of node.children) block(c as Nodes, 'listItem');
        break;
      case 'blockquote':
        for (const c of node.children) block(c as Nodes, 'quote');
        break;
      case 'heading': case 'paragraph': {
        const b = new ProseBuilder();
        const links: ChunkBlock['links'] = [];
        inline(node.children, b, links);
        const kind = node.type === 'heading' ? 'heading' : context;
        if (pos) finish(kind, b, pos.start.offset!, pos.end.offset!, undefined, links);
        break;
      }
      case 'table':
        for (const row of node.children) {
          for (const cell of row.children) {
            const b = new ProseBuilder();
            const links: ChunkBlock['links'] = [];
            inline(cell.children, b, links);
            if (cell.position) finish('tableCell', b, cell.position.start.offset!, cell.position.end.offset!, undefined, links);
          }
        }
        break;
      default: // code, html, thematicBreak, definition: never prose
        break;
    }
  };

  const plain = fast ? plainChunk(source) : undefined;
  if (plain?.items) {
    for (const { start, end } of plain.items) {
      const b = new ProseBuilder();
      b.text(source, start, end);
      finish('listItem', b, start, end);
    }
    return blocks;
  }
  if (plain) {
    const b = new ProseBuilder();
    b.text(source, plain.textStart, plain.textEnd);
    finish(plain.kind, b, 0, source.length);
    return blocks;
  }
  block(parser.parse(source) as Root, 'paragraph');
  blocks.sort((a, b) => a.start - b.start);
  return blocks;
}
