import { StateField, type Extension } from '@codemirror/state';
import { EditorView, type DecorationSet } from '@codemirror/view';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { type ShownFinding } from './convert.js';
import type { ProbityClient } from './lsp-client.js';
export interface ProbityEditorOptions {
    client: ProbityClient;
    /** The vault path of the note in this editor, or null when Probity should leave it alone. */
    fileOf(view: EditorView): string | null;
    /** Called with a note's findings each time the server sends them. */
    onFindings?(path: string, findings: readonly ShownFinding[]): void;
}
interface Shown {
    list: readonly ShownFinding[];
    deco: DecorationSet;
}
/** The findings on screen. Between a keystroke and the server's answer they move with the text. */
export declare const findingsField: StateField<Shown>;
/**
 * Applies LSP text edits as a single transaction, isolated in the undo history so one undo takes
 * back exactly the fix. A placeholder the fix inserted ("[add reason]") is selected, ready to type over.
 */
export declare function applyTextEdits(view: EditorView, edits: readonly TextEdit[]): void;
export declare function probityEditor(options: ProbityEditorOptions): Extension;
export {};
