// prescription-medicine-promotion: prescription-only medicines cannot be advertised to the public
// (CAP Code 12.12; Human Medicines Regulations 2012, reg 284). Education is fine; an offer is not.
import { byAnalogy, Q } from './guidance.js';
import { NOT_AN_OFFER, OFFER_CUES, POM_SUFFIX, PRESCRIPTION_ONLY } from './lexicons/medicines.js';
import { defineRule, type RuleFinding } from './types.js';
import { nextInPost } from './util/context.js';
import { findAll, negatedBefore, wordList, type Match } from './util/patterns.js';

const POM = wordList(PRESCRIPTION_ONLY);
interface Facts { medicines: Match[]; offers: Match[] }

export default defineRule<Facts>({
  id: 'prescription-medicine-promotion',
  title: 'Prescription-only medicines must not be promoted to the public',
  severity: 'error',
  rationale: 'Offering a prescription-only medicine with a price, discount or booking call is advertising it to the public, which UK law forbids whoever posts it, on any page.',
  guidance: { uk: [Q.cap1212, Q.hmr284], ie: [Q.asaIe1116, Q.hpraPom], us: [Q.amaInterests, Q.ftc255_5, ...byAnalogy('uk', Q.hmr284)] },
  scan(block) {
    const p = block.prose;
    return {
      medicines: [...findAll(POM, p), ...findAll(POM_SUFFIX, p)].sort((a, b) => a.start - b.start).filter((m) => !negatedBefore(p, m.start, 2)),
      offers: NOT_AN_OFFER.test(p) ? [] : findAll(OFFER_CUES, p).filter((m) => !negatedBefore(p, m.start, 2)),
    };
  },
  notable: (f) => f.medicines.length > 0,
  check({ draft, facts, notable }) {
    const out: RuleFinding[] = [];
    for (const block of notable) {
      const { medicines, offers } = facts(block);
      // An offer in the same block, or right after a short headline naming the medicine
      // ("Botox is back!" / "£99 this week"); a paragraph explaining it stands on its own.
      const headline = block.prose.length <= 60;
      const next = nextInPost(draft, block);
      const nextOffers = headline && next ? facts(next).offers : [];
      const offer = offers[0] ?? nextOffers[0];
      if (!offer) continue;
      const med = medicines[0];
      const range = offers[0]
        ? block.toSource(Math.min(med.start, offer.start), Math.max(med.end, offer.end))
        : block.toSource(med.start, med.end);
      out.push({ ...range, message: `'${med.text}' is a prescription-only medicine, and '${offer.text}' promotes it to the public` });
    }
    return out;
  },
});
