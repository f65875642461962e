// The status bar item: how many Probity findings the active draft has; a click opens the Problems panel.
import * as vscode from 'vscode';
import { statusText } from './statusText';

export function countFindings(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'probity').length;
}

export function createStatusBar(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('probity.findings', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Probity findings';
  item.command = 'workbench.actions.view.problems';

  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const enabled = vscode.workspace.getConfiguration('probity').get<boolean>('enable', true);
    if (!enabled || !doc || doc.languageId !== 'markdown') { item.hide(); return; }
    const { text, tooltip } = statusText(countFindings(doc.uri));
    item.text = text;
    item.tooltip = tooltip;
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) update();
    }),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('probity.enable')) update(); }),
  );
}
