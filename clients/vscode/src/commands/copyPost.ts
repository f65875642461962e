// "Copy Post for Publishing": the post under the cursor, as the server gives it (no front matter, no
// Probity comments, plain line breaks), onto the clipboard.
import * as vscode from 'vscode';
import { copiedMessage, POST_FOR_PUBLISHING, type PostForPublishingParams, type PostForPublishingResult } from '../../../../server/src/lsp/protocol';
import { activeDraft, ask, type ClientRef } from './ask';

export function registerCopyPost(client: ClientRef): vscode.Disposable {
  return vscode.commands.registerCommand('probity.copyPost', async () => {
    const editor = activeDraft();
    if (!editor) return;
    const params: PostForPublishingParams = { textDocument: { uri: editor.document.uri.toString() }, position: { line: editor.selection.active.line, character: editor.selection.active.character } };
    const res = await ask<PostForPublishingResult | null>(client, POST_FOR_PUBLISHING, params);
    if (!res) return;
    await vscode.env.clipboard.writeText(res.text);
    void vscode.window.showInformationMessage(copiedMessage(res));
  });
}
