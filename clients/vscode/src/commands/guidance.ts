// "Show the guidance for a rule": pick a rule, read its guidance as a Markdown preview. The page is
// served from a scheme of its own, so the language server never checks the guidance as a draft. It
// is the server's rule page (bundled in at build time), so it reads as docs/rules/ and the hover do.
import * as vscode from 'vscode';
import type { Jurisdiction } from '@probity/rules';
import RULE_META from 'probity:rule-meta';
import { rulePageMarkdown } from '../../../../server/src/lsp/guidance-text';
import { GUIDANCE_COMMAND } from '../ruleDocs';

const SCHEME = 'probity-guidance';

const jurisdictionOf = (value: string | null | undefined): Jurisdiction => (value === 'ie' || value === 'us' ? value : 'uk');

export function registerGuidance(): vscode.Disposable[] {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent(uri) {
      const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const rule = RULE_META.find((r) => r.id === id);
      return rule ? rulePageMarkdown(rule, jurisdictionOf(new URLSearchParams(uri.query).get('jurisdiction'))) : `No Probity rule is called '${id}'.\n`;
    },
  };

  const show = async (ruleId?: string) => {
    let id = typeof ruleId === 'string' ? ruleId : undefined;
    if (!id) {
      const picked = await vscode.window.showQuickPick(
        RULE_META.map((r) => ({ label: r.title, description: r.id, detail: r.rationale, id: r.id })),
        { title: 'Probity: show the guidance for a rule', matchOnDescription: true, matchOnDetail: true },
      );
      id = picked?.id;
    }
    if (!id) return;
    const jurisdiction = jurisdictionOf(vscode.workspace.getConfiguration('probity').get<string>('jurisdiction'));
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${id}.md`, query: `jurisdiction=${jurisdiction}` });
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      // Without the built-in Markdown extension there is no preview; the source reads well too.
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: true });
    }
  };

  return [
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand(GUIDANCE_COMMAND, show),
  ];
}
