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
  ABSOLUTE_WORDS, ALTERNATIVE_THERAPIES, AUTHORITY, BODY_FUNCTIONS, CLAIM_VERB, CLAIMS, COMMERCIAL, DEBUNK, LICENSED, MEDICINAL_PHRASES, OUTCOMES, PRODUCTS,
  RESULT, RESULT_PHRASES, RESULT_WORD, RULES_OUT, SOURCE_CUES, STRONG_VERB, TREATS_LEAD,
} from './lexicons/claims.js';
import { fires, modelFor, probability, type Model } from './scoring.js';
import { defineRule, type Block, type Fix, type RuleContext, type RuleFinding } from './types.js';
import { attributedBefore, findAll, has, negatedAfter, negatedBefore, quoted, wordList, type Match } from './util/patterns.js';
import { hedgeSentence } from './util/hedge.js';
import { findMedicines } from './knowledge/medicines/match.js';
import { andList } from './util/words.js';
import { onWarmUp, sampleBlock } from './util/warm.js';
import { fastRegExp } from './util/fast-regexp.js';

export type Kind = 'absolute' | 'evidence' | 'medicinal' | 'rulesOut' | 'conditionList' | 'result';

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
  /** A lead line that offers a list for treatment ("Hijama treats:"), and how many conditions the block names. */
  treatsLead: boolean;
  conditions: number;
}

const OUTCOME = wordList(OUTCOMES);
/**
 * A licensed medicine named by its generic or brand name. A colloquial name ("skinny pen", "vitamin
 * B12") is as often an unlicensed product's, and an INN stem alone is too weak a sign.
 */
const namesMedicine = (text: string) => findMedicines(text, 'uk').some((m) => m.kind === 'name' || m.kind === 'brand');
/** A licensed medicine or treatment named, by a word for one ("vaccine", "antibiotics") or by name. */
const namesLicensed = (text: string) => LICENSED.test(text) || namesMedicine(text);
/** A product or therapy named, then "for": the start of "… for the coronavirus". */
const PRODUCT_FOR = new RegExp(`(?:${wordList(PRODUCTS).source}|${ALTERNATIVE_THERAPIES.source}|\\b(?:natural|real|only|ultimate)[ \\t]+(?:fix|answer|solution))(?:[ \\t]+[\\p{L}-]+){0,2}?[ \\t]+for[ \\t]+(?:the[ \\t]+)?`, 'giu');
/** Kinds whose wording is a claim by itself, whatever it is made for. */
const STANDS_ALONE = new Set<Kind>(['absolute', 'evidence']);
/** Words a claim verb may have between it and its outcome: "kills 99% of harmful bacteria". */
const GAP = /^(?:old|damaged|healthy|natural|normal|body['’]s|winter|seasonal|inflamed|aching|sore|autoimmune|inflammatory|hormonal|digestive|tummy|stomach|chest|sinus|knee|back|neck|joint|muscle|nerve|period|plantar|shoulder|hip|[a-z]{3,24}(?:itis|osis|algia)|the|your|a|an|my|our|their|his|her|its|all|any|most|more|less|some|of|excess|stubborn|unwanted|unsightly|harmful|common|chronic|mild|severe|daily|everyday|those|these|signs|symptoms|and|[\d.,]+(?:[-–][\d.,]+)?%?|up)$/i;
const PRODUCT = wordList(PRODUCTS);
const PRODUCT_NAMED = fastRegExp(new RegExp(PRODUCT.source, 'iu'));
const SOURCE_PLACEHOLDER = '[add source link]';
/** "(3)", "[12]": a numbered reference. */
const REFERENCE = /\(\d{1,2}\)|\[\d{1,2}\]/;
/** A list offered for treatment: "Conditions treated", "can help with the following". */
/** Conditions named by their endings ("fibromyalgia", "tendinitis"): a list item can be one word. */
const CONDITION_WORD = fastRegExp(/\b\p{L}{3,24}(?:itis|osis|algia|aemia|emia|pathy|ism)\b/giu);
const TREATS_LIST = /(?:\b(?:treats?|helps?(?:[ \t]+with)?|suitable[ \t]+for|good[ \t]+for)[ \t]*:)|\b(?:conditions?[ \t]+(?:treated|we[ \t]+treat|helped)|(?:we|I)[ \t]+(?:can[ \t]+)?(?:treat|help[ \t]+with)|(?:can|may)[ \t]+(?:treat|help)|(?:effective|used)[ \t]+(?:for|to[ \t]+treat)[ \t]+(?:the[ \t]+)?(?:following|conditions|below)|the[ \t]+following[ \t]+(?:\d+[ \t]+)?conditions|conditions[ \t]+(?:below|listed))\b/i;
const FIRST_PERSON_RESULT = /\b(?:I|my|he|she|we)[ \t]+(?:\w+[ \t]+)?(?:lost|started|was[ \t]+(?:speaking|able)|no[ \t]+longer|haven['’]t|feel|felt)\b/i;
/** A quoted customer's words: the sentence opens with a quote mark, or a dash and a name follow the quote. */
const TESTIMONIAL_OPEN = /^[\s\p{Extended_Pictographic}*_>-]*["“‘]/u;
/** The words inside the sentence's first quotation, where it is closed (found in one pass, not by a pattern that backtracks). */
function quotation(t: string): string | undefined {
  const open = t.search(/["“‘]/);
  if (open < 0) return undefined;
  const close = t.slice(open + 1).search(/["”’]/);
  return close > 0 ? t.slice(open + 1, open + 1 + close) : undefined;
}
const ATTRIBUTION_AFTER = /["”’][ \t]*[-–—~][ \t]*\p{Lu}/u;
// "My" opens many a testimonial: the pronouns in either case, but only a capital I.
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d)|[Mm]y|[Mm]e|[Mm]ine)\b/;
/** What the advertiser owns or shows, named before the claim: "Our NAD+ infusion", "These pads", "This tea". */
const OWN_THING = fastRegExp(/\b(?:our|these|this)[ \t]+(?!(?:is|was|week|year|month|morning|time|one|way|post|thread|blog|season|winter|summer|spring|autumn)\b)[\p{L}\p{N}+'’-]+/iu);
/**
 * Result words right after a health outcome: "sciatica was completely gone", "tinnitus silenced", or
 * after a relative clause: "the migraines she'd had for 12 years are gone".
 */
const RESULT_AFTER = fastRegExp(new RegExp(String.raw`^(?:[ \t]+(?:that[ \t]+|which[ \t]+)?(?:I|she|he|we|they|you)(?:['’]d|['’]ve|[ \t]+had|[ \t]+have|[ \t]+has)(?:[ \t]+(?:had|suffered|lived))?(?:[ \t]+(?:with|from))?(?:[ \t]+for[ \t]+(?:\d{1,2}|many|several|two|three|five|ten|twenty)[ \t]+(?:years?|months?|weeks?))?)?[ \t]*${RESULT.source.slice(2)}`, 'iu'));
const USED_TO_HAVE = /^[ \t]+(?:that[ \t]+|which[ \t]+)?(?:I|we|he|she|they)[ \t]+used[ \t]+to[ \t]+(?:have|get|suffer(?:[ \t]+from|[ \t]+with)?|carry|struggle[ \t]+with)\b/i;
const CLEFT = /\bwhat[ \t]+(?:really[ \t]+|actually[ \t]+)?$/i;
const LOSS_VERB = /^(?:los(?:e|es|ing)|lost|shed(?:s|ding)?)$/i;
/** Words that make the clause they open a condition: "if you have lost weight", "when it stops". */
const CONDITION = /\b(?:if|when|unless|whether)\b/i;
/** "have lost", "has suddenly lost": a perfect tense reporting what happened, in the last words before the verb. */
const PERFECT = /\b(?:have|has|had|you['’]ve|I['’]ve|they['’]ve)[ \t]+(?:\w+[ \t]+)?$/i;
/** The clause a claim stands in: the text after the last of `marks` before it. */
const lastClause = (text: string, marks: RegExp) => text.split(marks).pop() ?? '';
/** Weight lost as a symptom: in a condition, or reported in the perfect tense. */
const symptomBefore = (before: string) => CONDITION.test(lastClause(before, /[.;:!?]/)) || PERFECT.test(before.split(/\s+/).slice(-4).join(' ') + ' ');
/** Machines that are part of the day, not a health device sold: "the vending machine", "the coffee machine". */
const NOT_A_DEVICE = /\b(?:vending|coffee|washing|sewing|slot|cash|ticket|fax|time|fruit)[ \t]+$/i;
/** A product named only to compare or deny ("better than any gel", "no tea will"): not what the claim is for. */
const COMPARED_WITH = fastRegExp(/\b(?:than|instead[ \t]+of|without|unlike|no|nor)[ \t]+(?:an?[ \t]+|any[ \t]+|the[ \t]+)?(?:[\p{L}-]+[ \t]+)?$/iu);
const HELP = /\bhelp(?:s|ed|ing)?\b/gi;
/**
 * A claim on a condition's cause: "neutralises the acid that feeds tumours", "draws out the toxic
 * blood behind your migraines", "treats the root cause of eczema". CAUSE_LINK reads up to four words
 * after the verb to the link; the outcome must follow it.
 */
const CAUSE_LINK = new RegExp(String.raw`^(?:[ \t,]{1,3}[\p{L}'’-]{1,24}){0,4}?[ \t,]{1,3}(?:behind|causing|that[ \t]+(?:causes?|feeds?|drives?|fuels?|triggers?)|at[ \t]+the[ \t]+root[ \t]+of|the[ \t]+(?:(?:root|real|underlying|true)[ \t]+)?causes?[ \t]+of)[ \t]+(?:(?:your|the|all|their|his|her)[ \t]+)?`, 'iu');
/** "… and chelation removes the cause": the cause of a condition the sentence has named before. */
const THE_CAUSE = /^[ \t]+the[ \t]+(?:(?:root|real|underlying|true)[ \t]+)?causes?\b(?![ \t]+of\b)/i;
function causeClaim(t: string, verbEnd: number): { end: number; outcome: string } | undefined {
  const rest = t.slice(verbEnd, verbEnd + 120);
  const link = CAUSE_LINK.exec(rest);
  if (link) {
    OUTCOME.lastIndex = 0;
    const o = OUTCOME.exec(rest.slice(link[0].length));
    if (o && o.index === 0) return { end: verbEnd + link[0].length + o[0].length, outcome: o[0] };
  }
  const cause = THE_CAUSE.exec(rest);
  if (cause) {
    const named = findAll(OUTCOME, t.slice(0, verbEnd)).filter((o) => !BODY_FUNCTIONS.has(o.text.toLowerCase())).pop();
    if (named) return { end: verbEnd + cause[0].length, outcome: named.text };
  }
  return undefined;
}

/**
 * A cure in a hashtag: "#cancerhealing", "#reversediabetes", "#curedwithoutchemo". The tag must hold
 * both a word of cure and a condition (or a treatment done without), so "#healthyeating" and
 * "#healingjourney" are not one.
 */
const CURE_TAG = /#[\p{L}\p{N}_]{0,30}?(?:cur(?:e|ed|es|ing)|heal(?:ed|ing|s)?(?!th)|revers(?:e|ed|es|ing))[\p{L}\p{N}_]{0,30}/giu;
const TAG_CONDITION = new RegExp(`${OUTCOMES.filter((o) => !BODY_FUNCTIONS.has(o)).map((o) => o.replace(/[^\p{L}\p{N}]/gu, '')).filter((o) => o.length >= 4)
  .sort((x, y) => y.length - x.length).join('|')}|without(?:chemo|meds|medication|drugs|surgery|insulin)|nochemo|nomeds|drugfree`, 'iu');

/** The claim names a medical condition, not a body function ("colic", not "digestion"). */
const namesCondition = (text: string) => findAll(OUTCOME, text).some((o) => !BODY_FUNCTIONS.has(o.text.toLowerCase())) || findAll(CONDITION_WORD, text).length > 0;
/** A treatment given as medicine gives it: "a short course of tablets". */
const TREATMENT_COURSE = fastRegExp(/\b(?:course|courses)[ \t]+of[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:tablets|treatment|pills|capsules|injections|antivirals|antibiotics)\b/iu);
/** The cure's agent is a licensed treatment: its subject, or what it is done "with". */
function curedByMedicine(t: string, m: Match): boolean {
  const subject = lastClause(t.slice(0, m.start), /[.;:!?,]/);
  const instrument = INSTRUMENT.exec(t.slice(m.end, m.end + 90))?.[1] ?? '';
  return [subject, instrument].some((s) => s !== '' && (namesLicensed(s) || TREATMENT_COURSE.test(s)));
}
const INSTRUMENT = /^[^.;:!?]{0,30}?\b(?:with|using|by)\b([^.;:!?]{1,60})/;
/** Absolute words used as often of anything else: a guarantee, a percentage. */
const NOT_ONLY_HEALTH = /^(?:guarantee|100)/i;
const HEALTH_WORDS = /\b(?:results?|safe|effective|works?|treatments?|therapy|therapies|health|healthy|healing|body|skin|weight|symptoms?|recovery|injur(?:y|ies)|sprains?|strains?|splints|aches?|sore|asleep|sleep(?:s|ing)?)\b/i;
/** A sentence about health: an outcome, a product sold for health, or a word of results. */
const aboutHealth = (t: string) => findAll(OUTCOME, t).length > 0 || PRODUCT_NAMED.test(t) || HEALTH_WORDS.test(t) || findAll(CONDITION_WORD, t).length > 0;
const SERIOUS = /\b(?:cancer|tumou?rs?|covid|coronavirus|virus|viruses|alzheimer|dementia|autism|diabetes|asthma|heart[ \t]+disease|stroke|arthritis|infection|disease|heart[ \t]+attack|epilepsy|depression)/i;

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
    'kind:result': 0, testimonial: 2, own: 1, reader: -2,
    product: 3, alternative: 3, commercial: 1, absoluteWords: 2, imperative: 1, firstPersonResult: 0.5, serious: 1, strongVerb: 1,
    licensed: -2.5, authority: -1.5, hedged: -2.5, negated: -7, question: -7, reported: -5, quoted: -5, sourced: -4,
    debunk: -4, 'draft:debunk': -1.5,
  },
};

function scan(block: Block): Facts {
  const claims: Claim[] = [];
  const placeholders: Facts['placeholders'] = [];
  const p = block.prose;
  const product = findAll(PRODUCT, p).find((m) => !COMPARED_WITH.test(p.slice(Math.max(0, m.start - 30), m.start))
    && !(/^machines?$/i.test(m.text) && NOT_A_DEVICE.test(p.slice(Math.max(0, m.start - 12), m.start))))?.text;
  const alternative = ALTERNATIVE_THERAPIES.exec(p)?.[0];
  const commercial = has(COMMERCIAL, p);
  const debunk = has(DEBUNK, p);
  const treatsLead = has(TREATS_LEAD, p);
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
    for (const { pattern, kind, says } of CLAIMS) {
      for (const m of findAll(pattern, t)) {
        // "What cures burnout is enough staff": a cleft that names its own remedy, and no product in it.
        if (kind === 'absolute' && CLEFT.test(t.slice(0, m.start)) && !PRODUCT_NAMED.test(t)) continue;
        // "Guaranteed a call back", "100% of the money raised": certainty about something other than
        // health is no health claim. These words count only in a sentence that is about health.
        // (The sentence before may name what is guaranteed: "DozyBear gummies. … out in ten minutes, guaranteed".)
        if (NOT_ONLY_HEALTH.test(m.text) && !aboutHealth(t) && !aboutHealth(block.sentences[i - 1]?.text ?? '')) continue;
        found.push({ m, kind, says });
      }
    }
    for (const { pattern, says } of MEDICINAL_PHRASES) for (const m of findAll(pattern, t)) found.push({ m, kind: 'medicinal', says });
    for (const v of findAll(CLAIM_VERB, t)) {
      if (found.some((f) => f.m.start <= v.start && v.end <= f.m.end)) continue;
      if (CLEFT.test(t.slice(0, v.start)) && !PRODUCT_NAMED.test(t)) continue;
      // The outcome follows the verb in its clause, a few words on: "boost the immune system".
      const after = t.slice(v.end, v.end + 60).split(/[;:!?,(]|\.(?=\s|$)|\b(?:and|but|with|by|to)\b[ \t]+(?!(?:the|your|a)\b)/)[0];
      OUTCOME.lastIndex = 0;
      const o = OUTCOME.exec(after);
      const gap = after.slice(0, o?.index ?? 0).trim().split(/\s+/).filter(Boolean);
      if (!o || gap.length > 4 || !gap.every((w) => GAP.test(w))) {
        const c = causeClaim(t, v.end);
        if (c) found.push({ m: { start: v.start, end: c.end, text: t.slice(v.start, c.end) }, kind: 'medicinal', says: `an effect on the cause of ${c.outcome.toLowerCase()}`, verb: v.text });
        continue;
      }
      // "if you have lost weight without trying": weight lost as a symptom to report, not a promise.
      if (LOSS_VERB.test(v.text) && symptomBefore(t.slice(0, v.start))) continue;
      found.push({ m: { start: v.start, end: v.end + o.index + o[0].length, text: t.slice(v.start, v.end + o.index + o[0].length) }, kind: 'medicinal', says: `an effect on ${o[0].toLowerCase()}`, verb: v.text });
    }
    for (const m of findAll(RULES_OUT, t)) found.push({ m, kind: 'rulesOut', says: 'a serious illness ruled out as a certainty' });
    // A result claimed for an outcome: "my sciatica was completely gone", "tinnitus silenced in 14 days".
    for (const o of findAll(OUTCOME, t)) {
      const r = RESULT_AFTER.exec(t.slice(o.end, o.end + 40));
      if (r && r[0].trim() !== '' && /\p{L}/u.test(r[0]) && RESULT_WORD.test(r[0])) {
        found.push({ m: { start: o.start, end: o.end + r[0].length, text: t.slice(o.start, o.end + r[0].length) }, kind: 'result', says: `a result for ${o.text.toLowerCase()}` });
        continue;
      }
      // "the bloating I used to have": a condition told as the past, a result claimed in passing.
      const past = USED_TO_HAVE.exec(t.slice(o.end, o.end + 40));
      if (past && /\b(?:the|my|all[ \t]+the|that)[ \t]+(?:[\p{L}-]+[ \t]+)?$/iu.test(t.slice(Math.max(0, o.start - 24), o.start))) {
        found.push({ m: { start: o.start, end: o.end + past[0].length, text: t.slice(o.start, o.end + past[0].length) }, kind: 'result', says: `a result for ${o.text.toLowerCase()}` });
      }
    }
    for (const m of findAll(RESULT_PHRASES, t)) {
      if (!found.some((f) => f.m.start <= m.start && m.start < f.m.end)) found.push({ m, kind: 'result', says: 'a health result' });
    }
    // A product offered for an illness: "homeopathic drops for the coronavirus".
    for (const m of findAll(PRODUCT_FOR, t)) {
      const next = t.slice(m.end, m.end + 40);
      OUTCOME.lastIndex = 0;
      CONDITION_WORD.lastIndex = 0;
      const o = OUTCOME.exec(next) ?? CONDITION_WORD.exec(next);
      if (o && o.index <= 5 && !found.some((f) => f.m.start <= m.start && m.start < f.m.end)) {
        found.push({ m: { start: m.start, end: m.end + o.index + o[0].length, text: t.slice(m.start, m.end + o.index + o[0].length) }, kind: 'medicinal', says: `an effect on ${o[0].toLowerCase()}` });
      }
    }
    if (t.includes('#')) {
      for (const m of findAll(CURE_TAG, t)) {
        if (TAG_CONDITION.test(m.text)) found.push({ m, kind: 'medicinal', says: 'a cure, in a hashtag' });
      }
    }
    if (found.length === 0) return;
    // The context a claim verb needs to be a claim for a product; the absolute wordings stand alone.
    const context: string[] = [];
    if (product) context.push('product');
    if (alternative) context.push('alternative');
    if (commercial) context.push('commercial');
    if (ABSOLUTE_WORDS.test(t)) context.push('absoluteWords');
    // A licensed medicine is what the claim is made for: named before the claim, or in the sentence
    // before ("Isotretinoin is … It shrinks …"). One named after it ("so you can cut down on
    // metformin") is what the product is said to replace, not its subject.
    const previous = block.sentences[i - 1]?.text ?? '';
    const first = Math.min(...found.map((f) => f.m.start));
    const subject = t.slice(0, first);
    if (namesLicensed(subject) || namesLicensed(previous)) context.push('licensed');
    if (OWN_THING.test(subject)) context.push('own');
    // The claim sits in a condition ("if it ever stops your breathing"): described, not promised.
    if (CONDITION.test(lastClause(subject, /[.;:!?,]/))) context.push('conditional');
    if (AUTHORITY.test(t)) context.push('authority');
    if (isHedged(t)) context.push('hedged');
    if (FIRST_PERSON_RESULT.test(t)) context.push('firstPersonResult');
    if (SERIOUS.test(t)) context.push('serious');
    const stance: string[] = [];
    if (questioned(t)) stance.push('question');
    if (has(DEBUNK, t) || has(DEBUNK, block.sentences[i - 1]?.text ?? '')) stance.push('debunk');
    const isSourced = sourced(i);
    // A customer's words quoted in a post that sells are the advertiser's claim, not a quotation to refute.
    const next = block.sentences[i + 1]?.text ?? '';
    // The first person must be the quoted speaker's: '"X cures allergies" is all over my feed' is not.
    const speaker = quotation(t) ?? t;
    const testimonial = FIRST_PERSON.test(speaker) && (TESTIMONIAL_OPEN.test(t) || ATTRIBUTION_AFTER.test(t) || /^[ \t]*[-–—~][ \t]*\p{Lu}/u.test(next));
    for (const { m, kind, says, verb } of found) {
      let f = [`kind:${kind}`, ...stance, ...(STANDS_ALONE.has(kind) ? [] : context)];
      // A product or therapy that "helps" arthritis still claims to treat a disease (CAP Code 12.2):
      // "helps" tones down a claim about a body function, not one about an illness. (An honest hedge,
      // "may relieve … for some people", still counts.)
      if (kind === 'medicinal' && f.includes('hedged') && (f.includes('serious') || namesCondition(m.text)) && (f.includes('product') || f.includes('alternative')) && !isHedged(t.replace(HELP, ''))) f = f.filter((x) => x !== 'hedged');
      // The reader is the subject ("you can ease your symptoms"): self-care, not a product's claim.
      if (!STANDS_ALONE.has(kind) && /\byou\b/i.test(lastClause(t.slice(0, m.start), /[,.;:!?]/))) f.push('reader');
      // A result credited to a licensed medicine anywhere in the sentence is care described, not a product's result.
      if (kind === 'result' && !f.includes('licensed') && namesLicensed(t)) f.push('licensed');
      // "Hep C we can now cure with a course of tablets": a cure by licensed treatment, told outside
      // any sale, is what medicine does, not a claim for a product.
      if (kind === 'absolute' && !product && !commercial && curedByMedicine(t, m)) f.push('licensed');
      // "Clinically proven" with its source beside it is what the guidance asks for: no claim left.
      if (isSourced && kind === 'evidence') continue;
      if (isSourced && kind !== 'absolute') f.push('sourced');
      if (verb && STRONG_VERB.test(verb)) f.push('strongVerb');
      // The trigger starts the sentence: an imperative or a headline ("Reduce stress and anxiety").
      if (!STANDS_ALONE.has(kind) && /^[\s\p{P}\p{Extended_Pictographic}]*$/u.test(t.slice(0, m.start))) f.push('imperative');
      // Negated ("does not cure", "cures nothing"); "It does not need to be a miracle" can stand five words back.
      if (kind !== 'rulesOut' && (negatedBefore(t, m.start, 6) || negatedAfter(t, m.end))) f.push('negated');
      if (attributedBefore(t, m.start)) f.push('reported');
      // A bare "miracle" with nothing sold in its block may be a figure of speech ("another miracle in
      // outpatients today"): it counts only where the draft names a product, a therapy or a sale.
      if (/^miracle$/i.test(m.text) && !product && !alternative && !commercial) f.push('bareMiracle');
      if (testimonial) f.push('testimonial');
      else if (quoted(t, m.start, m.end)) f.push('quoted');
      // "Lowest price guaranteed": a promise about money, not health, is no claim at all.
      if (/guarantee/i.test(m.text) && /\b(?:price|prices|money[- ]back|delivery|refund|lowest)\b/i.test(t)) continue;
      claims.push({ ...m, sentence: i, kind, says, verb, features: f });
    }
  });
  // A block listing conditions, under a line that offers to treat them.
  const conditions = new Set([...findAll(OUTCOME, p).map((m) => m.text.toLowerCase()), ...findAll(CONDITION_WORD, p).map((m) => m.text.toLowerCase())]).size;
  if (conditions >= 4 && block.sentences.length > 0 && claims.every((c) => c.kind !== 'medicinal' || !c.features.includes('alternative'))) {
    const s = block.sentences[0];
    claims.push({ start: s.start, end: s.end, text: s.text, sentence: 0, kind: 'conditionList', says: 'treatment for a list of conditions', features: ['kind:conditionList', ...(product ? ['product'] : []), ...(alternative ? ['alternative'] : []), ...(commercial ? ['commercial'] : []), ...(TREATS_LIST.test(p) ? ['treatsList'] : []),
      // The block's own stance: a licensed medicine, a guideline, hedging or a debunking around the list.
      ...(namesLicensed(p) ? ['licensed'] : []), ...(AUTHORITY.test(p) ? ['authority'] : []),
      ...(isHedged(p) ? ['hedged'] : []), ...(SOURCE_CUES.test(p) ? ['sourced'] : []), ...(debunk ? ['debunk'] : [])] });
  }
  const rewrites: Record<number, string> = {};
  for (const c of claims) {
    if (c.sentence in rewrites) continue;
    const r = c.verb ? hedgeSentence(block.sentences[c.sentence].text, c.verb) : c.kind === 'absolute' ? hedgeAbsolute(block.sentences[c.sentence].text, c) : undefined;
    if (r) rewrites[c.sentence] = r;
  }
  return { claims, placeholders, product, alternative, commercial, debunk, rewrites, treatsLead, conditions };
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
  const sells = draft.features.some((f) => f === 'product' || f === 'alternative' || f === 'commercial');
  for (const block of ctx.notable) {
    for (const claim of ctx.facts(block).claims) {
      if (!sells && claim.features.includes('bareMiracle')) continue;
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
        // A list of conditions is a claim only when it is offered for treatment; an NHS page's list of
        // who is eligible, or of symptoms to report, offers nothing.
        if (!features.includes('treatsList')) continue;
      }
      out.push({ block, claim, features, local: false });
    }
  }
  // A lead line offering treatment ("Our clients come to us for:") over list items that name conditions.
  for (const block of ctx.notable) {
    if (!ctx.facts(block).treatsLead || block.sentences.length === 0) continue;
    let items = 0;
    for (let k = block.index + 1; k < ctx.draft.blocks.length; k++) {
      const b = ctx.draft.blocks[k];
      if (b.post !== block.post || b.kind !== 'listItem') break;
      if (ctx.facts(b).conditions > 0) items++;
    }
    if (items < 3) continue;
    const s = block.sentences[block.sentences.length - 1];
    const claim: Claim = { start: s.start, end: s.end, text: s.text, sentence: block.sentences.length - 1, kind: 'conditionList', says: 'treatment for a list of conditions', features: [] };
    out.push({ block, claim, features: [...new Set(['kind:conditionList', 'treatsList', ...draft.features])], local: false });
  }
  return out;
}

/** A claim the block's own report raises: it fires on its block's context, which the draft's can only raise. */
// (A bare "miracle" waits for the draft-level check, which alone knows whether the draft sells.)
const isLocal = (model: Model, claim: Claim) => contextOnlyRaises(model) && fires(model, claim.features) && (claim.kind !== 'conditionList' || claim.features.includes('treatsList'))
  && !claim.features.includes('bareMiracle');

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
  notable: (f) => f.claims.length > 0 || !!f.product || !!f.alternative || f.commercial || f.debunk || f.treatsLead || f.conditions > 0,
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

// Compile the patterns as the language server starts, not inside the first draft's check (see util/warm.ts).
onWarmUp(() => scan(sampleBlock()));
