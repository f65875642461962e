// Convert at the edges: protocol positions (in the negotiated encoding) to the engine's UTF-16
// offsets and back, and the engine's findings and fixes to diagnostics and workspace edits.
// Nothing here checks anything; nothing in the engine knows about LSP.
import type { Fix } from '@probity/rules';
import type { TextDocument as FullTextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity, type Diagnostic, type Position, type Range, type TextDocumentContentChangeEvent,
  type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Finding } from '../engine/engine.js';

export type Encoding = 'utf-8' | 'utf-16' | 'utf-32';

/** What conversion needs of a document version: a snapshot (snapshot.ts) or a library TextDocument. */
export type TextDocument = Pick<FullTextDocument, 'uri' | 'version' | 'getText' | 'positionAt' | 'offsetAt' | 'lineCount'>;

/**
 * LSP 3.17 negotiation: the client lists the encodings it can use, most preferred first; we take
 * its first choice that we know. Without a list the protocol fixes UTF-16. `offsetEncoding` is
 * clangd's older spelling of the same idea, still sent by some Neovim versions.
 */
export function negotiateEncoding(capabilities: { general?: { positionEncodings?: string[] }; offsetEncoding?: string[] } | undefined): Encoding {
  const offered = capabilities?.general?.positionEncodings ?? capabilities?.offsetEncoding;
  if (!Array.isArray(offered)) return 'utf-16';
  for (const e of offered) {
    const name = String(e).toLowerCase();
    if (name === 'utf-8' || name === 'utf-16' || name === 'utf-32') return name;
  }
  return 'utf-16';
}

/** Code units a code point takes in `enc` (a lone surrogate counts as one code point). */
function unitsOf(codePoint: number, enc: Encoding): number {
  if (enc === 'utf-32') return 1;
  if (enc === 'utf-16') return codePoint > 0xffff ? 2 : 1;
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** The UTF-16 offsets where `line` starts and where its text ends (before the line break). */
function lineBounds(doc: TextDocument, line: number): { start: number; end: number } {
  const start = doc.offsetAt({ line, character: 0 });
  let end = line + 1 < doc.lineCount ? doc.offsetAt({ line: line + 1, character: 0 }) : doc.getText().length;
  const text = doc.getText();
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return { start, end };
}

export function toOffset(doc: TextDocument, pos: Position, enc: Encoding): number {
  if (enc === 'utf-16') return doc.offsetAt(pos);
  if (pos.line < 0) return 0;
  if (pos.line >= doc.lineCount) return doc.getText().length;
  const { start, end } = lineBounds(doc, pos.line);
  const text = doc.getText();
  let units = 0, i = start;
  while (i < end && units < pos.character) {
    const cp = text.codePointAt(i)!;
    const next = units + unitsOf(cp, enc);
    // A column inside a character (a byte in the middle of an emoji) snaps to its start.
    if (next > pos.character) break;
    units = next;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

export function toPosition(doc: TextDocument, offset: number, enc: Encoding): Position {
  const p = doc.positionAt(offset);
  if (enc === 'utf-16') return p;
  const text = doc.getText();
  const from = doc.offsetAt({ line: p.line, character: 0 });
  const to = from + p.character;
  let units = 0;
  for (let i = from; i < to;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (i + width > to) break; // an offset between the halves of a surrogate pair
    units += unitsOf(cp, enc);
    i += width;
  }
  return { line: p.line, character: units };
}

export const toRange = (doc: TextDocument, start: number, end: number, enc: Encoding): Range =>
  ({ start: toPosition(doc, start, enc), end: toPosition(doc, end, enc) });

export function toOffsets(doc: TextDocument, range: Range, enc: Encoding): { start: number; end: number } {
  const a = toOffset(doc, range.start, enc), b = toOffset(doc, range.end, enc);
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** A content change in the negotiated encoding, as UTF-16 for vscode-languageserver-textdocument. */
export function toUtf16Change(doc: TextDocument, change: TextDocumentContentChangeEvent, enc: Encoding): TextDocumentContentChangeEvent {
  if (enc === 'utf-16' || !('range' in change) || !change.range) return change;
  const { start, end } = toOffsets(doc, change.range, enc);
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: change.text };
}

const SEVERITY = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
} as const;

// No `data`: a code action request names a finding by the diagnostic's code and range, which the
// client keeps in step with the text, so the diagnostics pushed on every keystroke stay small.
export function toDiagnostic(f: Finding, doc: TextDocument, enc: Encoding, href?: string): Diagnostic {
  return { range: toRange(doc, f.start, f.end, enc), ...diagnosticBody(f, href) };
}

/** A finding's diagnostic but for its range, which is all that changes when text before it is edited. */
export function diagnosticBody(f: Finding, href?: string): Omit<Diagnostic, 'range'> {
  return {
    severity: SEVERITY[f.severity],
    code: f.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'probity',
    message: f.message,
  };
}

export function toTextEdits(fix: Fix, doc: TextDocument, enc: Encoding): TextEdit[] {
  return [...fix.edits]
    .sort((a, b) => a.start - b.start)
    .map((e) => ({ range: toRange(doc, e.start, e.end, enc), newText: e.newText }));
}

/** Versioned edits when the client takes them, so an edit meant for an older text is refused. */
export function toWorkspaceEdit(edits: TextEdit[], doc: TextDocument, documentChanges: boolean): WorkspaceEdit {
  return documentChanges
    ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] }
    : { changes: { [doc.uri]: edits } };
}
