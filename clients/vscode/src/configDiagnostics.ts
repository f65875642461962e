// probity.json problems come from the server as diagnostics on the file, so any editor shows them,
// even for a probity.json nobody has opened. Once it is open here, VS Code's JSON support checks it
// against the schema this extension contributes (jsonValidation), as it is typed, and reports the
// same problems: the server's copy is then held back, so each problem is listed once.
import * as vscode from 'vscode';

const isConfig = (uri: vscode.Uri) => uri.path.endsWith('/probity.json');

export class ConfigDiagnostics implements vscode.Disposable {
  /** The server's latest diagnostics per probity.json, shown or held back. */
  private readonly latest = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly collection: () => vscode.DiagnosticCollection | undefined) {
    const refresh = (d: vscode.TextDocument) => { if (isConfig(d.uri)) this.show(d.uri); };
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument(refresh),
      vscode.workspace.onDidCloseTextDocument(refresh),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('json.validate.enable')) for (const { uri } of this.latest.values()) this.show(uri);
      }),
    ];
  }

  /** For the client's handleDiagnostics middleware: true when it has taken care of `uri`. */
  handle(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): boolean {
    if (!isConfig(uri)) return false;
    if (diagnostics.length) this.latest.set(uri.toString(), { uri, diagnostics });
    else this.latest.delete(uri.toString());
    this.show(uri);
    return true;
  }

  private show(uri: vscode.Uri): void {
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    const schemaChecks = open && vscode.workspace.getConfiguration('json').get<boolean>('validate.enable', true);
    this.collection()?.set(uri, schemaChecks ? [] : this.latest.get(uri.toString())?.diagnostics ?? []);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
