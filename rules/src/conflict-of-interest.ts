// conflict-of-interest: promoting your own paid services, or writing with a financial tie to a
// company, needs a declaration of interests (GMC social media guidance 12; Good medical practice 90).
import { PLACEHOLDER } from '@probity/snippets';
import { Q } from './guidance.js';
import { COMMERCIAL_CUES, KEYWORD_CALL, PRICE, SALES_CALLS } from './lexicons/advertising.js';
import { DECLARATIONS, TIES } from './lexicons/interests.js';
import { defineRule, type Block, type Settings } from './types.js';
import { afterBlock, around } from './util/context.js';
import { ownServices } from './util/own-service.js';
import { findAll, type Match } from './util/patterns.js';

interface Facts { ties: Match[]; own: Match[]; selling: boolean; interests: Match[]; declarations: Match[]; placeholders: Match[] }

/** Names worth matching in the text from the `interests` setting: its capitalised phrases. */
function interestNames(settings: Settings): RegExp | undefined {
  const names = new Set<string>();
  for (const interest of settings.interests) {
    for (const m of interest.matchAll(/(?:[A-Z][\p{L}\p{N}&'’-]+)(?:[ \t]+[A-Z][\p{L}\p{N}&'’-]+)*/gu)) {
      if (m[0].length >= 4 && !/^(?:Clinical|Medical|Paid|Consultant|Director|Lead|Speaker|Shares|Employed|Owner|Founder|I|My)$/.test(m[0])) names.add(m[0]);
    }
  }
  if (names.size === 0) return undefined;
  const alts = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(?:${alts.join('|')})(?![\\p{L}])`, 'gu');
}
// One pattern per list of interests, 32 lists at most: typing a list into the front matter makes a
// new one at every keystroke.
const interestCache = new Map<string, RegExp | undefined>();
const MAX_INTEREST_LISTS = 32;

function scan(block: Block, settings: Settings): Facts {
  const p = block.prose;
  const key = settings.interests.join('\n');
  if (!interestCache.has(key)) {
    if (interestCache.size >= MAX_INTEREST_LISTS) interestCache.clear();
    interestCache.set(key, interestNames(settings));
  }
  const interests = interestCache.get(key);
  const priced = findAll(PRICE, p).length > 0;
  return {
    ties: findAll(TIES, p),
    own: ownServices(p, priced),
    selling: priced || findAll(SALES_CALLS, p).length > 0 || findAll(KEYWORD_CALL, p).length > 0 || COMMERCIAL_CUES.some((c) => findAll(c.pattern, p).length > 0),
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
  notable: (f) => f.placeholders.length > 0 || f.declarations.length > 0 || f.ties.length > 0 || f.own.length > 0 || f.interests.length > 0,
  check({ draft, facts, snippet, notable }) {
    type Trigger = { block: Block; m: Match; why: string };
    // One pass: an unfilled declaration wins, any declaration settles it, else the first trigger.
    let placeholder: { block: Block; m: Match } | undefined, trigger: Trigger | undefined;
    let declared = false;
    const sellingNear = (block: Block) => around(draft, block, 3, 3).some((b) => facts(b).selling);
    for (const block of notable) {
      const f = facts(block);
      if (f.placeholders.length > 0) {
        placeholder = { block, m: f.placeholders[0] };
        break;
      }
      if (f.declarations.length > 0) declared = true;
      if (declared || trigger) continue;
      const tie = f.ties[0];
      if (tie) trigger = { block, m: tie, why: `'${tie.text}' describes a tie to a company` };
      else if (f.own.length > 0 && sellingNear(block)) trigger = { block, m: f.own[0], why: `'${f.own[0].text}' promotes your own paid service` };
      else if (f.interests.length > 0) trigger = { block, m: f.interests[0], why: `'${f.interests[0].text}' is one of your declared interests` };
    }
    if (placeholder) {
      const { block, m } = placeholder;
      return [{ ...block.toSource(m.start, m.end), message: `The declaration of interests still says '${m.text}': name your interests` }];
    }
    if (declared || !trigger) return [];
    const at = afterBlock(draft, trigger.block);
    const declaration = snippet('declaration-of-interests');
    return [{
      ...trigger.block.toSource(trigger.m.start, trigger.m.end),
      message: `${trigger.why}, but the draft has no declaration of interests`,
      fixes: [{ title: 'Add a declaration of interests', safe: false, edits: [{ start: at, end: at, newText: `${draft.eol}${draft.eol}${declaration}` }] }],
    }];
  },
});
