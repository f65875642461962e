// A call to act, read as a small grammar rather than a list of phrases: an imperative verb of
// buying, booking, starting, trying, getting, contacting, visiting or clicking (CALL_VERBS), standing
// where a command stands (a clause's start, after "why not" or "just", or after "reasons to", "ready
// to"), with what it acts on: now or here ("book today", "order online"), the seller ("call us",
// "speak to our prescribers", "pop in to our studio"), a thing bought ("your consultation", "a slot",
// "yours"). A call on a check-up or a public service ("book your flu jab", "an appointment with your
// GP") sells nothing. A verb of getting whose object is a named medicine ("get your Botox") is kept
// as a bare call: the commercial context decides what it is once it knows the medicines.
import {
  CALL_ADVERBS, CALL_FRAMES, CALL_SOFTENERS, CALL_VERBS, GOODS, PUBLIC_AFTER, PUBLIC_OBJECTS, SELLERS,
} from '../lexicons/advertising.js';
import { alternatives as alt, type Match } from '../util/patterns.js';
import { fastRegExp } from '../util/fast-regexp.js';

export interface Call extends Match {
  /** The verb's kind: what it asks the reader to do. */
  verb: keyof typeof CALL_VERBS;
  /** 'sells': it acts on now, here, the seller or a thing bought; 'bare': only a named thing may make it a call. */
  object: 'sells' | 'bare';
  /**
   * It reaches this seller or this moment ("book now", "call the clinic", "book with us", "book your
   * appointment"), not care in general ("book a consultation with a qualified prescriber").
   */
  pointed: boolean;
}

const VERB_OF = new Map<string, keyof typeof CALL_VERBS>();
for (const [kind, verbs] of Object.entries(CALL_VERBS) as [keyof typeof CALL_VERBS, readonly string[]][]) for (const v of verbs) VERB_OF.set(v, kind);
/** Every verb, found anywhere; whether it stands as a command is read from the words before it. */
const VERB = new RegExp(`\\b(?:${alt([...VERB_OF.keys()])})\\b`, 'gi');

/** What may stand between a clause's start and a command: softeners, in any number. */
const LEAD = new RegExp(`^(?:(?:${alt(CALL_SOFTENERS)})[ \\t,]+)*$`, 'i');
/** "Ten reasons to", "ready to", "want to": a frame whose point is the command after it. */
const FRAME = new RegExp(`\\b(?:${alt(CALL_FRAMES)})[ \\t]+to[ \\t]+$`, 'i');
/** "Walk in or book online": a command joined to a short command before it, with no subject. */
const JOINED = /^(?:[\p{L}'’-]+[ \t]+){0,3}(?:and|or|then|&)[ \t]+$/u;
const SUBJECT = /\b(?:I|we|you|he|she|they|it|patients|people|someone|anyone|everyone)\b/i;

const SELLS = [
  `^[ \\t]+(?:it[ \\t]+|them[ \\t]+|one[ \\t]+|in[ \\t]+|up[ \\t]+)?(?:${alt(CALL_ADVERBS)})\\b`,
  // "Grab one", "get yours", "snap some up": a pronoun for the thing sold.
  `^[ \\t]+(?:yours|one|some|them)\\b(?![ \\t]+(?:of|another|day|more))`,
  `^[ \\t]+(?:in[ \\t]+|into[ \\t]+|to[ \\t]+|by[ \\t]+|with[ \\t]+|at[ \\t]+|on[ \\t]+|over[ \\t]+to[ \\t]+)?(?:our|my)[ \\t]+(?:[\\p{L}\\p{N}'’&-]+[ \\t]+){0,2}?(?:${alt(SELLERS)})\\b`,
  // Not "the clinic that treated you": the reader's own provider, not the seller.
  `^[ \\t]+(?:to[ \\t]+|in[ \\t]+to[ \\t]+)?the[ \\t]+(?:clinic|studio|salon|spa|shop|store|website|site|link|team)\\b(?![ \\t]+(?:that|who|which|where|you|your)\\b)`,
  // "Book with us", "order through us": the seller as "us".
  `^[ \\t]+(?:with|through|via|from)[ \\t]+us\\b`,
  // A deadline for the order: "order before 2pm", "book by Friday".
  `^[ \\t]+(?:by|before)[ \\t]+(?:\\d{1,2}(?::\\d\\d)?[ \\t]?(?:am|pm)|noon|midday|midnight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`,
];
// Both asked with test() after every verb found, so run without `u` (fast-regexp.ts).
const SELLS_RE = fastRegExp(new RegExp(SELLS.join('|'), 'iu'));
/** Contact verbs act on the seller when it is "us" ("call us"); "give us a ring" holds it in the verb. */
const US = /^[ \t]+us\b/i;
const NOT_PUBLIC = `(?!(?:${alt(PUBLIC_OBJECTS)})\\b)`;
const GOODS_RE = fastRegExp(new RegExp(`^[ \\t]+(?:in[ \\t]+|up[ \\t]+|out[ \\t]+)?(?:(?:your|a|an|one|the|our|my|this|these)[ \\t]+)?(?:${NOT_PUBLIC}[\\p{L}\\p{N}'’-]+[ \\t]+){0,3}?${NOT_PUBLIC}(?:${alt(GOODS)})\\b`, 'iu'));
/** A thing bought that is already the reader's or the seller's ("your appointment", "our tox menu"): this sale, not care in general. */
const OWNED_GOODS = /^[ \t]+(?:in[ \t]+|up[ \t]+)?(?:your|our|my)[ \t]/i;
const PUBLIC_OBJECT = new RegExp(`^[^.!?\\n]{0,30}?\\b(?:${alt(PUBLIC_OBJECTS)})\\b`, 'i');

const CLAUSE_BREAK = /[.!?;:\n,(–—]|[ \t]-[ \t]|\p{Extended_Pictographic}/gu;

/** Verbs of getting: with a named medicine as their object they call to obtain it ("get your Botox"). */
const BARE_VERBS = new Set<keyof typeof CALL_VERBS>(['acquire']);

/** Every call to act in `prose`, in order. */
export function findCalls(prose: string): Call[] {
  const out: Call[] = [];
  VERB.lastIndex = 0;
  for (let m = VERB.exec(prose); m; m = VERB.exec(prose)) {
    const verbText = m[0].toLowerCase().replace(/[ \t-]+/g, ' ').replace(/’/g, "'");
    const verb = VERB_OF.get(verbText) ?? VERB_OF.get(verbText.replace(/ /g, '-')) ?? 'acquire';
    if (!commandAt(prose, m.index) || safetyNet(prose, m.index)) continue;
    const end = m.index + m[0].length;
    const clauseEnd = clauseEndAt(prose, end);
    const after = prose.slice(end, Math.min(clauseEnd, end + 80));
    if (PUBLIC_AFTER.test(after)) continue;
    // "Join" takes only a thing bought ("join our programme"), never the seller ("join our team").
    const reaches = verb === 'pitch' ? objectLength(after) > 0
      : verb === 'contact' && (US.test(after) || verbText.endsWith(' us')) ? true
      : verbText !== 'join' && SELLS_RE.test(after);
    const sells = reaches || (GOODS_RE.test(after) && !PUBLIC_OBJECT.test(after));
    if (sells) {
      const pointed = reaches || OWNED_GOODS.test(after);
      out.push({ start: m.index, end: m.index + m[0].length + objectLength(after), text: prose.slice(m.index, m.index + m[0].length + objectLength(after)), verb, object: 'sells', pointed });
    } else if (BARE_VERBS.has(verb) && !PUBLIC_OBJECT.test(after)) {
      const length = objectLength(after);
      if (length > 0) out.push({ start: m.index, end: end + length, text: prose.slice(m.index, end + length), verb, object: 'bare', pointed: false });
    }
  }
  return out;
}

/**
 * The words a call acts on, up to five and within its clause, so the call's span holds its object
 * ("get your B12 shot"), without the little words that would start the next phrase ("before the").
 */
function objectLength(after: string): number {
  const m = /^(?:[ \t]+[^\s.,;:!?]+){1,5}/.exec(after);
  if (!m) return 0;
  // Words dropped from the end one by one (a regex anchored at the end would rescan for each).
  const words = m[0].split(/(?=[ \t]+)/);
  while (words.length > 0 && LITTLE.has(words[words.length - 1].trim().toLowerCase())) words.pop();
  return words.join('').length;
}
const LITTLE = new Set(['at', 'to', 'for', 'with', 'from', 'in', 'on', 'by', 'before', 'after', 'the', 'a', 'an', 'and', 'or', 'this', 'that',
  'our', 'your', 'my', 'of', 'so', 'if', 'when', 'while', 'but']);

function clauseEndAt(prose: string, from: number): number {
  const rest = prose.slice(from, from + 120);
  const stop = rest.search(/[.!?;\n]|,[ \t]+(?:and|but|so|or)\b/);
  return from + (stop < 0 ? rest.length : stop);
}

/**
 * "If you have bleeding after the menopause, book an appointment": advice on when to seek care, not a
 * sale. A sentence that sells says what the reader wants ("if you'd like smoother skin, book now").
 */
const SAFETY_NET = fastRegExp(/^[^\p{L}]*(?:if|when|whenever|should|in[ \t]+case)[ \t]+(?:you|your|it|they|symptoms?|there|the|a|an)\b(?![ \t]+(?:want|wants|fancy|would|['’]d|like|love|are[ \t]+(?:looking|ready|keen|interested|thinking)))/iu);
function safetyNet(prose: string, i: number): boolean {
  const head = prose.slice(Math.max(0, i - 200), i);
  const start = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
  return SAFETY_NET.test(head.slice(start + 1));
}

/** The verb at `i` stands where a command stands: its clause's start, after softeners, a frame or a joined command. */
function commandAt(prose: string, i: number): boolean {
  const head = prose.slice(Math.max(0, i - 60), i);
  // A clause starts after a stop, a comma, a bracket, a dash or an emoji ("Treat yourself 🌸 Pop in").
  let cut = -1;
  for (const b of head.matchAll(CLAUSE_BREAK)) cut = b.index + b[0].length - 1;
  // A clause that starts beyond what was read is long: not a command's place, unless a frame ends it.
  if (cut < 0 && i > 60) return FRAME.test(head);
  // Bullets, quotes and numbers before a command are decoration ("1. Book", "“Get yours”").
  const lead = head.slice(cut + 1).replace(/^[^\p{L}]+/u, '');
  // "Slots go quick, so grab one": after "so", a verb with no subject of its own is a command.
  if (LEAD.test(lead) || FRAME.test(lead) || /\bso[ \t]+$/i.test(lead)) return true;
  return JOINED.test(lead) && !SUBJECT.test(lead);
}
