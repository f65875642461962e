// Convert at the edges: CodeMirror offsets and changes to LSP positions and content changes, and
// LSP diagnostics and text edits back. Both sides count UTF-16 code units (the client offers only
// the 'utf-16' position encoding), so a column is an offset from the line start.
import type { ChangeSet, Text } from '@codemirror/state';
import type {
  Diagnostic, Position, Range, TextDocumentContentChangeEvent, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export function toPosition(doc: Text, offset: number): Position {
  const line = doc.lineAt(Math.max(0, Math.min(offset, doc.length)));
  return { line: line.number - 1, character: Math.min(offset, doc.length) - line.from };
}

export function toOffset(doc: Text, pos: Position): number {
  if (pos.line < 0) return 0;
  if (pos.line >= doc.lines) return doc.length;
  const line = doc.line(pos.line + 1);
  return Math.min(line.from + Math.max(0, pos.character), line.to);
}

export const toRange = (doc: Text, from: number, to: number): Range =>
  ({ start: toPosition(doc, from), end: toPosition(doc, to) });

/**
 * One transaction's changes as LSP content changes. They are listed from the end of the document
 * backwards, so each range is still valid in the text the server holds when it applies it.
 */
export function contentChanges(before: Text, changes: ChangeSet): TextDocumentContentChangeEvent[] {
  const out: TextDocumentContentChangeEvent[] = [];
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    out.push({ range: toRange(before, fromA, toA), text: inserted.toString() });
  });
  return out.reverse();
}

export function severityName(d: Diagnostic): SeverityName {
  switch (d.severity) {
    case 1: return 'error';
    case 2: return 'warning';
    case 3: return 'information';
    default: return 'hint';
  }
}

/** A finding as the editor shows it: a range in the current text, plus the diagnostic behind it. */
export interface ShownFinding {
  from: number;
  to: number;
  severity: SeverityName;
  rule: string;
  message: string;
  diagnostic: Diagnostic;
}

export function toFinding(doc: Text, d: Diagnostic): ShownFinding {
  const from = toOffset(doc, d.range.start);
  let to = toOffset(doc, d.range.end);
  // A finding at a point (where a label or a credentials line is missing) still needs something
  // to underline and hover: the rest of its line, or the next character on an empty line.
  if (to <= from) {
    const line = doc.lineAt(from);
    to = line.to > from ? line.to : Math.min(from + 1, doc.length);
  }
  return {
    from, to, severity: severityName(d), rule: d.code === undefined ? '' : String(d.code),
    message: typeof d.message === 'string' ? d.message : d.message.value, diagnostic: d,
  };
}

/**
 * The text edits of a workspace edit that target `uri`, or null when the edit was computed for
 * another version of the document than `version` (applying it would land in the wrong place).
 */
export function editsFor(edit: WorkspaceEdit, uri: string, version: number): TextEdit[] | null {
  if (edit.documentChanges) {
    const out: TextEdit[] = [];
    for (const change of edit.documentChanges) {
      if (!('textDocument' in change) || change.textDocument.uri !== uri) continue;
      const v = change.textDocument.version;
      if (v !== null && v !== undefined && v !== version) return null;
      for (const e of change.edits) if ('newText' in e) out.push({ range: e.range, newText: e.newText });
    }
    return out;
  }
  return edit.changes?.[uri] ?? [];
}

export interface ChangeSpecLite { from: number; to: number; insert: string }

export function editsToChanges(doc: Text, edits: readonly TextEdit[]): ChangeSpecLite[] {
  return edits
    .map((e) => ({ from: toOffset(doc, e.range.start), to: toOffset(doc, e.range.end), insert: e.newText.replace(/\r\n?/g, '\n') }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
}
