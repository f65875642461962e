import type { ChangeSet, Text } from '@codemirror/state';
import type { Diagnostic, Position, Range, TextDocumentContentChangeEvent, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export declare function toPosition(doc: Text, offset: number): Position;
export declare function toOffset(doc: Text, pos: Position): number;
export declare const toRange: (doc: Text, from: number, to: number) => Range;
/**
 * One transaction's changes as LSP content changes. They are listed from the end of the document
 * backwards, so each range is still valid in the text the server holds when it applies it.
 */
export declare function contentChanges(before: Text, changes: ChangeSet): TextDocumentContentChangeEvent[];
export declare function severityName(d: Diagnostic): SeverityName;
/** A finding as the editor shows it: a range in the current text, plus the diagnostic behind it. */
export interface ShownFinding {
    from: number;
    to: number;
    severity: SeverityName;
    rule: string;
    message: string;
    diagnostic: Diagnostic;
}
export declare function toFinding(doc: Text, d: Diagnostic): ShownFinding;
/**
 * The text edits of a workspace edit that target `uri`, or null when the edit was computed for
 * another version of the document than `version` (applying it would land in the wrong place).
 */
export declare function editsFor(edit: WorkspaceEdit, uri: string, version: number): TextEdit[] | null;
export interface ChangeSpecLite {
    from: number;
    to: number;
    insert: string;
}
export declare function editsToChanges(doc: Text, edits: readonly TextEdit[]): ChangeSpecLite[];
