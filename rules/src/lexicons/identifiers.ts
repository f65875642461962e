// Details that, together, can identify a patient (GMC social media guidance, paragraph 19), and the
// words that show a passage is about one real patient. Each identifier has a generalised wording.
export interface IdentifierPattern {
  category: 'age' | 'time' | 'place' | 'hospital' | 'bed' | 'name' | 'date';
  pattern: RegExp;
  /** The generalised wording that replaces the match; '' drops it. */
  generalise: (matched: string) => string;
}

const ageBand = (m: string) => {
  const n = Number(/\d+/.exec(m)?.[0]);
  if (!Number.isFinite(n)) return m;
  if (n < 1) return m.replace(/\d+[- ]?(?:year|yr)s?[- ]?old/i, 'baby');
  if (n < 13) return m.replace(/\d+[- ]?(?:year|yr)s?[- ]?old/i, 'young child');
  if (n < 20) return m.replace(/\d+[- ]?(?:year|yr)s?[- ]?old/i, 'teenage');
  return m.replace(/\d+[- ]?(?:year|yr)s?[- ]?old/i, `${Math.floor(n / 10) * 10}-something`).replace(/\baged[ \t]+\d+/i, `in their ${Math.floor(n / 10) * 10}s`);
};
const recently = (m: string) => (/^[A-Z]/.test(m) ? 'Recently' : 'recently');
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

export const IDENTIFIERS: readonly IdentifierPattern[] = [
  { category: 'age', pattern: /\b\d{1,3}[- ]?(?:year|yr)s?[- ]?old\b|\baged[ \t]+\d{1,3}\b|\b\d{1,3}[ \t]?(?:yo|y\/o)\b/gi, generalise: ageBand },
  { category: 'time', pattern: new RegExp(`\\b(?:yesterday|today|tonight|last[ \\t]+night|this[ \\t]+(?:morning|afternoon|evening)|earlier[ \\t]+today|last[ \\t]+(?:week|${DAYS})|(?:on|this|last)[ \\t]+(?:${DAYS})(?:[ \\t]+(?:night|morning|afternoon|evening))?)\\b(?:['’]s)?`, 'gi'), generalise: (m) => (/['’]s$/.test(m) ? (/^[A-Z]/.test(m) ? 'A recent' : 'a recent') : /^(?:on|this|last)[ \t]+\w+day/i.test(m) && !/^[A-Z]/.test(m) ? 'recently' : recently(m)) },
  { category: 'date', pattern: new RegExp(`\\b(?:on[ \\t]+)?\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:${MONTHS})\\b|\\b(?:on[ \\t]+)?(?:${MONTHS})[ \\t]+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi'), generalise: () => 'recently' },
  { category: 'hospital', pattern: /\b(?:at|in|to|from)?[ \t]*(?:St\.?[ \t]+)?(?:[A-Z][\p{L}'’-]+[ \t]+){1,3}(?:General(?:[ \t]+Hospital)?|Infirmary|Hospital|Royal|Medical[ \t]+Centre|Health[ \t]+Centre|Surgery|Hospice|Care[ \t]+Home)\b/gu, generalise: () => '' },
  { category: 'place', pattern: /\b(?:from|in|near|of)[ \t]+(?!(?:A|An|The|My|Our|His|Her|Their|I|It|Resus|Clinic|England|Wales|Scotland|Ireland|Britain|UK|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\p{L}'’-]+(?:[ \t]+[A-Z][\p{L}'’-]+)?\b/gu, generalise: () => '' },
  { category: 'bed', pattern: /\b(?:bed|bay|cubicle|side[ \t]+room|room)[ \t]+\d{1,3}\b/gi, generalise: (m) => m.replace(/[ \t]+\d+$/, '') },
  { category: 'name', pattern: /\b(?:Mr|Mrs|Ms|Miss|Master)\.?[ \t]+[A-Z][\p{L}'’-]*\b/gu, generalise: () => 'the patient' },
];

/** Occupations: counted as an identifier when they describe the patient ("a retired miner"). */
export const OCCUPATIONS = [
  'farmer', 'teacher', 'headteacher', 'head teacher', 'miner', 'builder', 'plumber', 'electrician', 'lawyer',
  'solicitor', 'barrister', 'judge', 'footballer', 'vicar', 'priest', 'police officer', 'policeman', 'firefighter',
  'pilot', 'chef', 'mp', 'councillor', 'lorry driver', 'taxi driver', 'bus driver', 'postman', 'postwoman',
  'shopkeeper', 'accountant', 'engineer', 'architect', 'journalist', 'actor', 'actress', 'musician', 'singer',
  'dancer', 'athlete', 'soldier', 'veteran', 'fisherman', 'shepherd', 'nurse', 'doctor', 'paramedic',
  'carer', 'hairdresser', 'midwife', 'professor', 'student', 'lecturer', 'mayor', 'scientist', 'vet',
];

/** Words showing a passage is about one particular patient. */
export const PATIENT_CONTEXT = /\b(?:an?[ \t]+\d{1,3}[- ]?(?:year|yr)s?[- ]?old|(?:my|our|a|the|this|today['’]s|yesterday['’]s|last)[ \t]+(?:patient|lady|gentleman|man|woman|chap|boy|girl|baby|child|kid)|(?:your|his|her)[ \t]+(?:son|daughter|wife|husband|mum|dad|mother|father|child|baby|partner|nan|grandad)|came[ \t]+in(?:to)?|brought[ \t]+in|presented|was[ \t]+admitted|admitted[ \t]+(?:him|her)|triaged|I[ \t]+saw|we[ \t]+saw|I[ \t]+treated|we[ \t]+treated|I[ \t]+examined|I[ \t]+looked[ \t]+after|had[ \t]+(?:his|her|their)[ \t]+\w+[ \t]+removed)\b/i;

/** A statement that the story is shared with consent, or is fictional or composite. */
export const CONSENT = /\b(?:(?:shared|published|posted|written|told|used)[^.!?\n]{0,40}\b(?:consent|permission)|with[ \t]+(?:[\p{L}'’]+[ \t]+){0,3}?(?:written|explicit|full|kind|express)?[ \t]*(?:consent|permission)|(?:consent|permission)[ \t]+to[ \t]+(?:share|post|write|publish|tell)|(?:gave|given|has given|agreed)[^.!?\n]{0,30}\b(?:consent|permission)|composite|fictional|fictionalised|fictionalized|made[- ]up|not[ \t]+a[ \t]+real[ \t]+(?:patient|case|person)|details[ \t]+(?:have[ \t]+been[ \t]+|were[ \t]+|are[ \t]+)?(?:changed|altered)|(?:altered|changed)[ \t]+(?:some[ \t]+)?details)\b/iu;
