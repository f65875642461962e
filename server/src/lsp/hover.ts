// Hover over a finding: the rule's title and the guidance behind it for the draft's jurisdiction
// (the front matter's, when it names one), quoted word for word, then why it matters.
import { RULES, type RuleMeta } from '@probity/rules';
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { toOffset, toRange } from './convert.js';
import { hoverMarkdown } from './guidance-text.js';
import type { Session } from './session.js';

export async function hover(session: Session, params: HoverParams): Promise<Hover | null> {
  const analysis = await session.analyse(params.textDocument.uri);
  if (!analysis) return null;
  const { doc, result } = analysis;
  const at = toOffset(doc, params.position, session.encoding);
  const under = result.findings.filter((f) => f.start <= at && at <= f.end);
  if (under.length === 0) return null;
  const jurisdiction = result.draft.settings.jurisdiction;
  const metaOf = (id: string): RuleMeta | undefined => (session.env.rules ?? RULES).find((r) => r.id === id);
  const parts = under.flatMap((f) => {
    const meta = metaOf(f.rule);
    return meta ? [hoverMarkdown(meta, jurisdiction, session.ruleHref(f.rule))] : [];
  });
  const start = Math.min(...under.map((f) => f.start)), end = Math.max(...under.map((f) => f.end));
  return {
    contents: { kind: session.markdownHover ? MarkupKind.Markdown : MarkupKind.PlainText, value: parts.join('\n\n---\n\n') },
    range: toRange(doc, start, end, session.encoding),
  };
}
