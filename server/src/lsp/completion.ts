// Completion of the snippets in snippets/probity.json, so editors without a snippet engine of their
// own (Neovim, Obsidian) offer them too: LSP snippet syntax where the client takes it, else the
// text with the writer's settings filled in.
import { fillSnippet, snippetSyntax, SNIPPETS } from '@probity/snippets';
import {
  CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionParams,
} from 'vscode-languageserver';
import { toOffset, toRange } from './convert.js';
import type { Session } from './session.js';

export async function completion(session: Session, params: CompletionParams): Promise<CompletionItem[]> {
  const analysis = await session.analyse(params.textDocument.uri);
  if (!analysis) return [];
  const { doc, result } = analysis;
  const { settings } = result.draft;
  const at = toOffset(doc, params.position, session.encoding);
  const lineStart = doc.offsetAt({ line: doc.positionAt(at).line, character: 0 });
  // Replace what has been typed of the prefix ("#ad" included), which editors' word rules may not.
  const typed = /[#\w-]*$/.exec(doc.getText().slice(lineStart, at))![0];
  const range = toRange(doc, at - typed.length, at, session.encoding);
  const vars = { author: settings.author, credentials: settings.credentials, interests: settings.interests.join('; ') };
  return Object.entries(SNIPPETS).map(([name, s], i): CompletionItem => {
    const plain = name === 'signposting-' + settings.jurisdiction && settings.signposting ? settings.signposting : fillSnippet(name, vars);
    const otherPlace = /^signposting-/.test(name) && name !== `signposting-${settings.jurisdiction}`;
    return {
      label: s.prefix[0],
      kind: CompletionItemKind.Snippet,
      detail: s.description,
      documentation: plain,
      filterText: s.prefix[0],
      sortText: `${otherPlace ? 1 : 0}${String(i).padStart(2, '0')}`,
      insertTextFormat: session.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: session.snippets ? snippetSyntax(name) : plain },
      data: { snippet: name },
    };
  });
}
