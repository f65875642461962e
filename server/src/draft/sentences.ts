// Sentence boundaries within a block's prose. Intl.Segmenter knows abbreviations and quotes far
// better than a regex; line breaks also end a sentence, since social posts use them as full stops.
import type { Sentence } from '@probity/rules';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(prose: string): Sentence[] {
  const out: Sentence[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  const pushLine = (from: number, to: number) => {
    if (!/\S/.test(prose.slice(from, to))) return;
    for (const { segment, index } of segmenter.segment(prose.slice(from, to))) {
      let s = from + index;
      let e = s + segment.length;
      while (s < e && /\s/.test(prose[s])) s++;
      while (e > s && /\s/.test(prose[e - 1])) e--;
      if (e > s) out.push({ start: s, end: e, text: prose.slice(s, e) });
    }
  };
  for (let m = lineBreak.exec(prose); m; m = lineBreak.exec(prose)) {
    pushLine(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  pushLine(lineStart, prose.length);
  return out;
}
