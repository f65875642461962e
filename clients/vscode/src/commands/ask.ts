// Asking the running server about the active draft, for the commands that work from its answers.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export type ClientRef = () => LanguageClient | undefined;

/** The active Markdown draft, or undefined after telling the writer why there is none. */
export function activeDraft(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'markdown') return editor;
  void vscode.window.showInformationMessage('Probity: open a Markdown draft first.');
  return undefined;
}

/** The server's answer to `method`, or undefined after saying it is not running. */
export async function ask<R>(client: ClientRef, method: string, params: object): Promise<R | undefined> {
  const c = client();
  if (!c?.isRunning()) {
    const restart = 'Restart Probity';
    void vscode.window.showWarningMessage('Probity is not running, so it cannot do this.', restart).then((choice) => {
      if (choice === restart) void vscode.commands.executeCommand('probity.restartServer');
    });
    return undefined;
  }
  return c.sendRequest<R>(method, params);
}
