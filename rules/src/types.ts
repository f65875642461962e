// The contract between the engine and the rules: what a rule sees (a Draft of posts, blocks and
// sentences with exact offsets) and what it reports (findings with plain-text fixes).
// Offsets are JavaScript string indices (UTF-16 code units) into the original text, as in LSP.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Jurisdiction = 'uk' | 'ie' | 'us';
export const JURISDICTIONS: readonly Jurisdiction[] = ['uk', 'ie', 'us'];
export type Platform =
  | 'blog' | 'x' | 'bluesky' | 'threads' | 'mastodon' | 'instagram' | 'linkedin' | 'tiktok' | 'facebook';
export const PLATFORMS: readonly Platform[] = [
  'blog', 'x', 'bluesky', 'threads', 'mastodon', 'instagram', 'linkedin', 'tiktok', 'facebook',
];

export interface Range { start: number; end: number }

/** One text replacement over the original text (ESLint-style). Edits of one fix never overlap. */
export interface Edit extends Range { newText: string }

/** `safe` fixes cannot change the author's meaning and are applied by `--fix`; `unsafe` ones rewrite words. */
export interface Fix { title: string; safe: boolean; edits: Edit[] }

/** A quotation from ../shared/guidance, word for word. `paragraph` is omitted where it is not confirmed. */
export interface Guidance {
  source: string; paragraph?: string; quote: string;
  /**
   * Set where a jurisdiction's list quotes another's guidance because none of its own in the quote
   * book says this: whose guidance it is. The engine and the hover say so (server/src/engine/analogy.ts).
   */
  analogy?: Jurisdiction;
}

export interface Settings {
  jurisdiction: Jurisdiction;
  platform?: Platform;
  author?: string;
  credentials?: string;
  /** The text that replaces personalised advice; a default per jurisdiction when unset. */
  signposting?: string;
  /** The author's own brands, clinics, books, employers and paid ties. */
  interests: string[];
  sponsored?: boolean;
  rules: Record<string, Severity | 'off'>;
}

export interface Sentence extends Range {
  /** Prose of the sentence; `start`/`end` are offsets into the block's prose, not the source. */
  text: string;
}

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'quote' | 'tableCell' | 'imageAlt';

export interface Link { url: string; start: number; end: number }

/**
 * A run of prose: a paragraph, heading, list item, table cell or image alt text. `prose` is its
 * text with Markdown syntax, code, URLs and HTML comments taken out; `toSource` maps a range of
 * `prose` back to exact offsets in the original text.
 */
export interface Block extends Range {
  kind: BlockKind;
  /** 0-based line of the block's first character. */
  line: number;
  prose: string;
  sentences: readonly Sentence[];
  /** Link targets inside the block (absolute offsets of the whole link). */
  links: readonly Link[];
  /** The image URL when kind is 'imageAlt'. */
  imageUrl?: string;
  /** Index of the post this block belongs to. */
  post: number;
  /** Index of the block in `Draft.blocks`: its neighbours are the blocks either side with the same post. */
  index: number;
  toSource(proseStart: number, proseEnd: number): Range;
}

export interface Post extends Range {
  index: number;
  /** 0-based line of the post's first line. */
  line: number;
  blocks: readonly Block[];
  /** Where a label or credentials line would be inserted at the start of the post. */
  insertAt: number;
}

export interface Draft {
  text: string;
  settings: Settings;
  /** The resolved platform (settings, then front matter; 'blog' when neither says). */
  platform: Platform;
  isThread: boolean;
  frontMatter: Record<string, unknown>;
  /** Offset just past the front matter (0 when there is none). */
  bodyStart: number;
  posts: readonly Post[];
  /** Every block of every post, in order. */
  blocks: readonly Block[];
  /** The line ending the draft uses, for inserted lines. */
  eol: '\n' | '\r\n';
}

export interface RuleFinding extends Range {
  message: string;
  fixes?: Fix[];
}

/** What a rule's per-block report may know beyond the block: its settings and its post. */
export interface BlockContext {
  settings: Settings;
  /** The block's post opens by addressing an @handle: a reply to one person. */
  reply: boolean;
  snippet(name: SnippetName, vars?: Record<string, string>): string;
}

export interface RuleContext<Facts = unknown> {
  draft: Draft;
  settings: Settings;
  /** The rule's per-block facts, computed once per block content and settings, then cached. */
  facts(block: Block): Facts;
  /** The blocks whose facts are `notable` for the rule, in draft order (every block when it has no `notable`). */
  notable: readonly Block[];
  /** Fill a snippet from ../snippets with the draft's settings. */
  snippet(name: SnippetName, vars?: Record<string, string>): string;
  /** The draft-level decision of an analysis the rule `reads`, made once per check for every rule. */
  read<Decision>(analysis: Analysis<any, Decision>): Decision;
}

/**
 * Facts about a draft that several rules share ("this draft sells something, whose it is, and who
 * profits"), so that they cannot disagree. Like a rule, it scans each block once (cached by the
 * engine with the block, re-scanned only when the block changes) and says which blocks are
 * notable; then `decide` makes one draft-level decision per check from the notable blocks, which
 * every rule that `reads` it is handed through `RuleContext.read`.
 */
export interface Analysis<Facts = unknown, Decision = unknown> {
  id: string;
  scan(block: Block, settings: Settings): Facts;
  notable(facts: Facts): boolean;
  /**
   * Reads the settings, the notable blocks' facts, index and post, and the posts and kinds of the
   * draft's blocks, nothing else: the engine keeps a decision for as long as those stay the same
   * (server/src/engine/decisions.ts). Offsets are read from the blocks it names, by the rules.
   */
  decide(ctx: AnalysisContext<Facts>): Decision;
}

export interface AnalysisContext<Facts> {
  draft: Draft;
  settings: Settings;
  facts(block: Block): Facts;
  /** The blocks whose facts are notable, in draft order. */
  notable: readonly Block[];
}

export function defineAnalysis<Facts, Decision>(analysis: Analysis<Facts, Decision>): Analysis<Facts, Decision> {
  return analysis;
}

export type SnippetName =
  | 'ad-label' | 'credentials-line' | 'signposting' | 'declaration-of-interests' | 'consent-statement'
  | 'ignore-next-line';

export interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  /** Why it matters, in one or two sentences, for hover text and docs. */
  rationale: string;
  guidance: Record<Jurisdiction, readonly Guidance[]>;
}

export interface Rule<Facts = unknown> extends RuleMeta {
  /** Per-block analysis; pure in (block prose, settings). The engine caches it per block. */
  scan?(block: Block, settings: Settings): Facts;
  /**
   * Findings of one block from its facts and context alone, with offsets from `block.toSource` and
   * every range and edit inside the block. The engine caches them with the facts and moves them
   * with the block, so a keystroke re-reports only the block it lands in.
   */
  report?(block: Block, facts: Facts, ctx: BlockContext): RuleFinding[];
  /**
   * Whether a block's facts can matter to `applies` and `check` by themselves (a neighbour's facts
   * are still there to ask for). The engine keeps the answer with the facts and hands those two only
   * the notable blocks: a keystroke in a long draft then does not read every block's facts once per
   * rule, which at typing pace, with the caches cold, cost more than the rest of the check.
   */
  notable?(facts: Facts): boolean;
  /** Whether the per-block findings stand in this draft at all (consent stated anywhere lifts them). */
  applies?(ctx: RuleContext<Facts>): boolean;
  /** Findings that need the whole draft (a label at its start, a declaration anywhere in it). */
  check?(ctx: RuleContext<Facts>): RuleFinding[];
  /** The shared analyses whose decisions `check` and `applies` read (with `ctx.read`). */
  reads?: readonly Analysis<any, any>[];
}

export function defineRule<Facts>(rule: Rule<Facts>): Rule<Facts> {
  return rule;
}
