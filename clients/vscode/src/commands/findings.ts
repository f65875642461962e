// "Go to Next Finding" and "List Suppressions": moving through what Probity found, and through what
// the writer has told it to ignore (with the reasons, as a medico-legal adviser would read them).
import * as vscode from 'vscode';
import { SUPPRESSIONS, type SuppressionInfo, type SuppressionsParams } from '../../../../server/src/lsp/protocol';
import { nextFinding } from '../findings';
import { activeDraft, ask, type ClientRef } from './ask';

async function goTo(editor: vscode.TextEditor, range: vscode.Range, hover: boolean): Promise<void> {
  editor.selection = new vscode.Selection(range.start, hover ? range.start : range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (hover) await vscode.commands.executeCommand('editor.action.showHover');
}

/** A suppression as a line of the list: where, what it silences, and its reason or the lack of one. */
export function suppressionItem(s: SuppressionInfo): { label: string; description: string; detail: string } {
  const rules = s.rules.length ? s.rules.join(', ') : 'every rule';
  const scope = { 'disable-next-line': 'next line', disable: 'from here', enable: 'ends', 'disable-file': 'whole file' }[s.kind];
  return {
    label: `Line ${s.range.start.line + 1}: ${rules} (${scope})`,
    description: s.reason ?? 'no reason given',
    detail: s.kind === 'enable' ? 'turns the checks back on' : `silences ${s.silenced === 1 ? '1 finding' : `${s.silenced} findings`} in this draft`,
  };
}

export function registerFindingCommands(client: ClientRef): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('probity.nextFinding', async () => {
      const editor = activeDraft();
      if (!editor) return;
      const ours = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'probity');
      const next = nextFinding(ours, editor.selection.active);
      if (!next) { void vscode.window.showInformationMessage('Probity: no findings in this draft.'); return; }
      await goTo(editor, next.range, true);
    }),
    vscode.commands.registerCommand('probity.listSuppressions', async () => {
      const editor = activeDraft();
      if (!editor) return;
      const params: SuppressionsParams = { textDocument: { uri: editor.document.uri.toString() } };
      const list = await ask<SuppressionInfo[]>(client, SUPPRESSIONS, params);
      if (!list) return;
      if (list.length === 0) { void vscode.window.showInformationMessage('Probity: nothing is suppressed in this draft.'); return; }
      const picked = await vscode.window.showQuickPick(list.map((s) => ({ ...suppressionItem(s), s })), {
        title: 'Probity: suppressions in this draft', matchOnDescription: true,
      });
      if (!picked) return;
      const { start, end } = picked.s.range;
      await goTo(editor, new vscode.Range(start.line, start.character, end.line, end.character), false);
    }),
  ];
}
