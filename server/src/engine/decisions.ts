// An analysis's decision (rules/src/types.ts: Analysis) is made from the notable blocks' facts, and
// from where those blocks stand: their index and post, and the posts and kinds of the draft's blocks
// (a heading's section runs to the next heading). It names blocks, and the rules read offsets from
// those blocks afterwards, never from the decision. So while none of its inputs changed, the last
// check's decision serves again: after most keystrokes (typing in a block that is not notable, or
// in one before the notable ones, whose blocks then only move) the commercial-context decision was
// made again, from the same facts, to the same end, for two thirds of a millisecond each time.
// Blocks must be the same objects for their offsets to be current: a named document's blocks keep
// their identity when an edit moves them (draft/index.ts, BlockView), an unnamed draft's do not.
import type { Block, BlockKind } from '@probity/rules';

/** What a decision was made from, and the decision. One is kept per analysis per remembered layout. */
export interface KeptDecision {
  /** The memo table (settings key) the facts came from. */
  table: object;
  /** Per notable block, in order: the block, its facts, its index and its post. */
  notable: unknown[];
  /** Per block of the draft: its post and kind, as `post * KINDS + kind`. */
  shape: Int32Array;
  decision: unknown;
}

const KIND_CODES: Record<BlockKind, number> = { heading: 0, paragraph: 1, listItem: 2, quote: 3, tableCell: 4, imageAlt: 5 };
const KINDS = 6;
const shapeOf = (b: Block) => b.post * KINDS + KIND_CODES[b.kind];

/** Whether `kept` was decided from these very inputs. */
export function decidedFrom(kept: KeptDecision, table: object, notable: readonly Block[], facts: (b: Block) => unknown, blocks: readonly Block[]): boolean {
  if (kept.table !== table || kept.notable.length !== notable.length * 4 || kept.shape.length !== blocks.length) return false;
  const k = kept.notable;
  for (let i = 0, j = 0; i < notable.length; i++, j += 4) {
    const b = notable[i];
    if (k[j] !== b || k[j + 2] !== b.index || k[j + 3] !== b.post || k[j + 1] !== facts(b)) return false;
  }
  const shape = kept.shape;
  for (let i = 0; i < blocks.length; i++) if (shape[i] !== shapeOf(blocks[i])) return false;
  return true;
}

/** The inputs of a decision just made, kept with it. */
export function keepDecision(decision: unknown, table: object, notable: readonly Block[], facts: (b: Block) => unknown, blocks: readonly Block[]): KeptDecision {
  const kept: unknown[] = new Array(notable.length * 4);
  notable.forEach((b, i) => { kept[4 * i] = b; kept[4 * i + 1] = facts(b); kept[4 * i + 2] = b.index; kept[4 * i + 3] = b.post; });
  const shape = new Int32Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) shape[i] = shapeOf(blocks[i]);
  return { table, notable: kept, shape, decision };
}
