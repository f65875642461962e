// probity/insert: the edit for an editor's insert command, placed by the engine (engine/insert.ts)
// with the draft's own settings (probity.json and front matter included), converted at the edge.
import { asSnippet } from '@probity/snippets';
import { snippetFor } from '../engine/engine.js';
import { INSERT_KINDS, planInsert, type InsertKind } from '../engine/insert.js';
import { toOffsets, toRange } from './convert.js';
import type { InsertParams, InsertResult } from './protocol.js';
import type { Session } from './session.js';

export const isInsertKind = (k: unknown): k is InsertKind => (INSERT_KINDS as readonly unknown[]).includes(k);

export async function insert(session: Session, params: InsertParams): Promise<InsertResult | null> {
  const analysis = await session.analyse(params.textDocument.uri);
  if (!analysis) return null;
  const { doc, result: { draft } } = analysis;
  const planned = planInsert(draft, params.kind, toOffsets(doc, params.range, session.encoding), snippetFor(draft.settings));
  if (!planned.edit) return { version: doc.version, message: planned.message };
  const { start, end, newText } = planned.edit;
  return {
    version: doc.version,
    edit: { range: toRange(doc, start, end, session.encoding), newText },
    ...(params.snippet ? { snippet: asSnippet(newText) } : {}),
  };
}
