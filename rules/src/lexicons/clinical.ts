// Vocabulary that marks clinical information or advice, for the credentials and personal-advice
// checks. Word families are matched by suffix as well, so unlisted drug and disease names count.
import { fastRegExp } from '../util/fast-regexp.js';
export const CLINICAL_TERMS = [
  'symptom', 'symptoms', 'treatment', 'treatments', 'treat', 'medication', 'medications', 'medicine', 'medicines',
  'tablet', 'tablets', 'pill', 'pills', 'dose', 'doses', 'dosage', 'prescription', 'prescribed', 'vaccine', 'vaccines',
  'vaccination', 'jab', 'jabs', 'booster', 'injection', 'injections', 'antibiotic', 'antibiotics', 'diagnosis',
  'diagnosed', 'condition', 'conditions', 'disease', 'infection', 'infections', 'virus', 'viruses', 'cancer',
  'pain', 'ache', 'aches', 'rash', 'fever', 'temperature', 'cough', 'asthma', 'diabetes', 'blood pressure',
  'cholesterol', 'heart attack', 'stroke', 'sepsis', 'allergy', 'allergic', 'anaphylaxis', 'eczema', 'steroid',
  'steroids', 'cream', 'creams', 'emollient', 'emollients', 'inhaler', 'inhalers', 'side effect', 'side effects',
  'flu', 'covid', 'norovirus', 'cold', 'colds', 'sore throat', 'breathless', 'breathlessness', 'wheeze', 'nausea',
  'vomiting', 'diarrhoea', 'constipation', 'headache', 'migraine', 'dizzy', 'faint', 'chest pain', 'lump', 'mole',
  'bleeding', 'pregnancy', 'pregnant', 'menopause', 'hrt', 'contraception', 'depression', 'anxiety', 'adhd',
  'autism', 'dementia', 'arthritis', 'obesity', 'bmi', 'weight loss', 'blood test', 'scan', 'x-ray', 'ecg',
  'paracetamol', 'ibuprofen', 'aspirin', 'vitamin', 'vitamins', 'supplement', 'supplements', 'spf', 'sunscreen',
  'retinol', 'retinoids', 'skin', 'liver', 'kidney', 'kidneys', 'heart', 'lungs', 'gut', 'bowel', 'cholesterol',
  'insulin', 'hypo', 'hypos', 'seizure', 'seizures', 'withdrawal', 'units', 'alcohol', 'smoking', 'vaping',
  'gp', 'pharmacist', 'nhs 111', '111', '999', 'a&e', 'urgent care', 'remission', 'carbs', 'diet',
  'fungus', 'fungal', 'bacteria', 'bacterial', 'viral', 'inflammation', 'inflamed', 'swelling', 'swollen', 'itchy',
  'tab', 'tabs', 'sleeping pills', 'sleeping tablets', 'painkillers', 'antidepressants', 'lice', 'head lice', 'nits', 'threadworms', 'worms', 'warts', 'verrucas', 'sunburn', 'dehydration', 'dehydrated',
  'heatstroke', 'hay fever', 'insomnia', 'wound', 'burn', 'burns', 'bites', 'stings', 'contagious', 'infectious',
  'screening', 'smear test', 'check-up', 'health visitor', 'pharmacy', 'blood sugar', 'thyroid', 'hormones',
  'period', 'periods', 'fertility', 'ovulation', 'pelvic floor', 'bladder', 'incontinence', 'hearing', 'eyesight',
  'teeth', 'gums', 'mental health', 'panic attacks', 'self-harm', 'suicidal', 'eating disorder', 'concussion',
  'sprain', 'fracture', 'back pain', 'joint pain', 'acne', 'psoriasis', 'dandruff', 'hair loss', 'constipated',
  'shingles', 'blisters', 'chickenpox', 'ibs', 'bloating', 'brain fog', 'meds', 'reflux', 'heartburn', 'gout',
];

/** Suffixes of drug and disease names: a word ending so is clinical vocabulary. */
export const CLINICAL_SUFFIXES = /\b[a-z]{3,}(?:itis|osis|aemia|emia|pathy|ectomy|oscopy|oma|statin|pril|olol|sartan|mab|azole|cillin|mycin|floxacin|prazole|tidine|triptan|tyline|oxetine|azepam|zolam|gliptin|gliflozin|glutide|dronate|dipine|lukast|sone|olone|caine|ciclovir|vir)\b/i;

/** A dose: "100mcg", "25 mg", "400 IU". */
export const DOSE = /\b\d+(?:\.\d+)?[ \t]?(?:mg|mcg|micrograms?|ml|IU|units)\b|\b(?:\d+|half[ \t]+a|one|two|three)[ \t]+(?:tabs?|tablets?|pills?|puffs?|capsules?)\b/i;

/** Verbs that open an imperative sentence of health advice. */
export const IMPERATIVE_OPENERS = fastRegExp(/^(?:[\p{Emoji_Presentation}\p{Extended_Pictographic}\s\d.)-]*)(?:use|take|apply|avoid|see|call|ring|stop|start|try|drink|eat|leave|keep|ask|check|get|book|go|wash|rest|smooth|rub|put|give|don['’]t|do not|never|always|look for|aim for|reapply|skip|cut|lie|sit|practise|practice|set|show|bring|wear|chew|unlock)\b/iu);

/**
 * Advice in form: modal advice and calls to act, not a bare "you" (which a story or a question has
 * too), nor a writer's own habits ("I don't", "I always", "people always say").
 */
export const ADVICE_FORMS = /\b(?:you[ \t]+(?:should|must|need[ \t]+to|can[ \t]+(?:take|use|try|buy|get|ask)|might[ \t]+want[ \t]+to|ought[ \t]+to)|(?<!\b(?:I|we|they|he|she|whoever|who|his|her|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,5})(?:should(?![ \t]+(?:have[ \t]+to|be[ \t]+(?:shut|closed|banned|struck|sacked|fired|prosecuted|ashamed|investigated|jailed)))|must|need[ \t]+to)|try|avoid|make[ \t]+sure|it['’]s[ \t]+(?:worth|best|important|vital)|ask[ \t]+(?:your|a|for)|speak[ \t]+to|talk[ \t]+to|see[ \t]+(?:your|a)|call[ \t]+(?:111|999|112|911|your|a|an|the[ \t]+(?:GP|surgery|practice|pharmacy))|ring|I['’]d[ \t]+(?:start|take|try|recommend|suggest|prescribe|halve|double)|worth[ \t]+(?:testing|checking|asking|trying|considering|ruling[ \t]+out)|(?<!\b(?:I|we|they|he|she|people|everyone|nobody)[ \t]+(?:\w+[ \t]+)?)(?:don['’]t|do[ \t]+not|never|always)|get[ \t]+(?:vaccinated|tested|checked|the[ \t]+(?:jab|vaccine|flu))|go[ \t]+get)\b/i;

/** A call to buy, not to act on one's health: "Use my code", "Get 10% off", "Book now", "Order today". */
export const SALES_IMPERATIVE = fastRegExp(/^[\p{Emoji_Presentation}\p{Extended_Pictographic}\s\d.)-]*(?:use[ \t]+(?:my|our|the|code)|get[ \t]+(?:\d|£|€|\$|your[ \t]+(?:first|free))|your[ \t]+guide[ \t]+to|book[ \t]+(?:now|online|today|your)|order|shop|buy|call[ \t]+(?:us|now|today|\d)|ask[ \t]+about[ \t]+our)\b/iu);
