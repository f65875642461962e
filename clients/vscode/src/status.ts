// What the status bar item says, from what the client knows: whether the server runs, whether the
// active draft has been checked since it started, and its findings by severity. Pure, so each
// state is tested without VS Code. It never shows an all-clear it has not been given: before the
// first check it says so, and a server that has stopped is shown as stopped, not as clean.

export type ServerState = 'starting' | 'running' | 'stopped';
export interface Counts { error: number; warning: number; other: number }

export interface StatusView {
  text: string;
  tooltip: string;
  /** The command a click runs. */
  command: 'probity.restartServer' | 'workbench.actions.view.problems' | 'probity.showOutput';
  /** A theme colour for the background: errors and a stopped server stand out. */
  background?: 'statusBarItem.errorBackground' | 'statusBarItem.warningBackground';
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function statusView(server: ServerState, checked: boolean, counts: Counts): StatusView {
  if (server === 'stopped') {
    return {
      text: '$(debug-disconnect) Probity: not running (click to restart)',
      tooltip: 'Probity\'s checker has stopped, so this draft is not being checked. Click to restart it; "Probity: Show Output" says what happened.',
      command: 'probity.restartServer',
      background: 'statusBarItem.errorBackground',
    };
  }
  if (server === 'starting' || !checked) {
    return { text: '$(sync~spin) Probity: Checking…', tooltip: 'Probity is checking this draft.', command: 'probity.showOutput' };
  }
  const { error, warning, other } = counts;
  const parts = [error && plural(error, 'error'), warning && plural(warning, 'warning'), other && plural(other, 'note')].filter(Boolean);
  if (parts.length === 0) {
    return { text: '$(check) Probity: no findings', tooltip: 'Probity checked this draft and found nothing to point at. That is not an approval: when in doubt, ask your defence body.', command: 'workbench.actions.view.problems' };
  }
  const tooltip = `Probity: ${parts.join(', ')} in this draft. Click to open the Problems panel; "Probity: Go to Next Finding" steps through them.`;
  if (error) return { text: `$(error) Probity: ${parts.join(', ')}`, tooltip, command: 'workbench.actions.view.problems', background: 'statusBarItem.errorBackground' };
  return { text: `$(warning) Probity: ${parts.join(', ')}`, tooltip, command: 'workbench.actions.view.problems' };
}
