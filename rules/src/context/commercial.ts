// The commercial context of a draft: does it sell something, whose is it, and who profits. Read by
// prescription-medicine-promotion, ad-disclosure and conflict-of-interest, so that the three cannot
// disagree about whether a draft is an advert.
//
// CAP 12.12 as the ASA and ASAI apply it: a marketing communication that names a POM advertises it,
// with or without a price. Whether a draft is a marketing communication is decided once, from
// evidence anywhere in it (an offer, a price, a code, a call to book, availability, a price list,
// a testimonial, a competition, a credit to a brand, the writer's own products or services, a tie
// or an ad label), weighed against counter-evidence (a notice from the NHS or a GP practice to its
// patients; a sentence saying a thing is not offered, or warning against it; quoted words).
import { findMedicines, WITHOUT_PRESCRIPTION, type MedicineMention } from '../knowledge/medicines/match.js';
import { SOLD_PRIVATELY } from '../knowledge/medicines/types.js';
import {
  AD_LABELS, AMBIGUOUS_TAGS, AVAILABILITY, AVAILABILITY_MORE, AVAILABLE_AT, CALL, FIND_IT_AT, CODE, COMMERCIAL_CUES, COMPETITION, CREDIT, ENDORSEMENT, INCLUDED,
  KEYWORD_CALL, NOT_AN_OFFER, NOT_GOODS, NOT_SOLD, OFFER, OFFER_IN_WORDS, RECRUITING, FUNDRAISING, OWNER_SIGNATURE, OWN_PRODUCT, OUR_SERVICE, OWN_SERVICE, PRICE, PRICE_IN_WORDS, PRICE_UNIT,
  PROVIDER_CREDIT, PROVIDERS, PROVIDING, PUBLIC_PROVIDER, PUBLIC_SERVICE, REFERRAL, RESULT, TESTIMONIAL, TIME_ON,
} from '../lexicons/advertising.js';
import { TIES } from '../lexicons/interests.js';
import { defineAnalysis, type Block, type Draft, type Jurisdiction, type Settings } from '../types.js';
import { interestPattern } from '../util/interests.js';
import { fastRegExp } from '../util/fast-regexp.js';
import { alternatives as alt, findAll, has, negatedBefore, quoted, wordList, type Match } from '../util/patterns.js';
import { findCalls } from './calls.js';

/** Whose the thing sold is: a brand that pays or gifts the writer, the writer's own, or a business speaking for itself. */
export type Whose = 'brand' | 'own product' | 'own service' | 'business';

export type CueKind =
  | 'offer' | 'price' | 'code' | 'call' | 'availability' | 'place' | 'price list' | 'listing' | 'testimonial' | 'endorsement'
  | 'competition' | 'credit' | 'own product' | 'own service' | 'our service' | 'provides' | 'paid' | 'gift' | 'affiliate' | 'label' | 'tag';

export interface Cue extends Match {
  kind: CueKind;
  /** 2: enough alone; 1: needs another kind beside it; 0: seen but not evidence (a cost explained). */
  weight: 0 | 1 | 2;
  whose?: Whose;
  /** A call that reaches the seller or books now, or an availability notice: beside a medicine sold privately, it sells that medicine. */
  books?: true;
}

export interface Facts {
  cues: Cue[];
  /** Prescription-only medicines named, but not where the sentence denies selling them or warns, or quotes them. */
  medicines: MedicineMention[];
  /** A result told ("down 9kg", "three months on Mounjaro") and a provider credited ("thanks @clinic"): a testimonial when one post holds both. */
  results: (Match & { medicine?: true })[];
  credits: (Match & { whose: Whose; provider: boolean })[];
  /** A referral scheme ("refer a friend", "you both get"): the business's own offer. */
  referral: boolean;
  /** A signature by the business's owner or director ("Dr Raj Mehta, GP and clinical director"). */
  signed?: Match;
  /** Distinct words of a public-service notice (NHS, "Dear Patient", "call reception"). */
  publicService: string[];
  /** Clear ad labels ("#ad") and ambiguous tags ("#sp", "#gifted") in the block. */
  labels: Match[];
  ambiguous: Match[];
  /** Names of companies the writer has a tie to, from the sentence of the tie. */
  tiedBrands: string[];
  /** Sentences that endorse something without describing a tie, with the names they hold: a tied brand named there is a cue. */
  endorsements: { start: number; text: string; names: ReadonlySet<string> }[];
  /** The writer speaks as a person (I, my, outside quotation marks) or as a business (we, our). */
  personal: boolean;
  business: boolean;
  handles: boolean;
  /** The block offers an event for health professionals ("a webinar for GPs", "CPD credits"). */
  forProfessionals: boolean;
  any: boolean;
}

export interface Evidence extends Cue {
  block: Block;
  /** Weighs 2 only for the medicine beside it (a booking call or availability): named as the hint it is alone. */
  promoted?: true;
}

/** How strongly a piece of evidence sells, for choosing which to name in a message. */
export const strength = (e: Evidence) => (e.promoted ? 1 : e.weight);

export interface Commercial {
  /** The draft is a marketing communication. */
  advert: boolean;
  /** Every prescription-only medicine it names (advert or not), by block in draft order; not those taught at an event for health professionals. */
  medicines: readonly { block: Block; m: MedicineMention }[];
  /** The evidence that counted, in draft order but for labels, tags and a tied endorsement, which come last. */
  evidence: readonly Evidence[];
  whose?: Whose;
  /**
   * Readers need an ad label: a brand pays, gifts or credits the writer, or the writer promotes
   * their own products or business in their own voice. A business's own offer on its own page is
   * obviously an advert and needs none (but may still not name a POM).
   */
  labelOwed: boolean;
  /** The draft reads as an NHS, HSE or GP-practice notice to patients. */
  publicNotice: boolean;
  sponsored: boolean;
  labels: readonly { block: Block; m: Match }[];
  ambiguous: readonly { block: Block; m: Match }[];
  /**
   * The business's post is signed by its owner or director: its offer is the writer's interest, to
   * declare (GMC 12), though the business's own page needs no ad label.
   */
  signedBy?: { block: Block; m: Match };
  /** Recommending a brand after a tie to it (FTC 255.5): the sentence and the brand. */
  tiedEndorsement?: { block: Block; m: Match; brand: string };
}

const labelsFor = (j: Jurisdiction) => [...AD_LABELS.all, ...AD_LABELS[j]];
const hashLabels = new Map<Jurisdiction, RegExp>();
const ambiguousTags = new Map<Jurisdiction, RegExp>();
for (const j of ['uk', 'ie', 'us'] as const) {
  const labels = labelsFor(j);
  hashLabels.set(j, wordList(labels.filter((l) => l.startsWith('#'))));
  ambiguousTags.set(j, wordList(AMBIGUOUS_TAGS.filter((t) => !(labels as readonly string[]).includes(t))));
}
/** "AD" or "Ad" as a label inside a post: beside a handle or a code, before a slash or a bar, or ending it. */
const BARE_LABEL = /(?<=@[\w.]{1,30}[ \t]{1,3})(?:AD|Ad|ad)\b|\b(?:AD|Ad)(?=[ \t]{0,3}[(/|]|[ \t]{1,3}@|[ \t]{0,3}$)/g;

const CUE_NAMES: Record<string, { kind: CueKind; whose?: Whose; weight?: Cue['weight'] }> = {
  'discount code': { kind: 'code', whose: 'brand' }, discount: { kind: 'offer' }, 'paid partnership': { kind: 'paid', whose: 'brand' },
  // "Partnered with" a brand is a tie; with a charity it may be none, so it needs another cue beside it.
  partnership: { kind: 'paid', whose: 'brand', weight: 1 },
  payment: { kind: 'paid', whose: 'brand' }, 'affiliate link': { kind: 'affiliate', whose: 'brand' }, 'gifted product': { kind: 'gift', whose: 'brand' }, 'gifted treatment': { kind: 'gift', whose: 'brand' }, 'gifted by a brand': { kind: 'gift', whose: 'brand' },
};

/**
 * A medicine named as what a product stands in for ("these gummies replaced my HRT", "instead of
 * Botox", "nature's Ozempic", "clients came off their antidepressants", "wave goodbye to brain fog, ADHD
 * meds and anxiety", "unlike antibiotics"): what is sold is the
 * product, and the claim that it replaces a medicine is unsubstantiated-claim's to raise.
 */
const STANDS_IN_FOR = fastRegExp(/\b(?:replac(?:e|es|ed|ing)|instead[ \t]{1,3}of|alternative[ \t]{1,3}to|swap(?:s|ped)?[ \t]{1,3}(?:out[ \t]{1,3})?|ditch(?:es|ed)?|skip(?:s|ped|ping)?|(?:come|comes|came|coming|got|get|getting)[ \t]{1,3}off|wean(?:ed)?[ \t]{1,3}off|no[ \t]{1,3}need[ \t]{1,3}for|nature['’]s|(?:wave|say|kiss)[ \t]{1,3}goodbye[ \t]{1,3}to|goodbye[ \t]{1,3}to|no[ \t]{1,3}more|unlike|(?:better|safer|stronger|gentler|cheaper|kinder)[ \t]{1,3}than|compared[ \t]{1,3}(?:to|with)|versus|vs\.?|(?:dupe|rival)[ \t]{1,3}(?:for|of|to))[ \t]{1,3}(?:(?:my|your|their|his|her|the|all|of)[ \t]{1,3}){0,2}(?:[\p{L}-]{1,20}(?:[ \t]{1,3}[\p{L}-]{1,20})?,[ \t]{1,3}){0,2}$/iu);
/** A pharmacist, not the writer, as who may sell a medicine: it has a pharmacy form (a fact told, not an offer). */
const PHARMACIST_SELLS = /\b(?:the|a|any|your|local|community)[ \t]+pharmacists?[ \t]+(?:can|could|will|may|is[ \t]+able[ \t]+to|are[ \t]+able[ \t]+to)[ \t]+(?:now[ \t]+)?(?:sell|supply|give)\b[^.!?\n]{0,40}$/i;
const INTERACTS_WITH = fastRegExp(/\binteract(?:s|ing|ions?)?[ \t]+with[ \t]+(?:(?:some|certain|other|many|your|any)[ \t]+)?(?:[\p{L}-]+[ \t]+(?:and|or)[ \t]+)?$/iu);
/** Where the writer works (not a thing they make): "in my clinic" is a place, "in my book" a product. */
const WORKPLACE = /(?:clinics?|practice|lounge|studio|salon|spa|centre|center|pharmacy|business|company|agency|consultations?|appointments?|sessions?|services?)$/i;
/** Codes in general, named in the plural with no code given. */
const TALK_OF_CODES = /^[A-Za-z]+[ \t]+(?:codes|CODES)$/;
/** "Don't miss our offers": a negation that urges rather than denies. */
const URGING = /\b(?:don['’]t|do[ \t]+not)[ \t]+(?:miss|forget|wait|delay)\b[^.!?]{0,40}$/i;
const PERSONAL = /\b(?:I|I['’](?:m|ve|ll|d)|[Mm]y|[Mm]e|[Mm]ine)\b/;
/** Quoted words: a testimonial's "I" on a business's page is the customer's voice, not the writer's. */
const QUOTED = /["“][^"”\n]{1,300}["”]/g;
/**
 * A business saying what it provides: "we (now) offer", "our salon now offers", "our online doctor
 * can prescribe". Not a practice or surgery (PROVIDERS): a GP practice's "we offer" is the NHS's.
 */
const PROVIDES = new RegExp(`\\b(?:we|we['’]re|we[ \\t]+are|our[ \\t]+(?:[\\p{L}'’-]+[ \\t]+){0,2}?(?:${alt(PROVIDERS)}))[ \\t]+(?:(?:now|also|proudly|currently|can|are[ \\t]+(?:now[ \\t]+)?(?:proud|pleased|happy|delighted|able)[ \\t]+to)[ \\t]+){0,2}(?:${alt(PROVIDING)})\\b`, 'giu');
/** Things provided that are sold: a treatment, a product, a medicine (checked beside the named medicines). */
const SOLD_THING = /\b(?:treatments?|injections?|injectables?|jabs?|shots?|pens?|tablets|pills|consultations?|appointments?|prescriptions?|programmes?|programs?|plans?|drips?|infusions?|peels?|fillers?|facials?|boosters?|medications?|medicines?|skincare|creams?)\b/i;
// Words without which a block holds no price in words, no result and no offer in words: most blocks
// are skipped by one cheap test rather than scanned by patterns that try a number at every position.
const MONEY_WORDS = /\b(?:pounds?|euros?|dollars?|bucks|quid)\b/i;
const RESULT_WORDS = /\b(?:lost|dropped|shed|down|minus|sizes?|look\w*|feel\w*|believe|happy)\b/i;
/**
 * "Our" just before a medicine's name ("our Saxenda waiting list", "our new steroid jab could…"): a
 * business's own, where what follows is what it sells (OURS_AFTER); not "our antibiotic prescribing",
 * "our Mounjaro patients" or "our ADHD medication protocol", a clinic's work.
 */
const OUR_BEFORE = /\b[Oo]ur[ \t]+(?:(?:new|latest|popular|signature|monthly|weekly|online)[ \t]+)?$/;
const OURS_AFTER = /^(?:[ \t]*(?:[.!?,;:)\n]|$)|[ \t]+(?:waiting[ \t]+list|waitlist|programmes?|programs?|plans?|packages?|clinics?|service|treatments?|appointments?|consultations?|prices?|pricing|offers?|deals?|courses?|subscriptions?|memberships?|pens?|jabs?|shots?|injections?|sessions?|days?|evenings?|nights?|is|are|could|can|will|helps?|gives?|works?|starts?|from|at|with)\b)/i;
/** "At Marlow Skin, we offer": a business named before its "we" (not a hospital: "at St Mary's", "at the Royal"). */
const AT_BUSINESS = /\b[Aa]t[ \t]+(?!(?:St|Saint|Royal|University|Queen|King|General|NHS|The)\b)\p{Lu}[\p{L}&'’-]{1,30}(?:[ \t]+\p{Lu}[\p{L}&'’-]{1,30}){0,3},?[ \t]*$/u;
const WHY_CHOOSE = /\b[Ww]hy[ \t]+(?:choose|pick|book[ \t]+with)[ \t]+(?:us|[A-Z][A-Za-z&'’-]{1,30})\b/g;
/** A clinician's verbs: "we prescribe" is as often the profession speaking as a business. */
const CLINICAL_VERB = /\b(?:prescrib\w*|administer\w*|deliver\w*|perform\w*|uses?)$/i;
const BUSINESS = /\b(?:we|we['’](?:re|ve|ll|d)|our|us)\b/i;
const HANDLE = /(?<![\w.])@[A-Za-z0-9_][\w.]{1,}/;
/** A price offered ("£99", "from £129", "£40 per shot"), not a cost explained. */
const PRICE_BEFORE = /\b(?:only|just|from|now|at|was|price[sd]?|fee)[ \t:]{0,3}$|\b(?:areas?|sessions?|ml|units?|syringes?|months?|pens?|treatments?|consultations?)[ \t:–-]{0,3}$|\d[ \t]?(?:mg|mcg|ml)[ \t:–-]{0,3}$|(?:^|[^\p{L}])\p{Lu}[\p{L}®-]{0,20}(?:[ \t]{1,3}\p{Lu}[\p{L}®-]{0,20}){0,2}[ \t:–-]{1,3}$|^$/u;
const PRICE_AFTER = /^[ \t]{0,3}(?:per|each|instead|off|incl|including|\/)\b|^[ \t]{0,3}(?:for|a)[ \t]{1,3}(?:(?:one|two|three|\d|the|a|an)[ \t]{1,3})?(?:areas?|sessions?|months?|pens?|shots?|treatments?|consultations?|course)\b/i;
const COST_EXPLAINED = /\b(?:several|a[ \t]+few)[ \t]*$|\bpay(?:ing)?[ \t]+privately\b|\b(?:(?:each|per|an?)[ \t]+item|charges?|typical(?:ly)?|in[ \t]+the[ \t]+region[ \t]+of|somewhere[ \t]+between|between|rose|risen|well[ \t]+over|range[sd]?|vary|varies|average|roughly|around|about|up[ \t]+to|list[ \t]+price)\b|\bas[ \t]+little[ \t]+as\b|\b(?:can|could|may|might|will)[ \t]+cost\b|\bcosts?[ \t]+(?:the[ \t]+)?NHS\b|\bspent\b|\b(?:promoted|charged|charges|sold)\b[^.!?]{0,40}$/i;

/** A listed call that reaches the seller ("message us to book", "DM for details", "get booked in"), not a link to follow. */
const REACHES_SELLER = /\b(?:me|us|DM|dm|inbox|message|booked?[ \t]+in|to[ \t]+book)\b/;
const BOOKS = { books: true } as const;
/** "Now available" is as often news ("a pill form is now available in the US") as a slot to book. */
const NEWS = /^(?:now|also)[ \t]+available$/i;
/** Stock told as news to people who have a prescription ("back in stock at pharmacies after the shortage"). */
const SUPPLY_NEWS = /\b(?:shortages?|supply|pharmacies|your[ \t]+prescriptions?)\b/i;

/**
 * An event offered to health professionals: a webinar, course or study day "for GPs", or one with
 * CPD credits. Not a discount "for nurses" on a treatment: an event word must stand before the audience.
 */
const FOR_PROFESSIONALS = /\b(?:webinars?|courses?|training|conferences?|masterclass(?:es)?|study[ \t]{1,3}days?|workshops?|symposi(?:um|a)|lectures?|talks?|updates?)\b[^.!?\n]{0,60}?\bfor[ \t]{1,3}(?:(?:all|other|fellow|local|practising)[ \t]{1,3})?(?:GPs|doctors|clinicians|prescribers|nurses|pharmacists|practice[ \t]{1,3}nurses|nurse[ \t]{1,3}prescribers|healthcare[ \t]{1,3}professionals|health[ \t]{1,3}professionals|HCPs|medical[ \t]{1,3}professionals|trainees|registrars|practitioners|aesthetic[ \t]{1,3}practitioners)\b|\bCPD[ \t]{1,3}(?:credits?|points?|hours?|accredited)\b|\b(?:HCPs|healthcare[ \t]{1,3}professionals|medical[ \t]{1,3}professionals)[ \t]{1,3}only\b/i;

const ASKS_PRICE = /\bfor[ \t]+(?:prices|pricing|a[ \t]+price[ \t]+list|our[ \t]+price[ \t]+list)\b/i;

function scan(block: Block, settings: Settings): Facts {
  const p = block.prose;
  const j = settings.jurisdiction;
  // Sentences that say a thing is not sold, warn against it, or are about a job or a charity's
  // fundraising: nothing in them is evidence. (Found once over the block, and sentences asked for
  // only where there is one: most blocks have none.)
  const denials = [...findAll(NOT_SOLD, p), ...findAll(RECRUITING, p), ...findAll(FUNDRAISING, p)];
  const excluded = denials.length === 0 ? [] : block.sentences.filter((s) => denials.some((d) => s.start <= d.start && d.start < s.end));
  const excludedAt = (i: number) => excluded.length > 0 && excluded.some((s) => s.start <= i && i < s.end);
  const sentenceOf = (i: number) => block.sentences.find((s) => s.start <= i && i < s.end);
  // "Our NHS clinic offers...", "referred by your GP": the NHS's or HSE's own service sells nothing.
  const inSentence = (re: RegExp, i: number) => { const s = sentenceOf(i); return !!s && re.test(s.text); };
  const publicSentence = (i: number) => inSentence(PUBLIC_PROVIDER, i);
  // Prescription-only medicines named: "we don't offer Kenalog", a page on why it must not be
  // advertised, a quoted name are not sold here.
  // A medicine a product may interact with ("can interact with some antibiotics") is a caution, and
  // one it stands in for (STANDS_IN_FOR) is a comparison: neither is a thing sold.
  const named = findMedicines(p, j);
  const medicines = named.filter((m) => m.prescription && !excludedAt(m.start) && !negatedBefore(p, m.start, 2) && !quoted(p, m.start, m.end)
    && !INTERACTS_WITH.test(p.slice(Math.max(0, m.start - 50), m.start)) && !STANDS_IN_FOR.test(p.slice(Math.max(0, m.start - 40), m.start)));
  const namesMedicine = (start: number, end: number) => medicines.some((m) => start <= m.start && m.start < end);
  const namesSoldMedicine = (start: number, end: number) => medicines.some((m) => start <= m.start && m.start < end && soldPrivately(m));
  const cues: Cue[] = [];
  const keep = (m: Match) => !(excludedAt(m.start) || (negatedBefore(p, m.start, 3) && !URGING.test(p.slice(Math.max(0, m.start - 40), m.start))) || quoted(p, m.start, m.end));
  const add = (re: RegExp, kind: CueKind, weight: Cue['weight'], whose?: Whose) => {
    for (const m of findAll(re, p)) if (keep(m)) cues.push({ ...m, kind, weight, whose });
  };
  add(OFFER, 'offer', 2);
  // A prescription-only medicine offered "without a prescription": sold outside the law, an offer.
  // (Not where the sentence names the medicine's legal pharmacy form: "… without a prescription as Viagra Connect",
  // nor where a pharmacist is who may sell it so: "the pharmacist can sell it to you without a prescription now".)
  for (const w of findAll(WITHOUT_PRESCRIPTION, p)) {
    const sentence = sentenceOf(w.start);
    if (keep(w) && medicines.some((m) => sentenceOf(m.start) === sentence) && !named.some((m) => !m.prescription && sentenceOf(m.start) === sentence)
      && !PHARMACIST_SELLS.test(p.slice(Math.max(0, w.start - 60), w.start))) cues.push({ ...w, kind: 'offer', weight: 2 });
  }
  if (MONEY_WORDS.test(p) || /\b(?:off|one|BOGOF|discount|friend|early)\b/i.test(p)) add(OFFER_IN_WORDS, 'offer', 2);
  // A code's owner is decided with the whole draft in view (decide): a person's code is a brand's.
  // "Influencers with discount codes": codes talked about, not one offered (no code, no "my" or "use").
  for (const m of findAll(CODE, p)) if (keep(m)) cues.push({ ...m, kind: 'code', weight: TALK_OF_CODES.test(m.text) && !/\b(?:my|our|a|the|this)[ \t]+$/i.test(p.slice(Math.max(0, m.start - 6), m.start)) ? 1 : 2 });
  add(REFERRAL, 'code', 2);
  for (const { name, pattern } of COMMERCIAL_CUES) {
    const c = CUE_NAMES[name];
    if (c) add(pattern, c.kind, c.weight ?? 2, c.kind === 'code' ? undefined : c.whose);
  }
  for (const m of findAll(CALL, p)) if (keep(m)) cues.push({ ...m, kind: 'call', weight: 1, ...(REACHES_SELLER.test(m.text) ? BOOKS : undefined) });
  for (const m of findAll(KEYWORD_CALL, p)) if (keep(m)) cues.push({ ...m, kind: 'call', weight: 1, books: true });
  // Calls read as a grammar: a call to get a named medicine ("get your Botox") is enough alone.
  for (const c of findCalls(p)) {
    if (!keep(c) || publicSentence(c.start)) continue;
    const medicine = namesSoldMedicine(c.start, c.end);
    // A call about a named medicine weighs as an offer of it, but a contact verb only when it reaches
    // the seller ("ask us about Champix"; not "speak to your GP about it"). "DM for prices" says a
    // price exists.
    const strong = (medicine && (c.verb !== 'contact' || c.object === 'sells')) || ASKS_PRICE.test(c.text);
    if (c.object === 'sells' || medicine) cues.push({ start: c.start, end: c.end, text: c.text, kind: 'call', weight: strong ? 2 : 1, ...(c.pointed ? BOOKS : undefined) });
  }
  for (const re of [AVAILABILITY, AVAILABILITY_MORE]) for (const m of findAll(re, p)) if (keep(m) && !publicSentence(m.start)) cues.push({ ...m, kind: 'availability', weight: 1, ...(NEWS.test(m.text) || inSentence(SUPPLY_NEWS, m.start) ? undefined : BOOKS) });
  add(AVAILABLE_AT, 'place', 2);
  add(FIND_IT_AT, 'place', 2);
  add(PRICE_UNIT, 'price list', 1);
  add(INCLUDED, 'listing', 2);
  add(TESTIMONIAL, 'testimonial', 1);
  add(COMPETITION, 'competition', 2);
  add(CREDIT, 'credit', 1, 'brand');
  add(OWN_PRODUCT, 'own product', 2, 'own product');
  add(OWN_SERVICE, 'own service', 1, 'own service');
  // "In my clinic this week": where the writer works, not what they sell ("back in my clinic" is);
  // "in my new book" is still the book.
  for (let i = cues.length - 1; i >= 0; i--) {
    const before = p.slice(Math.max(0, cues[i].start - 12), cues[i].start);
    if (cues[i].kind === 'own service' && WORKPLACE.test(cues[i].text) && /\b(?:in|during|from|between|after|before|to)[ \t]+$/i.test(before) && !/\bback[ \t]+in[ \t]+$/i.test(before)) cues.splice(i, 1);
  }
  for (const m of findAll(OUR_SERVICE, p)) if (keep(m) && !publicSentence(m.start)) cues.push({ ...m, kind: 'our service', weight: 1, whose: 'business' });
  // A business saying what it provides is a marketing communication (CAP 12.12 as the ASA applies
  // it), unless what it provides is advice or support; "our" before a medicine is its own too.
  // A bare "we" is as often the profession ("we prescribe too many antibiotics") as a business: it
  // needs another cue beside it, and a clinician's verbs (prescribe, administer) none at all; "our
  // clinic offers", "at Marlow Skin we offer" and "we now offer" are a business's.
  for (const m of BUSINESS.test(p) ? findAll(PROVIDES, p) : []) {
    if (!keep(m) || publicSentence(m.start) || NOT_GOODS.test(p.slice(m.end, m.end + 60))) continue;
    const named = /^our\b|\bnow\b/i.test(m.text) || AT_BUSINESS.test(p.slice(Math.max(0, m.start - 40), m.start));
    if (!named && CLINICAL_VERB.test(m.text)) continue;
    const object = p.slice(m.end, m.end + 60).split(/[.!?;\n]/)[0];
    const weight = named && (namesMedicine(m.end, m.end + object.length) || SOLD_THING.test(object)) ? 2 : 1;
    cues.push({ ...m, kind: 'provides', weight, whose: 'business' });
  }
  // "Why choose us?", "Why choose Glow Clinic": a business's page selling itself.
  for (const m of findAll(WHY_CHOOSE, p)) if (keep(m)) cues.push({ ...m, kind: 'provides', weight: 1, whose: 'business' });
  for (const med of medicines) {
    const our = OUR_BEFORE.exec(p.slice(Math.max(0, med.start - 30), med.start));
    if (!our || publicSentence(med.start) || !OURS_AFTER.test(p.slice(med.end, med.end + 20))) continue;
    const start = med.start - our[0].length;
    cues.push({ start, end: med.end, text: p.slice(start, med.end), kind: 'provides', weight: 2, whose: 'business' });
  }
  // "I'm running … appointments" is the writer's own service in their own voice; "we're offering" a business's.
  for (const c of cues) if (c.kind === 'our service' && /^I\b/.test(c.text)) { c.kind = 'own service'; c.whose = 'own service'; }
  // A name from the writer's own `interests` (their clinic, their brand) is theirs, whatever the
  // voice; a company that pays them (a grant, fees) is a tie, not a thing they sell.
  const interests = interestPattern(settings, true);
  if (interests) add(interests, 'own service', 1, 'own service');
  // A treatment had "with @clinic" told as a testimonial endorses the provider.
  for (const c of cues) if (c.kind === 'testimonial' && /\b(?:had|got)[ \t]+my\b/i.test(c.text)) { c.kind = 'endorsement'; c.whose = 'brand'; }
  for (const m of MONEY_WORDS.test(p) ? [...findAll(PRICE, p), ...findAll(PRICE_IN_WORDS, p)] : findAll(PRICE, p)) {
    if (excludedAt(m.start) || quoted(p, m.start, m.end)) continue;
    const sentence = sentenceOf(m.start);
    const lineStart = Math.max(sentence?.start ?? 0, p.lastIndexOf('\n', m.start - 1) + 1);
    const before = p.slice(Math.max(lineStart, m.start - 24), m.start);
    const after = p.slice(m.end, m.end + 16);
    const explained = sentence && (NOT_AN_OFFER.test(sentence.text) || COST_EXPLAINED.test(p.slice(sentence.start, m.start)));
    const weight = explained ? 0 : PRICE_BEFORE.test(before) || PRICE_AFTER.test(after) || /[/ \t]mo(?:nth)?\b/.test(after.slice(0, 8)) ? 2 : 1;
    cues.push({ ...m, kind: 'price', weight });
  }
  // A testimonial's parts: a result, and who is credited for it ("three months on Mounjaro", "thanks @clinic").
  const results: Facts['results'] = RESULT_WORDS.test(p) ? findAll(RESULT, p).filter(keep) : [];
  for (const med of medicines) {
    const on = TIME_ON.exec(p.slice(Math.max(0, med.start - 40), med.start));
    if (on) results.push({ start: med.start - on[0].length, end: med.end, text: p.slice(med.start - on[0].length, med.end), medicine: true });
  }
  const credits = results.length === 0 && !/\bthank|@/i.test(p) ? [] : findAll(PROVIDER_CREDIT, p).filter(keep)
    .map((m) => ({ ...m, whose: 'brand' as Whose, provider: PROVIDER_NAME.test(m.text) }));
  // "Thanks @clinic for my anti-wrinkle injections": crediting a provider for a medicine given is a
  // testimonial without a result told.
  for (const c of credits) {
    const med = medicines.find((m) => m.start >= c.end && m.start - c.end < 40 && /\bfor[ \t]+(?:my|the|our)[ \t]+$/i.test(p.slice(c.end, m.start)));
    if (med) results.push({ start: c.start, end: med.end, text: p.slice(c.start, med.end), medicine: true });
  }
  const referral = cues.some((c) => c.kind === 'code' && REFERRAL_WORDS.test(c.text));
  const signed = /,/.test(p) ? findAll(OWNER_SIGNATURE, p)[0] : undefined;
  const labels = findAll(hashLabels.get(j)!, p).concat(findAll(BARE_LABEL, p)).sort((a, b) => a.start - b.start);
  const ambiguous = findAll(ambiguousTags.get(j)!, p);
  const ties = findAll(TIES, p);
  const tying = ties.length === 0 ? [] : block.sentences.filter((s) => ties.some((t) => s.start <= t.start && t.start < s.end));
  const tiedBrands = tying.flatMap((s) => capitalisedNames(s.text));
  // Only a sentence that names something can endorse a tied brand, or the sentence right after a
  // tie, which speaks of its brand ("Joined the advisory board at @Brand. The best shakes around").
  // The names are kept, so the decision on each keystroke looks them up rather than searching every
  // sentence's text.
  const endorsements = !ENDORSEMENT.test(p) ? [] : block.sentences.flatMap((s, i) => {
    if (!ENDORSEMENT.test(s.text) || tying.includes(s)) return [];
    const names = capitalisedNames(` ${s.text}`);
    // ("… and I don't recommend any brand below" after a declared tie endorses nothing.)
    if (i > 0 && tying.includes(block.sentences[i - 1]) && !negatedBefore(s.text, endorsing(s).start - s.start, 3)) names.push(...capitalisedNames(block.sentences[i - 1].text));
    return names.length > 0 ? [{ start: s.start, text: s.text, names: new Set(names) }] : [];
  });
  const publicService = [...new Set(findAll(PUBLIC_SERVICE, p).map((m) => m.text.toLowerCase().replace(/\s+/g, ' ')))];
  cues.sort((a, b) => a.start - b.start);
  const personal = PERSONAL.test(p.includes('"') || p.includes('“') ? p.replace(QUOTED, '') : p), business = BUSINESS.test(p), handles = HANDLE.test(p);
  // The voice matters only beside evidence, so it alone makes no block notable: a long draft's
  // every paragraph says "I", and the decision reads only notable blocks on each keystroke.
  const forProfessionals = has(FOR_PROFESSIONALS, p);
  const any = forProfessionals || cues.length > 0 || medicines.length > 0 || results.length > 0 || credits.length > 0 || !!signed || labels.length > 0 || ambiguous.length > 0
    || tiedBrands.length > 0 || endorsements.length > 0 || publicService.length > 0;
  return { cues, medicines, results, credits, referral, signed, publicService, labels, ambiguous, tiedBrands, endorsements, personal, business, handles, forProfessionals, any };
}

/** A credited account or name that sells care or bodies: a clinic, a pharmacy, a weight-loss or skin brand. */
const PROVIDER_NAME = /(?:clinic|aesthetic|skin|slim|weight|lean|trim|health|pharma|chemist|med|rx|doc|beauty|derm|glow|body|wellness|diet)/i;

const REFERRAL_WORDS = /\brefer[ \t]+a[ \t]+friend\b|\bboth[ \t]+get\b|\breferral[ \t]+(?:scheme|programme|program|bonus|reward)/i;

/** Capitalised words that are not a sentence's first word: candidate brand names. */
function capitalisedNames(sentence: string): string[] {
  // A brand's @handle names it too ("the advisory board at @NourishlyUK").
  return [...sentence.matchAll(/(?<=\s@?)[A-Z][A-Za-z0-9\u00C0-\u024F&'’-]{2,}/g)].map((m) => m[0].replace(/['’]s$/, ''))
    .filter((w) => !/^(?:I|The|This|That|NHS|UK|GP|Dr|Mr|Mrs|Ms|Prof|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(w));
}

const evidenceOf = (m: Match, kind: CueKind, weight: Cue['weight'], whose: Whose | undefined, block: Block, books?: true): Evidence =>
  ({ start: m.start, end: m.end, text: m.text, kind, weight, whose, block, books });

/** A post this short is one caption: a medicine and what sells it are read together wherever they stand. */
const SHORT_POST_BLOCKS = 4;

/** Two or more distinct public-service words make a notice; "NHS" alone is any clinic's comparison. */
const PUBLIC_NOTICE_WORDS = 2;

function decide({ draft, settings, facts, notable }: { draft: Draft; settings: Settings; facts(block: Block): Facts; notable: readonly Block[] }): Commercial {
  const evidence: Evidence[] = [];
  const named: Commercial['medicines'][number][] = [];
  const labels: Commercial['labels'][number][] = [];
  const ambiguous: Commercial['ambiguous'][number][] = [];
  const publicWords = new Set<string>();
  const tied = new Set<string>();
  const forProfessionals = new Set<number>();
  let personal = false, business = false, handles = false;
  let signedBy: Commercial['signedBy'];
  // The voice of each post, for whose a code or a business's words are.
  const posts = new Map<number, { personal: boolean; business: boolean; handles: boolean; referral: boolean; results: boolean; credits: { block: Block; m: Facts['credits'][number] }[] }>();
  /** Blocks telling a result on a medicine ("three months on Mounjaro"): whoever they credit provided it. */
  const onMedicine = new Set<Block>();
  for (const block of notable) {
    const f = facts(block);
    // Built field by field: an object spread here cost twice as much, on every keystroke.
    for (const c of f.cues) if (c.weight > 0) evidence.push(evidenceOf(c, c.kind, c.weight, c.whose, block, c.books));
    for (const m of f.medicines) named.push({ block, m });
    for (const m of f.labels) labels.push({ block, m });
    for (const m of f.ambiguous) ambiguous.push({ block, m });
    for (const w of f.publicService) publicWords.add(w);
    for (const b of f.tiedBrands) tied.add(b);
    if (f.signed) signedBy ??= { block, m: f.signed };
    if (f.forProfessionals) forProfessionals.add(block.post);
    personal ||= f.personal; business ||= f.business; handles ||= f.handles;
    const post = posts.get(block.post) ?? { personal: false, business: false, handles: false, referral: false, results: false, credits: [] };
    if (f.results.some((r) => r.medicine)) onMedicine.add(block);
    post.personal ||= f.personal; post.business ||= f.business; post.handles ||= f.handles; post.referral ||= f.referral;
    post.results ||= f.results.length > 0;
    for (const m of f.credits) post.credits.push({ block, m });
    posts.set(block.post, post);
  }
  // Medicines named in a post that offers an event to health professionals (a webinar for GPs, a
  // CPD course) are taught to prescribers, which CAP 12.12 and HMR 284 allow: they bar advertising
  // to the public. So the draft sells none of them, for every rule that reads this decision.
  const medicines = forProfessionals.size === 0 ? named : named.filter(({ block }) => !forProfessionals.has(block.post));
  // A testimonial: a result told and a provider credited in one post (the credit is the evidence),
  // where the credit is to a clinic or a seller, or beside a result on a medicine ("thanks @parkrun" is none).
  for (const post of posts.values()) {
    const credit = post.results ? post.credits.find((c) => c.m.provider || onMedicine.has(c.block)) : undefined;
    if (!credit) continue;
    const { block, m } = credit;
    evidence.push(evidenceOf(m, 'testimonial', 2, m.whose, block));
  }
  // Whose a code is: a person's ("my code", a post in the first person or beside a brand's @handle)
  // is a brand's that pays them; a business's own, in its own voice or as a referral scheme, is the
  // business's; with neither voice, a brand's.
  for (const e of evidence) {
    if (e.kind !== 'code' || e.whose) continue;
    const post = posts.get(e.block.post)!;
    e.whose = post.personal || post.handles ? 'brand' : post.business || post.referral ? 'business' : 'brand';
  }
  // A business's words in a post that also speaks as the writer ("I'm proud our clinic now offers")
  // are the writer's own business, in their own voice.
  for (const e of evidence) if ((e.kind === 'our service' || e.kind === 'provides') && posts.get(e.block.post)!.personal) e.whose = 'own service';
  // Recommending the product of a company the writer has a tie to is an endorsement (FTC 255.5).
  let tiedEndorsement: Commercial['tiedEndorsement'];
  if (tied.size > 0) {
    for (const block of notable) {
      for (const s of facts(block).endorsements) {
        let brand: string | undefined;
        for (const name of s.names) if (tied.has(name)) { brand = name; break; }
        if (!brand) continue;
        // The brand in the sentence, else the words that endorse it (its name stood in the tie before).
        const named = s.text.indexOf(brand);
        const m = named >= 0 ? { start: s.start + named, end: s.start + named + brand.length, text: brand } : endorsing(s);
        tiedEndorsement = { block, m, brand };
        break;
      }
      if (tiedEndorsement) break;
    }
  }
  // CAP 12.12: a call to book with this seller, or its availability, beside a medicine that clinics
  // sell privately ("spaces this weekend … #botox", "Kenalog … call the clinic") markets that
  // medicine, whatever else the post says; alone, either is only a hint.
  let near: ReadonlySet<number> | undefined;
  for (const e of evidence) {
    if (!e.books || e.weight !== 1) continue;
    near ??= nearSoldMedicine(draft, medicines);
    if (near.has(e.block.index)) { e.weight = 2; e.promoted = true; }
  }
  for (const { block, m } of labels) evidence.push(evidenceOf(m, 'label', 2, 'brand', block));
  for (const { block, m } of ambiguous) evidence.push(evidenceOf(m, 'tag', 2, 'brand', block));
  if (tiedEndorsement) evidence.push(evidenceOf(tiedEndorsement.m, 'endorsement', 2, 'brand', tiedEndorsement.block));

  const publicNotice = publicWords.size >= PUBLIC_NOTICE_WORDS;
  // In a notice to patients, only an offer, a code or the like counts: its calls to book, prices
  // explained, "our practice" and what "we offer" sell nothing.
  const counts = (e: Evidence) => e.weight > 0 && !(publicNotice && (e.weight < 2 || NOTICE_KINDS.has(e.kind)));
  // The kinds of "ours": a business's own service and the writer's own add weight together only once
  // ("our diabetes clinic" and "my clinic" in one post are one service, named twice).
  const best = new Map<CueKind, number>();
  for (const e of evidence) {
    if (!counts(e)) continue;
    const kind = e.kind === 'our service' ? 'own service' : e.kind;
    best.set(kind, Math.max(best.get(kind) ?? 0, e.weight));
  }
  const score = [...best.values()].reduce((a, b) => a + b, 0);
  const sponsored = settings.sponsored === true;
  const advert = sponsored || score >= 2;
  // In draft order (blocks in order, cues in order within each; testimonials, labels, tags and a
  // tied endorsement after them): no sort, since a pasted book can hold tens of thousands of pieces
  // of evidence.
  const counted = evidence.filter(counts);

  let whose: Whose | undefined;
  if (advert) {
    const has = (w: Whose) => counted.some((e) => e.whose === w);
    // A code beside the writer's own product or service is the writer's own discount.
    const ownBlocks = new Set(counted.filter((o) => o.whose === 'own product' || o.whose === 'own service').map((o) => o.block));
    const ownBeside = (e: Evidence) => ownBlocks.has(e.block);
    const brandTie = counted.some((e) => e.whose === 'brand' && !(e.kind === 'code' && ownBeside(e)));
    whose = brandTie ? 'brand' : has('own product') ? 'own product' : has('own service') ? 'own service'
      // A person's post about a sale by an account it tags: the brand's advert in the writer's voice.
      : personal && !business && handles && counted.some((e) => e.kind === 'offer' || e.kind === 'call') ? 'brand' : 'business';
  }
  const labelOwed = sponsored || (advert && whose !== undefined && whose !== 'business');
  return { advert, medicines, evidence: counted, whose, labelOwed, publicNotice, sponsored, labels, ambiguous, signedBy, tiedEndorsement };
}

/** The words of a sentence that endorse, as a span of its block. */
function endorsing(s: { start: number; text: string }): Match {
  const e = ENDORSEMENT.exec(s.text)!;
  return { start: s.start + e.index, end: s.start + e.index + e[0].length, text: e[0] };
}

/** A medicine of a group clinics sell privately (or a prescription-only class named as such). */
export const soldPrivately = (m: MedicineMention) => !m.medicine || SOLD_PRIVATELY.has(m.medicine.group);

/**
 * The blocks (by index) a medicine sold privately is read with (reachOf of the block naming it):
 * those where a call to book or an availability markets it. Found once per decision, where each
 * piece of evidence asking every medicine of the draft made a long draft's keystroke quadratic. A
 * reach never leaves its post, so a block in it is in the medicine's post.
 */
function nearSoldMedicine(draft: Draft, medicines: Commercial['medicines']): ReadonlySet<number> {
  const near = new Set<number>();
  const seen = new Set<Block>();
  for (const { block, m } of medicines) {
    if (m.kind === 'stem' || !soldPrivately(m) || seen.has(block)) continue;
    seen.add(block);
    const [from, to] = reachOf(draft, block);
    for (let i = from; i <= to; i++) near.add(i);
  }
  return near;
}

/**
 * The blocks (first and last index in the draft) whose evidence a medicine named in `block` is read
 * with: a short post is one caption, read whole; a heading names what its section sells, down to the
 * next heading ("## Our programme (Wegovy)" over its price list); else the block and its neighbours.
 * `wholePost` reads it with the whole post (a business's own page).
 */
export function reachOf(draft: Draft, block: Block, wholePost = false): [number, number] {
  const { blocks } = draft.posts[block.post];
  const first = blocks[0].index, last = blocks[blocks.length - 1].index;
  if (wholePost || blocks.length <= SHORT_POST_BLOCKS) return [first, last];
  if (block.kind !== 'heading') return [Math.max(first, block.index - 1), Math.min(last, block.index + 1)];
  let end = block.index + 1;
  while (end < last && draft.blocks[end + 1].kind !== 'heading') end++;
  return [Math.max(first, block.index - 1), Math.min(last, end)];
}

/** Evidence a notice to patients may hold without selling: its calls, prices, services and what it offers. */
const NOTICE_KINDS = new Set<CueKind>(['price', 'call', 'our service', 'provides', 'availability', 'testimonial']);

export const commercial = defineAnalysis<Facts, Commercial>({
  id: 'commercial-context',
  scan,
  notable: (f) => f.any,
  decide,
});

/** What a piece of evidence is, for a message ("the offer '£20 off'"). */
export function describeEvidence(e: Cue): string {
  const code = e.kind === 'code' ? /[A-Z][A-Z0-9_]{2,15}\d|[A-Z]{2,15}[A-Z0-9_]{0,15}_[A-Z0-9_]{1,15}|(?<=code[ \t]{0,3}:?[ \t]{0,3}["'“‘]?)[A-Za-z][A-Za-z0-9_]{3,15}/.exec(e.text)?.[0] : undefined;
  const text = code ?? e.text.trim().replace(/\s+/g, ' ');
  // "Refer a friend", "you both get": a referral scheme, not a code.
  if (e.kind === 'code' && !code && REFERRAL_WORDS.test(e.text)) return `the referral offer '${text}'`;
  const what: Record<CueKind, string> = {
    offer: 'the offer', price: 'the price', code: 'the discount code', call: 'the call to action', availability: 'the availability notice',
    place: 'the pointer to where to get it', 'price list': 'the price list', listing: 'the listing', testimonial: 'the testimonial', endorsement: 'the endorsement',
    competition: 'the competition', credit: "the brand's credit", 'own product': 'your own product', 'own service': 'your own service',
    'our service': 'the service offered', provides: 'the service offered', paid: 'the payment', gift: 'the gift', affiliate: 'the affiliate link', label: 'the ad label', tag: 'the tag',
  };
  return `${what[e.kind]} '${text}'`;
}
