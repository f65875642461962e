// "Check every Markdown file in the workspace": open each draft (without showing it) so the
// language server checks it like any open document; the findings land in the Problems panel.
import * as vscode from 'vscode';

const LIMIT = 2000;
const EXCLUDE = '**/{node_modules,.git,.cache,dist,build,out}/**';

export function registerCheckWorkspace(): vscode.Disposable {
  return vscode.commands.registerCommand('probity.checkWorkspace', async () => {
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', EXCLUDE, LIMIT + 1);
    if (files.length === 0) {
      void vscode.window.showInformationMessage('Probity: no Markdown files in this workspace.');
      return;
    }
    const some = files.slice(0, LIMIT);
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Probity: checking Markdown files', cancellable: true },
      async (progress, token) => {
        for (const uri of some) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / some.length });
          await vscode.workspace.openTextDocument(uri);
        }
      },
    );
    // Focus, not toggle: the Problems panel may be open already.
    await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
    if (files.length > LIMIT) {
      void vscode.window.showWarningMessage(`Probity checked the first ${LIMIT} Markdown files; run the probity CLI for the rest.`);
    }
  });
}
