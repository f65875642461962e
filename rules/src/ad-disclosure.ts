// ad-disclosure: a post that promotes a product, brand or paid service must say it is an ad, with a
// clear label at its very start (CAP Code 2.1; ASAI; FTC). A thread's first post carries the label.
import { Q } from './guidance.js';
import { AD_LABELS, AMBIGUOUS_TAGS, COMMERCIAL_CUES, ENDORSEMENT, KEYWORD_CALL, PRICE, SALES_CALLS } from './lexicons/advertising.js';
import { TIES } from './lexicons/interests.js';
import { defineRule, type Block, type Fix, type Jurisdiction, type Range, type Settings } from './types.js';
import { around, openingBlock } from './util/context.js';
import { ownServices } from './util/own-service.js';
import { findAll, negatedBefore, wordList, type Match } from './util/patterns.js';

interface Cue extends Match { name: string }

/** How far into the opening a label may stand and still be "at the start". */
const UPFRONT_CHARS = 50;
interface Facts {
  cues: Cue[]; sales: Match[]; prices: Match[]; own: Match[]; labels: Match[]; ambiguous: Match[];
  /** Names of companies the writer has a tie to (hospitality, fees), from the sentence of the tie. */
  tiedBrands: string[];
  /** Sentences that endorse something without describing a tie: a tied brand named there is a cue. */
  endorsements: { start: number; text: string }[];
  /** Whether the block has any of the above: most have none, and the check reads only those that do. */
  any: boolean;
}

const labelsFor = (j: Jurisdiction) => [...AD_LABELS.all, ...AD_LABELS[j]];
const hashLabels = new Map<Jurisdiction, RegExp>();
const bareStart = new Map<Jurisdiction, RegExp>();
const ambiguousTags = new Map<Jurisdiction, RegExp>();
for (const j of ['uk', 'ie', 'us'] as const) {
  const labels = labelsFor(j);
  hashLabels.set(j, wordList(labels.filter((l) => l.startsWith('#'))));
  const bare = labels.filter((l) => !l.startsWith('#')).map((l) => l.replace(/\s+/g, '[ \\t]+'));
  bareStart.set(j, new RegExp(`^[^\\p{L}\\p{N}#@]{0,8}(?:${bare.join('|')})\\b`, 'iu'));
  ambiguousTags.set(j, wordList(AMBIGUOUS_TAGS.filter((t) => !(labels as readonly string[]).includes(t))));
}

function scan(block: Block, settings: Settings): Facts {
  const p = block.prose;
  const j = settings.jurisdiction;
  const cues: Cue[] = [];
  for (const { name, pattern } of COMMERCIAL_CUES) {
    for (const m of findAll(pattern, p)) if (!negatedBefore(p, m.start, 3)) cues.push({ ...m, name });
  }
  const prices = findAll(PRICE, p);
  const tying = block.sentences.filter((s) => findAll(TIES, s.text).length > 0);
  const sales = [...findAll(SALES_CALLS, p), ...findAll(KEYWORD_CALL, p)].filter((m) => !negatedBefore(p, m.start, 3)).sort((a, b) => a.start - b.start);
  const own = ownServices(p, prices.length > 0);
  const labels = findAll(hashLabels.get(j)!, p);
  const ambiguous = findAll(ambiguousTags.get(j)!, p);
  const tiedBrands = tying.flatMap((s) => capitalisedNames(s.text));
  const endorsements = block.sentences.filter((s) => ENDORSEMENT.test(s.text) && !tying.includes(s)).map(({ start, text }) => ({ start, text }));
  const any = [cues, sales, own, labels, ambiguous, tiedBrands, endorsements].some((list) => list.length > 0);
  return { cues, sales, prices, own, labels, ambiguous, tiedBrands, endorsements, any };
}

/** Capitalised words that are not a sentence's first word: candidate brand names. */
function capitalisedNames(sentence: string): string[] {
  return [...sentence.matchAll(/(?<=\s)\p{Lu}[\p{L}\p{N}&'’-]{2,}/gu)].map((m) => m[0].replace(/['’]s$/, ''))
    .filter((w) => !/^(?:I|The|This|That|NHS|UK|GP|Dr|Mr|Mrs|Ms|Prof|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(w));
}

const describe = (c: Cue) => (c.name === 'discount code' ? `The discount code '${/[A-Z][A-Z0-9]{3,15}/.exec(c.text)?.[0] ?? c.text}'` : `The ${c.name} '${c.text}'`);

export default defineRule<Facts>({
  id: 'ad-disclosure',
  title: 'Adverts need a clear label at the start',
  severity: 'error',
  rationale: 'Readers must be able to tell at once that a post is an advert. A label at the end, an ambiguous tag or a "thanks for sending" is easy to miss, so regulators expect a clear label such as #AD before anything else.',
  guidance: {
    uk: [Q.cap21, Q.mduAd, Q.cap23],
    ie: [Q.asaiLabel, Q.asai41],
    us: [Q.ftc255_5, Q.ftc101Missed],
  },
  scan,
  notable: (f) => f.any,
  check({ draft, settings, facts, snippet, notable }) {
    const firstPost = draft.posts[0];
    if (!firstPost) return [];
    type Found = { block: Block; m: Match; name?: string };
    // Labelled at the start: a label among the first words of the post's title or opening block
    // (in its first sentence and within its first few words), where nobody can miss it.
    const opening = [firstPost.blocks[0], openingBlock(firstPost)].filter((b): b is Block => !!b);
    const atStart = (block: Block, m: Match) => opening.includes(block) && m.start < Math.min(UPFRONT_CHARS, (block.sentences[0]?.end ?? 0) + 1);
    // Blocks come in order, so the trigger is the first cue of the first block that has one: past
    // that block no cue can win, and none is looked at. Only the winner's name is built. Nothing is
    // collected per block: this runs on every keystroke.
    let trigger: Found | undefined, buried: Found | undefined, vague: Found | undefined;
    let labelled = false;
    const wins = (block: Block, m: Match) => !trigger || (trigger.block === block && m.start < trigger.m.start);
    // One pass for what the main pass needs of the whole draft: brands with a tie, and which posts
    // promote the writer's own service (a long blog post is one post of a thousand blocks).
    const tiedNames = new Set<string>();
    const ownInPost = new Set<number>();
    for (const b of notable) {
      const f = facts(b);
      for (const name of f.tiedBrands) tiedNames.add(name);
      if (f.own.length > 0) ownInPost.add(b.post);
    }
    const tied = [...tiedNames];
    for (const block of notable) {
      const f = facts(block);
      const open = !trigger || trigger.block === block;
      if (open) {
        for (const c of f.cues) if (wins(block, c)) trigger = { block, m: c, name: describe(c) };
        // Only a call to buy needs its neighbours' facts; most blocks have none.
        if (f.sales.length > 0) {
          const near = around(draft, block, 1, 1).map((b) => facts(b));
          for (const s of f.sales) {
            if (wins(block, s) && (f.prices.length || f.cues.length || near.some((n) => n.prices.length > 0) || ownInPost.has(block.post))) {
              trigger = { block, m: s, name: `The call to buy '${s.text}'` };
            }
          }
        }
        // Recommending the product of a company you have a tie to is an endorsement (FTC 255.5).
        for (const sentence of f.endorsements) {
          const brand = tied.find((b) => sentence.text.includes(b));
          if (!brand) continue;
          const at = sentence.start + sentence.text.indexOf(brand);
          const m = { start: at, end: at + brand.length, text: brand };
          if (wins(block, m)) trigger = { block, m, name: `Recommending '${brand}' after its hospitality or payment` };
        }
      }
      for (const l of f.labels) {
        buried ??= { block, m: l };
        if (atStart(block, l)) labelled = true;
      }
      for (const a of f.ambiguous) {
        vague ??= { block, m: a };
        if (wins(block, a)) trigger = { block, m: a, name: `The tag '${a.text}'` };
      }
    }
    const sponsored = settings.sponsored === true;
    // A label anywhere but the start is the writer saying it is an ad: it is a trigger on its own.
    if ((!trigger && !sponsored && !buried) || labelled) return [];
    const bare = bareStart.get(settings.jurisdiction)!;
    if (opening.some((b) => bare.test(b.prose))) return [];

    const where = draft.isThread ? "the thread's first post" : 'the post';
    let message = trigger
      ? `${trigger.name} makes this an advert, but ${where} has no ad label at its start`
      : sponsored ? `The settings mark this draft as sponsored, but ${where} has no ad label at its start`
        : `This is marked as an advert, but ${where} has no ad label at its start`;
    if (buried) message += ` ('${buried.m.text}' ${buried.block.post > 0 ? `in post ${buried.block.post + 1} ` : ''}is not at the start)`;
    else if (vague) message += ` ('${vague.m.text}' alone is not a clear ad label)`;

    const insertAt = firstPost.insertAt;
    const label = snippet('ad-label');
    const insert = { start: insertAt, end: insertAt, newText: label };
    const removal = (f: Found): Range => widenToSpace(draft.text, f.block.toSource(f.m.start, f.m.end));
    const fixes: Fix[] = [];
    if (buried) {
      fixes.push({ title: `Move '${buried.m.text}' to the start of ${where}`, safe: true, edits: [insert, { ...removal(buried), newText: '' }] });
    }
    fixes.push({ title: `Insert ${label.trim()} at the start of ${where}`, safe: true, edits: [insert] });
    if (vague && !buried) {
      fixes.push({ title: `Replace '${vague.m.text}' with ${label.trim()} at the start of ${where}`, safe: false, edits: [insert, { ...removal(vague), newText: '' }] });
    }
    const range = trigger ? trigger.block.toSource(trigger.m.start, trigger.m.end)
      : !sponsored && buried ? buried.block.toSource(buried.m.start, buried.m.end) : { start: insertAt, end: insertAt };
    return [{ ...range, message, fixes }];
  },
});

/** Widen a span to take one neighbouring space with it, so removing it leaves no double space. */
export function widenToSpace(text: string, r: Range): Range {
  if (text[r.end] === ' ') return { start: r.start, end: r.end + 1 };
  if (text[r.start - 1] === ' ') return { start: r.start - 1, end: r.end };
  return r;
}
