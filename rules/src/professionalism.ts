// professionalism: mocking or demeaning patients, or attacking named colleagues or organisations,
// undermines trust in the profession (GMC social media guidance 14-15; Good medical practice 81).
import { Q } from './guidance.js';
import { INSULTS, META_TALK, MOCKERY, PATIENT_SLURS, SNEER_EMOJI } from './lexicons/derogatory.js';
import { TITLED_NAME } from './lexicons/roles.js';
import { defineRule, type Block, type RuleFinding } from './types.js';
import { findAll, negatedBefore, quoted, wordList, type Match } from './util/patterns.js';
import { namedTargets } from './util/nlp.js';

const SLURS = wordList(PATIENT_SLURS);
const INSULT = wordList(INSULTS);
const PEOPLE_WORDS = /\b(?:patients?|people|some[ \t]+people|you|they|them|another|punters|families|relatives|parents|mums|dads)\b/i;
const POINTED = /\b(?:he|she|they|you)(?:['’]s|['’]re|[ \t]+is|[ \t]+are|[ \t]+was|[ \t]+were)[ \t]+(?:a|an|the|just|such|nothing[ \t]+but)?/i;

interface Hit { sentence: number; why: string }

function scan(block: Block): Hit[] {
  const hits: Hit[] = [];
  block.sentences.forEach((s, i) => {
    const t = s.text;
    // Talking about a word ("I hate the term 'bed blockers'") is not using it; the comment on the
    // word often comes in the next sentence.
    const meta = [block.sentences[i - 1], s, block.sentences[i + 1]].some((n) => n && META_TALK.test(n.text));
    const slur = findAll(SLURS, t).find((m) => !negatedBefore(t, m.start, 2) && !(meta && quoted(t, m.start, m.end)));
    if (slur) { hits.push({ sentence: i, why: `'${slur.text}' demeans patients` }); return; }
    const mock = findAll(MOCKERY, t)[0];
    if (mock) { hits.push({ sentence: i, why: `'${mock.text}' mocks patients` }); return; }
    if (SNEER_EMOJI.test(t) && PEOPLE_WORDS.test(t) && !meta) {
      hits.push({ sentence: i, why: 'An eye-roll at patients reads as mockery' });
      return;
    }
    const insult = findAll(INSULT, t).find((m: Match) => !negatedBefore(t, m.start, 2));
    if (insult) {
      // Only an insult aimed at someone: a named person or organisation, or "he's a ...".
      const before = t.slice(0, insult.start);
      const named = findAll(TITLED_NAME, t).length > 0 || POINTED.test(before.slice(-40)) || namedTargets(t).length > 0;
      if (named) hits.push({ sentence: i, why: `'${insult.text}' attacks a named person or organisation, which could be defamatory` });
    }
  });
  return hits;
}

export default defineRule<Hit[]>({
  id: 'professionalism',
  title: 'No mocking patients or attacking colleagues',
  severity: 'warning',
  rationale: 'Mocking patients, even unnamed ones, damages the public\u2019s trust in doctors, and insults aimed at named people or organisations can be defamatory. Criticise policies and evidence, not people.',
  guidance: { uk: [Q.gmcSm14, Q.gmcSm15, Q.bmaDefamation, Q.gmp81], ie: [], us: [] },
  scan,
  check({ draft, facts }) {
    const out: RuleFinding[] = [];
    for (const block of draft.blocks) {
      for (const hit of facts(block)) {
        const s = block.sentences[hit.sentence];
        out.push({ ...block.toSource(s.start, s.end), message: hit.why });
      }
    }
    return out;
  },
});
