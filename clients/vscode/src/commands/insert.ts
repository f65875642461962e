// Commands that insert a Probity snippet at the cursor, so a writer can add a label or a line
// before the checks ask for it.
import * as vscode from 'vscode';
import { snippetBody, type InsertKind } from '../snippetBody';

const COMMANDS: Record<string, InsertKind> = {
  'probity.insertAdLabel': 'ad-label',
  'probity.insertCredentials': 'credentials-line',
  'probity.insertSignposting': 'signposting',
  'probity.insertDeclaration': 'declaration-of-interests',
};

async function insert(kind: InsertKind): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Probity: open a Markdown draft to insert text into.');
    return;
  }
  const config = vscode.workspace.getConfiguration('probity', editor.document);
  const body = snippetBody(kind, {
    jurisdiction: config.get<string>('jurisdiction'),
    author: config.get<string>('author'),
    credentials: config.get<string>('credentials'),
    signposting: config.get<string>('signposting'),
    interests: config.get<string[]>('interests'),
  });
  await editor.insertSnippet(new vscode.SnippetString(body));
}

export function registerInsertCommands(): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, kind]) => vscode.commands.registerCommand(id, () => insert(kind)));
}
