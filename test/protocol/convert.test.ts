// Position conversion at the edge, for each negotiable encoding, checked against Node's own
// counting (Buffer byte lengths, code points) rather than against the converter itself.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { negotiateEncoding, toOffset, toPosition, type Encoding } from '../../server/src/lsp/convert.js';

const TEXT = 'plain line\r\n😀 café 🧑‍⚕️ x\nlast 𝄞 line';
const doc = TextDocument.create('untitled:t.md', 'markdown', 1, TEXT);
const width = (s: string, enc: Encoding) => (enc === 'utf-8' ? Buffer.byteLength(s) : enc === 'utf-16' ? s.length : [...s].length);

describe('convert', () => {
  it.each(['utf-8', 'utf-16', 'utf-32'] as const)('%s: every character boundary round-trips', (enc) => {
    let line = 0, lineStart = 0;
    for (let i = 0; i <= TEXT.length; i++) {
      if (i > 0 && TEXT[i - 1] === '\n') { line++; lineStart = i; }
      const unit = TEXT.charCodeAt(i - 1);
      if (unit >= 0xd800 && unit <= 0xdbff) continue; // between the halves of a surrogate pair
      if (TEXT[i - 1] === '\r') continue; // between \r and \n
      const pos = toPosition(doc, i, enc);
      expect(pos).toEqual({ line, character: width(TEXT.slice(lineStart, i), enc) });
      expect(toOffset(doc, pos, enc)).toBe(i);
    }
  });

  it('snaps a column inside a character to its start and clamps past the end of a line', () => {
    const line1 = doc.offsetAt({ line: 1, character: 0 });
    expect(toOffset(doc, { line: 1, character: 2 }, 'utf-8')).toBe(line1);
    expect(toOffset(doc, { line: 0, character: 99 }, 'utf-8')).toBe('plain line'.length);
    expect(toOffset(doc, { line: 9, character: 0 }, 'utf-32')).toBe(TEXT.length);
  });

  it('negotiates the first encoding the client lists that it knows, utf-16 otherwise', () => {
    expect(negotiateEncoding({ general: { positionEncodings: ['utf-8', 'utf-16'] } })).toBe('utf-8');
    expect(negotiateEncoding({ general: { positionEncodings: ['utf-32'] } })).toBe('utf-32');
    expect(negotiateEncoding({ general: { positionEncodings: ['ucs-2', 'utf-16', 'utf-8'] } })).toBe('utf-16');
    expect(negotiateEncoding({ offsetEncoding: ['utf-8'] })).toBe('utf-8');
    expect(negotiateEncoding({})).toBe('utf-16');
    expect(negotiateEncoding(undefined)).toBe('utf-16');
  });
});
