// ad-disclosure: a post that promotes a product, brand or paid service must say it is an ad, with a
// clear label at its very start (CAP Code 2.1; ASAI; FTC). A thread's first post carries the label.
// Whether the draft is an advert, and whether its readers need telling, is the commercial-context
// analysis's decision (context/commercial.ts), which the POM and interest rules read too.
import { commercial, describeEvidence, strength, type Commercial, type Evidence } from './context/commercial.js';
import { Q } from './guidance.js';
import { AD_LABELS } from './lexicons/advertising.js';
import { defineRule, type Block, type Fix, type Jurisdiction, type Range } from './types.js';
import { openingBlock } from './util/context.js';
import { fastRegExp } from './util/fast-regexp.js';
import type { Match } from './util/patterns.js';

/** How far into the opening a label may stand and still be "at the start". */
const UPFRONT_CHARS = 50;

const bareStart = new Map<Jurisdiction, RegExp>();
for (const j of ['uk', 'ie', 'us'] as const) {
  const bare = [...AD_LABELS.all, ...AD_LABELS[j]].filter((l) => !l.startsWith('#')).map((l) => l.replace(/\s+/g, '[ \\t]+'));
  bareStart.set(j, fastRegExp(new RegExp(`^[^\\p{L}\\p{N}#@]{0,8}(?:${bare.join('|')})\\b`, 'iu')));
}

type Found = { block: Block; m: Match };

export default defineRule({
  id: 'ad-disclosure',
  title: 'Adverts need a clear label at the start',
  severity: 'error',
  rationale: 'Readers must be able to tell at once that a post is an advert. A label at the end, an ambiguous tag or a "thanks for sending" is easy to miss, so regulators expect a clear label such as #AD before anything else.',
  guidance: {
    uk: [Q.cap21, Q.mduAd, Q.cap23],
    ie: [Q.asaiLabel, Q.asai41],
    us: [Q.ftc255_5, Q.ftc101Missed],
  },
  reads: [commercial],
  check({ draft, settings, snippet, read }) {
    const firstPost = draft.posts[0];
    if (!firstPost) return [];
    const context = read(commercial);
    if (!context.labelOwed) return [];
    // Labelled at the start: a label among the first words of the post's title or opening block
    // (in its first sentence, within its first few words, before any brand or code it labels).
    const opening = [firstPost.blocks[0], openingBlock(firstPost)].filter((b): b is Block => !!b);
    const promotedBefore = (block: Block, at: number) => context.evidence.some((e) => e.block === block && e.start < at && e.whose === 'brand' && e.kind !== 'label' && e.kind !== 'tag');
    const atStart = ({ block, m }: Found) => opening.includes(block) && m.start < Math.min(UPFRONT_CHARS, (block.sentences[0]?.end ?? 0) + 1)
      // "Jewellery @brand AD (CODE10)": a label after the handle it labels is not where readers look first.
      && !promotedBefore(block, m.start) && !/@[\w.]{2,}/.test(block.prose.slice(0, m.start));
    if (context.labels.some(atStart)) return [];
    if (opening.some((b) => bareStart.get(settings.jurisdiction)!.test(b.prose))) return [];
    const buried = context.labels[0];
    const vague = context.ambiguous[0];
    const credit = context.evidence.find((e) => e.kind === 'credit');

    const trigger = triggerOf(context);
    const where = draft.isThread ? "the thread's first post" : 'the post';
    const lead = trigger ? `${capitalise(describeEvidence(trigger))} makes this an advert`
      : context.sponsored ? 'The settings mark this draft as sponsored' : 'This is marked as an advert';
    let message = `${lead}, but ${where} has no ad label at its start`;
    if (buried) message += ` ('${buried.m.text}' ${buried.block.post > 0 ? `in post ${buried.block.post + 1} ` : ''}is not at the start)`;
    else if (vague) message += ` ('${vague.m.text}' alone is not a clear ad label)`;
    else if (credit) message += ` ('${credit.text}' credits the brand but is not an ad label)`;

    const insertAt = firstPost.insertAt;
    const label = snippet('ad-label');
    const insert = { start: insertAt, end: insertAt, newText: label };
    const removal = (f: Found): Range => widenToSpace(draft.text, f.block.toSource(f.m.start, f.m.end));
    const fixes: Fix[] = [];
    if (buried) fixes.push({ title: `Move '${buried.m.text}' to the start of ${where}`, safe: true, edits: [insert, { ...removal(buried), newText: '' }] });
    fixes.push({ title: `Insert ${label.trim()} at the start of ${where}`, safe: true, edits: [insert] });
    if (vague && !buried) fixes.push({ title: `Replace '${vague.m.text}' with ${label.trim()} at the start of ${where}`, safe: false, edits: [insert, { ...removal(vague), newText: '' }] });
    const range = trigger ? trigger.block.toSource(trigger.start, trigger.end)
      : !context.sponsored && buried ? buried.block.toSource(buried.m.start, buried.m.end) : { start: insertAt, end: insertAt };
    return [{ ...range, message, fixes }];
  },
});

/**
 * The evidence the message names: the first strong piece in the draft (an offer, a code, a gift),
 * else the first of any. The first in draft order, so the finding stays put while the writer types
 * further down.
 */
function triggerOf(context: Commercial): Evidence | undefined {
  let first: Evidence | undefined, strong: Evidence | undefined;
  for (const e of context.evidence) {
    if (e.kind === 'label') continue;
    const before = (a: Evidence | undefined) => !a || e.block.index < a.block.index || (e.block === a.block && e.start < a.start);
    if (before(first)) first = e;
    if (strength(e) === 2 && before(strong)) strong = e;
  }
  return strong ?? first;
}

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Widen a span to take one neighbouring space with it, so removing it leaves no double space. */
export function widenToSpace(text: string, r: Range): Range {
  if (text[r.end] === ' ') return { start: r.start, end: r.end + 1 };
  if (text[r.start - 1] === ' ') return { start: r.start - 1, end: r.end };
  return r;
}
