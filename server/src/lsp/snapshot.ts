// One version of an open document, never changed once made. An edit makes a new snapshot whose line
// index is carried over from the old one (only the edited lines are scanned), so a keystroke in a
// long draft neither recounts every line nor alters the text a result for an older version was
// computed from. Positions here are UTF-16, as in vscode-languageserver-textdocument, whose
// `TextDocument` it stands in for (following its clamping).
import type { Position, Range } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { firstAtLeast, LineIndex } from '../draft/line-index.js';
import { isBreak } from '../draft/lines.js';
import type { TextDocument } from './convert.js';

/** Line starts found so far, extended on demand: a pasted book is only indexed as far as it is read. */
class LazyLines {
  readonly starts = [0];
  private scanned = 0;
  private readonly plain: boolean;
  constructor(private readonly text: string) {
    // Without a lone CR, indexOf (native) finds every line start; otherwise the LineIndex rules.
    this.plain = text.indexOf('\r') < 0;
  }

  /** Scans until `offset` (or line `line`) is covered. */
  extend(offset: number, line = -1): void {
    const { text, starts } = this;
    while (this.scanned < text.length && (this.scanned <= offset || starts.length <= line + 1)) {
      const to = Math.min(text.length, Math.max(this.scanned + 65_536, offset + 1));
      if (this.plain) {
        for (let i = text.indexOf('\n', this.scanned); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      } else {
        for (let i = this.scanned; i < to; i++) {
          const c = text.charCodeAt(i);
          if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
        }
      }
      this.scanned = to;
    }
  }

  full(): LineIndex {
    this.extend(this.text.length);
    return new LineIndex(this.text, this.starts);
  }
}

export class Snapshot implements TextDocument {
  private index: LineIndex | LazyLines;
  /** The text this version was made from by one edit, and the edit (UTF-16 offsets), when it was. */
  previous?: { text: string; edit: { start: number; oldEnd: number; newEnd: number } };
  private constructor(
    readonly uri: string, readonly languageId: string, readonly version: number, private readonly text: string,
    lines: LineIndex | LazyLines,
  ) {
    this.index = lines;
  }

  static create(uri: string, languageId: string, version: number, text: string): Snapshot {
    return new Snapshot(uri, languageId, version, text, new LazyLines(text));
  }

  /** Every line start (an edit needs them all, to carry them over). */
  get lines(): LineIndex {
    if (this.index instanceof LazyLines) this.index = this.index.full();
    return this.index;
  }

  /** Line starts covering `offset` or line `line`, without indexing the whole text when lazy. */
  private startsFor(offset: number, line?: number): ArrayLike<number> {
    if (this.index instanceof LazyLines) this.index.extend(offset, line);
    return this.index.starts;
  }

  get lineCount(): number { return this.lines.starts.length; }

  getText(range?: Range): string {
    if (!range) return this.text;
    return this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  /** Steps back over a line break, so an offset never lands inside or after one on its line. */
  private beforeEOL(offset: number, lineStart: number): number {
    while (offset > lineStart && isBreak(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const starts = this.startsFor(offset);
    const line = firstAtLeast(starts, offset + 1) - 1; // starts[0] is 0 and offset is at least 0
    return { line, character: this.beforeEOL(offset, starts[line]) - starts[line] };
  }

  /**
   * positionAt's line and character, without making a Position: the diagnostics of a long draft are
   * written on every keystroke (diagnostics.ts), in order, so each line is searched for from `from`,
   * the line of the one before (at or before `offset`).
   */
  lineAt(offset: number, from = 0): number {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    return this.lines.lineOf(offset, from);
  }

  characterAt(offset: number, line: number): number {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const start = this.lines.starts[line];
    return this.beforeEOL(offset, start) - start;
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    const starts = this.startsFor(-1, position.line);
    if (position.line >= starts.length) return this.text.length;
    const start = starts[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return this.beforeEOL(Math.min(start + position.character, next), start);
  }

  /** The next version: changes in UTF-16 positions, applied in order, each against the text before it. */
  update(changes: TextDocumentContentChangeEvent[], version: number): Snapshot {
    let text = this.text, lines: LineIndex | LazyLines = this.index;
    let doc: Snapshot = this;
    let edit: Snapshot['previous'] = undefined;
    for (const change of changes) {
      if ('range' in change && change.range) {
        let { start, end } = change.range;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
        const a = doc.offsetAt(start), b = doc.offsetAt(end);
        edit = { text, edit: { start: a, oldEnd: b, newEnd: a + change.text.length } };
        text = text.slice(0, a) + change.text + text.slice(b);
        lines = doc.lines.edited(text, a, b, a + change.text.length);
      } else {
        text = change.text;
        lines = new LazyLines(text);
      }
      doc = new Snapshot(this.uri, this.languageId, version, text, lines);
    }
    if (doc === this) return new Snapshot(this.uri, this.languageId, version, text, lines);
    // One edit is the engine's hint (closestLayout): it need not compare the old and new texts.
    if (changes.length === 1) doc.previous = edit;
    return doc;
  }
}
