// "Restart the Server" and "Show Output": what a writer can do when Probity has stopped, or to see
// what it has been doing (the log says when it started, where each draft's settings came from, and
// every problem it met).
import * as vscode from 'vscode';

export function registerServerCommands(restart: () => Promise<void>, output: vscode.OutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('probity.restartServer', async () => {
      try {
        await restart();
      } catch (e) {
        output.appendLine(`Probity could not restart its checker: ${(e as Error).stack ?? e}`);
        const show = 'Show Output';
        if (await vscode.window.showErrorMessage('Probity could not restart its checker.', show) === show) output.show(true);
      }
    }),
    vscode.commands.registerCommand('probity.showOutput', () => output.show(true)),
  ];
}
