// The server's hover text is Markdown (a title, why it matters, each guidance quote as a
// blockquote with its source and paragraph). This reads the small subset it uses into plain
// blocks, so the tooltip can be built from text nodes: nothing from the server becomes HTML.

export interface Span { text: string; strong?: boolean; em?: boolean; code?: boolean; href?: string }
/** Quote paragraphs that share a `group` belong to one blockquote (a quote and its citation). */
export interface HoverBlock { kind: 'heading' | 'paragraph' | 'quote' | 'rule'; spans: Span[]; group?: number }

// An escaped character first, so `\*` stays a literal star and never opens emphasis.
const INLINE = /\\(?<esc>[\\`*_{}[\]()#+\-.!>|~<"'])|\*\*(?<b1>[^*]+)\*\*|__(?<b2>[^_]+)__|\*(?<e1>[^*\s][^*]*)\*|(?<![\w])_(?<e2>[^_\s][^_]*)_(?![\w])|`(?<code>[^`]+)`|\[(?<label>[^\]]+)\]\((?<href>[^)\s]+)\)/g;

const unescape = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!>|~<"'])/g, '$1');

export function readInline(text: string): Span[] {
  const spans: Span[] = [];
  let plain = '';
  let last = 0;
  const flush = () => { if (plain) spans.push({ text: plain }); plain = ''; };
  for (const m of text.matchAll(INLINE)) {
    const g = m.groups!;
    plain += text.slice(last, m.index);
    last = m.index! + m[0].length;
    if (g.esc !== undefined) { plain += g.esc; continue; }
    flush();
    if (g.b1 ?? g.b2) spans.push({ text: unescape(g.b1 ?? g.b2), strong: true });
    else if (g.e1 ?? g.e2) spans.push({ text: unescape(g.e1 ?? g.e2), em: true });
    else if (g.code !== undefined) spans.push({ text: g.code, code: true });
    else spans.push({ text: unescape(g.label), href: /^https?:\/\//.test(g.href) ? g.href : undefined });
  }
  plain += text.slice(last);
  flush();
  return spans;
}

export function readHoverMarkdown(markdown: string): HoverBlock[] {
  const blocks: HoverBlock[] = [];
  let para: string[] = [];
  let kind: 'paragraph' | 'quote' = 'paragraph';
  let group = 0;
  const flush = () => {
    if (para.length) blocks.push({ kind, spans: readInline(para.join(' ')), ...(kind === 'quote' ? { group } : {}) });
    para = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const quote = /^\s{0,3}>\s?(.*)$/.exec(line);
    if (quote) {
      if (kind !== 'quote') { flush(); group++; }
      kind = 'quote';
      if (quote[1].trim() === '') flush();
      else para.push(quote[1].trim());
      continue;
    }
    if (kind === 'quote') { flush(); kind = 'paragraph'; }
    if (line.trim() === '') { flush(); continue; }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (heading) { flush(); blocks.push({ kind: 'heading', spans: readInline(heading[1]) }); continue; }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) { flush(); blocks.push({ kind: 'rule', spans: [] }); continue; }
    para.push(line.trim());
  }
  flush();
  return blocks;
}
