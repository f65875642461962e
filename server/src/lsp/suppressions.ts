// probity/suppressions: the draft's suppression comments with their reasons and what each silences,
// for an editor's "List suppressions".
import { PLACEHOLDER } from '@probity/snippets';
import { toRange } from './convert.js';
import type { SuppressionInfo, SuppressionsParams } from './protocol.js';
import type { Session } from './session.js';

export async function suppressions(session: Session, params: SuppressionsParams): Promise<SuppressionInfo[]> {
  const analysis = await session.analyse(params.textDocument.uri);
  if (!analysis) return [];
  const { doc, result } = analysis;
  return result.suppressions.map((s) => {
    const reason = s.reason?.replace(new RegExp(PLACEHOLDER.source, 'g'), '').trim();
    return {
      range: toRange(doc, s.start, s.end, session.encoding),
      kind: s.kind,
      rules: s.rules,
      ...(reason ? { reason: s.reason } : {}),
      silenced: result.suppressed.filter((x) => x.by === s).length,
    };
  });
}
