// The engine: builds the Draft, runs every enabled rule (per-block facts and findings cached across
// checks, moved with their block), drops suppressed findings and attaches severity and guidance.
import { isReply, RULES, type Analysis, type Block, type BlockContext, type Draft, type Fix, type Guidance, type Rule, type RuleContext, type RuleFinding, type Settings, type Severity } from '@probity/rules';
import { fillSnippet } from '@probity/snippets';
import type { ChunkBlock } from '../draft/blocks.js';
import { buildDraftSteps, chunkBlockOf, ChunkCache, closestLayout, type BuiltDraft } from '../draft/index.js';
import type { Layout, TextEdit } from '../draft/layout.js';
import { inParts } from '../draft/parts.js';
import type { LineIndex } from '../draft/line-index.js';
import { mergeSettings, readLayer, settingsKey, type SettingsProblem } from '../settings/schema.js';
import { readInlineSettings, readSuppressions, type Suppression } from './comments.js';
import { isValidFix } from './fixes.js';
import { findLimit, limitFinding } from './limits.js';
import { analogyNote } from './analogy.js';
import { decidedFrom, keepDecision, type KeptDecision } from './decisions.js';
import { reasonFindings, SuppressionIndex } from './suppress.js';
import { scanText, type TextScan } from './text-scan.js';

export interface Finding {
  rule: string;
  severity: Severity;
  title: string;
  message: string;
  start: number;
  end: number;
  fixes: Fix[];
  guidance: readonly Guidance[];
}

export interface CheckOptions {
  /** Settings below the draft's own (defaults < probity.json < editor), already merged or partial. */
  settings?: Partial<Settings>;
  /** Where the settings came from, for messages. */
  settingsSource?: string;
  /**
   * The text this one was made from and where it was edited, when the caller knows (an editor's
   * change event): if that text was checked, its layout is built on without comparing the texts.
   */
  previous?: { text: string; edit: TextEdit };
  /**
   * The document this text is a version of (an editor's URI): the engine keeps the layout of its
   * last check to build the next on, in place of the one before, until `forget(document)`.
   * Without one, the draft shares a short ring of recent layouts with other unnamed drafts.
   */
  document?: string;
}

export interface RuleFailure { rule: string; error: string }

export interface CheckResult {
  findings: Finding[];
  suppressions: Suppression[];
  /** Findings silenced by a suppression, with it: the audit trail. */
  suppressed: { finding: Finding; by: Suppression }[];
  problems: SettingsProblem[];
  failures: RuleFailure[];
  /**
   * The draft checked. A named document's blocks move with its text: the next check of the same
   * document places them anew (findings are never changed).
   */
  draft: Draft & { lines: LineIndex };
}

/** No facts computed yet for this rule and block (facts themselves may be undefined). */
const NONE = Symbol('none');

/** A block's per-block findings (every rule's), for the offset and reply state they were made at. */
interface Reported { reply: boolean; base: number; findings: Finding[] }
/** What the engine remembers of a parsed block under one settings key: facts per rule, findings. */
interface Memo {
  table: object; facts: unknown[]; reported?: Reported;
  /** Rules (one bit each) for which the block's facts are notable, and those for which that is known. */
  notable: number; known: number;
}
/**
 * One settings key's memos. A memo names its table by `token`, not by the map: a block's own memo
 * would otherwise keep a dropped table's map, and every memo in it, alive.
 */
interface Table { token: object; memos: WeakMap<ChunkBlock, Memo> }
const MAX_TABLES = 16;
/** A parsed block's memo under one settings key, made on first use; `mine` says whether the block's own memo is it. */
type MemoOf = ((rel: ChunkBlock) => Memo) & { mine(rel: ChunkBlock): boolean; table: object };

interface LayoutKnown {
  scan?: TextScan; table?: object;
  /** Each analysis's decision in the layout's check, with what it was made from (decisions.ts). */
  decisions?: Map<Analysis, KeptDecision>;
}

/** How a long check gives way to other work: `pause` is awaited at most every `sliceMs`. */
export interface CheckYield {
  pause(): Promise<void>;
  /** True when the result is no longer wanted (a newer version arrived): the check stops early. */
  cancelled?(): boolean;
  sliceMs?: number;
}

// Blocks scanned between two chances to give way, in a check that gives way.
const BLOCKS_PER_STEP = 16;
// An edit this long or shorter re-splits a few chunks at most: a keystroke, a word, a pasted line.
const SMALL_EDIT = 4096;
// Not every host a worker build runs in has `performance`.
const now: () => number = typeof performance === 'object' && performance ? () => performance.now() : () => Date.now();

export class Engine {
  private readonly chunks = new ChunkCache();
  // Facts and findings per parsed chunk block, per settings key. Keyed by the chunk block object, so
  // a lookup is a WeakMap probe rather than a key string built from the block's prose, and the
  // memo goes when the chunk cache lets the block go.
  // At most MAX_TABLES settings keys, the least recently used dropped first: a memo per block per
  // key (typing into the front matter makes a new key at every keystroke).
  private readonly tables = new Map<string, Table>();
  // What the engine knows of each remembered layout: what the whole-text scans found in its text
  // (one not cut short), and the memo table its check ran to its end with.
  private readonly known = new WeakMap<Layout, LayoutKnown>();
  // The shared analyses the rules read: their per-block facts sit in each block's memo after the
  // rules' own, so they are cached, moved and forgotten with the block like a rule's.
  private readonly analyses: readonly Analysis[];
  constructor(private readonly rules: readonly Rule[] = RULES as readonly Rule[]) {
    this.analyses = [...new Set(rules.flatMap((r) => r.reads ?? []))];
  }

  /** The memo of a parsed block under `settings`, made on first use. */
  private memos(settings: Settings): MemoOf {
    const key = settingsKey(settings);
    let table = this.tables.get(key);
    if (table) {
      this.tables.delete(key);
    } else {
      if (this.tables.size >= MAX_TABLES) this.tables.delete(this.tables.keys().next().value as string);
      table = { token: {}, memos: new WeakMap() };
    }
    this.tables.set(key, table);
    const slotCount = this.rules.length + this.analyses.length;
    const { token, memos } = table;
    // The block's own memo serves the settings it last ran with: a property read, where a WeakMap
    // probe per block per keystroke adds up on a long draft.
    const mine = (rel: ChunkBlock) => rel.memo !== undefined && rel.memo.table === token;
    const memoOf = (rel: ChunkBlock): Memo => {
      if (mine(rel)) return rel.memo as Memo;
      let memo = memos.get(rel);
      if (!memo) memos.set(rel, memo = { table: token, facts: new Array<unknown>(slotCount).fill(NONE), reported: undefined, notable: 0, known: 0 });
      return (rel.memo = memo);
    };
    return Object.assign(memoOf, { mine, table: token });
  }

  /** Forgets a document that was closed: its layout, and the chunks no other draft uses. */
  forget(document: string): void {
    this.chunks.forgetDocument(document);
  }

  /** What the engine keeps between checks (layouts, chunks, settings keys), for tests and the bench. */
  cacheSize(): ReturnType<ChunkCache['size']> & { settingsKeys: number } {
    return { ...this.chunks.size(), settingsKeys: this.tables.size };
  }

  check(fullText: string, options: CheckOptions = {}): CheckResult {
    const steps = this.steps(fullText, options, false);
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
    }
  }

  /**
   * The same check, giving way to other work (a language server's other requests) every few
   * milliseconds: between rules, and between groups of blocks whose facts it computes ahead of a
   * rule. Undefined when cancelled, or when a newer check of the same document ran meanwhile.
   * Checks may interleave: what they share is keyed by content.
   */
  async checkAsync(fullText: string, options: CheckOptions, give: CheckYield): Promise<CheckResult | undefined> {
    const slice = give.sliceMs ?? 5;
    const steps = this.steps(fullText, options, true);
    let since = now();
    for (;;) {
      const next = steps.next();
      // A newer check of the same document, run while this one gave way, placed its blocks anew
      // (draft/index.ts, BlockView): what this one read of them afterwards may be of that text.
      if (next.done) return options.document !== undefined && this.chunks.recent(options.document)[0] !== (next.value.draft as BuiltDraft).layout ? undefined : next.value;
      if (now() - since < slice) continue;
      await give.pause();
      if (give.cancelled?.()) return undefined;
      since = now();
    }
  }

  private *steps(fullText: string, options: CheckOptions, stepwise: boolean): Generator<void, CheckResult> {
    const base = closestLayout(this.chunks, fullText, options.previous, options.document);
    const before = base && this.known.get(base.layout);
    const scan = scanText(fullText, base && before?.scan ? { scan: before.scan, edit: base.edit, length: base.layout.text.length } : undefined);
    // A huge or hostile draft is checked up to a bound (limits.ts), and a finding says so. The
    // checked part is a prefix, so every offset below is also an offset into the full text.
    const limit = findLimit(fullText, scan.mayExceed);
    const text = limit ? fullText.slice(0, limit.end) : fullText;
    const problems: SettingsProblem[] = [];
    const draft = yield* buildDraftSteps({
      text, cache: this.chunks, document: options.document, base: limit ? undefined : base ?? null,
      resolveSettings: (frontMatter, fmError) => {
        if (fmError) problems.push({ source: 'front matter', key: '(yaml)', message: fmError });
        const inline = scan.comments ? readInlineSettings(text, problems).map((raw) => readLayer(raw, 'inline probity-settings comment', problems, true)) : [];
        return mergeSettings(options.settings ?? {}, readLayer(frontMatter, 'front matter', problems, false), ...inline);
      },
    });
    const seen: LayoutKnown = { scan: limit ? undefined : scan };
    this.known.set(draft.layout, seen);
    const { settings } = draft;
    const memoOf = this.memos(settings);
    if (stepwise) yield;
    // After a keystroke nearly every block is known: the check is short, and giving way inside it
    // would only make it longer. Only a check with many blocks to scan gives way as it goes.
    // A small edit of a draft checked with these settings leaves only the chunks around it unknown,
    // without a walk over every block to count them.
    const small = base !== undefined && before?.table === memoOf.table && base.edit.newEnd - base.edit.start <= SMALL_EDIT;
    if (stepwise && (small || fewUnknown(draft, memoOf))) stepwise = false;
    const suppressions = scan.comments ? readSuppressions(text, (o) => draft.lines.lineOf(o)) : [];
    const snippet = snippetFor(settings);
    const runs = this.rules.flatMap((rule, ruleIndex) => {
      const severity = settings.rules[rule.id] ?? rule.severity;
      return severity === 'off' ? [] : [ruleRun(rule, ruleIndex, severity, settings, text.length, memoOf)];
    });

    // The analyses that enabled rules read, each run like a rule with a scan and notable blocks.
    const analysisRuns = new Map<Analysis, Run>();
    this.analyses.forEach((analysis, i) => {
      if (!runs.some((r) => r.rule.reads?.includes(analysis))) return;
      analysisRuns.set(analysis, ruleRun(analysisRule(analysis), this.rules.length + i, 'hint', settings, text.length, memoOf));
    });

    // One walk over the blocks gathers every rule's per-block findings and each rule's (and
    // analysis's) notable blocks.
    let reported = yield* walkBlocks(draft, [...runs, ...analysisRuns.values()], { settings, reply: false, snippet }, memoOf, stepwise);
    // Each analysis decides once per check, when a rule first asks; every rule reads the same decision.
    const decisions = new Map<Analysis, unknown>();
    const read = <D>(analysis: Analysis<unknown, D>): D => {
      if (decisions.has(analysis)) return decisions.get(analysis) as D;
      const run = analysisRuns.get(analysis);
      if (!run) throw new Error(`no rule declares that it reads the ${analysis.id} analysis`);
      if (run.failure !== undefined) throw new Error(`the ${analysis.id} analysis failed: ${run.failure}`);
      const notable = notableOf(draft, run);
      let kept = before?.decisions?.get(analysis);
      if (!kept || !decidedFrom(kept, memoOf.table, notable, run.facts, draft.blocks)) {
        kept = keepDecision(analysis.decide({ draft, settings, facts: run.facts, notable }), memoOf.table, notable, run.facts, draft.blocks);
      }
      (seen.decisions ??= new Map()).set(analysis, kept);
      decisions.set(analysis, kept.decision);
      return kept.decision as D;
    };
    const ctxOf = (run: Run): RuleContext => ({ draft, settings, facts: run.facts, snippet, notable: notableOf(draft, run), read });
    // Rules whose per-block findings do not stand in this draft: still cached, not reported.
    const silenced = new Set<string>();
    for (const run of runs) {
      if (!run.rule.applies || run.failure !== undefined) continue;
      try {
        if (stepwise && !run.notable) yield* factsInSteps(draft, run);
        if (!run.rule.applies(ctxOf(run))) silenced.add(run.rule.id);
      } catch (e) {
        run.fail(e);
      }
    }
    if (silenced.size > 0) reported = reported.filter((f) => !silenced.has(f.rule));
    for (const run of runs) {
      if (!run.rule.check || run.failure !== undefined) continue;
      if (stepwise) yield;
      try {
        if (stepwise && !run.rule.report && !run.notable) yield* factsInSteps(draft, run);
        for (const r of run.rule.check(ctxOf(run))) reported.push(run.toFinding(r));
      } catch (e) {
        run.fail(e);
      }
    }
    const failed = runs.filter((r) => r.failure !== undefined);
    const failures = failed.map((r) => ({ rule: r.rule.id, error: r.failure! }));
    // A rule that failed on one block has no findings anywhere: half a rule's findings would mislead.
    if (failed.length > 0) reported = reported.filter((f) => !failed.some((r) => r.rule.id === f.rule));

    let findings = reported;
    const suppressed: CheckResult['suppressed'] = [];
    if (suppressions.length > 0) {
      const index = new SuppressionIndex(suppressions, text, draft.lines);
      findings = [];
      for (const finding of reported) {
        const by = index.find(finding.rule, draft.lines.lineOf(finding.start));
        if (by) suppressed.push({ finding, by });
        else findings.push(finding);
      }
    }
    // After the filtering above: a comment without a reason cannot silence the note that asks for one.
    for (const note of reasonFindings(suppressions, text)) findings.push(note);
    if (limit) findings.push(limitFinding(limit));
    findings.sort((a, b) => a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    seen.table = memoOf.table;
    return { findings, suppressions, suppressed, problems, failures, draft };
  }
}

/** An analysis seen as a rule with only a scan and notable blocks, so one kind of run serves both. */
function analysisRule(analysis: Analysis): Rule {
  return {
    id: analysis.id, title: analysis.id, severity: 'hint', rationale: '', guidance: { uk: [], ie: [], us: [] },
    scan: analysis.scan, notable: analysis.notable,
  };
}

/** One enabled rule (or analysis) in one check: its cached facts, its findings as the engine reports them. */
interface Run {
  rule: Rule;
  /** Bit of the rule in a memo's notable masks. */
  bit: number;
  facts(block: Block): unknown;
  /** The blocks whose facts are notable for the rule, gathered by walkBlocks (rules with `notable`). */
  notable?: Block[];
  toFinding(r: RuleFinding): Finding;
  /** The first error the rule threw in this check. */
  failure?: string;
  fail(e: unknown): void;
}

function ruleRun(rule: Rule, ruleIndex: number, severity: Severity, settings: Settings, textLength: number, memoOf: MemoOf): Run {
  const guidance = rule.guidance[settings.jurisdiction];
  // A rule that applies another jurisdiction's guidance says so in every message, plainly.
  const analogy = analogyNote(guidance, settings.jurisdiction);
  const run: Run = {
    rule,
    bit: 2 ** ruleIndex,
    notable: rule.notable && ruleIndex < 31 ? [] : undefined, // a bit each in an int32 mask
    toFinding: (r) => ({
      rule: rule.id, severity, title: rule.title, message: oneByte(analogy ? `${r.message}; ${analogy}` : r.message),
      start: clamp(r.start, textLength), end: clamp(Math.max(r.end, r.start), textLength),
      fixes: (r.fixes ?? []).filter((f) => isValidFix(f, textLength)),
      guidance,
    }),
    facts: (block) => {
      if (!rule.scan) return undefined;
      const rel = chunkBlockOf(block);
      if (!rel) return rule.scan(block, settings); // a block not built here: nothing to keep it with
      const slots = memoOf(rel).facts;
      let value = slots[ruleIndex];
      if (value === NONE) slots[ruleIndex] = value = rule.scan(block, settings);
      return value;
    },
    fail: (e) => { run.failure ??= e instanceof Error ? e.stack ?? e.message : String(e); },
  };
  return run;
}

/**
 * The blocks a rule's applies and check read: those walkBlocks found notable, or, for a rule past
 * the mask's 31 bits, found here; every block for a rule that does not say.
 */
function notableOf(draft: Draft, run: Run): readonly Block[] {
  const notable = run.rule.notable;
  return run.notable ?? (notable ? draft.blocks.filter((b) => notable(run.facts(b))) : draft.blocks);
}

/** Whether at most a step's worth of blocks have no memo yet under these settings. */
function fewUnknown(draft: Draft, memoOf: MemoOf): boolean {
  let unknown = 0;
  for (const block of draft.blocks) {
    const rel = chunkBlockOf(block);
    if ((!rel || !memoOf.mine(rel)) && ++unknown > BLOCKS_PER_STEP) return false;
  }
  return true;
}

/** Facts are what costs on a long draft: computed in groups between chances to give way, a check then reads them cached. */
function factsInSteps(draft: Draft, run: Run): Generator<void> {
  const scan = (from: number, to: number) => { for (let i = from; i < to; i++) run.facts(draft.blocks[i]); };
  return inParts(run.rule.scan ? draft.blocks.length : 0, BLOCKS_PER_STEP, true, scan);
}

/**
 * Block by block: the per-block findings of every rule that reports them, and the blocks notable for
 * every rule that says which are. One memo per block holds both, so a block that did not change
 * costs one lookup, and one that moved is moved once.
 */
function* walkBlocks(draft: Draft, runs: Run[], ctx: BlockContext, memoOf: MemoOf, stepwise: boolean): Generator<void, Finding[]> {
  const reported: Finding[] = [];
  const reporting = runs.filter((r) => r.rule.report);
  const watching = runs.filter((r) => r.notable);
  if (reporting.length === 0 && watching.length === 0) return reported;
  const wanted = watching.reduce((mask, r) => mask | r.bit, 0);
  const replies = draft.posts.map((p) => isReply(p));
  yield* inParts(draft.blocks.length, BLOCKS_PER_STEP, stepwise, (from, to) => {
    for (let i = from; i < to; i++) {
      const block = draft.blocks[i];
      const rel = chunkBlockOf(block);
      const memo = rel && memoOf(rel);
      if (reporting.length > 0) {
        const reply = replies[block.post];
        let done = memo?.reported;
        if (!done || done.reply !== reply) {
          done = { reply, base: block.start, findings: reportBlock(block, reporting, ctx, reply) };
          if (memo && reporting.every((r) => r.failure === undefined)) memo.reported = done;
        } else if (done.base !== block.start && done.findings.length > 0) {
          const delta = block.start - done.base;
          done = { reply, base: block.start, findings: done.findings.map((f) => moved(f, delta)) };
          memo!.reported = done;
        }
        for (const f of done.findings) reported.push(f);
      }
      if (wanted === 0) continue;
      let { notable = 0, known = 0 } = memo ?? {};
      if ((known & wanted) !== wanted) {
        for (const run of watching) {
          if (known & run.bit || run.failure !== undefined) continue;
          try {
            if (run.rule.notable!(run.facts(block))) notable |= run.bit;
            known |= run.bit;
          } catch (e) {
            run.fail(e);
          }
        }
        if (memo) { memo.notable = notable; memo.known = known; }
      }
      if (notable & wanted) for (const run of watching) if (notable & run.bit) run.notable!.push(block);
    }
  });
  return reported;
}

/** One block's findings from every reporting rule that has not failed. */
function reportBlock(block: Block, reporting: Run[], ctx: BlockContext, reply: boolean): Finding[] {
  ctx.reply = reply;
  const findings: Finding[] = [];
  for (const run of reporting) {
    if (run.failure !== undefined) continue;
    try {
      for (const r of run.rule.report!(block, run.facts(block), ctx)) findings.push(run.toFinding(r));
    } catch (e) {
      run.fail(e);
    }
  }
  return findings;
}

/** A finding of a block that moved by `delta`, with its fixes. */
function moved(f: Finding, delta: number): Finding {
  return {
    rule: f.rule, severity: f.severity, title: f.title, message: f.message, start: f.start + delta, end: f.end + delta,
    fixes: f.fixes.length === 0 ? f.fixes : f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })),
    guidance: f.guidance,
  };
}

// A draft is stored two bytes a character whenever one character needs it (an emoji, a curly
// quote), and so is every slice of it, plain ASCII or not. One message quoting such a slice made
// the whole publishDiagnostics payload two-byte: twice the memory, and its encoding 0.2 ms slower on
// every keystroke of a long draft. Joined again from its characters, the message is stored in one.
const oneByte = (s: string) => (/[^\x00-\xff]/.test(s) ? s : s.split('').join(''));

const clamp = (n: number, max: number) => Math.max(0, Math.min(Number.isFinite(n) ? n : 0, max));

/** A snippet's text filled from the settings: what fixes insert, and the editors' insert commands. */
export function snippetFor(settings: Settings): BlockContext['snippet'] {
  return (name, vars) => (name === 'signposting' && settings.signposting
    ? settings.signposting
    : fillSnippet(snippetName(name, settings), { ...snippetVars(settings), ...vars }));
}

function snippetName(name: string, settings: Settings): string {
  return name === 'signposting' ? `signposting-${settings.jurisdiction}` : name;
}

function snippetVars(settings: Settings): Record<string, string | undefined> {
  return { author: settings.author, credentials: settings.credentials, interests: settings.interests.join('; ') };
}
