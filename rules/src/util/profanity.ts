// Swearing and slurs in a sentence. obscenity (MIT, no dependencies, no Node built-ins, so it runs in
// the Obsidian worker too) finds them through leetspeak, look-alike letters and repeated letters
// ("sh1t", "fuuuck"); what it does not undo is a word the writer masked themselves ("f***ing",
// "sh******", "c+++"), which is read here by its visible letters against the same word list.
// Its English list also holds anatomy and sexual-health words that are a doctor's ordinary
// vocabulary; those are taken out. The matcher is built on first use (a few milliseconds).
import { DataSet, englishDataset, englishRecommendedTransformers, RegExpMatcher, type MatchPayload } from 'obscenity';
import { findAll, type Match } from './patterns.js';
import { fastRegExp } from './fast-regexp.js';

/** Words of the list that are clinical vocabulary in a doctor's writing (or names, formulations, a finger prick). */
const CLINICAL = new Set([
  'anal', 'anus', 'penis', 'vagina', 'ejaculate', 'semen', 'sex', 'orgasm', 'masturbate', 'incest', 'rape',
  'bestiality', 'boob', 'tit', 'cum', 'dick', 'porn', 'scat', 'hooker', 'dyke', 'spastic', 'retard', 'fellatio', 'prick',
]);
/** Words of the list that attack people for who they are, not swearing. */
const SLURS = new Set([
  'abo', 'abeed', 'africoon', 'arabush', 'boonga', 'chingchong', 'chink', 'kike', 'negro', 'nigger', 'fag', 'tranny',
]);
/** Swear words that name a person: said of someone, they are an insult rather than an intensifier. */
const INSULT_NOUNS = new Set(['bastard', 'prick', 'bitch', 'cunt', 'twat', 'wank', 'whore', 'slut', 'cock', 'dick', 'cuck', 'turd']);
/** Abbreviated swearing. */
const ABBREVIATIONS = fastRegExp(/(?<![\p{L}.])(?:b\.s\.|wtf|stfu|ffs|fml)(?![\p{L}])/giu);
/** A word masked by its writer: a few visible letters, then two or more of * # @ $ %, or three or more +. */
const MASKED = /(?<![\p{L}\p{N}])(\p{L}{1,7})(?:[*#@$%]{2,}|\+{3,})(\p{L}{0,4})(?![\p{L}\p{N}])/gu;
/** One or two letters masked inside a word: "tw*t", "c*nt", "sh!tbag", "a$$hole" (read letter for letter). */
const INFIX = /(?<![\p{L}\p{N}])(\p{L}{1,6}[*#@$%!]{1,2}\p{L}{1,10})(?![\p{L}\p{N}])/gu;
/** What turns a swear word into a word for a person: "shitbag", "twatface", "arsehole", "dickhead". */
const PERSON_COMPOUND = /(?:bag|bags|head|heads|face|faces|wit|wits|stain|stains|hole|holes|wad|wads|weasel|sack|hat|hats|clown|clowns|wipe|wipes)$/i;
/**
 * Words for disabled people used as insults. obscenity's list holds some of them, but they are also
 * clinical words ("nifedipine retard", "spastic diplegia"), so its matches are dropped (CLINICAL) and
 * these count only as nouns said of someone: after an article, "you" or an intensifier, with no
 * clinical noun after them.
 */
const DISABILITY_SLUR = /\b(?:a|an|the|you|bunch[ \t]+of|load[ \t]+of|pack[ \t]+of|such[ \t]+a|like[ \t]+a|those|these)[ \t]+(?:(?:total|complete|absolute|utter|bloody|little|stupid|useless|dumb|right|f[\w*]{0,6}ing)[ \t]+)?(retards?|spastics?|spaz(?:zes)?|mongs?|cripples?|mongoloids?)\b(?![ \t]+(?:diplegia|paraplegia|quadriplegia|tetraplegia|hemiplegia|cerebral|colon|bladder|gait|paresis|dysphonia|tablets?|capsules?|formulation))/giu;

// Cheap tests that a text may hold what MASKED, INFIX and DISABILITY_SLUR match: each reads a part
// every match of its pattern contains. Under `u` those patterns try a run of letters at every word
// start, some 2 ms on a 2,000-word draft apiece, where these take a few hundredths of that.
// Any character from U+00C0 up, surrogates too, stands in for a letter of \p{L}.
const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\uFFFF';
const MAY_BE_MASKED = new RegExp(`[${LETTER}](?:[*#@$%]{2}|\\+{3})`);
const MAY_BE_INFIX = new RegExp(`[${LETTER}][*#@$%!]{1,2}[${LETTER}]`);
/**
 * The same words in the plural, with no article ("retards like him"): no clinical use is plural (a
 * formulation or a diagnosis is not counted), so the plural is said of people.
 */
const DISABILITY_SLUR_PLURAL = /\b(?:retards|spastics|spazzes|mongoloids)\b(?![ \t]+(?:diplegia|paraplegia|quadriplegia|tetraplegia|hemiplegia|society))/giu;
const MAY_BE_DISABILITY_SLUR = /retard|spastic|spaz|mong|cripple/iu;

export interface Profanity extends Match {
  /** The listed word it stands for. */
  word: string;
  kind: 'swear' | 'slur';
  /** A swear word that names a person ("bastard", "whore"). */
  insult: boolean;
}

let matcher: RegExpMatcher | undefined;
/**
 * A cheap test that a text may hold something the library would match: one of its words (each letter
 * may repeat, "fuuuck"; short ones as whole words, since "abo" and "ass" start "about" and "assess"),
 * or a word with a digit or a symbol inside ("sh1t", "f**k"). The library costs about 0.2 ms a
 * paragraph; most paragraphs fail this test in a few microseconds and skip it. Spaced-out letters
 * ("f u c k") are left to pass unseen.
 */
let gate: RegExp | undefined;
let dataset: DataSet<{ originalWord: string }> | undefined;
let stems: string[] = [];

function build(): RegExpMatcher {
  dataset = new DataSet<{ originalWord: string }>()
    .addAll(englishDataset)
    .removePhrasesIf((p) => CLINICAL.has(p.metadata?.originalWord ?? ''));
  const words = new Set<string>();
  for (const [, container] of (dataset as unknown as { containers: { metadata?: { originalWord: string } }[] }).containers.entries()) {
    if (container.metadata?.originalWord) words.add(container.metadata.originalWord);
  }
  stems = [...words, 'fucking', 'fucker', 'motherfucker', 'shitting', 'bullshit', 'bollocking', 'arsehole', 'asshole'];
  // Each run of a letter may repeat ("fuuuck"); a double letter stays at least double ("ass").
  const repeatable = (w: string) => w.replace(/([a-z])\1*|[^a-z]/g, (run, c?: string) => (c ? `${c}{${run.length},}` : '\\s*'));
  const short = [...words].filter((w) => w.length <= 3).map(repeatable);
  // A long word starts only where its first letter's run starts: tried inside a run ("tttt…"),
  // each start would read the run to its end again, which is quadratic on a hostile line.
  const long = [...words].filter((w) => w.length > 3).map((w) => `${/[a-z]/.test(w[0]) ? `(?<!${w[0]})` : ''}${repeatable(w)}`);
  gate = new RegExp(`\\b(?:${short.join('|')})(?:hole|holes|wipe|hat|clown|face|head|es)?\\b|${long.join('|')}|[a-z][*#@$%!+0-9]+[a-z]`, 'i');
  return new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
}

/** The commonest swear words first: a masked token is read as the first word its letters fit. */
const COMMON = ['fuck', 'fucking', 'fucker', 'motherfucker', 'shit', 'shitting', 'bullshit', 'cunt', 'bastard', 'bitch', 'bollocks', 'bollocking', 'arse', 'arsehole', 'asshole', 'piss', 'twat', 'wank', 'whore', 'slut', 'cock', 'dick'];

/** The listed word a masked token stands for, if its visible letters fit one. */
function unmask(prefix: string, suffix: string, length: number): string | undefined {
  const p = prefix.toLowerCase(), s = suffix.toLowerCase();
  const fits = (w: string) => w.startsWith(p) && w.length > p.length;
  const fitting = [...COMMON, ...stems].filter(fits);
  // A word whose length matches the token's reads best ("f***ing" is "fucking", not "fuck"); then
  // one the visible ending ends, then one the ending inflects ("motherf***ers").
  return fitting.find((w) => w.length === length && w.endsWith(s)) ?? fitting.find((w) => s !== '' && w.endsWith(s))
    ?? fitting.find((w) => w.length + s.length <= length) ?? fitting[0];
}

/**
 * The listed word a token with one or two masked letters stands for: the mask read as any letter,
 * the whole token a listed word ("tw*t") or one with more after it ("sh!tbag", "sh*tshow").
 */
function unmaskInfix(token: string): string | undefined {
  const lower = token.toLowerCase();
  const mask = /[*#@$%!]/;
  const fits = (w: string, n: number) => [...w.slice(0, n)].every((ch, i) => mask.test(lower[i]) || lower[i] === ch);
  // Nobody masks a clinical word ("p*ick", "d*ck" are meant as swearing), so those count here.
  const words = [...COMMON, ...stems, ...CLINICAL];
  return words.find((w) => w.length === lower.length && fits(w, w.length))
    ?? words.find((w) => w.length >= 4 && w.length < lower.length && mask.test(lower.slice(0, w.length)) && fits(w, w.length));
}

/** Swearing and slurs in `text`, in order. */
export function profanities(text: string): Profanity[] {
  matcher ??= build();
  const out: Profanity[] = [];
  for (const m of gate!.test(text) ? matcher.getAllMatches(text, true) as MatchPayload[] : []) {
    const word = dataset!.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? '';
    // Extend to the whole word ("fucking", not "fuck").
    let start = m.startIndex, end = m.endIndex + 1;
    while (start > 0 && /[\p{L}]/u.test(text[start - 1])) start--;
    while (end < text.length && /[\p{L}]/u.test(text[end])) end++;
    if (out.some((o) => o.start === start)) continue;
    // Leetspeak reads digits as letters, so a number ("455 mg") can spell a swear word: a match needs
    // two letters of its own.
    if ((text.slice(start, end).match(/\p{L}/gu) ?? []).length < 2) continue;
    // Extend over a writer's own mask too ("a$$hole": the library matches "a$$").
    while (end < text.length && /[*#@$%!\p{L}]/u.test(text[end]) && /[\p{L}]/u.test(text.slice(end).match(/^[*#@$%!]*(.)/u)?.[1] ?? '')) end++;
    const whole = text.slice(start, end);
    out.push({ start, end, text: whole, word, kind: SLURS.has(word) ? 'slur' : 'swear', insult: INSULT_NOUNS.has(word) || PERSON_COMPOUND.test(whole) });
  }
  for (const m of MAY_BE_MASKED.test(text) ? text.matchAll(MASKED) : []) {
    // One visible letter fits too many words unless it starts a common swear word.
    if (m[1].length < 2 && !/^[fcsb]$/i.test(m[1])) continue;
    const word = unmask(m[1], m[2], m[0].length);
    if (word) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], word, kind: SLURS.has(word) ? 'slur' : 'swear', insult: INSULT_NOUNS.has(word) || /er?s$/.test(m[2]) || PERSON_COMPOUND.test(m[0]) });
  }
  for (const m of MAY_BE_INFIX.test(text) ? text.matchAll(INFIX) : []) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    const word = unmaskInfix(m[1]);
    if (word) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], word, kind: SLURS.has(word) ? 'slur' : 'swear', insult: INSULT_NOUNS.has(word) || PERSON_COMPOUND.test(m[1]) });
  }
  for (const m of MAY_BE_DISABILITY_SLUR.test(text) ? text.matchAll(DISABILITY_SLUR) : []) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: m.index + m[0].length, text: m[1], word: m[1].toLowerCase(), kind: 'slur', insult: true });
  }
  for (const m of MAY_BE_DISABILITY_SLUR.test(text) ? text.matchAll(DISABILITY_SLUR_PLURAL) : []) {
    if (out.some((o) => o.start === m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], word: m[0].toLowerCase(), kind: 'slur', insult: true });
  }
  // Through findAll for its literal gate: the pattern opens with a look-behind for a letter, which
  // costs a call into V8's runtime at every place of a text that holds none of these words.
  for (const m of findAll(ABBREVIATIONS, text)) {
    out.push({ start: m.start, end: m.end, text: m.text, word: m.text.toLowerCase(), kind: 'swear', insult: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
