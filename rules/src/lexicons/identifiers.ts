// Details that, together, can identify a patient (GMC social media guidance, paragraph 19), and the
// words that show a passage is about one real patient. Each identifier has a generalised wording.
import { fastRegExp } from '../util/fast-regexp.js';
export interface IdentifierPattern {
  category: 'age' | 'school' | 'time' | 'place' | 'hospital' | 'bed' | 'name' | 'date' | 'rare';
  pattern: RegExp;
  /** The generalised wording that replaces the match; '' drops it; none when only the writer can reword it. */
  generalise?: (matched: string) => string;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "47", "seven", "forty-two" as a number. */
export function ageNumber(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const [tens, unit] = word.toLowerCase().split(/[- ]/);
  const t = TENS.indexOf(tens);
  if (t >= 0) return (t + 2) * 10 + Math.max(0, NUMBER_WORDS.indexOf(unit ?? 'zero'));
  return NUMBER_WORDS.indexOf(tens);
}
/** An age in digits or words, as a regex source. */
export const AGE_WORD = `(?:\\d{1,3}|(?:${TENS.join('|')})(?:-(?:${NUMBER_WORDS.slice(1, 10).join('|')}))?|${NUMBER_WORDS.slice(1).join('|')})`;
// "aged 65 or over", "aged 2 or 3", "aged 40 to 74", "aged 18+": a band that people fall in (an
// eligibility list, a screening programme), not one person's age.
const NOT_A_RANGE = String.raw`(?![ \t]*(?:[-–+]|(?:or|to|and)[ \t]+(?:over|under|above|below|older|younger|\d)))`;
const SAID_AGE = `(?:he|she)(?:['’]s|[ \\t]+is|[ \\t]+was)[ \\t]+`;

const ageBand = (m: string) => {
  const n = ageNumber(new RegExp(AGE_WORD, 'i').exec(m)?.[0] ?? '');
  if (!(n >= 0)) return m;
  const years = new RegExp(`${AGE_WORD}[- ]?(?:year|yr)s?[- ]?old`, 'i');
  if (years.test(m)) return m.replace(years, n < 1 ? 'baby' : n < 13 ? 'young child' : n < 20 ? 'teenage' : `${Math.floor(n / 10) * 10}-something`);
  // "aged 47", "he's 71": the number becomes a band in words
  const band = n < 1 ? 'a baby' : n < 13 ? 'a young child' : n < 20 ? 'a teenager' : `in their ${Math.floor(n / 10) * 10}s`;
  return /^aged/i.test(m) ? band : /^turn/i.test(m) ? `is ${band}` : m.replace(new RegExp(`${AGE_WORD}$`, 'i'), band);
};
const recently = (m: string) => (/^[A-Z]/.test(m) ? 'Recently' : 'recently');
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

export const IDENTIFIERS: readonly IdentifierPattern[] = [
  { category: 'age', pattern: new RegExp(`\\b${AGE_WORD}[- ]?(?:year|yr)s?[- ]?old\\b|\\b(?:aged|turned|turns|turning)[ \\t]+${AGE_WORD}\\b${NOT_A_RANGE}|\\b${SAID_AGE}${AGE_WORD}\\b(?![ \\t]*(?:%|per|minutes|hours|days|weeks|months|times|mg|kg|and|or))|\\b\\d{1,3}[ \\t]?(?:yo|y\\/o)\\b`, 'gi'), generalise: ageBand },
  // Clinical shorthand: "34F", "72 M" (capitals only, so "5m" of distance is not an age).
  { category: 'age', pattern: /\b\d{1,3}[ \t]?[FM]\b/g, generalise: (m) => { const n = Number(/\d+/.exec(m)![0]); return n < 20 ? 'young person' : `${Math.floor(n / 10) * 10}s ${m.trim().slice(-1)}`; } },
  { category: 'place', pattern: /\b(?:on|in|off|near)[ \t]+(?:[A-Z][\p{L}'’-]+[ \t]+){1,2}(?:Road|Street|Lane|Avenue|Way|Drive|Close|Crescent|Terrace|Estate|Square|Park|Green)\b/gu, generalise: () => '' },
  { category: 'rare', pattern: /\b(?:the[ \t]+only|one[ \t]+of[ \t]+(?:only[ \t]+)?(?:\d+|two|three|four|five|a[ \t]+handful[ \t]+of))[ \t]+(?:child|children|person|people|patient|patients|man|woman|boy|girl|baby|case|cases)[ \t]+(?:in|with)\b/gi, generalise: () => 'a patient with' },
  // Rarity of the patient's own case: "the first case anyone in the county can remember", "an
  // incredibly rare syndrome" (not the rarity of a side effect).
  { category: 'rare', pattern: /\b(?:the[ \t]+)?first[ \t]+(?:such[ \t]+)?case[ \t]+(?:anyone|I['’]ve|I[ \t]+have|we['’]ve|we[ \t]+have|in)\b|\b(?:one[ -]in[ -]a[ -]million|(?:extremely|incredibly|vanishingly|ultra-?)[ \t]*rare)[ \t]+(?:(?:genetic|inherited|metabolic)[ \t]+)?(?:condition|disease|disorder|syndrome|case|tumou?r|cancer|presentation|diagnosis)\b/gi },
  // A school stage gives the age as surely as a number: "just finished his Leaving Cert".
  { category: 'school', pattern: /\b(?:his|her|their)[ \t]+(?:Leaving[ \t]+Cert|Junior[ \t]+Cert|GCSEs?|A[- ]levels?|SATs|SATS)\b|\bin[ \t]+(?:Year[ \t]+(?:[7-9]|1[0-3])|sixth[ \t]+form|(?:first|second|third|fifth|sixth)[ \t]+year)\b/g, generalise: () => 'at school' },
  { category: 'time', pattern: new RegExp(`\\b(?:yesterday|today|tonight|last[ \\t]+night|this[ \\t]+(?:morning|afternoon|evening)|earlier[ \\t]+today|last[ \\t]+(?:week|${DAYS})|(?:on|this|last)[ \\t]+(?:${DAYS})(?:[ \\t]+(?:night|morning|afternoon|evening))?)\\b(?:['’]s)?`, 'gi'), generalise: (m) => (/['’]s$/.test(m) ? (/^[A-Z]/.test(m) ? 'A recent' : 'a recent') : /^(?:on|this|last)[ \t]+\w+day/i.test(m) && !/^[A-Z]/.test(m) ? 'recently' : recently(m)) },
  // A holiday dates a story as surely as a day and month.
  { category: 'date', pattern: /\b(?:on[ \t]+|last[ \t]+|this[ \t]+)?(?:Christmas[ \t]+(?:Day|Eve)|Boxing[ \t]+Day|New[ \t]+Year['’]s[ \t]+(?:Day|Eve)|Fourth[ \t]+of[ \t]+July|July[ \t]+4th|Thanksgiving|St\.?[ \t]+Patrick['’]s[ \t]+Day|Easter[ \t]+(?:Sunday|Monday)|Halloween|Bonfire[ \t]+Night|Memorial[ \t]+Day|Labor[ \t]+Day)\b/g, generalise: () => 'one holiday' },
  { category: 'date', pattern: new RegExp(`\\b(?:on[ \\t]+)?\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:${MONTHS})\\b|\\b(?:on[ \\t]+)?(?:${MONTHS})[ \\t]+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi'), generalise: () => 'recently' },
  // Words capped at 41 characters: an unbroken run like "A'bA'bA'b…" has a word boundary at every
  // capital, and an uncapped word would re-read the whole run from each one (quadratic time).
  { category: 'hospital', pattern: /\b(?:at|in|to|from)?[ \t]*(?:St\.?[ \t]+)?(?:[A-Z][\p{L}'’-]{1,40}[ \t]+){1,3}(?:General(?:[ \t]+Hospital)?|Infirmary|Hospital|Royal|Medical[ \t]+Cent(?:re|er)|Health[ \t]+Cent(?:re|er)|Surgery|Hospice|Care[ \t]+Home)\b|\b(?:at|in|to|from)[ \t]+St\.?[ \t]+[A-Z][\p{L}-]+['’]s\b/gu, generalise: () => '' },
  { category: 'place', pattern: /\b(?:from|in|near|of|past|outside)[ \t]+(?!(?:A|An|The|My|Our|His|Her|Their|I|It|Resus|Clinic|England|Wales|Scotland|Ireland|Britain|UK|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\p{L}'’-]+(?:[ \t]+[A-Z][\p{L}'’-]+)?\b/gu, generalise: () => '' },
  { category: 'bed', pattern: /\b(?:bed|bay|cubicle|side[ \t]+room|room)[ \t]+\d{1,3}\b/gi, generalise: (m) => m.replace(/\d{1,3}$/, '').trimEnd() },
  { category: 'name', pattern: /\b(?:Mr|Mrs|Ms|Miss|Master)\.?[ \t]+[A-Z][\p{L}'’-]*\b/gu, generalise: () => 'the patient' },
  // A first name given to a patient: "one of our oldest patients, Morag,", "a lad called Jack".
  // The capital comes before the look-behind, so the look-behind runs only at capitals rather than
  // reading back over a long run of spaces from each of them; and a space before the capital (which
  // the look-behind needs anyway) is tested first, one character back, where the capital's class under
  // `u` costs a search of its ranges at every place (this pattern was a check's dearest per character).
  { category: 'name', pattern: /(?<=[ \t])\p{Lu}(?<=\b(?:patients?|lady|gentleman|man|woman|lad|lass|boy|girl|baby|child|chap|bloke),?[ \t]+(?:called[ \t]+|named[ \t]+)?\p{Lu})\p{Ll}+\b/gu, generalise: () => '' },
];

/** Occupations: counted as an identifier when they describe the patient ("a retired miner"). */
export const OCCUPATIONS = [
  'farmer', 'teacher', 'headteacher', 'head teacher', 'miner', 'builder', 'plumber', 'electrician', 'lawyer',
  'solicitor', 'barrister', 'judge', 'footballer', 'vicar', 'priest', 'police officer', 'policeman', 'firefighter',
  'pilot', 'chef', 'mp', 'councillor', 'lorry driver', 'taxi driver', 'bus driver', 'postman', 'postwoman',
  'shopkeeper', 'accountant', 'engineer', 'architect', 'journalist', 'actor', 'actress', 'musician', 'singer',
  'dancer', 'athlete', 'soldier', 'veteran', 'fisherman', 'shepherd', 'nurse', 'doctor', 'paramedic',
  'carer', 'hairdresser', 'midwife', 'professor', 'student', 'lecturer', 'mayor', 'scientist', 'vet',
  'lollipop man', 'lollipop lady', 'postie', 'caretaker', 'cleaner', 'receptionist', 'bin man', 'binman', 'publican',
  'landlord', 'landlady', 'barman', 'barmaid', 'guide', 'fishing guide', 'tour guide', 'ranger', 'lifeguard', 'coach', 'instructor',
  'butcher', 'baker', 'dentist', 'pharmacist', 'gardener', 'mechanic', 'joiner', 'roofer', 'scaffolder', 'welder',
  'delivery driver', 'courier', 'nanny', 'childminder', 'dinner lady', 'headmistress', 'headmaster', 'rugby player',
  'boxer', 'jockey', 'referee', 'rabbi', 'imam', 'nun', 'monk', 'model', 'influencer', 'youtuber', 'barista',
  'waitress', 'waiter', 'bartender', 'security guard', 'prison officer', 'porter', 'student nurse', 'magistrate',
];

const PERSON_NOUNS = 'patient|man|woman|lady|gent|gentleman|girl|boy|baby|child|kid|lad|lass|chap|bloke|teen|teenager|toddler|mum|dad|mother|father|couple|family';
/** Phrases showing a passage is about one particular patient (each a regex source). */
const PATIENT_PHRASES = [
  `(?:an?|the|our|my|this)[ \t]+${AGE_WORD}[- ]?(?:year|yr)s?[- ]?old`,
  `${SAID_AGE}${AGE_WORD}\b`,
  String.raw`(?:my|our|a|the|this|today['’]s|yesterday['’]s|last)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:patients?|lady|gentleman|man|woman|chap|boy|girl|baby|child|kid)`,
  String.raw`(?:in|on)[ \t]+(?:bed|bay|cubicle|side[ \t]+room)[ \t]+\d{1,3}|home[ \t]+visit`,
  // One of a pharmacy's or a clinic's own people: "one of our favourite customers", "our lovely
  // regular" (not "our customers" in general).
  String.raw`one[ \t]+of[ \t]+(?:our|my)[ \t]+(?:(?:favourite|favorite|lovely|loyal|regular|oldest|longest-standing)[ \t]+)?(?:customers|regulars|clients)|(?:our|my)[ \t]+(?:favourite|favorite|lovely|loyal|oldest|longest-standing)[ \t]+(?:customer|regular|client)`,
  String.raw`(?:your|his|her)[ \t]+(?:son|daughter|wife|husband|mum|dad|mother|father|child|baby|partner|nan|grandad)`,
  // "I saw a man in his forties", not "I saw five adverts this morning".
  String.raw`(?:we|I)[ \t]+saw[ \t]+(?:(?:a|an|this|one|my|our|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:${PERSON_NOUNS}|${OCCUPATIONS.join('|')})|him|her|them)`,
  String.raw`(?:${PERSON_NOUNS})[ \t]+(?:I|we)[ \t]+saw`,
  String.raw`(?:we|I)[ \t]+(?:treated|examined|looked[ \t]+after|cared[ \t]+for|admitted|diagnosed|operated[ \t]+on|resuscitated|reviewed|discharged|referred)`,
  // The writer's own patient: "I've been her GP for fourteen years".
  String.raw`I(?:['’]ve|[ \t]+have|[ \t]+had|[ \t]+was)?[ \t]+been[ \t]+(?:his|her|their)[ \t]+(?:GP|doctor|nurse|consultant|midwife|surgeon|pharmacist)|(?:was|as)[ \t]+(?:his|her|their)[ \t]+(?:GP|doctor|consultant|surgeon)`,
  String.raw`(?:give|gave|giving)[ \t]+a[ \t]+diagnosis[ \t]+to|under[ \t]+(?:our|my)[ \t]+care|came[ \t]+to[ \t]+see[ \t]+me`,
  // The story of one patient's care: brought in, told the news, the scan that showed it.
  String.raw`(?:was|were|got)[ \t]+(?:brought|wheeled|rushed|blue-?lighted|airlifted|carried)[ \t]+in(?:to)?|I[ \t]+had[ \t]+to[ \t]+(?:tell|break)`,
  String.raw`(?:his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:scan|biopsy|bloods|results|x-ray|ECG|CT|MRI)[ \t]+(?:showed|came[ \t]+back|confirmed)`,
  String.raw`came[ \t]+in(?:to)?|brought[ \t]+in|presented|was[ \t]+admitted|admitted[ \t]+(?:him|her)|triaged`,
  String.raw`had[ \t]+(?:his|her|their)[ \t]+\w+[ \t]+removed`,
  String.raw`the[ \t]+(?:lad|lass|bloke|fella|guy|gent|man|woman|lady|girl|boy|kid|chap)[ \t]+(?:who|from)`,
  String.raw`\d{1,3}[ \t]?[FM]\b`,
  // A case told in clinical shorthand: "19 y/o apprentice", "72yo".
  String.raw`\d{1,3}[ \t]?(?:yo|y\/o)`,
  String.raw`(?:back|in)[ \t]+(?:in|again)[ \t]+(?:last[ \t]+night|today|this[ \t]+morning)`,
];
/** One patient's record: a picture of one of these is a picture of the patient's care. */
export const RECORDS = /\b(?:AXR|CXR|x-?rays?|CT[ \t]+(?:scan|head|images?)|MRI|radiographs?|ECG|DOB|date[ \t]+of[ \t]+birth|NHS[ \t]+number|MRN|hospital[ \t]+number|notes|ward[ \t]+round|drug[ \t]+chart|obs[ \t]+chart|handover[ \t]+(?:sheet|list)|patient[ \t]+list|bed[ \t]+board|discharge[ \t]+letter|referral[ \t]+letter|clerking|entry)\b/i;

export const PATIENT_CONTEXT = fastRegExp(new RegExp(`\\b(?:${PATIENT_PHRASES.join('|')})\\b`, 'iu'));

/** A statement that the story is shared with consent, or is fictional or composite. */
export const CONSENT = fastRegExp(/\b(?:(?:shared|published|posted|written|told|used)[^.!?\n]{0,40}\b(?:consent|permission)|with[ \t]+(?:[\p{L}'’]+[ \t]+){0,3}?(?:written|explicit|full|kind|express)?[ \t]*(?:consent|permission)|(?:consent|permission)[ \t]+to[ \t]+(?:share|post|write|publish|tell)|(?:gave|given|has given|agreed)[^.!?\n]{0,30}\b(?:consent|permission)|composite|fictional|fictionalised|fictionalized|made[- ]up|not[ \t]+a[ \t]+real[ \t]+(?:patient|case|person)|details[ \t]+(?:have[ \t]+been[ \t]+|were[ \t]+|are[ \t]+)?(?:changed|altered)|(?:altered|changed)[ \t]+(?:some[ \t]+)?details)\b/iu);
