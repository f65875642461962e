// The status bar item for the active draft: "Checking…" until the server has reported on it, its
// findings by severity (errors in the error colour), or "not running (click to restart)" once the
// server has stopped for good. The words are status.ts's; this wires them to VS Code.
import * as vscode from 'vscode';
import { statusView, type Counts, type ServerState } from './status';

export function countFindings(uri: vscode.Uri): Counts {
  const counts: Counts = { error: 0, warning: 0, other: 0 };
  for (const d of vscode.languages.getDiagnostics(uri)) {
    if (d.source !== 'probity') continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) counts.error++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
    else counts.other++;
  }
  return counts;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('probity.findings', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[];
  private server: ServerState | 'off' = 'starting';
  /** Drafts the server has reported on since it (re)started; bounded by the drafts open meanwhile. */
  private readonly reported = new Set<string>();

  constructor() {
    this.item.name = 'Probity';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.reported.delete(d.uri.toString())),
    ];
    this.update();
  }

  /** The server's state: while it starts, and after it stopped, no draft counts as checked. */
  setServer(state: ServerState | 'off'): void {
    if (state !== 'running') this.reported.clear();
    this.server = state;
    this.update();
  }

  /** The server published findings for `uri` (an empty list too: the draft has been checked). */
  reportedOn(uri: vscode.Uri): void {
    this.reported.add(uri.toString());
    if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (this.server === 'off' || !doc || doc.languageId !== 'markdown') { this.item.hide(); return; }
    const view = statusView(this.server, this.reported.has(doc.uri.toString()), countFindings(doc.uri));
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = view.command;
    this.item.backgroundColor = view.background ? new vscode.ThemeColor(view.background) : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
