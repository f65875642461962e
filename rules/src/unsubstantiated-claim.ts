// unsubstantiated-claim: absolute or misleading health claims (Good medical practice 89; CAP Code
// 12.1 and 15.x; ASAI 4.1). A claim is about health, a product and an assertion. Candidates: the
// absolute wordings ("cures", "guaranteed", "detox", "clinically proven"), a claim verb with a health
// outcome ("boosts the immune system", "kills viruses"), a serious illness ruled out as a certainty,
// and a list of conditions offered for treatment. Context decides: made for a product or an
// alternative therapy, in a selling post, said as certain; or negated, asked, reported to refute,
// debunked, hedged, sourced, or said of a licensed medicine by an authority.
import { PLACEHOLDER } from '@probity/snippets';
import { Q } from './guidance.js';
import { hedged as isHedged, questioned } from './context/stance.js';
import {
  ABSOLUTE_WORDS, ALTERNATIVE_THERAPIES, AUTHORITY, CLAIM_VERB, CLAIMS, COMMERCIAL, DEBUNK, LICENSED, OUTCOMES, PRODUCTS,
  RULES_OUT, SOURCE_CUES, STRONG_VERB,
} from './lexicons/claims.js';
import { fires, modelFor, probability, type Model } from './scoring.js';
import { defineRule, type Block, type Fix, type RuleContext, type RuleFinding } from './types.js';
import { attributedBefore, findAll, negatedAfter, negatedBefore, quoted, wordList, type Match } from './util/patterns.js';
import { hedgeSentence } from './util/hedge.js';
import { findMedicines } from './knowledge/medicines/match.js';
import { andList } from './util/words.js';
import { sampleBlock } from './util/warm.js';

export type Kind = 'absolute' | 'evidence' | 'medicinal' | 'rulesOut' | 'conditionList';

export interface Claim extends Match {
  sentence: number;
  kind: Kind;
  /** What the claim asserts, for the message. */
  says: string;
  /** The claim verb, for the rewrite. */
  verb?: string;
  features: string[];
}

interface Facts {
  claims: Claim[];
  /**
   * The honest rewrite of each claim sentence that has one, by sentence index. Made here, once per
   * block (compromise reads the sentence), so that a draft-level check never parses sentences.
   */
  rewrites: Record<number, string>;
  placeholders: { sentence: number; m: Match }[];
  /** Words in the block that name a product, an alternative therapy, a sale or a debunking. */
  product?: string;
  alternative?: string;
  commercial: boolean;
  debunk: boolean;
}

const OUTCOME = wordList(OUTCOMES);
/**
 * A licensed medicine named by its generic or brand name. A colloquial name ("skinny pen", "vitamin
 * B12") is as often an unlicensed product's, and an INN stem alone is too weak a sign.
 */
const namesMedicine = (text: string) => findMedicines(text, 'uk').some((m) => m.kind === 'name' || m.kind === 'brand');
/** A product or therapy named, then "for": the start of "… for the coronavirus". */
const PRODUCT_FOR = new RegExp(`(?:${wordList(PRODUCTS).source}|${ALTERNATIVE_THERAPIES.source})(?:[ \\t]+[\\p{L}-]+){0,2}?[ \\t]+for[ \\t]+(?:the[ \\t]+)?`, 'giu');
/** Kinds whose wording is a claim by itself, whatever it is made for. */
const STANDS_ALONE = new Set<Kind>(['absolute', 'evidence']);
/** Words a claim verb may have between it and its outcome: "kills 99% of harmful bacteria". */
const GAP = /^(?:the|your|a|an|my|our|their|his|her|its|all|any|most|more|less|some|of|excess|stubborn|unwanted|unsightly|harmful|common|chronic|mild|severe|daily|everyday|those|these|signs|symptoms|and|[\d.,]+%?|up)$/i;
const PRODUCT = wordList(PRODUCTS);
const SOURCE_PLACEHOLDER = '[add source link]';
/** "(3)", "[12]": a numbered reference. */
const REFERENCE = /\(\d{1,2}\)|\[\d{1,2}\]/;
/** A list offered for treatment: "Conditions treated", "can help with the following". */
const TREATS_LIST = /\b(?:conditions?[ \t]+(?:treated|we[ \t]+treat|helped)|(?:we|I)[ \t]+(?:can[ \t]+)?(?:treat|help[ \t]+with)|(?:can|may)[ \t]+(?:treat|help)|(?:effective|used)[ \t]+(?:for|to[ \t]+treat)[ \t]+(?:the[ \t]+)?(?:following|conditions|below)|the[ \t]+following[ \t]+(?:\d+[ \t]+)?conditions|conditions[ \t]+(?:below|listed))\b/i;
const FIRST_PERSON_RESULT = /\b(?:I|my|he|she|we)[ \t]+(?:\w+[ \t]+)?(?:lost|started|was[ \t]+(?:speaking|able)|no[ \t]+longer|haven['’]t|feel|felt)\b/i;
const SERIOUS = /\b(?:cancer|covid|coronavirus|virus|viruses|alzheimer|dementia|autism|diabetes|asthma|heart[ \t]+disease|stroke|arthritis|infection|disease|heart[ \t]+attack|epilepsy|depression)/i;

/**
 * Hand-set weights (log-odds). The absolute wordings stand alone; a claim verb with an outcome needs
 * a product, an alternative therapy, a sale or an absolute word to be a claim; a licensed medicine
 * described by an authority, hedging, a source, negation, a question or a debunking take it down.
 */
export const HAND: Model = {
  bias: -3,
  threshold: 0.5,
  weights: {
    'kind:absolute': 4, 'kind:evidence': 4, 'kind:medicinal': 0, 'kind:rulesOut': 3.5, 'kind:conditionList': -2, treatsList: 2.5,
    product: 2, alternative: 3, commercial: 1, absoluteWords: 2, imperative: 1, firstPersonResult: 0.5, serious: 1, strongVerb: 1,
    licensed: -2.5, authority: -1.5, hedged: -2.5, negated: -7, question: -7, reported: -5, quoted: -5, sourced: -4,
    debunk: -4, 'draft:debunk': -1.5, price: -6,
  },
};

function scan(block: Block): Facts {
  const claims: Claim[] = [];
  const placeholders: Facts['placeholders'] = [];
  const p = block.prose;
  const product = findAll(PRODUCT, p)[0]?.text;
  const alternative = ALTERNATIVE_THERAPIES.exec(p)?.[0];
  const commercial = COMMERCIAL.test(p);
  const debunk = DEBUNK.test(p);
  const sourced = (i: number) => {
    const s = block.sentences[i];
    const next = block.sentences[i + 1];
    const r = block.toSource(s.start, next ? next.end : s.end);
    const linked = block.links.some((l) => l.start >= r.start && l.start <= r.end);
    return linked || SOURCE_CUES.test(s.text) || REFERENCE.test(s.text) || (next !== undefined && /^\(?(?:source|see|ref)/i.test(next.text));
  };
  block.sentences.forEach((s, i) => {
    const t = s.text;
    for (const m of findAll(PLACEHOLDER, t)) if (m.text === SOURCE_PLACEHOLDER) placeholders.push({ sentence: i, m });
    const found: { m: Match; kind: Kind; says: string; verb?: string }[] = [];
    for (const { pattern, kind, says } of CLAIMS) for (const m of findAll(pattern, t)) found.push({ m, kind, says });
    for (const v of findAll(CLAIM_VERB, t)) {
      if (found.some((f) => f.m.start <= v.start && v.end <= f.m.end)) continue;
      // The outcome follows the verb in its clause, a few words on: "boost the immune system".
      const after = t.slice(v.end, v.end + 60).split(/[;:!?,(]|\.(?=\s|$)|\b(?:and|but|with|by|to)\b[ \t]+(?!(?:the|your|a)\b)/)[0];
      OUTCOME.lastIndex = 0;
      const o = OUTCOME.exec(after);
      const gap = after.slice(0, o?.index ?? 0).trim().split(/\s+/).filter(Boolean);
      if (!o || gap.length > 4 || !gap.every((w) => GAP.test(w))) continue;
      found.push({ m: { start: v.start, end: v.end + o.index + o[0].length, text: t.slice(v.start, v.end + o.index + o[0].length) }, kind: 'medicinal', says: `an effect on ${o[0].toLowerCase()}`, verb: v.text });
    }
    for (const m of findAll(RULES_OUT, t)) found.push({ m, kind: 'rulesOut', says: 'a serious illness ruled out as a certainty' });
    // A product offered for an illness: "homeopathic drops for the coronavirus".
    for (const m of findAll(PRODUCT_FOR, t)) {
      OUTCOME.lastIndex = 0;
      const o = OUTCOME.exec(t.slice(m.end, m.end + 40));
      if (o && o.index <= 5 && !found.some((f) => f.m.start <= m.start && m.start < f.m.end)) {
        found.push({ m: { start: m.start, end: m.end + o.index + o[0].length, text: t.slice(m.start, m.end + o.index + o[0].length) }, kind: 'medicinal', says: `an effect on ${o[0].toLowerCase()}` });
      }
    }
    if (found.length === 0) return;
    // The context a claim verb needs to be a claim for a product; the absolute wordings stand alone.
    const context: string[] = [];
    if (product) context.push('product');
    if (alternative) context.push('alternative');
    if (commercial) context.push('commercial');
    if (ABSOLUTE_WORDS.test(t)) context.push('absoluteWords');
    // A licensed medicine named here or just before ("Isotretinoin is … It shrinks …").
    const previous = block.sentences[i - 1]?.text ?? '';
    if (LICENSED.test(t) || namesMedicine(t) || namesMedicine(previous)) context.push('licensed');
    if (AUTHORITY.test(t)) context.push('authority');
    if (isHedged(t)) context.push('hedged');
    if (FIRST_PERSON_RESULT.test(t)) context.push('firstPersonResult');
    if (SERIOUS.test(t)) context.push('serious');
    const stance: string[] = [];
    if (questioned(t)) stance.push('question');
    if (DEBUNK.test(t) || DEBUNK.test(block.sentences[i - 1]?.text ?? '')) stance.push('debunk');
    const isSourced = sourced(i);
    for (const { m, kind, says, verb } of found) {
      const f = [`kind:${kind}`, ...stance, ...(STANDS_ALONE.has(kind) ? [] : context)];
      if (isSourced && kind !== 'absolute') f.push('sourced');
      if (verb && STRONG_VERB.test(verb)) f.push('strongVerb');
      // The trigger starts the sentence: an imperative or a headline ("Reduce stress and anxiety").
      if (!STANDS_ALONE.has(kind) && /^[\s\p{P}\p{Extended_Pictographic}]*$/u.test(t.slice(0, m.start))) f.push('imperative');
      // Negated ("does not cure", "cures nothing"); "It does not need to be a miracle" can stand five words back.
      if (kind !== 'rulesOut' && (negatedBefore(t, m.start, 6) || negatedAfter(t, m.end))) f.push('negated');
      if (attributedBefore(t, m.start)) f.push('reported');
      if (quoted(t, m.start, m.end)) f.push('quoted');
      // "Lowest price guaranteed": a promise about money, not health.
      if (/guarantee/i.test(m.text) && /\b(?:price|prices|money[- ]back|delivery|refund|lowest)\b/i.test(t)) f.push('price');
      claims.push({ ...m, sentence: i, kind, says, verb, features: f });
    }
  });
  // A block listing conditions, under a line that offers to treat them.
  const conditions = new Set(findAll(OUTCOME, p).map((m) => m.text.toLowerCase())).size;
  if (conditions >= 4 && block.sentences.length > 0 && claims.every((c) => c.kind !== 'medicinal' || !c.features.includes('alternative'))) {
    const s = block.sentences[0];
    claims.push({ start: s.start, end: s.end, text: s.text, sentence: 0, kind: 'conditionList', says: 'treatment for a list of conditions', features: ['kind:conditionList', ...(product ? ['product'] : []), ...(alternative ? ['alternative'] : []), ...(commercial ? ['commercial'] : []), ...(TREATS_LIST.test(p) ? ['treatsList'] : [])] });
  }
  const rewrites: Record<number, string> = {};
  for (const c of claims) {
    if (c.sentence in rewrites) continue;
    const r = c.verb ? hedgeSentence(block.sentences[c.sentence].text, c.verb) : c.kind === 'absolute' ? hedgeAbsolute(block.sentences[c.sentence].text, c) : undefined;
    if (r) rewrites[c.sentence] = r;
  }
  return { claims, placeholders, product, alternative, commercial, debunk, rewrites };
}

interface Scored { block: Block; claim: Claim; p: number }

/** The draft's context every claim in it shares: a product, a therapy, a sale or a debunking named anywhere. */
function draftFeatures(ctx: RuleContext<Facts>): { features: string[]; product?: string; alternative?: string } {
  let product: string | undefined, alternative: string | undefined, commercial = false, debunk = false;
  for (const b of ctx.notable) {
    const f = ctx.facts(b);
    product ??= f.product;
    alternative ??= f.alternative;
    commercial ||= f.commercial;
    debunk ||= f.debunk;
  }
  const features = [...(product ? ['product'] : []), ...(alternative ? ['alternative'] : []), ...(commercial ? ['commercial'] : []), ...(debunk ? ['draft:debunk'] : [])];
  return { features, product, alternative };
}

/**
 * Every candidate of the draft with the features it is judged on, for scoring here and for `npm run
 * train`: a claim that is a finding on its own block's context keeps those (the block's report
 * raises it); any other takes on the draft's context too (the draft-level check judges it).
 */
export function candidates(ctx: RuleContext<Facts>): { block: Block; claim: Claim; features: string[]; local: boolean }[] {
  const model = modelFor('unsubstantiated-claim', HAND);
  const draft = draftFeatures(ctx);
  const out: { block: Block; claim: Claim; features: string[]; local: boolean }[] = [];
  for (const block of ctx.notable) {
    for (const claim of ctx.facts(block).claims) {
      if (isLocal(model, claim)) {
        out.push({ block, claim, features: claim.features, local: true });
        continue;
      }
      const shared = STANDS_ALONE.has(claim.kind) ? [] : draft.features;
      const features = [...new Set([...claim.features, ...shared])];
      // "Conditions treated" in the heading before a list of conditions.
      if (claim.kind === 'conditionList' && !features.includes('treatsList')) {
        const prev = ctx.draft.blocks[block.index - 1];
        if (prev?.post === block.post && TREATS_LIST.test(prev.prose)) features.push('treatsList');
      }
      out.push({ block, claim, features, local: false });
    }
  }
  return out;
}

/** A claim the block's own report raises: it fires on its block's context, which the draft's can only raise. */
const isLocal = (model: Model, claim: Claim) => contextOnlyRaises(model) && fires(model, claim.features);

/**
 * Whether the draft's context can only raise a claim's score: its product, therapy and sale weigh
 * nothing negative, and a debunking elsewhere does not reach a claim that stands on its own block.
 */
const contextOnlyRaises = (model: Model) => ['product', 'alternative', 'commercial'].every((f) => (model.weights[f] ?? 0) >= 0);

/** The findings of the candidates that fire: the best-scoring claim of each sentence, with its fixes. */
function findings(model: Model, scored: { block: Block; claim: Claim; features: string[] }[], facts: (b: Block) => Facts, draft: { product?: string; alternative?: string }): RuleFinding[] {
  const best = new Map<string, Scored & { features: string[] }>();
  for (const { block, claim, features } of scored) {
    if (!fires(model, features)) continue;
    if (facts(block).placeholders.some((p) => p.sentence === claim.sentence)) continue;
    const key = `${block.index}:${claim.sentence}`;
    const p = probability(model, features);
    const seen = best.get(key);
    if (!seen || p > seen.p) best.set(key, { block, claim, p, features });
  }
  const out: RuleFinding[] = [];
  for (const { block, claim, features } of best.values()) {
    const s = block.sentences[claim.sentence];
    const range = block.toSource(s.start, s.end);
    const fixes: Fix[] = [];
    // Any claim of the sentence with a verb can carry the rewrite ("boosts immunity, guaranteed").
    const rewrite = facts(block).rewrites[claim.sentence];
    if (rewrite) fixes.push({ title: `Rewrite with honest hedging: \u201c${rewrite}\u201d`, safe: false, edits: [{ ...range, newText: rewrite }] });
    if (claim.kind === 'evidence') {
      const end = range.end - (/[.!]$/.test(s.text) ? 1 : 0);
      fixes.push({ title: 'Add a link to the source after the claim', safe: false, edits: [{ start: end, end, newText: ` ${SOURCE_PLACEHOLDER}` }] });
    }
    out.push({ ...range, message: message(claim, features, draft), fixes });
  }
  return out;
}

function message(claim: Claim, features: string[], draft: { product?: string; alternative?: string }): string {
  const context: string[] = [];
  if (features.includes('alternative') && draft.alternative) context.push(`for ${draft.alternative.toLowerCase()}`);
  else if (features.includes('product') && draft.product) context.push(`for a product ('${draft.product}')`);
  if (features.includes('commercial') && claim.kind !== 'absolute') context.push('in a post that sells');
  const abs = claim.kind !== 'absolute' && features.includes('absoluteWords') ? ' as a certainty' : '';
  const source = claim.kind === 'evidence' ? ' with no source' : '';
  return `'${claim.text}' claims ${claim.says}${abs}${source}${context.length ? `, ${andList(context)}` : ''}`;
}

export default defineRule<Facts>({
  id: 'unsubstantiated-claim',
  title: 'Health claims need evidence and honest wording',
  severity: 'warning',
  rationale: 'Words like "cures", "guaranteed", "detox" or "clinically proven" promise more than medicine can, and readers act on them. Say what the evidence shows, with its source.',
  guidance: { uk: [Q.gmp89, Q.cap121], ie: [Q.asai41, Q.asai49, Q.asaIe111], us: [Q.ama812Grounded, Q.ftcHealthRct] },
  scan,
  // A claim that is a finding on its own block's context is reported with the block (cached, and
  // re-reported only when the block is edited); one that needs a product or a sale named elsewhere in
  // the draft waits for the draft-level check. That split holds while the draft's context can only
  // raise a score (its weights are not negative), else the draft-level check decides every claim.
  report(block, facts) {
    const out: RuleFinding[] = facts.placeholders.map(({ sentence, m }) => {
      const s = block.sentences[sentence];
      return { ...block.toSource(s.start + m.start, s.start + m.end), message: `Replace '${m.text}' with the source of this claim` };
    });
    const model = modelFor('unsubstantiated-claim', HAND);
    const local = facts.claims.filter((claim) => isLocal(model, claim)).map((claim) => ({ block, claim, features: claim.features }));
    return [...out, ...findings(model, local, () => facts, { product: facts.product, alternative: facts.alternative })];
  },
  notable: (f) => f.claims.length > 0 || !!f.product || !!f.alternative || f.commercial || f.debunk,
  check(ctx) {
    const model = modelFor('unsubstantiated-claim', HAND);
    const draft = draftFeatures(ctx);
    // Claims the block-level report already raised are left to it.
    return findings(model, candidates(ctx).filter((c) => !c.local), ctx.facts, draft);
  },
});

/** The claim verb inside an absolute wording ("cures", "reverses"), for the sentence rewrite. */
function hedgeAbsolute(sentence: string, claim: Claim): string | undefined {
  const verb = /^(?:cure[sd]?|revers(?:e|es|ed)|boost(?:s)?|strengthen(?:s)?|detox(?:es|ifies)?|melt(?:s)?(?:[ \t]+away)?|burn(?:s)?|flush(?:es)?[ \t]+out)\b/i.exec(claim.text)?.[0];
  return verb ? hedgeSentence(sentence, verb) : undefined;
}

// Compile the patterns now, not inside the first draft's check (see util/warm.ts).
scan(sampleBlock());
