// prescription-medicine-promotion: prescription-only medicines cannot be advertised to the public
// (CAP Code 12.12; Human Medicines Regulations 2012, reg 284). A marketing communication that names
// a POM advertises it, with or without a price; education with no commercial context does not. The
// medicines (found with the knowledge list, knowledge/medicines) and the commercial context both come
// from the analysis the ad and interest rules read too (context/commercial.ts): it needs the
// medicines itself ("get your Botox" calls to obtain one), so they are found once, there.
import { commercial, describeEvidence, reachOf, soldPrivately, strength, type CueKind, type Evidence } from './context/commercial.js';
import { byAnalogy, Q } from './guidance.js';
import type { MedicineMention } from './knowledge/medicines/match.js';
import type { Group } from './knowledge/medicines/types.js';
import { defineRule, type Block, type Draft, type RuleFinding } from './types.js';
import { andList } from './util/words.js';

/** What the advert can say instead of a medicine's name: the treatment, not the product (CAP 12.12). */
const TREATMENT: Record<Group, string> = {
  aesthetics: 'wrinkle treatment', 'weight loss': 'medical weight-loss treatment', 'sexual health': 'treatment',
  contraception: 'contraception', 'hair loss': 'hair-loss treatment', skin: 'skin treatment', steroid: 'treatment',
  'vitamin or drip': 'treatment', antibiotic: 'treatment', antifungal: 'treatment', antiviral: 'treatment', travel: 'travel health advice',
  'sleep or anxiety': 'treatment', ADHD: 'ADHD assessment', 'mental health': 'treatment', pain: 'pain management', migraine: 'migraine treatment',
  'heart and circulation': 'treatment', diabetes: 'diabetes care', 'breathing and allergy': 'treatment', 'stomach and bowel': 'treatment',
  hormones: 'menopause care', urology: 'treatment', 'bones and joints': 'treatment', eyes: 'treatment', 'nervous system': 'treatment',
  addiction: 'support', vaccine: 'vaccination', 'any prescription medicine': 'treatment',
};

export default defineRule({
  id: 'prescription-medicine-promotion',
  title: 'Prescription-only medicines must not be promoted to the public',
  severity: 'error',
  rationale: 'Naming a prescription-only medicine in an advert (beside a price, an offer, a code or a call to book) is advertising it to the public, which UK law forbids whoever posts it, on any page. Describe the treatment or the consultation instead.',
  guidance: { uk: [Q.cap1212, Q.hmr284], ie: [Q.asaIe1116, Q.hpraPom], us: [Q.amaInterests, Q.ftc255_5, ...byAnalogy('uk', Q.hmr284)] },
  reads: [commercial],
  check({ draft, read }) {
    const context = read(commercial);
    if (!context.advert) return [];
    // What sells, as opposed to what marks the whole draft an advert (a label, a brand's credit, whose
    // business it is): a medicine is promoted where it stands beside the offer, price or call.
    // The writer's own product sells a medicine only when it is one ("our weight-loss product Saxenda").
    const sellsItself = (e: Evidence) => e.kind === 'own product' && context.medicines.some(({ block, m }) => block === e.block && names(block, e, m.start));
    const selling = context.evidence.filter((e) => !LABELLING.has(e.kind) || sellsItself(e));
    // One finding per medicine per post, on its mention nearest what sells it; the fix rewrites
    // every mention of it in the post.
    const groups = new Map<string, { block: Block; m: MedicineMention }[]>();
    // A class named beside one of its members ("#glp1" under "semaglutide") is that member.
    const named = new Set(context.medicines.map(({ block, m }) => `${block.post}\u0000${m.medicine?.name}`));
    for (const { block, m } of context.medicines) {
      const member = m.medicine?.members?.find((n) => named.has(`${block.post}\u0000${n}`));
      const key = `${block.post}\u0000${member ?? m.medicine?.name ?? m.text.toLowerCase()}`;
      const list = groups.get(key) ?? [];
      list.push({ block, m });
      groups.set(key, list);
    }
    // The strongest selling evidence in each block, so a mention's distance to it is a lookup.
    const strongest = new Map<number, number>();
    for (const e of selling) strongest.set(e.block.index, Math.max(strongest.get(e.block.index) ?? 0, e.weight));
    // A business's own page, or the writer's own service, is a marketing communication throughout: a
    // medicine it sells privately is promoted wherever the page names it, not only beside the price
    // (CAP 12.12: a clinic's page that "only explains" the treatment it sells still advertises it).
    const wholePost = context.whose === 'business' || context.whose === 'own service';
    const out: RuleFinding[] = [];
    for (const mentions of groups.values()) {
      let best: { block: Block; m: MedicineMention; distance: number } | undefined;
      for (const { block, m } of mentions) {
        // Beside the evidence, as far as the commercial context reads a medicine with it (reachOf).
        // A name known only by its INN stem is a weaker guess: it needs an offer in its own block.
        const [from, to] = m.kind === 'stem' ? [block.index, block.index] : reachOf(draft, block, wholePost && soldPrivately(m));
        for (let i = from; i <= to; i++) {
          const w = strongest.get(i);
          if (w === undefined || (m.kind === 'stem' && w < 2)) continue;
          // Nearest first; at the same distance, the mention beside the stronger evidence, a medicine
          // by name before a word for its class ("Mounjaro" over "the jab"), and either in the text
          // before a hashtag.
          const distance = Math.abs(i - block.index) * 4 + (2 - w) + (m.text.startsWith('#') ? 3 : m.kind === 'topic' ? 2 : 0);
          if (!best || distance < best.distance) best = { block, m, distance };
        }
      }
      if (!best) continue;
      const { block, m } = best;
      out.push({ ...block.toSource(m.start, m.end), message: message(draft, m, nearest(context.evidence, block)), fixes: [fixFor(mentions, m)] });
    }
    return out.sort((a, b) => a.start - b.start);
  },
});

// What marks a draft an advert without selling a medicine in it: a label, a credit, whose business it
// is, and the writer's own product (a book or a course that mentions HRT does not sell HRT).
const LABELLING = new Set<CueKind>(['label', 'tag', 'own service', 'our service', 'credit', 'own product']);

/** The product's own words name the medicine ("our weight-loss product Saxenda"), in one clause. */
const names = (block: Block, e: Evidence, at: number) => at >= e.start && at - e.end <= 20 && !/[,;:.!?]|\band\b/.test(block.prose.slice(e.end, at));

/** The evidence to name beside a mention: its block's, else its post's, else the draft's; two at most. */
function nearest(evidence: readonly Evidence[], block: Block): Evidence[] {
  const strongestFirst = (a: Evidence, b: Evidence) => strength(b) - strength(a);
  const inBlock = evidence.filter((e) => e.block === block).sort(strongestFirst);
  const pool = [...inBlock, ...byDistance(evidence.filter((e) => e.block.post === block.post && e.block !== block), block)];
  // Two pieces at most, of different kinds, neither inside the other ("Save £10" holds "£10").
  const chosen: Evidence[] = [];
  for (const e of pool.length ? pool : [...evidence].sort(strongestFirst)) {
    if (chosen.length === 2) break;
    if (chosen.some((c) => c.kind === e.kind || (c.block === e.block && c.start < e.end && e.start < c.end))) continue;
    chosen.push(e);
  }
  return chosen;
}

/**
 * Evidence nearest `block` first, the stronger first at one distance, else in draft order: what a
 * stable sort by those keys gives, bucketed by key instead. Every mention is weighed against a
 * whole post's evidence, and on a long advert a comparison sort of it was most of the rule's time
 * on each keystroke.
 */
function byDistance(evidence: readonly Evidence[], block: Block): Evidence[] {
  const buckets = new Map<number, Evidence[]>();
  for (const e of evidence) {
    const key = Math.abs(e.block.index - block.index) * 4 + (3 - strength(e));
    const bucket = buckets.get(key);
    if (bucket) bucket.push(e);
    else buckets.set(key, [e]);
  }
  const out: Evidence[] = [];
  for (const key of [...buckets.keys()].sort((a, b) => a - b)) for (const e of buckets.get(key)!) out.push(e);
  return out;
}

function message(draft: Draft, m: MedicineMention, near: Evidence[]): string {
  const name = m.text.replace(/[®™]{1,3}$/, '');
  const generic = m.medicine && m.medicine.name.toLowerCase() !== name.toLowerCase().replace(/^#/, '') && m.medicine.group !== 'any prescription medicine' ? ` (${m.medicine.name})` : '';
  const where = draft.isThread ? 'thread' : draft.platform === 'blog' ? 'page' : 'post';
  const evidence = andList(near.map(describeEvidence));
  // "Prescription-only medications" named as such: the advert names the class, not one medicine.
  if (m.medicine?.group === 'any prescription medicine') return `'${name}' names prescription-only medicines, and this ${where} advertises them: ${evidence}. Describe the treatment or consultation instead`;
  return `'${name}'${generic} is prescription-only, and this ${where} advertises it: ${evidence}. Describe the treatment or consultation instead of naming the medicine`;
}

/**
 * Rewrite every mention of the medicine in the post as the treatment it is for (hashtags naming it
 * go): an unsafe fix, since it changes the writer's words.
 */
function fixFor(mentions: readonly { block: Block; m: MedicineMention }[], shown: MedicineMention) {
  const edits = mentions.map(({ block, m }) => {
    if (m.text.startsWith('#')) {
      const gap = block.prose[m.start - 1] === ' ' ? 1 : 0;
      return { ...block.toSource(m.start - gap, m.end), newText: '' };
    }
    const plain = m.medicine ? TREATMENT[m.medicine.group] : 'treatment';
    const text = m.text === m.text.toUpperCase() && /\p{Lu}{2}/u.test(m.text) ? plain.toUpperCase()
      : atSentenceStart(block.prose, m.start) ? plain[0].toUpperCase() + plain.slice(1) : plain;
    return { ...block.toSource(m.start, m.end), newText: text };
  });
  const named = shown.text.startsWith('#') ? `Remove '${shown.text}'` : `Name the treatment, not the medicine, for '${shown.text}'`;
  return { title: mentions.length > 1 ? `${named} (${mentions.length} mentions)` : named, safe: false, edits };
}

const atSentenceStart = (prose: string, i: number) => /(?:^|[.!?]\s{1,3}|\n)\W{0,4}$/.test(prose.slice(Math.max(0, i - 6), i));
