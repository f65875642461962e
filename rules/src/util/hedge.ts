// The honest rewrite of a health claim, as a whole sentence: "It completely cures eczema in a week,
// guaranteed." becomes "It may ease eczema for some people." The rewrite keeps the sentence's own
// subject and the outcome it names, puts a modal before a bare verb (so no agreement can go wrong),
// and drops the absolutes (guarantees, time limits, "completely"). A sentence whose shape is not
// subject + claim verb + outcome (an imperative headline, two clauses, a list) gets no rewrite: a
// clinician should not be offered words they would not sign.
import { loadPackage } from './lazy-package.js';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;
declare const require: (id: string) => unknown;
let nlp: Nlp | undefined;

/** Each claim verb's honest counterpart, as a modal and a bare verb phrase. */
const HEDGED: readonly [RegExp, string][] = [
  [/^(?:cure[sd]?|heal(?:s|ed)?)$/i, 'may ease'],
  [/^(?:prevent(?:s|ed)?|protect(?:s|ed)?(?:[ \t]+(?:you|your[ \t]+\w+))?[ \t]+(?:against|from))$/i, 'may lower the risk of'],
  [/^(?:reduce[sd]?|lower(?:s|ed)?)$/i, 'may reduce'],
  [/^(?:relieve[sd]?)$/i, 'may relieve'],
  [/^(?:ease[sd]?|soothe[sd]?)$/i, 'may ease'],
  [/^(?:boost(?:s|ed)?|strengthen(?:s|ed)?|enhance[sd]?|supercharge[sd]?|turbocharge[sd]?)$/i, 'may support'],
  [/^(?:improve[sd]?)$/i, 'may improve'],
  [/^(?:slow(?:s|ed)?(?:[ \t]+down)?)$/i, 'may slow'],
  [/^(?:treat(?:s|ed)?|fight(?:s)?|combat(?:s)?|kill(?:s|ed)?|destroy(?:s|ed)?|eliminate[sd]?|banish(?:es|ed)?|remove[sd]?|reverse[sd]?|stop(?:s|ped)?|clear(?:s|ed)?(?:[ \t]+up)?|get(?:s)?[ \t]+rid[ \t]+of|repair(?:s|ed)?|restore[sd]?|rebuild(?:s)?|melt(?:s)?[ \t]+away|melt(?:s)?|burn(?:s)?)$/i, 'may help with'],
];

/**
 * Outcomes no hedge makes honest: a product that "may help with cancer" or "may ease diabetes" still
 * claims to treat a serious disease, and a detox has nothing to hedge. These get no rewrite.
 */
const NOT_HEDGEABLE = /\b(?:cancers?|tumou?rs?|covid(?:-19)?|coronavirus|virus(?:es)?|bacteria|germs|infections?|diabetes|dementia|alzheimer['’]?s|autism|adhd|heart[ \t]+disease|strokes?|epilepsy|asthma|toxins|fatty[ \t]+liver|blood[ \t]+pressure|hypertension|depression|hiv|multiple[ \t]+sclerosis|disease|diseases|illness(?:es)?)\b/i;

/** Words that make a claim absolute; a rewrite leaves them out. */
const ABSOLUTES = /(?:[,—–-][ \t]*)?\b(?:guaranteed|100[ \t]?%|completely|totally|entirely|fully|permanently|instantly|overnight|forever|for[ \t]+good|once[ \t]+and[ \t]+for[ \t]+all|24\/7|naturally|effortlessly|every[ \t]+time|for[ \t]+everyone|in[ \t]+(?:(?:just|only)[ \t]+)?(?:a|an|one|two|three|four|five|six|seven|ten|\d+)[ \t]+(?:days?|nights?|weeks?|months?|hours?|minutes?)|within[ \t]+(?:a|an|one|two|three|\d+)[ \t]+(?:days?|weeks?|months?|hours?)|while[ \t]+you[ \t]+sleep|without[ \t]+(?:any[ \t]+)?(?:side[ \t]+effects|effort|dieting|exercise))\b[!]?/gi;

/** Words, digits, apostrophes, hyphens and spaces only, up to 60 characters: a phrase, not a clause. */
const SHAPE = /^[\p{L}\p{N}'’ -]{1,60}$/u;
const wordCount = (s: string) => s.split(' ').filter(Boolean).length;

type Term = { text: string; tags: string[] };
function terms(words: string): Term[] {
  const cached = parsed.get(words);
  if (cached) return cached;
  nlp ??= loadPackage<Nlp>('compromise', () => require('compromise'));
  const ts = (nlp(words).terms().json() as { terms: Term[] }[]).map(({ terms: [t] }) => t);
  // Subjects and outcomes repeat across a draft ("It", "This supplement", "eczema").
  if (parsed.size >= RECENT) parsed.delete(parsed.keys().next().value!);
  parsed.set(words, ts);
  return ts;
}
const parsed = new Map<string, Term[]>();
const isVerb = (t: Term) => t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Noun');

/**
 * A subject compromise reads as a noun phrase ending in a noun or pronoun ("The weighted blanket",
 * "It", "Our probiotic"): no verb but a participle before the noun, and not a bare determiner.
 */
function isNounPhrase(words: string): boolean {
  if (/^(?:and|but|or|so|if|when|because|although)\b/i.test(words)) return false;
  const ts = terms(words);
  const last = ts[ts.length - 1];
  if (!last || !(last.tags.includes('Noun') || last.tags.includes('Pronoun')) || last.tags.includes('Determiner')) return false;
  return ts.every((t, i) => !isVerb(t) || (i < ts.length - 1 && t.tags.includes('PastTense')));
}

/** Is the object a plain noun phrase the hedged verb can take ("eczema", "your immune system")? */
function isObject(words: string): boolean {
  const ts = terms(words);
  return ts.length > 0 && ts.every((t) => !isVerb(t)) && ts[ts.length - 1].tags.includes('Noun');
}

/**
 * The whole sentence rewritten with honest hedging, or undefined when its shape is not one this can
 * rewrite well. `verb` is the claim verb as it stands in the sentence.
 */
export function hedgeSentence(sentence: string, verb: string): string | undefined {
  const key = `${verb}\u0000${sentence}`;
  if (recent.has(key)) return recent.get(key);
  const out = rewrite(sentence, verb);
  // A keystroke re-scans its whole block; its other claim sentences come back unchanged.
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(key, out);
  return out;
}

/** The last rewrites made and phrases parsed: at most RECENT of each (oldest dropped first). */
const RECENT = 256;
const recent = new Map<string, string | undefined>();

function rewrite(sentence: string, verb: string): string | undefined {
  const hedged = HEDGED.find(([re]) => re.test(verb.trim()))?.[1];
  if (!hedged) return undefined;
  const text = sentence.trim();
  // One clause only: a second clause or a list may say things the rewrite would drop.
  if (/[;:?]|,[ \t]*(?:and|but|so|which|while)\b|\b(?:and|but)[ \t]+(?:it|they|this|you|your)\b/i.test(text)) return undefined;
  const at = text.toLowerCase().indexOf(verb.toLowerCase());
  if (at <= 0) return undefined; // an imperative headline has no subject to keep
  const subject = text.slice(0, at).replace(/(?<![ \t])[ \t]+(?:completely|totally|fully|permanently|instantly|naturally|really|actually|literally|simply|quickly|safely|gently|effectively|can|will|does|is[ \t]+proven[ \t]+to|is[ \t]+clinically[ \t]+proven[ \t]+to)[ \t]*$/i, '').trim();
  let rest = text.slice(at + verb.length).replace(/(?<![.!])[.!]+$/, '');
  rest = rest.replace(ABSOLUTES, '').trim().replace(/(?<![,—–-])[,—–-]+$/, '').trim().split(/[ \t]+/).join(' ');
  // The cheap shape checks first: most claims fail them, and compromise is then never loaded.
  if (!SHAPE.test(subject) || !SHAPE.test(rest) || wordCount(subject) > 6 || wordCount(rest) > 6 || NOT_HEDGEABLE.test(rest)) return undefined;
  // "The detox tea flushes …": a subject that is a bare determiner shows the claim word is no verb.
  if (!isNounPhrase(subject) || !isObject(rest)) return undefined;
  const population = /\b(?:for|in)[ \t]+(?:(?:some|many|most)[ \t]+)?(?:people|adults|children|women|men|patients)\b/i.test(rest);
  const out = `${subject} ${hedged} ${rest}${population ? '' : ' for some people'}.`;
  return out[0].toUpperCase() + out.slice(1);
}
