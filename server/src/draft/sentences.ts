// Sentence boundaries within a block's prose. Intl.Segmenter knows abbreviations and quotes far
// better than a regex; line breaks also end a sentence, since social posts use them as full stops.
import type { Sentence } from '@probity/rules';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/**
 * What can end a sentence inside a line under Unicode's sentence rules (UAX #29: a break comes only
 * after a terminator, STerm or ATerm, or a paragraph separator): a line with none of them is one
 * sentence, and the segmenter, a call into ICU and an object a segment, is not asked.
 */
const MAY_END = /[\p{Sentence_Terminal}.\u2024\ufe52\uff0e\u0085\u2028\u2029]/u;

export function splitSentences(prose: string): Sentence[] {
  const out: Sentence[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  const pushLine = (from: number, to: number) => {
    const line = prose.slice(from, to);
    if (!/\S/.test(line)) return;
    for (const { segment, index } of MAY_END.test(line) ? segmenter.segment(line) : [{ segment: line, index: 0 }]) {
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
