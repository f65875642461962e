// Who or what a remark is aimed at, read from its sentence: a group of people (by religion,
// ethnicity or origin), patients, colleagues, a named person, the reader, people in general, or a
// policy or institution (which a doctor may criticise freely). Word lists find the domain's nouns;
// compromise, asked only about sentences a cheaper pass has already picked out, finds nationalities,
// countries and people's names, which no list here could keep up with.
import { COLLEAGUE_NOUNS, PATIENT_NOUNS, PEOPLE_NOUNS, POLICY_NOUNS, PROTECTED_GROUPS } from '../lexicons/groups.js';
import { TITLED_NAME } from '../lexicons/roles.js';
import { groupsAndNames } from '../util/nlp.js';
import { findAll, wordList } from '../util/patterns.js';

export type Target = 'group' | 'patient' | 'colleague' | 'named' | 'you' | 'people' | 'them' | 'policy' | 'self';

const GROUP = wordList(PROTECTED_GROUPS);
const PATIENT = wordList(PATIENT_NOUNS);
const COLLEAGUE = wordList(COLLEAGUE_NOUNS);
const POLICY = wordList(POLICY_NOUNS);
const PEOPLE = wordList(PEOPLE_NOUNS);
/**
 * A patient named by where they lie, as a ward does: "bed 12", "bay 4", "cubicle 3B"; or as a crew
 * does: "the one in the back of the ambulance".
 */
const BED = /\b(?:bed|bay|cubicle|cubie|side[ \t]?room|resus|majors|minors)[ \t]*\d{1,2}[A-Za-z]?\b|\bin[ \t]+the[ \t]+back[ \t]+of[ \t]+(?:the|my|our)[ \t]+(?:ambulance|truck|rig|bus)\b/gi;
const HANDLE = /(?:^|[^\w@])@[A-Za-z0-9_.]{2,}/;
/** A name with the office it holds: "Minister Hallam", "Senator Ruiz", "Cllr Patel". */
const OFFICE_NAME = /\b(?:Minister|Secretary|Senator|Congressman|Congresswoman|Councillor|Cllr|Sir|Lord|Baroness|Judge|President|Governor|Chancellor|Bishop|Rev(?:erend)?|Taoiseach|Tánaiste|Deputy|MP)\.?[ \t]+\p{Lu}[\p{L}'’-]+/gu;
const YOU = /\b(?:you|your|you['’]re|ya|u|yourself|yourselves)\b/i;
const THEM = /\b(?:they|them|their|these|those|this[ \t]+lot|that[ \t]+lot|he|she|him|her|his)\b/i;
const SELF = /\b(?:I|me|myself|I['’]m)\b/;
/**
 * "Hunt you are …", "… suffer Hunt!", "the HUNT family": a capitalised surname said to someone, not
 * at the start of the sentence, which compromise can miss (it reads "Hunt" as a verb).
 */
const ADDRESSED = /(?<=\S[ \t,]{1,3})(\p{Lu}\p{Ll}{2,}|\p{Lu}{3,})(?=[ \t]+you[ \t]+(?:are|were)\b|[ \t]*!+$|[ \t]+family\b)|^(\p{Lu}\p{Ll}{2,})(?=,?[ \t]+you[ \t]+(?:are|were)\b)/u;
/** Capitalised words at a sentence's start or in a title are not names. */
const NOT_A_NAME = /^(?:I|The|A|An|It|This|That|These|Those|He|She|They|We|You|My|Our|Your|His|Her|Their|Dear|Please|Sorry|Remember|Keep|Never|Today|Yesterday|OMG|And|But|So|If|What|When|Why|How|Who|Where|Well|Yes|No|Not|Just|Santa|God|Lord|NHS|GP|ICU|ED|A&E|OR)$/;

export interface Targets {
  kinds: Set<Target>;
  /** The words that named the targets, for a finding's message. */
  words: string[];
}

/**
 * The targets a sentence names. `deep` asks compromise too (names, nationalities, countries); callers
 * pass it only for sentences that already hold a candidate.
 */
export function targetsOf(text: string, deep: boolean): Targets {
  const kinds = new Set<Target>();
  const words: string[] = [];
  const add = (kind: Target, found: { text: string }[]) => {
    if (found.length === 0) return;
    kinds.add(kind);
    words.push(...found.map((f) => f.text));
  };
  add('group', findAll(GROUP, text));
  add('patient', findAll(PATIENT, text));
  add('patient', findAll(BED, text));
  add('colleague', findAll(COLLEAGUE, text));
  add('policy', findAll(POLICY, text));
  add('people', findAll(PEOPLE, text));
  add('named', findAll(TITLED_NAME, text));
  add('named', findAll(OFFICE_NAME, text));
  if (HANDLE.test(text)) kinds.add('named');
  if (YOU.test(text)) kinds.add('you');
  if (THEM.test(text)) kinds.add('them');
  if (SELF.test(text)) kinds.add('self');
  const a = ADDRESSED.exec(text);
  const addressed = a?.[1] ?? a?.[2];
  if (addressed && !NOT_A_NAME.test(addressed)) add('named', [{ text: addressed }]);
  if (deep) {
    const found = groupsAndNames(text);
    add('group', found.groups.map((t) => ({ text: t })));
    add('named', found.names.filter((n) => !NOT_A_NAME.test(n)).map((t) => ({ text: t })));
  }
  return { kinds, words: [...new Set(words)] };
}
