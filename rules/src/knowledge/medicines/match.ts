// Finds the medicines of the knowledge list in prose, as real posts write them: in capitals, with ®,
// possessive ("Mounjaro's"), hyphenated or spaced ("anti-wrinkle", "anti wrinkle"), and run together
// inside hashtags ("#kenaloginjection"). Each mention's legal category is resolved for the
// jurisdiction from the brand, then the form and strength written beside it. Names not listed fall
// back to WHO INN stems ("-glutide", "-cillin"), as lower-confidence mentions.
//
// Words are looked up in a map rather than matched by one regex of ~2,000 alternatives: a regex
// that size tries each alternative at each position, a map lookup per word does not.
import type { Jurisdiction } from '../../types.js';
import { alternatives, type Match } from '../../util/patterns.js';
import { MEDICINES } from './index.js';
import type { Brand, Depends, Form, Medicine, Status } from './types.js';

export type MentionKind = 'name' | 'brand' | 'aka' | 'weak' | 'topic' | 'stem';

export interface MedicineMention extends Match {
  /** Undefined for a name found only by its INN stem. */
  medicine?: Medicine;
  brand?: Brand;
  kind: MentionKind;
  form?: Form;
  /** The strength written beside it, in mg per dose unit. */
  mg?: number;
  /** The legal category in the jurisdiction asked for ('POM', 'P', 'prescription', 'Rx', 'OTC'...). */
  category: string;
  prescription: boolean;
}

interface Entry { tokens: string[]; medicine: Medicine; brand?: Brand; kind: Exclude<MentionKind, 'stem' | 'topic'> }

/** A medicine that a bare noun ("jab") or a short name ("ED meds") means where its block speaks of the medicine's topic. */
interface Topical { tokens: string[]; medicine: Medicine; words: RegExp }

/** Lower case, curly apostrophes straight, a possessive or trademark sign dropped. */
const norm = (w: string) => {
  const lower = w.toLowerCase(); // already lower case when it comes from tokenize(): a cheap no-op
  // Most words have none of these; the replacements are skipped for them (this runs on every word).
  return /[’'®™]/.test(lower) ? lower.replace(/’/g, "'").replace(/[®™]{1,3}$/, '').replace(/'s?$/, '') : lower;
};
/** A name as the words a text tokenises it into ("anti-wrinkle injections" -> anti, wrinkle, injections). */
const tokensOf = (name: string) => name.split(/[\s\-–/]+/).map(norm).filter(Boolean);

let index: { first: Map<string, Entry[]>; compact: Map<string, Entry>; longest: number; topical: Map<string, Topical[]> } | undefined;

function buildIndex() {
  const first = new Map<string, Entry[]>();
  const compact = new Map<string, Entry>();
  const topical = new Map<string, Topical[]>();
  let longest = 0;
  const add = (name: string, entry: Omit<Entry, 'tokens'>) => {
    const tokens = tokensOf(name);
    if (tokens.length === 0) return;
    const e = { ...entry, tokens };
    const list = first.get(tokens[0]) ?? [];
    list.push(e);
    first.set(tokens[0], list);
    const joined = tokens.join('').replace(/'/g, '');
    if (!compact.has(joined) || compact.get(joined)!.kind === 'weak') compact.set(joined, e);
    longest = Math.max(longest, joined.length);
  };
  for (const medicine of MEDICINES) {
    for (const b of medicine.brands) {
      const brand = typeof b === 'string' ? undefined : b;
      add(typeof b === 'string' ? b : b.name, { medicine, brand, kind: 'brand' });
    }
    // A vaccine's disease or generic name is a service, not a medicine (types.ts, Medicine.vaccine).
    if (medicine.vaccine) continue;
    if (!medicine.members) add(medicine.name, { medicine, kind: 'name' });
    for (const a of medicine.aka) add(typeof a === 'string' ? a : a.name, { medicine, brand: typeof a === 'string' ? undefined : a, kind: 'aka' });
    for (const w of medicine.weak) add(w, { medicine, kind: 'weak' });
    if (medicine.topic) {
      // Letters, not word boundaries, delimit a topic word, so "8kg" speaks of weight.
      const words = new RegExp(`(?<![A-Za-z])(?:${alternatives(medicine.topic.words)})(?![A-Za-z])`, 'gi');
      for (const n of medicine.topic.names) {
        const tokens = tokensOf(n);
        topical.set(tokens[0], [...(topical.get(tokens[0]) ?? []), { tokens, medicine, words }]);
      }
    }
  }
  // Longest names first, so "Viagra Connect" wins over "Viagra".
  for (const list of first.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { first, compact, longest, topical };
}

interface Token { start: number; end: number; word: string; hashtag: boolean }

/** A digit written for a letter, between two letters: "b0tox", "s3maglutide" (not "b12", "glp1"). */
const LEET = /[a-z][013457][a-z]/;
const LEET_DIGIT = /(?<=[a-z])[013457](?=[a-z])/g;
const LEET_LETTER: Record<string, string> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't' };
// Latin letters and digits only: every listed name is written in them, and a Unicode-aware regex
// over every word of every block costs several times more.
const TOKEN = /[#@]?[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’+]*[®™]?/g;

function tokenize(prose: string): Token[] {
  // Lower-cased once for the block rather than once a word; where lower-casing changes the length
  // (a rare dotted capital I), each word is lower-cased on its own so offsets stay true.
  const lower = prose.toLowerCase();
  const same = lower.length === prose.length;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(same ? lower : prose); m; m = TOKEN.exec(same ? lower : prose)) {
    const raw = m[0];
    if (raw.charCodeAt(0) === 64) continue; // '@': a handle names an account, not a medicine
    const hashtag = raw.charCodeAt(0) === 35;
    out.push({ start: m.index, end: m.index + raw.length, word: norm(hashtag ? raw.slice(1) : raw), hashtag });
  }
  return out;
}

// The INN stems of prescription-only classes (WHO, "The use of stems in the selection of INNs"),
// for medicines the list does not hold. Each needs three letters before it, so "April" is no ACE
// inhibitor.
const STEMS = ['cillin', 'floxacin', 'cycline', 'mycin', 'statin', 'pril', 'sartan', 'olol', 'dipine', 'azepam', 'azolam', 'oxetine',
  'triptan', 'gliflozin', 'gliptin', 'glutide', 'glitazone', 'tinib', 'lukast', 'setron', 'navir', 'previr', 'buvir', 'asvir',
  'tegravir', 'ciclovir', 'mab'];
const STEM_LENGTHS = [...new Set(STEMS.map((x) => x.length))];
const STEM_SET = new Set(STEMS);
const LETTERS = /^[a-z]+$/;
/** A word ending in a stem with three letters before it ("-mab" needs four: "Punjab" is no antibody). */
const hasStem = (w: string) => w.length >= 7 && LETTERS.test(w)
  && STEM_LENGTHS.some((n) => STEM_SET.has(w.slice(-n)) && w.length - n >= (n === 3 ? 4 : 3));

// Words beside a mention that tell its form. The nearest wins.
const FORM_WORDS: readonly [Form, RegExp][] = [
  // The syringe emoji, and toxin's units of sale (per area, "three areas"), say injection too.
  ['injection', /\b(?:inject\w*|jabs?|shots?|vials?|amp(?:o)?ules?|intramuscular|intravenous|IM|IV|infusions?|drips?|syringes?|pens?|needles?)\b|\bper[ \t]+(?:ml|unit|area)\b|\/[ \t]?ml\b|\b(?:one|two|three|four|[1-4])[ \t]+areas?\b|💉/gi],
  ['oral', /\b(?:tablets?|tabs|pills?|capsules?|oral(?:ly)?|by[ \t]+mouth|syrup|liquid|lozenges?)\b/gi],
  ['topical', /\b(?:creams?|gels?|ointments?|lotions?|foam|topical(?:ly)?|shampoo|scalp|serums?|spot[ \t]+treatment)\b/gi],
  ['nasal', /\bnasal\b|\bnose[ \t]+sprays?\b/gi],
  ['eye', /\beye[ \t]?drops?\b|\beye[ \t]+ointment\b/gi],
  ['inhaled', /\binhalers?\b|\bpuffers?\b/gi],
  ['vaginal', /\bvaginal\b|\bpessar(?:y|ies)\b/gi],
];
/** Form words run on after a name inside a hashtag. */
const HASHTAG_FORMS: readonly [Form, RegExp][] = [
  ['injection', /^(?:injections?|injectables?|jabs?|shots?|drips?|pens?|vials?)/], ['oral', /^(?:tablets?|pills?|capsules?)/],
  ['topical', /^(?:creams?|gels?|ointments?|foam|serums?)/], ['nasal', /^nasal/], ['eye', /^eyedrops?/], ['inhaled', /^inhalers?/],
];
const STRENGTH = /(\d{1,5}(?:\.\d{1,3})?)[ \t]?(mg|mcg|micrograms?|µg)\b|\b(\d{1,3}(?:\.\d{1,2})?)\/500\b/gi;
/** How far either side of a mention its form and strength are looked for, within the sentence. */
const WINDOW = 60;

function sentenceWindow(prose: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - WINDOW), to = Math.min(prose.length, end + WINDOW);
  const before = prose.slice(from, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  if (stop >= 0) from += stop + 1;
  const after = prose.slice(end, to).search(/[.!?](?:\s|$)|[;\n]/);
  if (after >= 0) to = end + after;
  return [from, to];
}

function formNear(prose: string, start: number, end: number, extra = ''): Form | undefined {
  // A hashtag's own letters after the name ("#kenaloginjection") say its form first.
  const tagged = extra && HASHTAG_FORMS.find(([, re]) => re.test(extra));
  if (tagged) return tagged[0];
  const [from, to] = sentenceWindow(prose, start, end);
  let best: { form: Form; distance: number } | undefined;
  for (const [form, re] of FORM_WORDS) {
    re.lastIndex = 0;
    const slice = prose.slice(from, to);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const at = from + m.index;
      const distance = at >= end ? at - end : at + m[0].length <= start ? start - at - m[0].length : 0;
      if (!best || distance < best.distance) best = { form, distance };
    }
  }
  return best?.form;
}

function strengthNear(prose: string, start: number, end: number): number | undefined {
  // A strength follows its name closely ("sildenafil 50 mg", "co-codamol 30/500").
  const [, to] = sentenceWindow(prose, start, end);
  STRENGTH.lastIndex = 0;
  const slice = prose.slice(end, Math.min(to, end + 24)).split(/[,;(]/)[0];
  const m = STRENGTH.exec(slice);
  if (!m) return undefined;
  if (m[3]) return Number(m[3]);
  const n = Number(m[1]);
  return /^mg$/i.test(m[2]) ? n : n / 1000;
}

const RESTRICTED: Record<Jurisdiction, string> = { uk: 'POM', ie: 'prescription', us: 'Rx' };
const FROM_UK: Record<Exclude<Jurisdiction, 'uk'>, Record<string, string>> = {
  ie: { POM: 'prescription', P: 'pharmacy', GSL: 'general-sale' },
  us: { POM: 'Rx', P: 'OTC', GSL: 'OTC' },
};

/**
 * A medicine's category in a jurisdiction, given what the text says of its form and strength, and
 * whether it says the thing is sold without a prescription (which only a class holding pharmacy packs
 * heeds: `Depends.withoutPrescription`).
 */
export function categoryOf(medicine: Medicine, brand: Brand | undefined, jurisdiction: Jurisdiction, form?: Form, mg?: number, soldWithout = false): string {
  const d = statusOf(medicine, brand, jurisdiction);
  if (typeof d === 'string') return d;
  if (soldWithout && d.withoutPrescription) return d.withoutPrescription;
  if (form && d.forms?.[form]) return d.forms[form]!;
  if (mg !== undefined && d.upTo) return mg <= d.upTo.mg ? d.upTo.category : RESTRICTED[jurisdiction];
  return d.default;
}

function statusOf(medicine: Medicine, brand: Brand | undefined, jurisdiction: Jurisdiction): Status<string> {
  const status: Status<string> | undefined = brand?.[jurisdiction] ?? medicine[jurisdiction];
  if (status !== undefined) return status;
  // Ireland and the US follow the UK's category where the data says nothing else.
  return mapStatus(brand?.uk ?? medicine.uk, FROM_UK[jurisdiction as 'ie' | 'us']);
}

function mapStatus(s: Status<string>, map: Record<string, string>): Status<string> {
  if (typeof s === 'string') return map[s] ?? s;
  const forms = s.forms && Object.fromEntries(Object.entries(s.forms).map(([f, c]) => [f, map[c!] ?? c]));
  const without = s.withoutPrescription && (map[s.withoutPrescription] ?? s.withoutPrescription);
  return { default: map[s.default] ?? s.default, forms, upTo: s.upTo && { mg: s.upTo.mg, category: map[s.upTo.category] ?? s.upTo.category }, withoutPrescription: without };
}

/** Words that say a thing is sold without a prescription: what a pharmacy pack of a class is. */
/** "Without a prescription", "no prescription needed": said of a medicine that needs one, a sale outside the law. */
export const WITHOUT_PRESCRIPTION = /\bwithout[ \t]+(?:a[ \t]+|any[ \t]+)?prescription\b|\bno[ \t]+prescription[ \t]+(?:needed|required)\b/gi;
const SOLD_WITHOUT = new RegExp(`${WITHOUT_PRESCRIPTION.source}|\\bover[ \\t-]+the[ \\t-]+counter\\b|\\bOTC\\b|\\bpharmacy[ \\t]+(?:medicine|pack|only)\\b`, 'i');

const SAYS_PRESCRIPTION_ONLY = /\bprescription[ \t-]*only\b|\bPOMs?\b/i;

/**
 * Every medicine mention in `prose`, in order, with its category in `jurisdiction`. A weak name
 * ("toxin") counts only where the prose also names a medicine outright or says it is
 * prescription-only.
 */
export function findMedicines(prose: string, jurisdiction: Jurisdiction): MedicineMention[] {
  index ??= buildIndex();
  const { first, compact, longest, topical } = index;
  const tokens = tokenize(prose);
  const found: MedicineMention[] = [];
  const mention = (start: number, end: number, e: Pick<MedicineMention, 'medicine' | 'brand' | 'kind'> & { medicine: Medicine }, extra = '') => {
    const form = formNear(prose, start, end, extra);
    const mg = strengthNear(prose, start, end);
    // Only a class holding pharmacy packs asks whether the words beside it sell it without a prescription.
    const status = statusOf(e.medicine, e.brand, jurisdiction);
    const soldWithout = typeof status !== 'string' && status.withoutPrescription !== undefined && SOLD_WITHOUT.test(prose.slice(...sentenceWindow(prose, start, end)));
    const category = categoryOf(e.medicine, e.brand, jurisdiction, form, mg, soldWithout);
    found.push({ start, end, text: prose.slice(start, end), medicine: e.medicine, brand: e.brand, kind: e.kind, form, mg, category, prescription: category === RESTRICTED[jurisdiction] });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "b0tox", "#m0unjaro": a name with digits for letters, as sellers write to dodge filters.
    if (LEET.test(t.word) && !first.has(t.word)) t.word = t.word.replace(LEET_DIGIT, (d) => LEET_LETTER[d]);
    if (t.hashtag) {
      const hit = inHashtag(t.word.replace(/'/g, ''), compact, longest);
      if (hit) mention(t.start, t.end, hit.entry, t.word.slice(hit.end));
      continue;
    }
    let matched = false;
    for (const e of first.get(t.word) ?? []) {
      if (!e.tokens.every((w, k) => k === 0 || (tokens[i + k] && !tokens[i + k].hashtag && tokens[i + k].word === w && adjacent(prose, tokens[i + k - 1], tokens[i + k])))) continue;
      const last = tokens[i + e.tokens.length - 1];
      mention(t.start, last.end, e);
      i += e.tokens.length - 1;
      matched = true;
      break;
    }
    if (!matched && topical.has(t.word)) {
      // A name of two words ("ED meds") as names are matched; a bare noun ("jab") only where no
      // other noun makes it something else.
      const fits = topical.get(t.word)!.filter((c) => c.tokens.length === 1 ? bareNoun(prose, tokens, i)
        : c.tokens.every((w, k) => k === 0 || (tokens[i + k] && tokens[i + k].word === w && adjacent(prose, tokens[i + k - 1], tokens[i + k]))));
      const longest = Math.max(0, ...fits.map((c) => c.tokens.length));
      const medicine = topicOf(prose, t, fits.filter((c) => c.tokens.length === longest));
      if (medicine) {
        mention(t.start, tokens[i + longest - 1].end, { medicine, kind: 'topic' });
        i += longest - 1;
      }
      continue;
    }
    if (!matched && hasStem(t.word)) {
      found.push({ start: t.start, end: t.end, text: prose.slice(t.start, t.end), kind: 'stem', category: RESTRICTED[jurisdiction], prescription: true });
    }
  }
  if (found.some((m) => m.kind === 'weak') && !found.some((m) => m.kind !== 'weak' && m.kind !== 'stem' && m.kind !== 'topic') && !SAYS_PRESCRIPTION_ONLY.test(prose)) {
    return found.filter((m) => m.kind !== 'weak' || injectedNear(prose, m));
  }
  return found;
}

/**
 * A weak name said as an injection is given: "a few units of toxin", "toxin treatments", "anti-sweat
 * toxin for the underarms", "toxin 💉 per area". Only a singular name: "flush out toxins" is a detox.
 * Any weak name said as prescribed is the medicine ("sleeping pills prescribed online").
 */
const INJECTED = /\b(?:units?|per[ \t]+area|areas?|inject(?:ed|ing|ion|ions|able|ables)?|jabs?|masseter|jawline|gummy[ \t]+smile|sweat(?:ing|y)?|anti-sweat|hyperhidrosis|frown|forehead|crow['’]?s[ \t]+feet)\b|💉/i;
/** "Toxin treatments", and a price for it ("toxin from £99"): only an injection is priced so. */
const TREATMENT_AFTER = /^[ \t]+(?:treatments?|appointments?|clinic|menu|packages?|bundles?|deals?|offers?|vouchers?)\b|^[ \t]+(?:(?:from|only|just|at)[ \t]+)?[£€$][ \t]?\d/i;
function injectedNear(prose: string, m: MedicineMention): boolean {
  const [from, to] = sentenceWindow(prose, m.start, m.end);
  // "Sleeping pills prescribed online": a prescription makes any weak name the medicine.
  if (PRESCRIBED.test(prose.slice(from, to))) return true;
  if (/s$/i.test(m.text)) return false;
  return INJECTED.test(prose.slice(from, to)) || TREATMENT_AFTER.test(prose.slice(m.end, m.end + 16));
}
const PRESCRIBED = /\bprescri(?:bed|bes?|bing|ptions?)\b/i;

/**
 * Words a bare noun may follow and still be the medicine itself ("the jab", "my second pen"): not
 * another noun that makes it something else ("flu jab", "insulin pen"), nor "a" ("give it a shot").
 */
const BARE_BEFORE = new Set(['the', 'my', 'your', 'our', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'first', 'second', 'third',
  'fourth', 'fifth', 'next', 'last', 'new', 'weekly', 'daily', 'monthly', 'each', 'every', 'per', 'on', 'one']);

function bareNoun(prose: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || /[.!?:;\n]/.test(prose.slice(before.end, tokens[i].start))) return true;
  return BARE_BEFORE.has(before.word);
}

/** The medicine whose topic the block speaks of nearest the noun, if any does. */
function topicOf(prose: string, t: Token, candidates: readonly Topical[]): Medicine | undefined {
  let best: { medicine: Medicine; distance: number } | undefined;
  for (const { medicine, words } of candidates) {
    words.lastIndex = 0;
    for (let m = words.exec(prose); m; m = words.exec(prose)) {
      const distance = Math.abs(m.index - t.start);
      if (!best || distance < best.distance) best = { medicine, distance };
    }
  }
  return best?.medicine;
}

/** Two words of one name: only spaces, a hyphen or a slash between them. */
const adjacent = (prose: string, a: Token, b: Token) => /^[ \t\-–/]*$/.test(prose.slice(a.end, b.start));

/**
 * The longest listed name inside a hashtag's letters. Short names (under five letters) only as the
 * whole hashtag, so "#detox" and "#toxic" hold no "tox"; longer ones anywhere ("#babybotox").
 */
function inHashtag(body: string, compact: Map<string, Entry>, longest: number): { entry: Entry; end: number } | undefined {
  let best: { entry: Entry; end: number; length: number } | undefined;
  for (let i = 0; i < body.length; i++) {
    for (let j = Math.min(body.length, i + longest); j - i >= 3; j--) {
      const e = compact.get(body.slice(i, j));
      if (!e || (j - i < 5 && (i > 0 || j < body.length))) continue;
      if (!best || j - i > best.length) best = { entry: e, end: j, length: j - i };
      break;
    }
  }
  return best && { entry: best.entry, end: best.end };
}
