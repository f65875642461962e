// The insert commands ("Insert Ad Label (#AD)", …). The server decides what goes where (the ad label
// at the start of the thread's first post, not at the cursor), so VS Code and Obsidian insert alike;
// here the answer is inserted as a snippet, so its placeholders are tab stops to type over.
import * as vscode from 'vscode';
import { INSERT, type InsertKind, type InsertParams, type InsertResult } from '../../../../server/src/lsp/protocol';
import { activeDraft, ask, type ClientRef } from './ask';

export const INSERT_COMMANDS: Record<string, InsertKind> = {
  'probity.insertAdLabel': 'ad-label',
  'probity.insertCredentials': 'credentials-line',
  'probity.insertSignposting': 'signposting',
  'probity.insertDeclaration': 'declaration-of-interests',
};

async function insert(client: ClientRef, kind: InsertKind): Promise<void> {
  const editor = activeDraft();
  if (!editor) return;
  const c = client();
  const { document, selection } = editor;
  const version = document.version;
  const params: InsertParams | undefined = c && {
    textDocument: { uri: document.uri.toString() }, kind, snippet: true, range: c.code2ProtocolConverter.asRange(selection),
  };
  const res = await ask<InsertResult | null>(client, INSERT, params ?? {});
  if (!res || !c) return;
  if (res.message) { void vscode.window.showInformationMessage(`Probity: ${res.message}`); return; }
  // Typed into meanwhile: the edit's place may have moved, so nothing is inserted.
  if (!res.edit || res.version !== version || document.version !== version) {
    void vscode.window.showInformationMessage('Probity: the draft changed while this was worked out; run the command again.');
    return;
  }
  const range = c.protocol2CodeConverter.asRange(res.edit.range);
  await editor.insertSnippet(new vscode.SnippetString(res.snippet ?? res.edit.newText.replace(/[$}\\]/g, '\\$&')), range);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerInsertCommands(client: ClientRef): vscode.Disposable[] {
  return Object.entries(INSERT_COMMANDS).map(([id, kind]) => vscode.commands.registerCommand(id, () => insert(client, kind)));
}
