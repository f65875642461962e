// professionalism: mocking or demeaning patients, contempt for people for who they are, wishing
// harm on anyone, or attacking colleagues and named people (GMC social media guidance 14-15; Good
// medical practice 81). A sentence is judged by what it does: a candidate (a slur, a swear word, a
// wish of harm, an insult, a sweeping trait) becomes a finding only from its context: whom it is aimed
// at (patients, a group of people, colleagues, a named person, the reader, or a policy) and how it is
// held (negated, quoted, reported, asked). Frustration with no target is left alone.
import { Q } from './guidance.js';
import { targetsOf, type Target, type Targets } from './context/targets.js';
import { mentioned, negatedAt, questioned, reported, shouted } from './context/stance.js';
import {
  ATROCITY, CHEER, CONTEMPT, DEHUMANISING, EXPEL, FOUL, GAME, GORE, GROUP_TRAITS, HARM, INSULTS, META_TALK, MOCKERY, MORE_CONTEMPT, NICKNAME, NO_LOSS,
  RELISH, SARCASM,
  MOCK_SURPRISE, DISGUST_EMOJI, PILE_ON, SEXUALISED, PATIENT_GROUPS, PAYBACK, PRIVILEGE, PROVOKED, PATIENT_SLURS, PATIENT_SNEERS, PRIMITIVE_ORIGIN, SCARE_QUOTED, SNEER_EMOJI, TAXES_SPENT, WISH,
  ACCENT_MOCKED, BLAME_IF, CLINICAL_LIKENESS, DESERVED, MOCK_CONGRATULATIONS, MOCK_CROWN, DIM, FAKED_ILLNESS, FATTY, PERSON_AFTER, LAUGHED_AT, LIKE_AN_ANIMAL, LOOKS_RANKED, MORE_PATIENT_SLURS, PUTDOWNS, RATING,
  SCARE_QUOTED_ILLNESS, SILENCE_OR_ROT, UNFIT_TO_BREED, WASTED_SARCASM, FOOD_SNEER, VEGETABLE, NO_AMOUNT, CRISIS_OR_BODY,
} from './lexicons/derogatory.js';
import { PATIENT_CONTEXT } from './lexicons/identifiers.js';
import { WORK_SETTINGS } from './lexicons/workplace.js';
import { fires, logit, modelFor, probability, type Model } from './scoring.js';
import { defineRule, type Block } from './types.js';
import { findAll, first, has, hashtagForms, wordList, type Match } from './util/patterns.js';
import { profanities, type Profanity } from './util/profanity.js';
import { andList } from './util/words.js';
import { onWarmUp, sampleBlock } from './util/warm.js';
import { fastRegExp } from './util/fast-regexp.js';

export type Kind =
  | 'patientSlur' | 'mockery' | 'sneer' | 'eyeRoll' | 'insult' | 'contempt' | 'identitySlur' | 'swearInsult' | 'swear'
  | 'harm' | 'dehumanising' | 'expel' | 'noLoss' | 'foul' | 'game' | 'trait' | 'sarcasm' | 'nickname' | 'atrocity' | 'resentment' | 'payback' | 'privilege'
  | 'putdown' | 'disbelief' | 'ridicule' | 'blame' | 'unfit' | 'denial' | 'laughedAt' | 'disgust' | 'sexualised' | 'pileOn';

const SLURS = wordList([...PATIENT_SLURS, ...MORE_PATIENT_SLURS, ...hashtagForms([...PATIENT_SLURS, ...MORE_PATIENT_SLURS])]);
const PUTDOWN = wordList(PUTDOWNS);
const INSULT = wordList(INSULTS);
const SCORN = wordList([...CONTEMPT, ...MORE_CONTEMPT]);
const SNEERS = wordList(PATIENT_SNEERS);
const ANIMALS = wordList(DEHUMANISING);
const TRAITS = wordList(GROUP_TRAITS);
const WORK = fastRegExp(wordList([...WORK_SETTINGS, 'call', 'calls', 'callout', 'shift', 'on call']));
/** Abbreviations for places of work, in capitals only ("OR", not "or"). */
const WORK_ABBREVIATIONS = /\b(?:OR|ICU|ED|ER|PICU|NICU)\b/;
/** "those monkeys", "you animals", "bunch of …": a word for people put straight onto them. */
const POINTED_AT = fastRegExp(/(?:\b(?:this|that|those|these|them|you|such|bunch[ \t]+of|pack[ \t]+of|load[ \t]+of|lot[ \t]+of)[ \t]+(?:[\p{L}-]+[ \t]+)?)$/iu);
/**
 * "treated like animals", "moved like cattle": a comparison made on someone's behalf, of what is
 * done to them, not an insult. "live like pigs" likens the people themselves (LIKENED).
 */
const SIMILE = fastRegExp(/\b(?:treat(?:s|ed|ing)?|mov(?:e|es|ed|ing)|herd(?:s|ed|ing)?|handl(?:e|es|ed|ing)|process(?:es|ed|ing)?|ship(?:s|ped|ping)?|stack(?:s|ed|ing)?|left|kept|pack(?:s|ed|ing)?|cram(?:s|med|ming)?|shunt(?:s|ed|ing)?|pen(?:s|ned|ning)?|queu(?:e|es|ed|ing)|lin(?:e|ed)[ \t]+up|dump(?:s|ed|ing)?|fed|caged|talked[ \t]+to|spoken[ \t]+to)[ \t]+(?:[\p{L}\p{N}'’-]+[ \t]+){0,6}?(?:like|as[ \t]+if[ \t]+(?:they|we)[ \t]+(?:were|are))[ \t]+(?:\p{L}+[ \t]+)?$/iu);
/** Words for animals that a post may also mean as animals. */
const LITERAL_ANIMALS = /^(?:pigs|sheep|lemmings|parasites|worms)$/i;
const LIKENED = fastRegExp(/\b(?:like|as[ \t]+if[ \t]+(?:they|we)[ \t]+(?:were|are))[ \t]+(?:\p{L}+[ \t]+)?$/iu);
/** "the whole lot of them", "every last one of them": a remark made of a whole group at once. */
const SWEEPING = fastRegExp(/\b(?:the[ \t]+(?:whole[ \t]+)?lot[ \t]+of[ \t]+(?:them|you|['’]em)|every[ \t]+(?:last[ \t]+|single[ \t]+)?one[ \t]+of[ \t]+(?:them|you)|all[ \t]+of[ \t]+them|the[ \t]+whole[ \t]+lot)\b/iu);
/** "I'd never call a patient a time-waster": a word disowned, not used. */
const DISOWNED = fastRegExp(/\b(?:never|not|n['’]t|no[ \t]+longer|refuse[ \t]+to|stop(?:ped)?)[ \t]+(?:[\p{L}'’]+[ \t]+){0,2}?(?:call(?:ing)?|label(?:l?ing)?|refer(?:ring)?[ \t]+to|describ(?:e|ing)|think(?:ing)?[ \t]+of)\b/iu);
/** "… should be horsewhipped": punishment called for, the modal standing right before the harm. */
const CALLED_FOR = /\b(?:should|ought[ \t]+to|needs?[ \t]+to|deserves?[ \t]+to)[ \t]+be[ \t]+$/i;
/** "… for all I care": indifference said after the harm, which wishes it as plainly. */
const INDIFFERENT = /\bfor[ \t]+all[ \t]+(?:I|we)[ \t]+care\b|\b(?:I|we)[ \t]+(?:couldn['’]t|could[ \t]+not|don['’]t)[ \t]+care[ \t]+less\b/i;
/** "Someone gag her": a harm asked of anyone, which wishes it as plainly as "please". */
const CALLED_BY_ANYONE = /^(?:someone|somebody|anyone)\b/i;
/** A laugh in words or emoji (CHEER without the football chants). */
const LAUGH = fastRegExp(/\b(?:lo+l|lmf?ao|rofl|ha(?:ha)+|hehe+)\b|😂|🤣|😆|😹|💀/u);
const IF_EVER = /\bif[ \t]+(?:I|we)[ \t]+ever[ \t]+(?:meet|see|catch|get[ \t]+hold[ \t]+of)\b/i;
const EAGER = /\b(?:can['’]?t|cannot)[ \t]+wait\b/gi;
/** The readers counted: "2 million of you", "half of you", "so many of you". */
const AUDIENCE = /\b(?:millions?|thousands?|hundreds?|\d[\d,.]{0,12}(?:[ \t]?(?:million|k|m))?|half|many|lots|loads|most|some)[ \t]+of[ \t]+you\b/i;
/** "Someone please code", "happy to let them bleed out": the harm carries its own wish. */
const WISHED_IN_IT = /\bplease\b|^(?:happy|glad|tempted|content)\b/i;
const SILENCED = /\b(?:gag|slap|smother|muzzle|throttle|strangle|shut)\b/i;
/** Words for patients right after a contest or a rating: the game is played on them. */
const PLAYED_ON = fastRegExp(/^.{0,30}?\b(?:patients?|customers|punters|drunks|attenders|regulars|frequent[ \t]+flyers?|admissions?|referrals?|calls?|excuses?)\b/i);
/** At most this many words, a sentence is a fragment that carries on the topic before it. */
const FRAGMENT_WORDS = 6;
/** A wish needs to stand close before the harm it wishes, in the same clause. */
const CLAUSE_BREAK = /[.;:!?]|\bbut\b/;

/** A candidate: its trigger (prose offsets of the block), what kind it is, and the features that score it. */
export interface Hit extends Match {
  sentence: number;
  kind: Kind;
  features: string[];
  /** Words that named the target, for the message. */
  targets: string[];
}

/**
 * Hand-set weights (log-odds; a finding needs probability >= threshold). Some triggers stand alone
 * (a slur at patients, a nickname); most need a target: a wish of harm aimed at anyone, contempt
 * aimed at a person or a group, a sweeping trait said of a group. Policy as the target, negation,
 * quotation and reporting someone else's words take a candidate back down.
 */
export const HAND: Model = {
  bias: -3,
  threshold: 0.5,
  weights: {
    'kind:patientSlur': 5, 'kind:mockery': 5, 'kind:sneer': 1.5, 'kind:eyeRoll': 1.5, 'kind:insult': 0.5, 'kind:contempt': 0,
    'kind:identitySlur': 5, 'kind:swearInsult': 1, 'kind:swear': -1, 'kind:harm': -2, 'kind:dehumanising': 1.5,
    'kind:expel': 2, 'kind:noLoss': 2, 'kind:foul': 0.5, 'kind:game': 1, 'kind:trait': -0.5, 'kind:sarcasm': 1.5, 'kind:nickname': 1.5, 'kind:atrocity': 2.5, 'kind:resentment': 0.5, 'kind:privilege': 0.5, 'kind:payback': 0, 'provoked': 3,
    'kind:putdown': 2.5, 'kind:disbelief': 2, 'kind:ridicule': 2, 'kind:blame': 2, 'kind:unfit': 2.5, 'kind:denial': 3.5, 'kind:laughedAt': -1, 'kind:disgust': 0.5, 'kind:sexualised': 1.5, 'kind:pileOn': 3, 'clinical': -6,
    'target:group': 3, 'target:patient': 1.5, 'target:colleague': 2.5, 'target:named': 3, 'target:you': 2,
    'target:them': 1, 'target:people': 1, 'target:policy': -1.5, 'near:group': 2, 'near:patient': 1, 'near:colleague': 2,
    'aimed': 1, 'pointed': 2, 'simile': -3, 'likened': 1, 'sweeping': 1.5, 'literal': -6, 'wish': 3.5, 'cheer': 4, 'relish': 4.5, 'imperative': 3, 'dense': 3.5, 'patientContext': 1.5, 'workContext': 1.5,
    'elsewhere': -3, 'ofSelf': -8, 'negated': -6, 'mentioned': -6, 'reported': -4, 'question': -0.5, 'shouted': 0.5,
  },
};

/** Kinds that need a person or group as their target to count. */
const NEEDS_TARGET = new Set<Kind>(['insult', 'contempt', 'swearInsult', 'swear', 'harm', 'dehumanising', 'expel', 'foul', 'trait', 'atrocity', 'resentment', 'privilege',
  'putdown', 'disbelief', 'ridicule', 'blame', 'unfit', 'laughedAt', 'disgust']);
/** Targets that are people, most specific first. */
const PERSON: readonly Target[] = ['group', 'named', 'colleague', 'patient', 'you', 'them', 'people'];
const SETTING_KINDS = new Set<Kind>(['sneer', 'eyeRoll', 'game', 'foul', 'harm', 'sarcasm', 'nickname', 'dehumanising', 'disgust', 'sexualised']);
/** Kinds that stand alone: their target is in the word itself, or the patients around them. */
const STANDS_ALONE = new Set<Kind>(['patientSlur', 'mockery', 'identitySlur', 'eyeRoll', 'sarcasm', 'nickname', 'denial', 'sexualised', 'pileOn']);
/** Targets compromise could only repeat: a group or a named person already found. */
const SPECIFIC: readonly Target[] = ['group', 'named'];
/** Any wish, cheer or plea in a sentence: without one, harm in it is not wished. */
const HARM_STANCE = fastRegExp(new RegExp(`${WISH.source}|${CHEER.source}`, 'iu'));
const SAID_OF_SELF = /\bI(?:['’]m|[ \t]+am|[ \t]+was|[ \t]+feel|[ \t]+felt)[ \t]+(?:(?:so|such|a|an|the|now|officially|basically|literally|completely|totally|really|utterly|absolutely|just|the[ \t]+most)[ \t]+){0,3}$/i;
/** Targets an eye-roll at patients names, and those that put it on someone or something else. */
const AT_PATIENTS: readonly Target[] = ['patient', 'group', 'people', 'them', 'you'];
const ELSEWHERE: readonly Target[] = ['self', 'colleague', 'named', 'policy'];
/** Whom disgust in emoji can be at, for it to count. */
const DISGUSTED_AT: ReadonlySet<Target> = new Set<Target>(['patient', 'group', 'people', 'them']);
/** Kinds that are words for a person, so "those …", "you …" put them on someone. */
const POINTED_KINDS = new Set<Kind>(['dehumanising', 'insult', 'contempt', 'swearInsult', 'swear', 'trait', 'foul', 'putdown']);

/**
 * A word of contempt used for something other than a person: "shameless plug" (the writer's own
 * cheek, owned up to), "a joke about patients" (the act of joking, not calling anyone a joke).
 */
function namesNoOne(m: Match, after: string): boolean {
  if (/^shameless$/i.test(m.text)) return /^[ \t]+(?:self-?)?(?:plug|promo|promotion)\b/i.test(after);
  if (/^joke$/i.test(m.text)) return /^[ \t]+(?:about|at|on)\b/i.test(after);
  return false;
}

function candidatesOf(t: string, swears: Profanity[], laughing: boolean): { m: Match; kind: Kind }[] {
  const out: { m: Match; kind: Kind }[] = [];
  const add = (kind: Kind, ms: Match[]) => { for (const m of ms) out.push({ m, kind }); };
  add('patientSlur', findAll(SLURS, t));
  // "Mrs Dizzy" mocks a patient; "Miss Fit Skinny Tea" is a brand (a capital follows).
  add('mockery', findAll(MOCKERY, t).filter((m) => !(/^(?:Mr|Mrs|Miss|Ms)\b/.test(m.text) && /^[ \t]+\p{Lu}/u.test(t.slice(m.end)))));
  add('sneer', findAll(SNEERS, t));
  add('sneer', findAll(MOCK_SURPRISE, t));
  // Taxes said to go to something in scare quotes: a sneer at whoever the sentence says gets them.
  add('payback', findAll(PAYBACK, t));
  add('privilege', findAll(PRIVILEGE, t));
  add('resentment', findAll(TAXES_SPENT, t).filter((m) => SCARE_QUOTED.test(t.slice(m.end))));
  const roll = first(SNEER_EMOJI, t);
  if (roll) out.push({ m: roll, kind: 'eyeRoll' });
  const disgust = first(DISGUST_EMOJI, t);
  if (disgust) out.push({ m: disgust, kind: 'disgust' });
  add('sexualised', findAll(SEXUALISED, t));
  add('pileOn', findAll(PILE_ON, t));
  add('insult', findAll(INSULT, t));
  add('contempt', findAll(SCORN, t).filter((m) => !namesNoOne(m, t.slice(m.end))));
  for (const p of swears) out.push({ m: p, kind: p.kind === 'slur' ? 'identitySlur' : p.insult ? 'swearInsult' : 'swear' });
  add('harm', findAll(HARM, t));
  add('dehumanising', findAll(ANIMALS, t));
  add('dehumanising', findAll(PRIMITIVE_ORIGIN, t));
  add('atrocity', findAll(ATROCITY, t));
  add('expel', findAll(EXPEL, t));
  add('noLoss', findAll(NO_LOSS, t));
  add('foul', findAll(FOUL, t));
  add('game', findAll(GAME, t));
  add('trait', findAll(TRAITS, t));
  add('putdown', [...findAll(PUTDOWN, t), ...findAll(DIM, t), ...findAll(FATTY, t), ...findAll(VEGETABLE, t)]);
  add('sneer', findAll(FOOD_SNEER, t));
  add('denial', findAll(NO_AMOUNT, t));
  // A crisis or a body is a candidate only with a laugh beside it; the laugh is read as 'cheer'.
  if (laughing) add('laughedAt', findAll(CRISIS_OR_BODY, t));
  add('disbelief', [...findAll(SCARE_QUOTED_ILLNESS, t), ...findAll(FAKED_ILLNESS, t)]);
  // Laughing at a joke or a trick is not laughing at a person: one must follow ("at him", "at the man").
  add('ridicule', findAll(LAUGHED_AT, t).filter((m) => /(?:him|her|them)$/i.test(m.text) || PERSON_AFTER.test(t.slice(m.end))));
  add('blame', [...findAll(DESERVED, t), ...findAll(BLAME_IF, t)]);
  add('ridicule', findAll(ACCENT_MOCKED, t));
  add('unfit', findAll(UNFIT_TO_BREED, t));
  add('dehumanising', findAll(LIKE_AN_ANIMAL, t));
  add('harm', findAll(SILENCE_OR_ROT, t));
  add('game', findAll(RATING, t));
  add('mockery', findAll(LOOKS_RANKED, t));
  if (MOCK_CROWN.test(t)) add('sarcasm', findAll(MOCK_CONGRATULATIONS, t));
  for (const [re, kind] of [[SARCASM, 'sarcasm'], [WASTED_SARCASM, 'sarcasm'], [NICKNAME, 'nickname']] as const) {
    const m = first(re, t);
    if (m) out.push({ m, kind });
  }
  return out;
}

/**
 * The candidates of a block. compromise (names, nationalities, countries) costs a millisecond or two
 * a sentence, so with `deep` 'when-it-matters' it is asked only where the word lists found no
 * specific target and a better target could still turn a candidate into a finding under the model in
 * use; `npm run train` asks it 'always', to learn from every feature.
 */
export function candidates(block: Block, deep: 'always' | 'when-it-matters'): Hit[] {
  const hits: Hit[] = [];
  const s = block.sentences;
  // The block speaks of patients or people at work: the setting a sneer or a game needs.
  const aboutPeople = PATIENT_GROUPS.test(block.prose) || has(PATIENT_CONTEXT, block.prose);
  WORK.lastIndex = 0;
  const atWork = WORK.test(block.prose) || WORK_ABBREVIATIONS.test(block.prose);
  // Gore beside words of delight anywhere in the block ("one of my favourites"): violence relished.
  const relish = has(RELISH, block.prose);
  // One pass of the profanity matcher over the block, shared out to its sentences.
  const swears = profanities(block.prose);
  s.forEach((sentence, i) => {
    const t = sentence.text;
    // A mask can hold a sentence mark ("sh!tbags"), so a word is its starting sentence's, cut at its end.
    const mine = swears.filter((p) => p.start >= sentence.start && p.start < sentence.end)
      .map((p) => ({ ...p, start: p.start - sentence.start, end: Math.min(p.end, sentence.end) - sentence.start }));
    // Harm named with no wish, call to act or cheer in its sentence is news, not a threat: dropped
    // before any target is looked for.
    const relished = (m: Match) => relish && GORE.test(m.text);
    // A laugh often closes the story in a sentence of its own ("… in a bathtub! What a night 😂").
    const laughing = LAUGH.test(t) || (s[i + 1] !== undefined && s[i + 1].text.trim().split(/\s+/).length <= FRAGMENT_WORDS && LAUGH.test(s[i + 1].text));
    const found = candidatesOf(t, mine, laughing).filter(({ m, kind }) => kind !== 'harm' || HARM_STANCE.test(t) || relished(m) || WISHED_IN_IT.test(m.text) || /^[\s\p{P}]*$/u.test(t.slice(0, m.start))
      || CALLED_FOR.test(t.slice(0, m.start)) || CALLED_BY_ANYONE.test(m.text));
    if (found.length === 0) return; // most sentences: no compromise, no features
    const needsTarget = found.some(({ kind }) => !STANDS_ALONE.has(kind));
    const around = `${s[i - 1]?.text ?? ''} ${s[i + 1]?.text ?? ''}`;
    /**
     * The targets of the sentences either side. A sentence between that names no one carries the
     * topic on: in "Far too many X in town. More than last year. Filthy." the last word is still said
     * of X, so then the sentences two away are read too.
     */
    const nearOf = (deep: boolean): Targets => {
      const near = targetsOf(around, deep);
      if (PERSON.some((k) => near.kinds.has(k))) return near;
      // Only through a short fragment ("More than last year."): a full sentence between has a topic of its own.
      const short = (k: number) => s[k] !== undefined && s[k].text.trim().split(/\s+/).length <= FRAGMENT_WORDS;
      const further = [short(i - 1) ? s[i - 2]?.text : undefined, short(i + 1) ? s[i + 2]?.text : undefined].filter(Boolean);
      return further.length ? targetsOf(`${around} ${further.join(' ')}`, deep) : near;
    };
    /** The sentence's candidates with these targets, and the features of those left with none. */
    const read = (own: Targets, near: Targets | undefined): { hits: Hit[]; untargeted: string[][] } => {
      const hits: Hit[] = [];
      const untargeted: string[][] = [];
      const pointedPerson = found.some(({ m, kind }) => (kind === 'insult' || kind === 'swearInsult' || kind === 'dehumanising') && POINTED_AT.test(t.slice(0, m.start)));
      const contempt = found.filter((f) => f.kind === 'contempt' || f.kind === 'insult' || f.kind === 'trait' || f.kind === 'swearInsult').length;
      for (const { m, kind } of found) {
        const f = [`kind:${kind}`];
        // An emoji often ends a sentence the segmenter ran on into the next ("… mysterious 🙃 Botox
        // is …"): then it is about the words before it.
        const mine = kind === 'eyeRoll' ? rolledAt(t, m, own) : own;
        // One target, the most specific the sentence names; a policy named beside it is read too. An
        // insult pointed at someone ("that charlatan") names a person the sentence's harm can be aimed at.
        const person = PERSON.find((k) => mine.kinds.has(k)) ?? (pointedPerson ? 'them' : undefined);
        // An eye-roll at an audience counted ("2 million of you have seen it 🙃") is at the readers.
        // Disgust counts at patients or people around it; at "you" it is at the reader's own bug or mess
        // ("norovirus season 🤢 … until you've been free of vomiting"), and a name may be a thing's ("Theatre coffee").
        const primary = (kind === 'eyeRoll' && person === 'you' && AUDIENCE.test(t)) || (kind === 'disgust' && !(person && DISGUSTED_AT.has(person))) ? undefined : person;
        if (primary) f.push(`target:${primary}`);
        else if (near?.kinds.has('group')) f.push('near:group');
        else if (near?.kinds.has('patient')) f.push('near:patient');
        // "The consultant on last night told me … How is this clown still on the register?"
        else if (near?.kinds.has('colleague')) f.push('near:colleague');
        // A policy counts as the target only when no person is named beside it.
        if (!primary && own.kinds.has('policy')) f.push('target:policy');
        // Contempt set right beside the people it is about: "criminal physician", "brainwashed muslims".
        if ([...own.words, ...PRONOUNS].some((w) => aimedAt(t, m, w, kind === 'trait' && VERB_TRAIT.test(m.text)))) f.push('aimed');
        const before = t.slice(0, m.start);
        // "you idiots" is said to someone; "thinking you are lazy" is a fear voiced, not a word aimed.
        // ("I'm such a drama queen" points the word at the writer: see 'elsewhere' below.)
        const ofSelf = (POINTED_KINDS.has(kind) || kind === 'patientSlur') && SAID_OF_SELF.test(t.slice(Math.max(0, m.start - 40), m.start));
        if (POINTED_KINDS.has(kind) && POINTED_AT.test(before) && !FELT.test(before.slice(-30)) && !ofSelf) f.push('pointed');
        if (SIMILE.test(before)) f.push('simile');
        else if (LIKENED.test(before)) f.push('likened');
        if (POINTED_KINDS.has(kind) && SWEEPING.test(t)) f.push('sweeping');
        // "pigs or poultry" on a farm are animals; said of people ("live like pigs", "gullible sheep") they are not.
        if (kind === 'dehumanising' && LITERAL_ANIMALS.test(m.text) && !f.some((x) => x === 'pointed' || x === 'likened' || x === 'sweeping')
          && ![...own.words, ...PRONOUNS].some((w) => aimedAt(t, m, w))) f.push('literal');
        if (kind === 'harm') {
          // "someone please code": the harm names its own victim and its own wish.
          if (/^(?:someone|somebody|anyone|a[ \t]+patient)\b/i.test(m.text)) f.push('target:patient');
          if (WISHED_IN_IT.test(m.text) || (CALLED_BY_ANYONE.test(m.text) && SILENCED.test(m.text))) f.push('wish');
        }
        if (kind === 'dehumanising' && /^like\b/i.test(m.text)) {
          // "Built like a hippo" likens the person; "a waddling gait, like a penguin" describes a sign.
          f.push('likened');
          if (CLINICAL_LIKENESS.test(t)) f.push('clinical');
        }
        // "Scores out of ten for tonight's drunks": the game is aimed at the patients it names.
        if (kind === 'game' && PLAYED_ON.test(t.slice(m.end))) f.push('aimed');
        // A game is about patients or it is not about anyone: the reader asked to play is no target.
        if (kind === 'game') for (let k = f.length - 1; k >= 0; k--) if (/^target:(?!patient)/.test(f[k])) f.splice(k, 1);
        // "Biggest call of the week": a contest whose prize is a patient names its own target.
        if (kind === 'game' && /\b(?:call|patient|attender|admission|referral|excuse)\b/i.test(t.slice(m.start, m.end + 30)) && !primary) f.push('target:patient');
        if (kind === 'harm') {
          const clause = before.split(CLAUSE_BREAK).pop() ?? '';
          // A wish stands just before the harm, or an indifference after it ("… for all I care").
          // "If I ever meet him, he's getting …": a threat's condition opens its clause.
          if (WISH.test(clause.split(/\s+/).slice(-10).join(' ')) || INDIFFERENT.test(t.slice(m.end).split(CLAUSE_BREAK)[0]) || CALLED_FOR.test(clause) || IF_EVER.test(clause)) f.push('wish');
          if (/^[\s\p{P}]*$/u.test(before) && !/^(?:died|dies|suffered|killed|shot)\b/i.test(m.text)) f.push('imperative');
          if (relished(m)) f.push('relish');
        }
        // A procedure repeated on a patient, told right after the patient mocked the writer: payback.
        if (kind === 'payback' && PROVOKED.test(block.prose.slice(Math.max(0, sentence.start - 300), sentence.start))) f.push('provoked');
        if (CHEER.test(t) || (kind === 'laughedAt' && laughing)) f.push('cheer');
        if (contempt >= 3) f.push('dense');
        // An eye-roll at the writer ("that's not me being mysterious 🙃"), a colleague's claim or a
        // policy is not one at patients, whoever the rest of the block speaks of.
        if (kind === 'eyeRoll' && !AT_PATIENTS.some((k) => mine.kinds.has(k)) && ELSEWHERE.some((k) => mine.kinds.has(k))) f.push('elsewhere');
        // "I'm hopeless at replying", "I was such a fool", "I am now the frequent flyer at my own GP":
        // a word the writer says of themselves.
        if (ofSelf) f.push('ofSelf');
        // A sneer, an eye-roll, a game or a wish of harm needs patients or work around it to be about them.
        if (SETTING_KINDS.has(kind) && aboutPeople) f.push('patientContext');
        if (SETTING_KINDS.has(kind) && atWork) f.push('workContext');
        // Talking about a word ("I hate the term …") is not using it; the comment on the word often
        // comes in the sentence before or after.
        // (Payback follows what the patient called the writer: that is its provocation, not talk about a word.)
        // (An illness in scare quotes is quoted on purpose: only talk about the word takes it back.)
        const quotedOrMeta = kind !== 'identitySlur' && ((kind === 'disbelief' ? META_TALK.test(t) : mentioned(t, m.start, m.end)) || (kind !== 'payback' && (META_TALK.test(s[i - 1]?.text ?? '') || META_TALK.test(s[i + 1]?.text ?? ''))));
        // "I hope no patient has to suffer": a wish of harm can be negated further back, in its subject.
        // ("Can't wait for the day …" is eagerness, not a negation.)
        const unhedged = kind === 'harm' ? t.replace(EAGER, (x) => ' '.repeat(x.length)) : t;
        // ("No one with cirrhosis deserves …": a blame is negated in its subject, as a wish of harm is.)
        if (negatedAt(unhedged, m.start, m.end, kind === 'harm' || kind === 'blame' ? 6 : 2) || DISOWNED.test(t.slice(0, m.start))) f.push('negated');
        if (quotedOrMeta) f.push('mentioned');
        if (reported(t, m.start)) f.push('reported');
        if (questioned(t)) f.push('question');
        if (shouted(t)) f.push('shouted');
        // Harm named is not harm wished: a report of a shooting is news, not a threat.
        if (kind === 'harm' && !f.some((x) => x === 'wish' || x === 'imperative' || x === 'cheer' || x === 'relish')) continue;
        // A trigger that needs a target and has none, near or far, is frustration: no candidate.
        // People in a post from work: "the animals start arriving" at an emergency department.
        const workPeople = kind === 'dehumanising' && atWork && !f.includes('simile');
        if (NEEDS_TARGET.has(kind) && !workPeople && !PERSON.some((k) => f.includes(`target:${k}`) || near?.kinds.has(k))) {
          untargeted.push(f);
          continue;
        }
        hits.push({ ...m, sentence: i, kind, features: f, targets: own.words.length ? own.words : near?.words ?? [] });
      }
      return { hits, untargeted };
    };
    const shallow = targetsOf(t, false);
    const shallowNear = needsTarget && !PERSON.some((k) => shallow.kinds.has(k)) ? nearOf(false) : undefined;
    let read1 = read(shallow, shallowNear);
    const specific = SPECIFIC.some((k) => shallow.kinds.has(k) || shallowNear?.kinds.has(k));
    if (needsTarget && !specific && (deep === 'always' || couldTurn(read1.hits.map((h) => h.features), read1.untargeted))) {
      const own = targetsOf(t, true);
      read1 = read(own, PERSON.some((k) => own.kinds.has(k)) ? undefined : nearOf(true));
    }
    hits.push(...read1.hits);
  });
  return hits;
}

/** The targets of the words an emoji closes, where a new sentence starts after it; else the sentence's. */
function rolledAt(t: string, m: Match, own: Targets): Targets {
  const before = t.slice(0, m.start);
  if (!/^[ \t]*\p{Lu}/u.test(t.slice(m.end)) || before.trim().split(/\s+/).length < 3) return own;
  // Words before it that name no one ("the tally says 38 🙄") leave it to the sentence and its setting.
  const closed = targetsOf(before, false);
  return closed.kinds.size > 0 ? closed : own;
}

/**
 * Whether naming a target could still turn a candidate into a finding: some candidate of the sentence
 * that does not fire now would, with the strongest target the model weighs.
 */
function couldTurn(targeted: string[][], untargeted: string[][]): boolean {
  const model = modelFor('professionalism', HAND);
  const boost = Math.max(0, ...Object.entries(model.weights).filter(([k]) => k.startsWith('target:') || k.startsWith('near:')).map(([, w]) => w))
    + Math.max(0, model.weights.aimed ?? 0);
  const need = Math.log(model.threshold / (1 - model.threshold));
  // A candidate with no target is no finding yet, however it scores: a target could make it one.
  return targeted.some((f) => logit(model, f) < need && logit(model, f) + boost >= need) || untargeted.some((f) => logit(model, f) + boost >= need);
}

/** The trigger right before its target ("criminal physician"), or the target said to be it ("Māori are … laziest"). */
function aimedAt(t: string, m: Match, target: string, verb = false): boolean {
  const lower = t.toLowerCase(), w = target.toLowerCase();
  const isWord = (at: number) => !/[\p{L}\p{N}]/u.test(lower[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(lower[at + w.length] ?? ' ');
  for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
    if (!isWord(at)) continue;
    if (at >= m.end && BESIDE.test(t.slice(m.end, at))) return true;
    const between = t.slice(at + w.length, m.start);
    if (at + w.length <= m.start && SAID_TO_BE.test(between) && !FELT.test(between) && !FELT.test(t.slice(Math.max(0, at - 24), at))) return true;
    // "Jews control the …": a trait that is a verb, right after the group it is said of.
    if (verb && at + w.length <= m.start && /^[ \t]+$/.test(between)) return true;
  }
  return false;
}
/** Traits that are verbs ("control the", "breed like"): said right after their subject. Not "run the", which praise uses ("the nurses run the place"). */
const VERB_TRAIT = /^(?:control|controls|controlling|breed|take|taking|lie)\b/i;
const BESIDE = /^[ \t]+(?:[\p{L}-]+[ \t]+)?$/u;
/** "X are the laziest", "X on our ward are …", "X, is a gutless …", "they're lazy", "X always end up running": the words said of X. */
const SAID_TO_BE = /^(?:[ \t]+(?:on|in|at|from|of|with)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,2}?[\p{L}'’-]+|[ \t]+(?:I|we|you)(?:['’]ve|[ \t]+have)?[ \t]+(?:ever[ \t]+)?(?:met|known|seen|treated|worked[ \t]+with))?,?[ \t]*(?:(?:are|is|were|was|be)[ \t]+|['’](?:re|s)[ \t]+|(?:always|all|just|only|really|still)[ \t]+)(?:[\p{L}'’-]+[ \t]+){0,3}$/u;
/**
 * Pronouns a remark can be said of ("they're lazy"). Not "you": said to the reader, "you're lazy" is
 * most often the reader's own fear voiced for them ("if you've spent years thinking you're lazy").
 */
const PRONOUNS = ['they', 'he', 'she'];
/** "are feeling hopeless", "think they're stupid": a state felt or a thought, not a judgement of them. */
const FELT = /\b(?:feel(?:s|ing)?|felt|seem(?:s|ed|ing)?|look(?:s|ed|ing)?|think(?:s|ing)?|thought|worr(?:y|ies|ied|ying)|afraid|fear(?:s|ed|ing)?|believ(?:e|es|ed|ing))\b/i;

const DOES: Record<Kind, string> = {
  patientSlur: 'demeans patients', mockery: 'mocks patients', sneer: 'sneers at patients', eyeRoll: 'rolls its eyes at patients',
  insult: 'insults', contempt: 'shows contempt for', identitySlur: 'is a slur against', swearInsult: 'swears at',
  swear: 'swears at', harm: 'wishes harm on', dehumanising: 'calls people animals or dirt:', expel: 'tells people to leave:',
  noLoss: 'counts a death as no loss:', disgust: 'shows disgust at', sexualised: 'sexualises a patient:', pileOn: 'sets readers on a person:',
  putdown: 'puts down', denial: 'sneers at accepting people for who they are', laughedAt: 'makes a joke of', disbelief: 'scoffs at the illness of', ridicule: 'laughs at', blame: 'says an illness is deserved by', unfit: 'says should not have children:', foul: 'insults by smell', game: 'makes patients a game', trait: 'pins a sweeping trait on',
  sarcasm: 'mocks patients with sarcasm', nickname: 'gives a patient a mocking nickname', atrocity: 'accuses a whole people of atrocities:', resentment: 'sneers at what the reader\u2019s taxes give', payback: 'tells a patient\u2019s extra pain as payback', privilege: 'resents what it says is given to',
};

function whom(hit: Hit): string {
  const has = (k: string) => hit.features.includes(`target:${k}`) || hit.features.includes(`near:${k}`);
  const named = hit.targets.length ? ` (${andList(hit.targets.slice(0, 3).map((w) => `'${w}'`))})` : '';
  if (has('group')) return `a group of people${named}`;
  if (has('patient')) return `patients${named}`;
  if (has('colleague')) return `colleagues${named}`;
  if (has('named')) return `a named person${named}`;
  if (has('you')) return 'the person addressed';
  return `people${named}`;
}

const HOW: Record<string, string> = {
  wish: 'said as a wish', imperative: 'said as a call to act', cheer: 'said with a cheer', relish: 'told with relish', dense: 'among a string of insults',
  provoked: 'after the patient mocked you', patientContext: 'in a post about patients', workContext: 'in a post from work', aimed: 'aimed straight at them',
};

function message(hit: Hit): string {
  const standsAlone = !NEEDS_TARGET.has(hit.kind) && hit.kind !== 'identitySlur';
  // A kind that may go without a target ("counts a death as no loss") names one only where found.
  const target = standsAlone && !(hit.kind === 'noLoss' && hit.targets.length) ? '' : ` ${whom(hit)}`;
  const does = target ? DOES[hit.kind] : DOES[hit.kind].replace(/:$/, '');
  const how = hit.features.filter((f) => HOW[f]).map((f) => HOW[f]);
  return `'${hit.text}' ${does}${target}${how.length ? `, ${andList(how)}` : ''}`;
}

export default defineRule<Hit[]>({
  id: 'professionalism',
  title: 'No mocking patients or attacking colleagues',
  severity: 'warning',
  rationale: 'Mocking patients, even unnamed ones, damages the public\u2019s trust in doctors, and insults aimed at named people or organisations can be defamatory. Criticise policies and evidence, not people.',
  guidance: { uk: [Q.gmcSm14, Q.gmcSm15, Q.bmaDefamation, Q.gmp81], ie: [Q.mpTrust], us: [Q.amaReputation] },
  scan: (block) => candidates(block, 'when-it-matters'),
  report(block, hits) {
    const model = modelFor('professionalism', HAND);
    const best = new Map<number, { hit: Hit; p: number }>();
    for (const hit of hits) {
      if (!fires(model, hit.features)) continue;
      const p = probability(model, hit.features);
      const seen = best.get(hit.sentence);
      if (!seen || p > seen.p) best.set(hit.sentence, { hit, p });
    }
    return [...best.values()].map(({ hit }) => {
      const s = block.sentences[hit.sentence];
      return { ...block.toSource(s.start, s.end), message: message(hit) };
    });
  },
});

// Compile the patterns as the language server starts, not inside the first draft's check (see util/warm.ts).
onWarmUp(() => candidates(sampleBlock(), 'when-it-matters'));
