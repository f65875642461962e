// Swearing and slurs in a sentence. obscenity (MIT, no dependencies, no Node built-ins, so it runs in
// the Obsidian worker too) finds them through leetspeak, look-alike letters and repeated letters
// ("sh1t", "fuuuck"); what it does not undo is a word the writer masked themselves ("f***ing",
// "sh******", "c+++"), which is read here by its visible letters against the same word list.
// Its English list also holds anatomy and sexual-health words that are a doctor's ordinary
// vocabulary; those are taken out. The matcher is built on first use (a few milliseconds).
import { DataSet, englishDataset, englishRecommendedTransformers, RegExpMatcher, type MatchPayload } from 'obscenity';
import type { Match } from './patterns.js';

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
const INSULT_NOUNS = new Set(['bastard', 'bitch', 'cunt', 'twat', 'wank', 'whore', 'slut', 'cock', 'dick', 'cuck', 'turd']);
/** Abbreviated swearing. */
const ABBREVIATIONS = /(?<![\p{L}.])(?:b\.s\.|wtf|stfu|ffs|fml)(?![\p{L}])/giu;
/** A word masked by its writer: a few visible letters, then two or more of * # @ $ %, or three or more +. */
const MASKED = /(?<![\p{L}\p{N}])(\p{L}{1,7})(?:[*#@$%]{2,}|\+{3,})(\p{L}{0,4})(?![\p{L}\p{N}])/gu;

export interface Profanity extends Match {
  /** The listed word it stands for. */
  word: string;
  kind: 'swear' | 'slur';
  /** A swear word that names a person ("bastard", "whore"). */
  insult: boolean;
}

let matcher: RegExpMatcher | undefined;
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

/** Swearing and slurs in `text`, in order. */
export function profanities(text: string): Profanity[] {
  matcher ??= build();
  const out: Profanity[] = [];
  for (const m of matcher.getAllMatches(text, true) as MatchPayload[]) {
    const word = dataset!.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? '';
    // Extend to the whole word ("fucking", not "fuck").
    let start = m.startIndex, end = m.endIndex + 1;
    while (start > 0 && /[\p{L}]/u.test(text[start - 1])) start--;
    while (end < text.length && /[\p{L}]/u.test(text[end])) end++;
    if (out.some((o) => o.start === start)) continue;
    // Leetspeak reads digits as letters, so a number ("455 mg") can spell a swear word: a match needs
    // two letters of its own.
    if ((text.slice(start, end).match(/\p{L}/gu) ?? []).length < 2) continue;
    out.push({ start, end, text: text.slice(start, end), word, kind: SLURS.has(word) ? 'slur' : 'swear', insult: INSULT_NOUNS.has(word) });
  }
  for (const m of text.matchAll(MASKED)) {
    // One visible letter fits too many words unless it starts a common swear word.
    if (m[1].length < 2 && !/^[fcsb]$/i.test(m[1])) continue;
    const word = unmask(m[1], m[2], m[0].length);
    if (word) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], word, kind: SLURS.has(word) ? 'slur' : 'swear', insult: INSULT_NOUNS.has(word) || /er?s$/.test(m[2]) });
  }
  for (const m of text.matchAll(ABBREVIATIONS)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], word: m[0].toLowerCase(), kind: 'swear', insult: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
