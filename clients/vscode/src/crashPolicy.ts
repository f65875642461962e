// What happens when the server dies: restarted, up to four times in three minutes, each crash in the
// output; after that it stays stopped (the status bar then says "not running (click to restart)")
// and the writer is told, once, that drafts are no longer being checked.
import type * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type Message } from 'vscode-languageclient/node';

const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60_000;

export function crashPolicy(output: Pick<vscode.LogOutputChannel, 'warn' | 'error'>, now = () => Date.now()): ErrorHandler {
  const crashes: number[] = [];
  return {
    error(error: Error, _message: Message | undefined, count: number | undefined) {
      output.error(`Probity: the connection to the checker failed: ${error.message}`);
      return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
    },
    closed() {
      const t = now();
      while (crashes.length && t - crashes[0] > WINDOW_MS) crashes.shift();
      crashes.push(t);
      if (crashes.length <= MAX_RESTARTS) {
        output.warn(`Probity: the checker stopped unexpectedly; restarting it (${crashes.length} of ${MAX_RESTARTS} in three minutes).`);
        return { action: CloseAction.Restart };
      }
      output.error(`Probity: the checker stopped ${crashes.length} times in three minutes, so it is not restarted.`);
      return {
        action: CloseAction.DoNotRestart,
        message: 'Probity\'s checker keeps stopping, so your drafts are not being checked. Click "Probity: not running" in the status bar to restart it, or run "Probity: Show Output" to see why.',
      };
    },
  };
}
