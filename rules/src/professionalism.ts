// professionalism: mocking or demeaning patients, or attacking named colleagues or organisations,
// undermines trust in the profession (GMC social media guidance 14-15; Good medical practice 81).
import { Q } from './guidance.js';
import { CONTEMPT, INSULTS, META_TALK, MOCKERY, PATIENT_GROUPS, PATIENT_SLURS, PATIENT_SNEERS, SNEER_EMOJI } from './lexicons/derogatory.js';
import { PATIENT_CONTEXT } from './lexicons/identifiers.js';
import { TITLED_NAME } from './lexicons/roles.js';
import { defineRule, type Block } from './types.js';
import { findAll, negatedBefore, quoted, wordList, type Match } from './util/patterns.js';
import { namedTargets } from './util/nlp.js';

const SLURS = wordList(PATIENT_SLURS);
const INSULT = wordList(INSULTS);
const SCORN = wordList(CONTEMPT);
const SNEERS = wordList(PATIENT_SNEERS);
/** An @handle names its target as surely as a name does. */
const HANDLE = /(?:^|[^\w@])@[A-Za-z0-9_.]{2,}/;
/** "I'd never call a patient a time-waster": a word disowned, not used. */
const DISOWNED = /\b(?:never|not|n['’]t|no[ \t]+longer|refuse[ \t]+to|stop(?:ped)?)[ \t]+(?:[\p{L}'’]+[ \t]+){0,2}?(?:call(?:ing)?|label(?:l?ing)?|refer(?:ring)?[ \t]+to|describ(?:e|ing)|think(?:ing)?[ \t]+of)\b/iu;
const POINTED = /\b(?:he|she|they|you|(?:the|this|that)[ \t]+(?:man|woman|guy|bloke|doctor|company|clinic|firm|outfit|lot))(?:['’]s|['’]re|[ \t]+is|[ \t]+are|[ \t]+was|[ \t]+were)[ \t]+(?:a|an|the|just|such|nothing[ \t]+but)?/i;

interface Hit { sentence: number; why: string }

/** Is the sentence aimed at a named person or organisation ("he's a ..." counts for outright insults)? */
function named(t: string, before: string, pronounsCount: boolean, previous = ''): boolean {
  // "The man is a charlatan" after a sentence naming him.
  if (POINTED.test(before.slice(-40)) && previous && (findAll(TITLED_NAME, previous).length > 0 || namedTargets(previous).length > 0 || /\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+/u.test(previous.slice(1)))) return true;
  // "you're a ..." needs an addressee in the sentence; "he's a ..." points back to a named person.
  if (/^you/i.test(POINTED.exec(before.slice(-40))?.[0] ?? '') && !HANDLE.test(t)) pronounsCount = false;
  return findAll(TITLED_NAME, t).length > 0 || HANDLE.test(t) || (pronounsCount && POINTED.test(before.slice(-40))) || namedTargets(t).length > 0;
}

function scan(block: Block): Hit[] {
  const hits: Hit[] = [];
  const s = block.sentences;
  // The block speaks of patients or people: the target that a sneer needs.
  const aboutPeople = PATIENT_GROUPS.test(block.prose) || PATIENT_CONTEXT.test(block.prose);
  s.forEach((sentence, i) => {
    const t = sentence.text;
    // Talking about a word ("I hate the term 'bed blockers'") is not using it; the comment on the
    // word often comes in the next sentence.
    const meta = [s[i - 1], sentence, s[i + 1]].some((n) => n && META_TALK.test(n.text));
    // A quoted slur is usually a mention ("it's easy to write 'acopia' in the notes"), unless sneered at.
    const slur = findAll(SLURS, t).find((m) => !negatedBefore(t, m.start, 2) && !DISOWNED.test(t.slice(0, m.start)) && !((meta || !SNEER_EMOJI.test(t)) && quoted(t, m.start, m.end)));
    if (slur) return void hits.push({ sentence: i, why: `'${slur.text}' demeans patients` });
    const mock = findAll(MOCKERY, t)[0];
    if (mock) return void hits.push({ sentence: i, why: `'${mock.text}' mocks patients` });
    const sneer = aboutPeople ? findAll(SNEERS, t).find((m) => !(meta && quoted(t, m.start, m.end))) : undefined;
    if (sneer) return void hits.push({ sentence: i, why: `'${sneer.text}' sneers at patients` });
    if (SNEER_EMOJI.test(t) && aboutPeople) return void hits.push({ sentence: i, why: 'An eye-roll at patients reads as mockery' });
    // Insults and contempt count only when aimed at someone: a named person or organisation.
    const insult = findAll(INSULT, t).find((m: Match) => !negatedBefore(t, m.start, 2));
    const scorn = findAll(SCORN, t).find((m: Match) => !negatedBefore(t, m.start, 2));
    const previous = s[i - 1]?.text ?? '';
    if (insult && named(t, t.slice(0, insult.start), true, previous)) {
      hits.push({ sentence: i, why: `'${insult.text}' attacks a named person or organisation, which could be defamatory` });
    } else if (scorn && named(t, t.slice(0, scorn.start), false, previous)) {
      hits.push({ sentence: i, why: `'${scorn.text}' attacks a named person or organisation, which could be defamatory` });
    }
  });
  return hits;
}

export default defineRule<Hit[]>({
  id: 'professionalism',
  title: 'No mocking patients or attacking colleagues',
  severity: 'warning',
  rationale: 'Mocking patients, even unnamed ones, damages the public\u2019s trust in doctors, and insults aimed at named people or organisations can be defamatory. Criticise policies and evidence, not people.',
  guidance: { uk: [Q.gmcSm14, Q.gmcSm15, Q.bmaDefamation, Q.gmp81], ie: [Q.mpTrust], us: [Q.amaReputation] },
  scan,
  report(block, hits) {
    return hits.map((hit) => {
      const s = block.sentences[hit.sentence];
      return { ...block.toSource(s.start, s.end), message: hit.why };
    });
  },
});
