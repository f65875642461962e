// conflict-of-interest: promoting your own paid services, or writing with a financial tie to a
// company, needs a declaration of interests (GMC social media guidance 12; Good medical practice 90).
// What the draft sells and whose it is comes from the commercial-context analysis
// (context/commercial.ts), which the ad and POM rules read too.
import { PLACEHOLDER } from '@probity/snippets';
import { commercial, describeEvidence, type Commercial } from './context/commercial.js';
import { Q } from './guidance.js';
import { DECLARATIONS, TIES } from './lexicons/interests.js';
import { defineRule, type Block, type Settings } from './types.js';
import { afterBlock } from './util/context.js';
import { interestPattern } from './util/interests.js';
import { findAll, type Match } from './util/patterns.js';

interface Facts { ties: Match[]; interests: Match[]; declarations: Match[]; placeholders: Match[] }

function scan(block: Block, settings: Settings): Facts {
  const p = block.prose;
  const interests = interestPattern(settings);
  return {
    ties: findAll(TIES, p),
    interests: interests ? findAll(interests, p) : [],
    declarations: findAll(DECLARATIONS, p),
    placeholders: /declaration/i.test(p) ? findAll(PLACEHOLDER, p) : [],
  };
}

export default defineRule<Facts>({
  id: 'conflict-of-interest',
  title: 'Declare your interests',
  severity: 'warning',
  rationale: 'Readers take a doctor\u2019s recommendations on trust. When you sell your own services or have a financial tie to a company, say so plainly, so nobody has to wonder whether it shaped what you recommend.',
  guidance: { uk: [Q.gmcSm12, Q.gmp90, Q.gmcCoi8, Q.bmaTrust], ie: [Q.mcIndustry2012], us: [Q.ftc101Relationship, Q.amaInterests] },
  scan,
  notable: (f) => f.placeholders.length > 0 || f.declarations.length > 0 || f.ties.length > 0 || f.interests.length > 0,
  reads: [commercial],
  check({ draft, facts, snippet, notable, read }) {
    type Trigger = { block: Block; m: Match; why: string };
    // One pass: an unfilled declaration wins, any declaration settles it, else the first trigger.
    let placeholder: { block: Block; m: Match } | undefined, tie: Trigger | undefined, interest: Trigger | undefined;
    let declared = false;
    for (const block of notable) {
      const f = facts(block);
      if (f.placeholders.length > 0) {
        placeholder = { block, m: f.placeholders[0] };
        break;
      }
      if (f.declarations.length > 0) declared = true;
      if (f.ties[0]) tie ??= { block, m: f.ties[0], why: `'${f.ties[0].text}' describes a tie to a company` };
      if (f.interests[0]) interest ??= { block, m: f.interests[0], why: `'${f.interests[0].text}' is one of your declared interests` };
    }
    if (placeholder) {
      const { block, m } = placeholder;
      return [{ ...block.toSource(m.start, m.end), message: `The declaration of interests still says '${m.text}': name your interests` }];
    }
    if (declared) return [];
    const trigger = tie ?? ownInterest(read(commercial)) ?? interest;
    if (!trigger) return [];
    const at = afterBlock(draft, trigger.block);
    const declaration = snippet('declaration-of-interests');
    return [{
      ...trigger.block.toSource(trigger.m.start, trigger.m.end),
      message: `${trigger.why}, but the draft has no declaration of interests`,
      fixes: [{ title: 'Add a declaration of interests', safe: false, edits: [{ start: at, end: at, newText: `${draft.eol}${draft.eol}${declaration}` }] }],
    }];
  },
});

/**
 * What the writer profits from in an advert: their own products or their own service, in their own
 * voice (the commercial context says whose each piece of evidence is). A business's offer on its own
 * page is plainly an advert and no declaration of a writer's interests (CAP 12.12 still holds it to
 * account); a brand's code, gift or payment is the ad label's business (ad-disclosure), and a tie to
 * the brand behind it is declared by the words of the tie (TIES).
 */
function ownInterest(context: Commercial): { block: Block; m: Match; why: string } | undefined {
  if (!context.advert) return undefined;
  const own = context.evidence.find((e) => e.whose === 'own product' || e.whose === 'own service');
  if (!own) {
    // A business's own post, signed by the writer as its owner or director: what it sells is theirs.
    const selling = context.whose === 'business' ? context.evidence.filter((e) => e.kind !== 'label' && e.kind !== 'tag') : [];
    const sells = context.signedBy && (selling.find((e) => e.weight === 2) ?? selling[0]);
    if (!sells || !context.signedBy) return undefined;
    const { block, m } = context.signedBy;
    return { block, m, why: `You sign this advert (${describeEvidence(sells)}) as '${m.text.trim()}', so what it sells is your interest` };
  }
  const what = own.whose === 'own product' ? 'promotes products you sell' : 'promotes a service you are paid for';
  return { block: own.block, m: own, why: `'${own.text.trim()}' ${what}` };
}
