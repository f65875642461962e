// Generic matching over prose: word lists compiled to one bounded regex, negation and attribution
// look-behinds, and helpers to turn prose matches into findings. Lexicons stay data; this is the code.
import type { Block, Range, Sentence } from '../types.js';
import { fastRegExp } from './fast-regexp.js';
import { gateFor, type Gate } from './literal-index.js';

export interface Match extends Range { text: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * One case-insensitive regex for a word list. Terms are literal; a space matches any run of
 * spaces. Boundaries treat '#' and '@' as part of a word, so '#ad' never matches inside '#ADHD'.
 */
export function wordList(terms: readonly string[], flags = 'giu'): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length).map(escape);
  // The characters a term can start with, looked for first: most places in a text start none, and
  // this small test is cheaper than the look-behind's class of every letter.
  const starts = terms.every((t) => t !== '') ? [...new Set(terms.map((t) => (/\s/.test(t[0]) ? '\\s' : t[0].replace(/[\\\]^[-]/, '\\$&'))))].join('') : '';
  return new RegExp(`${starts ? `(?=[${starts}])` : ''}(?<![\\p{L}\\p{N}_#@-])(?:${sorted.join('|')})(?![\\p{L}\\p{N}_])`, flags);
}

/**
 * Terms as hashtags are written: one word, no spaces, hyphens or apostrophes, with a plural ("drug
 * seeker" -> "#drugseeker", "#drugseekers"). A post tags what it means as plainly as it says it.
 */
export function hashtagForms(terms: readonly string[]): string[] {
  const joined = terms.filter((t) => !t.startsWith('#')).map((t) => `#${t.toLowerCase().replace(/[\s'’-]+/g, '')}`);
  return [...new Set(joined.flatMap((t) => (t.endsWith('s') ? [t] : [t, `${t}s`])))];
}

/**
 * Words as one regex alternation (longest first, so "pop in to" wins over "pop in"): literal, with a
 * space or hyphen matching either, and either apostrophe. For composing a pattern; wordList adds its
 * own boundaries.
 */
export function alternatives(words: readonly string[]): string {
  // Each spelling once: two words that compile alike ("don't", "don’t") would make the alternation
  // ambiguous, which a repeated group turns into exponential backtracking.
  return [...new Set([...words].sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/[ -]/g, '[ \\t-]+')))].join('|');
}

// findAll runs the global, fast twin of the pattern it is given (fast-regexp.ts), made once: V8
// keeps a pattern's compiled code with the RegExp, so a fresh copy per call may compile it again.
// Keys are the rules' module-level patterns, so the map stays as small as their number (and a
// WeakMap lets a pattern made on the fly go with its twin).
// With the twin, its literal gate (literal-index.ts): where the gate finds none of the literals every
// match holds, the pattern is not run. One entry per pattern serves findAll and has (the gate
// ignores the g and y flags, so it is the same for a pattern and its global twin).
interface Compiled { gate: Gate | undefined; twin?: RegExp }
const compiled = new WeakMap<RegExp, Compiled>();
function compiledOf(re: RegExp): Compiled {
  let c = compiled.get(re);
  if (!c) compiled.set(re, (c = { gate: gateFor(re.source, re.flags) }));
  return c;
}

export function findAll(re: RegExp, text: string): Match[] {
  const out: Match[] = [];
  const known = compiledOf(re);
  if (known.gate && !known.gate.test(text)) return out;
  const g = (known.twin ??= fastRegExp(re, re.global ? re.flags : `${re.flags}g`));
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) { g.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export const first = (re: RegExp, text: string): Match | undefined => findAll(re, text)[0];

/**
 * `re.test(text)`, skipped where the literal gate finds none of the words every match holds. The
 * same answer, and the same lastIndex after it: a failed test of a global or sticky pattern resets it.
 */
export function has(re: RegExp, text: string): boolean {
  const { gate } = compiledOf(re);
  if (gate && !gate.test(text)) {
    if (re.global || re.sticky) re.lastIndex = 0;
    return false;
  }
  return re.test(text);
}

const NEGATION = /\b(?:not|no|never|nor|without|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t|can['’]t|cannot|couldn['’]t|shouldn['’]t|wouldn['’]t|ain['’]t|nothing|neither|nobody|no[ \t]+one|none)\b/i;

/** "Detox teas cure nothing": the claim word denied by what follows it. */
export function negatedAfter(text: string, end: number): boolean {
  return /^[ \t]+(?:nothing|none|no[ \t]+one|nobody)\b/i.test(text.slice(end, end + 20));
}

/**
 * True when a negation stands within the few words before `index` in the same clause. A list the
 * word ends carries its head's negation across its commas: in "not intended to diagnose, treat,
 * cure, or prevent", "cure" is denied as much as "diagnose".
 */
export function negatedBefore(text: string, index: number, words = 4): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const parts = before.split(/([.;:!?,()\u2014]|\bbut\b)/);
  const own = parts.pop() ?? '';
  let clause = own;
  let items = 0;
  let listed = false;
  // The word's own list item ("", "or", "cure or") after a comma: step back over the items before
  // it (a word or two each) to the clause that heads the list.
  const conjoined = /\b(?:or|and|nor)[ \t]*$/i.test(own);
  if ((wordCount(own) <= 1 || (conjoined && wordCount(own) <= 3)) && parts[parts.length - 1] === ',') {
    while (parts.length >= 3 && parts[parts.length - 1] === ',' && wordCount(parts[parts.length - 2]) <= 2 && items < 8) {
      parts.pop();
      const item = parts.pop()!;
      clause = `${item},${clause}`;
      items += wordCount(item);
    }
    // The head is a clause of its own ("not intended to diagnose"), not an interjection ("No, in your
    // case …"); and the word is joined to it: by an item before it, a conjunction, or a verb whose
    // subject stands before the comma ("No vaccine, and no medicine, is 100% anything"). "…again,
    // guaranteed" is an afterthought.
    const joined = items > 0 || conjoined || /^[ \t]*(?:is|are|was|were|can|will|does|do)[ \t]*$/i.test(own);
    if (joined && parts[parts.length - 1] === ',' && wordCount(parts[parts.length - 2] ?? '') >= 2) { parts.pop(); clause = `${parts.pop()},${clause}`; listed = true; }
  }
  // Within a list, the head's last few words count from where the list starts.
  const tail = clause.trim().split(/\s+/).slice(-(words + items + (listed ? wordCount(own) : 0))).join(' ');
  return NEGATION.test(tail);
}

const wordCount = (s: string) => (s.trim() ? s.trim().split(/\s+/).length : 0);

const ATTRIBUTION = /\b(?:claims?|claimed|claiming|promises?|promised|promising|marketed|advertised|sold|touted|supposedly|allegedly|they say|some say|people say|myths?|so-called|asks?(?:[ \t]+me)?[ \t]+(?:if|whether)|asked(?:[ \t]+me)?[ \t]+(?:if|whether)|wonders?[ \t]+(?:if|whether)|(?:read|heard|been[ \t]+told|was[ \t]+told)[ \t]+that|questions?[ \t]+(?:[a-z]+[ \t]+){0,3}?about|ask(?:ed|ing)?[ \t]+(?:me[ \t]+|us[ \t]+)?about|(?:influencers|sellers|companies|brands|clinics|adverts|ads|websites|celebrities|critics|campaigners)[ \t]+(?:say|insist|tell[ \t]+you|swear)|(?:someone|anyone|somebody|they|people|influencers?|sellers?|companies|brands?|clinics?)(?:['’]s|[ \t]+(?:is|are|will|may|might))?[ \t]+(?:selling|promising|offering|pushing|flogging|sell|promise|offer|push)(?:[ \t]+you)?)\b/i;

/** True when the words before `index` report someone else's claim rather than make it. */
export function attributedBefore(text: string, index: number): boolean {
  return ATTRIBUTION.test(text.slice(Math.max(0, index - 50), index));
}

const QUOTE = /["“”‘’']/;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** A quote mark at the edge of a word, not an apostrophe inside one ("it's", "don't"). */
const isQuoteMark = (text: string, i: number) => QUOTE.test(text[i]) && !(isWordChar(text[i - 1]) && isWordChar(text[i + 1]));

/**
 * True when the span sits inside quotation marks within a few words either side, or on a line that
 * is one quotation: an advert quoted whole to be criticised ("Mounjaro from £99, DM to book").
 */
export function quoted(text: string, start: number, end: number): boolean {
  // A script's lines are the post's own words in quotation marks ("Frame 2: "…"", "VO: "…"").
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const label = SCRIPT_LABEL.exec(text.slice(from, start));
  if (label && !/["”]/.test(text.slice(from + label[0].length, start))) return false;
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - 40); i--) {
    if (!isQuoteMark(text, i)) continue;
    // An opening mark has no word character right before it.
    if (!isWordChar(text[i - 1])) open = i;
    break;
  }
  if (open >= 0) {
    for (let i = end; i < Math.min(text.length, end + 40); i++) {
      if (isQuoteMark(text, i)) return !isWordChar(text[i + 1]);
    }
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return QUOTED_LINE.test(text.slice(lineStart, lineEnd)) || insideDoubleQuotes(text, lineStart, start, end, lineEnd);
}
const QUOTE_REACH = 400;
/**
 * A line of a script or a story's frames, its label before the quotation: "Frame 3 [text]:",
 * "VO:", "On screen:", "Subject line:", "me:", "Story 2/3: [photo of the box]". What follows is what the post itself says.
 */
const SCRIPT_LABEL = /^[ \t*_>-]{0,4}(?:\[[^\]\n]{0,40}\][ \t]{0,3})?(?:frame|slide|story|VO|V\/O|voice[ -]?over|on[ \t]screen|text(?:[ \t]on[ \t]screen)?|caption|subject(?:[ \t]line)?|sticker|overlay|headline|me)(?:[ \t]{0,3}\d{1,2}(?:[ \t]{0,2}\/[ \t]{0,2}\d{1,2})?)?(?:[ \t]{0,3}\[[^\]\n]{0,40}\])?[ \t]{0,3}:[ \t]{0,3}(?:\[[^\]\n]{0,60}\][ \t]{0,3})?\*{0,2}["“]/i;
const QUOTED_LINE = /^[ \t]*["“‘][^"“”\n]*["”’][ \t.!?…]*$/;

/**
 * A long quotation in double marks, paired within its line ("[stitch: "this $20 supplement … melts
 * belly fat, no prescription needed"]"). Only double marks: a single one is as often an apostrophe
 * at a word's edge ("the nurses' room") and would pair wrongly over a long span.
 */
function insideDoubleQuotes(text: string, lineStart: number, start: number, end: number, lineEnd: number): boolean {
  // Bounded, as quoted() is asked of every cue: a quotation opened further back is not paired.
  if (start - lineStart > QUOTE_REACH) return false;
  let open = false;
  for (let i = lineStart; i < start; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  if (!open) return false;
  for (let i = end; i < Math.min(lineEnd, end + QUOTE_REACH); i++) if (text[i] === '"' || text[i] === '”') return true;
  return false;
}

export function sentenceAt(block: Block, proseIndex: number): Sentence | undefined {
  return block.sentences.find((s) => s.start <= proseIndex && proseIndex < s.end);
}

/** Source range of a prose range of a block. */
export const toSource = (block: Block, r: Range): Range => block.toSource(r.start, r.end);
