// Absolute or misleading health claims and a hedged wording for each. `absolute` claims are never
// acceptable as written; `evidence` claims are fine once a source stands beside them.
import { fastRegExp } from '../util/fast-regexp.js';
export interface ClaimPattern {
  pattern: RegExp;
  kind: 'absolute' | 'evidence';
  /** What the claim asserts, for the message. */
  says: string;
  /** A hedged replacement for the matched words; '' removes them. */
  hedge: (matched: string) => string;
}

const keepCase = (from: string, to: string) => (/^[A-Z]/.test(from) ? to[0].toUpperCase() + to.slice(1) : to);

export const CLAIMS: readonly ClaimPattern[] = [
  { pattern: /\bcures?\b(?![ \t]+rates?)|\bcured\b/gi, kind: 'absolute', says: 'a cure', hedge: (m) => keepCase(m, /cured/i.test(m) ? 'improved' : /s$/i.test(m) ? 'may help with' : 'may help') },
  { pattern: /\bguarantee(?:d|s)?\b/gi, kind: 'absolute', says: 'a guaranteed result', hedge: (m) => keepCase(m, 'possible for some people') },
  // Bare "100%" only where it states a result ("works 100%.", "100% of users"): "100% chaos" and
  // "100% recommend" describe nothing about health.
  { pattern: /\b100[ \t]?%(?:[ \t]+(?:safe|effective|natural|natural and safe|success(?:ful)?)|(?=[ \t]+(?:guaranteed|proven|pure|organic|clean|results?|cure[ds]?|recovery|clear|gone|protection|protected|immun\w*|accura\w*|reliab\w*|risk-free|drug-free|chemical-free|healthy|satisfaction)\b|[ \t]*(?:[.!?,;:)]|$)))/gim, kind: 'absolute', says: 'certainty (100%)', hedge: (m) => (/safe/i.test(m) ? 'generally well tolerated' : /effective|success/i.test(m) ? 'often effective' : '') },
  { pattern: /\bmiracle(?:[ \t]+(?:cure|jab|pill|drug|treatment|supplement|cream|serum))?\b/gi, kind: 'absolute', says: 'a miracle', hedge: (m) => keepCase(m, 'promising' + m.replace(/^miracle/i, '')) },
  { pattern: /\bteatox\b|\bdetox(?:es|ifies|ify|ing)?[ \t]+(?:your|the)[ \t]+(?:liver|body|kidneys|blood|skin|system|gut|joints|lungs|colon|cells|\p{L}+)\b|\bflush(?:es|ing)?[ \t]+(?:[\p{L}-]+[ \t]+){0,5}?out[ \t]+of[ \t]+(?:your|the)[ \t]+(?:system|body|blood)\b|\bdetox[ \t]+(?:tea|juice|diet|cleanse|plan|patch(?:es)?)\b|\b(?:flush(?:es|ing)?|clears?|removes?|draws?|sweats?|sweating)[ \t]+out[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:toxins|heavy[ \t]+metals|impurities)\b|\b(?:pulls?|pulling|draws?|drawing|sucks?|sucking|drains?|draining|leach(?:es|ing)?)[ \t]+(?:[\p{L}-]+[ \t]+){0,4}?(?:toxins|heavy[ \t]+metals|impurities)\b|\b(?:toxins|heavy[ \t]+metals|impurities)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,4}?(?:pulled|drawn|drew|sweated|flushed|leached|drained|sucked)[ \t]+out\b/giu, kind: 'absolute', says: 'a detox', hedge: (m) => keepCase(m, /tea|juice|diet|cleanse|plan|patch/i.test(m) ? m.replace(/detox/i, 'herbal') : 'may be a pleasant part of a routine for your ' + (/(liver|body|kidneys|blood|skin|system|gut)\b/i.exec(m)?.[1] ?? 'body')) },
  // Fat "melted" or "burned" away, a metabolism "switched on": weight loss promised without effort.
  { pattern: /\b(?:melts?|melting|blasts?|blasting|torches?|dissolves?)[ \t]+(?:away[ \t]+)?(?:(?:belly|stubborn|body|tummy|visceral)[ \t]+)?fat\b|\bburns?[ \t]+(?:away[ \t]+)?(?:belly|stubborn|tummy|visceral)[ \t]+fat\b|\bburns?[ \t]+fat[ \t]+while[ \t]+you[ \t]+sleep\b|\b(?:switch(?:es)?|turns?)[ \t]+on[ \t]+(?:your[ \t]+)?metabolism\b/giu, kind: 'absolute', says: 'effortless fat loss', hedge: () => 'may help a little alongside diet and activity' },
  // The gut or body "clogged with toxins that need flushing out": the detox myth without the word.
  { pattern: /\b(?:clogged|loaded|full|overloaded|packed|riddled)[ \t]+(?:up[ \t]+)?with[ \t]+toxins(?:[ \t]+(?:that|which)[ \t]+(?:need|needs)[ \t]+(?:flushing|clearing|cleaning)(?:[ \t]+out)?)?|\bbuild-?up[ \t]+of[ \t]+toxins\b/giu, kind: 'absolute', says: 'a detox', hedge: () => 'affected by many things (your liver and kidneys clear waste on their own)' },
  { pattern: /\b(?:boost|supercharg|turbocharg|strengthen|kick-?start)(?:s|es|ing|e)?[ \t]+(?:your[ \t]+|the[ \t]+)?(?:immune[ \t]+system|immunity)\b/gi, kind: 'absolute', says: 'an immune boost', hedge: (m) => keepCase(m, /boosting/i.test(m) ? 'supporting general health' : /boosts/i.test(m) ? 'may support general health' : 'support general health') },
  { pattern: /\b(?:no|zero)[ \t]+side[ \t]+effects\b|\b(?:completely|totally|perfectly)[ \t]+safe\b|\brisk-free\b/gi, kind: 'absolute', says: 'freedom from risk', hedge: (m) => keepCase(m, 'usually well tolerated') },
  { pattern: /\bworks?[ \t]+(?:on|for)[ \t]+(?:every|all|any)[ \t]+(?:skin[ \t]+types?|body|bodies|one|person|people)\b|\bworks?[ \t]+for[ \t]+everyone\b|\bnever[ \t]+fails\b/gi, kind: 'absolute', says: 'that it works for everyone', hedge: (m) => keepCase(m, /^works?/i.test(m) ? m.replace(/(?:every|all|any)[ \t]+/i, 'many ').replace(/everyone/i, 'many people') : 'often helps') },
  { pattern: /\b(?:you['’]ll|you[ \t]+will|you)[ \t]+never[ \t]+need[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?again\b/giu, kind: 'absolute', says: 'that treatment will never be needed', hedge: () => 'you may need less treatment' },
  { pattern: /\b(?:won['’]t|will[ \t]+not|never)[ \t]+(?:catch|get)[ \t]+(?:a[ \t]+|the[ \t]+)?(?:colds?|flu|ill|sick|covid)\b/gi, kind: 'absolute', says: 'protection from illness', hedge: () => 'may be less likely to catch colds' },
  { pattern: /\brevers(?:e|es|ed|ing)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){0,3}?(?:ageing|aging|diabetes|heart[ \t]+disease|damage|arthritis|hair[ \t]+loss|wrinkles)\b|\bmelts?[ \t]+(?:away[ \t]+)?fat\b|\bbrand-new[ \t]+(?:liver|body|gut|skin)\b/giu, kind: 'absolute', says: 'a dramatic effect', hedge: (m) => keepCase(m, 'may help') },
  { pattern: /\bclinically[ \t]+(?:proven|tested|shown)\b|\bscientifically[ \t]+proven\b|\bproven[ \t]+to\b|\b(?:boosts?|increases?|improves?)[ \t]+\w+[ \t]+by[ \t]+\d{2,4}[ \t]?%|\b\d{1,3}(?:\.\d)?[ \t]?%[ \t]+of[ \t]+(?:users|customers|clients|people|patients|women|men|participants|testers|those[ \t]+who|our[ \t]+(?:[\p{L}-]+[ \t]+)?(?:users|customers|clients|patients|members|participants))\b|\b(?:reduces?|cuts?|lowers?|improves?|increases?|boosts?|shrinks?|fades?|speeds?[ \t]+up)[ \t]+(?:[\p{L}-]+[ \t]+){1,3}by[ \t]+(?:up[ \t]+to[ \t]+)?\d{1,3}[ \t]?%|\bin[ \t]+half[ \t]+the[ \t]+time\b|\b(?:\d+|two|three|four|five|ten)[ \t]+times[ \t]+(?:faster|more[ \t]+effective|better|stronger)\b|\bshort[ \t]+by[ \t]+(?:\d+|one|two|three|four|five)[ \t]+days\b|\bbacked[ \t]+by[ \t]+science\b|\bscience-backed\b|\bproven[ \t]+results\b/giu, kind: 'evidence', says: 'proof', hedge: (m) => (/by[ \t]+\d/i.test(m) ? m.replace(/by[ \t]+\d{2,4}[ \t]?%/i, '').trimEnd() : keepCase(m, /proven[ \t]+to/i.test(m) ? 'reported to' : 'reported')) },
];

/**
 * Medicinal claims in other shapes than a verb with an outcome (CAP Code 15.6.2: claims that a food
 * or supplement prevents, treats or cures): a product offered instead of a medicine or called one
 * ("a natural alternative to antidepressants", "nature's Ozempic"), a medicinal property
 * ("antiviral", "anti-inflammatory"), and weight loss promised in a set time ("lose a stone in 14
 * days", CAP Code 13.10). Like the verb-and-outcome claims, each needs a product, a therapy or a sale.
 */
export const MEDICINAL_PHRASES: readonly { pattern: RegExp; says: string }[] = [
  { pattern: fastRegExp(/\b(?:alternative[ \t]+to|replac(?:ed|es|ing)[ \t]+(?:my|your|her|his|their|the[ \t]+need[ \t]+for))[ \t]+(?:your[ \t]+)?(?:antidepressants|antibiotics|painkillers|statins|HRT|steroids?|medications?|medicines?|prescription[ \t]+(?:drugs|medicines?)|drugs|surgery|insulin|inhalers|injections|Ozempic|Wegovy|Mounjaro|Botox|fillers|chemo(?:therapy)?)\b|\bnature['’]s[ \t]+(?:ozempic|wegovy|mounjaro|botox|antibiotic|medicine|valium|prozac|xanax|viagra|painkiller|aspirin|antidepressant|metformin)\b/giu), says: 'a substitute for medicine' },
  // A success rate or "safe and effective" said of a product or therapy claims efficacy it must prove.
  { pattern: /\b\d{2,3}(?:\.\d)?[ \t]?%[ \t]+success(?:[ \t]+rate)?\b|\bsuccess[ \t]+rate[ \t]+of[ \t]+(?:over[ \t]+|up[ \t]+to[ \t]+)?\d{2,3}/gi, says: 'a success rate' },
  { pattern: /\bsafe[ \t]+and[ \t]+effective\b/gi, says: 'safety and effectiveness' },
  { pattern: /\banti-?(?:inflammatory|viral|bacterial|microbial|fungal|cancer|tumou?r)\b(?![ \t]+(?:tablets|drugs|medicines?|medications?|treatments?|painkillers|creams?|agents?|therapy|vaccines?|pills))/gi, says: 'a medicinal property' },
  { pattern: /\b(?:lose|lost|losing|drop|dropped|shed|shift)[ \t]+(?:up[ \t]+to[ \t]+)?(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|ten|half[ \t]+a)[ \t]*(?:stone|st|lbs?|pounds|kg|kilos?|dress[ \t]+sizes?|inches|sizes)[ \t]+in[ \t]+(?:just[ \t]+|only[ \t]+)?(?:\d+|a|one|two|three|four|six|seven|ten|fourteen|thirty)[ \t]+(?:days?|weeks?|months?)\b/gi, says: 'weight loss in a set time' },
];

/** Words that show a claim is sourced: a named study, guideline or body. */
export const SOURCE_CUES = /\b(?:NICE|NHS|MHRA|WHO|CDC|FDA|trials?|study|studies|meta-analysis|systematic review|review|guidelines?|guidance|Cochrane|BMJ|Lancet|NEJM|JAMA|et al|journal|research (?:by|from)|published|evidence from|doi)\b|\[\d+\]/;

// A medicinal claim is a claim verb with a health outcome, made for a product (CAP Code 12.1 and
// 15.1: claims that a food, supplement or device prevents, treats or cures; ASAI Code 11.x). The
// verbs and outcomes below are the candidates; who makes the claim, for what, and how decides.
// Sources of the facts: body functions are the function categories of the EU Register of nutrition
// and health claims (immune system, energy-yielding metabolism, cognitive function, tiredness and
// fatigue); conditions are names from the NHS Health A to Z; the therapies are those the ASA's and
// ASAI's rulings name as making medicinal claims (homeopathy, acupuncture, chiropractic and the like).

/** Verbs that claim an effect on health ("cures", "protects against", "melts", "say goodbye to"). */
export const CLAIM_VERB = fastRegExp(/\b(?:cure[sd]?|curing|support(?:s|ed|ing)?|help(?:s|ed|ing)?(?:[ \t]+(?:with|against))?|end(?:s|ing)?(?![ \t]+(?:of|up)\b)|shrink(?:s|ing)?|speed(?:s|ing)?[ \t]+up|rehydrat(?:e|es|ing)|detoxif(?:y|ies|ying)|treat(?:s|ed|ing)?|heal(?:s|ed|ing)?|prevent(?:s|ed|ing)?|protect(?:s|ed|ing)?(?:[ \t]+(?:you|your[ \t]+\w+|the[ \t]+\w+))?[ \t]+(?:against|from)|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|reliev(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|sooth(?:e|es|ed|ing)|boost(?:s|ed|ing)?|improv(?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|fight(?:s|ing)?|combat(?:s|ing)?|kill(?:s|ed|ing)?|destroy(?:s|ed|ing)?|remov(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|banish(?:es|ed|ing)?|revers(?:e|es|ed|ing)|stop(?:s|ped|ping)?|slow(?:s|ed|ing)?(?:[ \t]+down)?|regrow(?:s|ing)?|rebuild(?:s|ing)?|restor(?:e|es|ed|ing)|repair(?:s|ed|ing)?|burn(?:s|ed|ing)?|melt(?:s|ed|ing)?|shift(?:s|ed|ing)?|los(?:e|es|ing)|lost|shed(?:s|ding)?|trim(?:s|med|ming)?|accelerat(?:e|es|ed|ing)|ignit(?:e|es|ed|ing)|curb(?:s|ed|ing)?|suppress(?:es|ed|ing)?|balanc(?:e|es|ed|ing)|cleans(?:e|es|ed|ing)|clear(?:s|ed|ing)?(?:[ \t]+up)?|solv(?:e|es|ed|ing)|get(?:s)?[ \t]+rid[ \t]+of|say[ \t]+goodbye[ \t]+to|unlock(?:s|ed|ing)?|amplif(?:y|ies|ied|ying)|sharpen(?:s|ed|ing)?|regulat(?:e|es|ed|ing)|add(?:s)?[ \t]+years[ \t]+to|(?:is|are|been|be)[ \t]+(?:highly[ \t]+|very[ \t]+|extremely[ \t]+)?effective[ \t]+(?:for|against|in[ \t]+treating|at)|works?[ \t]+(?:for|against|on)|rejuvenat(?:e|es|ed|ing)|regenerat(?:e|es|ed|ing)|ward(?:s|ed|ing)?[ \t]+off|knock(?:s|ed|ing)?[ \t]+out|neutrali[sz](?:e|es|ed|ing)|seal(?:s|ed|ing)?|calm(?:s|ed|ing)?|fix(?:es|ed|ing)?|silenc(?:e|es|ed|ing)|wipe[sd]?[ \t]+out|wiping[ \t]+out|sweat(?:s|ing)?[ \t]+out|reset(?:s|ting)?|rebalanc(?:e|es|ed|ing)|flush(?:es|ed|ing)?(?:[ \t]+out)?|shield(?:s|ed|ing)?(?:[ \t]+you)?[ \t]+(?:from|against)|guard(?:s|ed|ing)?[ \t]+against|defend(?:s|ed|ing)?[ \t]+(?:you[ \t]+)?against|shorten(?:s|ed|ing)?|alleviat(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|dissolv(?:e|es|ed|ing)|unclog(?:s|ged|ging)?|detect(?:s|ed|ing)?|beat(?:s|ing)?|conquer(?:s|ed|ing)?|tackl(?:e|es|ed|ing)|switch(?:es)?[ \t]+off|turn(?:s)?[ \t]+off|pull(?:s|ing)?[ \t]+out|draw(?:s|ing)?[ \t]+out)\b/giu);

/** Health outcomes: conditions, symptoms and body functions a claim can be about. */
export const OUTCOMES = [
  'anxiety', 'stress', 'depression', 'low mood', 'fatigue', 'tiredness', 'energy', 'memory', 'focus', 'concentration',
  'mental function', 'mental focus', 'mental awareness', 'mental clarity', 'brain fog', 'brain', 'brain ageing', 'brain aging', 'cognitive function',
  'immune system', 'immunity', 'metabolism', 'cravings', 'appetite', 'bloating', 'digestion', 'gut health', 'inflammation',
  'pain', 'pains', 'arthritis', 'arthritis pain', 'joint pain', 'joint problems', 'joints', 'cartilage', 'circulation', 'blood pressure',
  'high blood pressure', 'cholesterol', 'blood sugar', 'diabetes', 'asthma', 'eczema', 'psoriasis', 'acne', 'rosacea',
  'wrinkles', 'fine lines', 'ageing', 'aging', 'the ageing process', 'the aging process', 'grey hair', 'gray hair',
  'hair loss', 'skin tags', 'warts', 'verrucas', 'toenails', 'fungal nails', 'cellulite', 'fat', 'belly fat', 'body fat',
  'weight', 'excess weight', 'water weight', 'pounds', 'lbs', 'kilos', 'calories', 'the waist', 'viruses', 'virus', 'bacteria',
  'germs', 'pathogens', 'microbes', 'superbugs', 'fungi', 'fungus', 'infection', 'infections', 'covid', 'covid-19', 'coronavirus', 'the coronavirus', 'flu', 'colds', 'symptoms',
  'headaches', 'headache', 'migraines', 'migraine', 'insomnia', 'sleep', 'cancer', 'cancers', 'tumours', 'tumors',
  "alzheimer's", 'alzheimers', 'dementia', 'autism', 'adhd', 'heart disease', 'stroke', 'strokes', 'disease', 'diseases',
  'illness', 'illnesses', 'hormones', 'libido', 'fertility', 'menopause', 'menopause symptoms', 'toxins', 'allergies', 'hay fever', 'ibs', 'irritable bowel syndrome', 'reflux', 'acid reflux', 'sciatica',
  'back pain', 'period pains', 'colic', 'glue ear', 'tinnitus', 'long covid', 'fibromyalgia', 'chronic fatigue', 'me/cfs',
  'thyroid', 'fatty liver', 'restless legs', 'head lice', 'lice', 'constipation', 'injuries', 'injury', 'tendon injuries',
  'tendons', 'damage', 'cells', 'your cells', 'free radicals', 'burnout', 'leaky gut', 'autoimmune flares', 'flares', 'flare-ups',
  'tissue', 'damaged tissue', 'recovery', 'defences', 'defenses', 'gut lining', 'bedwetting', 'brain development', 'ear infections',
  'joint health', 'bone health', 'mental health', 'cramps', 'heavy metals', 'mercury', 'nervous system', 'lyme', 'lyme disease', 'bugs', 'wounds', 'nerve pain', 'neuropathy',
  'sinusitis', 'gout', 'kidney stones', 'gallstones', 'varicose veins', 'snoring', 'hormonal imbalance', 'hormone imbalance',
  'adrenal fatigue', 'candida', 'candida overgrowth', 'heavy metal toxicity', 'parasites', 'multiple sclerosis', "parkinson's", 'hypertension', 'infertility', 'pcos',
  'endometriosis', 'hot flushes', 'hot flashes', 'erectile dysfunction', 'low testosterone', 'bone density', 'osteoporosis',
  'eyesight', 'hearing loss', 'chronic pain', 'chronic fatigue syndrome',
  "hashimoto's", 'hashimotos', 'hypothyroidism', 'underactive thyroid', 'thyroid problems', 'thyroid disease', 'cysts', 'ovarian cysts', 'fibroids', 'the infection', 'infections', 'ageing skin', 'skin ageing', 'grey', 'gray', 'greying', 'graying', 'conditions', 'ailments', 'osteoarthritis', 'nausea', 'the signs of ageing', 'scars', 'pigmentation', 'sun damage', 'acne scars',
];

/**
 * The outcomes that are body functions, appearance or general wellbeing rather than medical
 * conditions: "helps digestion" tones a claim down, "helps colic" still claims to treat a condition
 * (CAP Code 12.2).
 */
export const BODY_FUNCTIONS: ReadonlySet<string> = new Set([
  'stress', 'fatigue', 'tiredness', 'energy', 'memory', 'focus', 'concentration', 'mental function', 'mental focus', 'mental awareness',
  'mental clarity', 'brain fog', 'brain', 'brain ageing', 'brain aging', 'cognitive function', 'immune system', 'immunity', 'metabolism',
  'cravings', 'appetite', 'bloating', 'digestion', 'gut health', 'circulation', 'joints', 'cartilage', 'wrinkles', 'fine lines', 'ageing',
  'aging', 'the ageing process', 'the aging process', 'grey hair', 'gray hair', 'cellulite', 'fat', 'belly fat', 'body fat', 'weight',
  'excess weight', 'water weight', 'pounds', 'lbs', 'kilos', 'calories', 'the waist', 'sleep', 'hormones', 'libido', 'toxins', 'damage',
  'cells', 'your cells', 'free radicals', 'tissue', 'damaged tissue', 'recovery', 'defences', 'defenses', 'gut lining', 'brain development',
  'joint health', 'bone health', 'mental health', 'nervous system', 'bugs', 'germs', 'bacteria', 'viruses', 'virus', 'pathogens', 'microbes',
  'fungi', 'fungus', 'symptoms', 'ageing skin', 'skin ageing', 'grey', 'gray', 'greying', 'graying', 'the signs of ageing', 'scars',
  'pigmentation', 'sun damage', 'eyesight', 'bone density', 'heavy metals', 'mercury', 'conditions', 'ailments',
]);

/**
 * Products a medicinal claim can be made for: foods, supplements, drinks, devices and treatments sold
 * outside medicine (CAP Code 15), and their usual ingredients.
 */
export const PRODUCTS = [
  'supplement', 'supplements', 'capsule', 'capsules', 'gummies', 'gummy', 'tea', 'teas', 'teatox', 'juice', 'juices',
  'shot', 'shots', 'drink', 'drinks', 'powder', 'powders', 'formula', 'blend', 'tincture', 'drops', 'oil', 'oils',
  'patch', 'patches', 'pads', 'belt', 'band', 'bracelet', 'card', 'pen', 'device', 'gadget', 'machine', 'mask', 'serum',
  'cream', 'gel', 'lozenges', 'balm', 'spray', 'kit', 'stack', 'drip', 'drips', 'iv drip', 'iv therapy', 'vitamin drip', 'infusion',
  'collagen', 'ashwagandha', 'spirulina', 'turmeric', 'curcumin', 'cbd', 'elderberry', 'echinacea', 'probiotic',
  'probiotics', 'prebiotic', 'omega-3', 'fish oil', 'apple cider vinegar', 'green tea', 'ginger', 'garlic', 'honey',
  'manuka', 'colloidal silver', 'chlorophyll', 'mushroom', 'lion\u2019s mane', "lion's mane", 'sea moss', 'citicoline',
  'nootropic', 'nootropics', 'detox', 'cleanse', 'cleansing', 'protocol', 'dilution', 'remedy', 'remedies',
  'panel', 'red light', 'lamp', 'bottle', 'coffee', 'earbuds', 'sauna', 'mat', 'foot pads', 'insoles', 'magnets', 'crystals',
  'pendant', 'necklace', 'wristband', 'shake', 'smoothie', 'broth', 'bone broth', 'colostrum', 'magnesium', 'zinc', 'nad+', 'glutathione',
  'shakes', 'sprays', 'creams', 'serums', 'balms', 'bracelets', 'megadose', 'megadoses', 'vitamin c', 'high-dose vitamin c',
  'hydrogen water', 'retreat', 'autohemotherapy', 'sound therapy', 'light therapy',
  'wand', 'quartz', 'rose quartz', 'crystal', 'jar', 'sticks', 'sea moss gel', 'blanket', 'sauna blanket',
  'ionizer', 'ioniser', 'water ionizer', 'water ioniser', 'alkaline water', 'kernels', 'apricot kernels', 'b17', 'foot pad', 'pemf',
];

/** Therapies outside conventional medicine, whose medicinal claims the ASA and ASAI rule on most. */
export const ALTERNATIVE_THERAPIES = /\b(?:homeopath(?:y|ic|s)?|homoeopath(?:y|ic)|acupunctur(?:e|ist)|chiropract(?:ic|or|ors|ics)|osteopath(?:y|ic|s)?|osteomyolog(?:y|ist)|naturopath(?:y|ic|s)?|traditional[ \t]+chinese[ \t]+medicine|TCM|chinese[ \t]+herbal|herbal[ \t]+medicine|reiki|reflexolog(?:y|ist)|kinesiolog(?:y|ist)|ozone[ \t]+therapy|ozone|crystal[ \t]+healing|live[ \t]+blood[ \t]+analysis|hair[ \t]+(?:mineral[ \t]+)?analysis|food[ \t]+intolerance[ \t]+test(?:s|ing)?|vega[ \t]+test(?:s|ing)?|energy[ \t]+healing|functional[ \t]+medicine|iridology|cupping|hijama|chelation(?:[ \t]+therapy)?|coffee[ \t]+enemas?|colonic|colon[ \t]+hydrotherapy|craniosacral|bioresonance|hypnotherap(?:y|ist)|hypnosis|ear[ \t]+candl(?:e|es|ing)|allopathic|spinal[ \t]+(?:adjustments?|misalignments?|manipulations?|checks?)|subluxations?)\b/i;

/** Words that make any claim absolute: no exceptions, no limits, fast. */
export const ABSOLUTE_WORDS = /\b(?:guarantee[ds]?|permanent(?:ly)?|completely|totally|entirely|forever|for[ \t]+good|once[ \t]+and[ \t]+for[ \t]+all|instantly|overnight|every(?:one|body)?|always|all[ \t]+skin[ \t]+types|nearly[ \t]+all|24\/7|while[ \t]+(?:you[ \t]+)?sleep(?:ing)?|in[ \t]+(?:(?:just|only)[ \t]+)?(?:\d+|one|two|three|four|five|six|seven|a)[ \t]+(?:days?|weeks?|minutes?|hours?)|(?:just|only)[ \t]+one[ \t]+(?:drop|dose|session|treatment)|no[ \t]+side[ \t]+effects|revolutionary|miracle|wonder|unparalleled|unrivalled|unbeatable)\b|\b(?:99(?:\.9+)?|100)[ \t]?%/i;

/** Medicines and vaccines with licensed uses: describing what they do is information, not a claim for a product. */
export const LICENSED = /\b(?:vaccines?|vaccinat(?:ion|ed|ing)|immunisation|flu[ \t]+(?:shot|jab)|booster|jabs?|antihistamines?|paracetamol|ibuprofen|aspirin|(?<!(?:herbal|chinese|traditional|alternative|natural|functional|allopathic)[ \t]+)(?:medicines?|medications?)|prescri(?:ption|bed|be)|antibiotics?|antivirals?|steroids?|inhalers?|insulin|statins?|HRT|hormone[ \t]+replacement|botulinum|botox|injections?|tablets[ \t]+from[ \t]+your|pharmacist|surgery|operation|radiotherapy|chemotherapy|screening)\b/i;

/** An authority speaks: NHS pages, guidelines and public-health bodies. */
export const AUTHORITY = /\b(?:NHS|HSE|NICE|CDC|FDA|WHO|MHRA|HPRA|UKHSA|public[ \t]+health|guidance|guidelines?|recommend(?:s|ed|ation)?|advises?|advised)\b/;

/** The post argues against a claim: myths, debunking, no evidence. */
export const DEBUNK = /\b(?:myths?|debunk(?:ed|ing)?|busting|no[ \t]+(?:(?:good|real|reliable|solid|strong|human|clinical|scientific|robust|high-quality|convincing)[ \t]+){0,2}evidence|(?:none|no[ \t]+\w+)[ \t]+(?:has|have)[ \t]+been[ \t]+shown|(?:found|showed|shown)[ \t]+no[ \t]+(?:benefit|effect|difference)|(?:trials?|studies|evidence|data)[ \t]+(?:say|says|show|shows|suggest|suggests)[ \t]+otherwise|(?:has|have)(?:n['’]t|[ \t]+not)[ \t]+been[ \t]+shown|not[ \t]+yet[ \t]+(?:proven|shown)|can['’]t[ \t]+diagnose|(?:little|scant|weak|not[ \t]+much|lack[ \t]+of)[ \t]+(?:(?:good|real|reliable|solid|strong|human|clinical|scientific|robust|high-quality|convincing)[ \t]+){0,2}evidence|not[ \t]+(?:backed|supported)[ \t]+by|isn['’]t[ \t]+true|is[ \t]+not[ \t]+true|false[ \t]+claims?|misleading|pseudoscience|snake[ \t]+oil|don['’]t[ \t]+fall[ \t]+for|don['’]t[ \t]+believe|be[ \t]+wary|beware|rubbish|nonsense|scam|over-?simplification|doesn['’]t[ \t]+work|don['’]t[ \t]+work|won['’]t[ \t]+(?:cure|fix|help))\b/i;

/** Selling: prices, codes and calls to buy or book. */
export const COMMERCIAL = fastRegExp(/[£€$][ \t]?\d|\b(?:buy|order|shop|discount|code|offer|sale|DM|book[ \t]+(?:now|today|your|a|the)|learn[ \t]+more|click|link[ \t]+in[ \t]+bio|our[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:products?|range|clinic|treatments?|customers|formula|service|protocol|shop|lounge|collection)|(?:we|I)[ \t]+(?:provide|offer|sell|stock)|sell(?:s|ing)?[ \t]+(?:it|them)|customers|#ad|ad|sponsored|available[ \t]+(?:now|at|in|from)|delivery|shipping|checkout|orders?|stock[ \t]+up|walk-ins|memberships?|package|reserve[ \t]+(?:yours|your|a)|places[ \t]+(?:are[ \t]+)?limited|book[ \t]+online|3[ \t]+for[ \t]+2)\b/iu);

/** "If it hurts when you move, it is NOT a heart attack": serious illness ruled out as a certainty. */
export const RULES_OUT = /\b(?:it|this|that)(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+(?:NOT|not|never|definitely[ \t]+not)[ \t]+(?:a[ \t]+|an[ \t]+)?(?:heart[ \t]+attack|stroke|cancer|meningitis|sepsis|appendicitis|blood[ \t]+clot|DVT|PE|pulmonary[ \t]+embolism|tumou?r|serious)\b/g;

/** Verbs that claim the most: an illness ended, not eased. */
export const STRONG_VERB = /^(?:cure[sd]?|curing|heal(?:s|ed|ing)?|revers(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|banish(?:es|ed|ing)?|kill(?:s|ed|ing)?|destroy(?:s|ed|ing)?|stop(?:s|ped|ping)?|regrow(?:s|ing)?|rebuild(?:s|ing)?|solv(?:e|es|ed|ing)|get(?:s)?[ \t]+rid[ \t]+of|say[ \t]+goodbye[ \t]+to|prevent(?:s|ed|ing)?|protect(?:s|ed|ing)?\b.*\b(?:against|from))\b/i;

/**
 * A result claimed for a health outcome: "my sciatica was completely gone", "tinnitus silenced in
 * 14 days", "came off my blood pressure tablets", "catch fewer bugs", "keep you flu-free". Said in a
 * selling post, or quoted as a customer's words, it is the advertiser's claim (CAP Code 3.47).
 */
/** Words that say a condition is over: "gone", "lifted", "in remission". */
const RESULT_WORDS = String.raw`(?:gone|vanished|disappeared|cleared(?:[ \t]+up)?|cured|healed|fixed|silenced|banished|sorted|lifted|shr(?:ink|inks|ank|unk)|went[ \t]+away|gone[ \t]+away|in[ \t]+remission|a[ \t]+thing[ \t]+of[ \t]+the[ \t]+past)`;
export const RESULT_WORD = new RegExp(`${RESULT_WORDS}\\b`, 'i');
export const RESULT = fastRegExp(new RegExp(String.raw`\b(?:(?:was|is|were|are|has[ \t]+been|have[ \t]+been|has|have|got)[ \t]+)?(?:(?:completely|totally|finally|almost|all|now|just|literally)[ \t]+)?${RESULT_WORDS}\b`, 'iu'));
export const RESULT_PHRASES = fastRegExp(/\b(?:feel|feels|felt|look|looks)[ \t]+(?:\d{1,2}|ten|twenty|thirty)[ \t]+years[ \t]+younger\b|\b(?:haven['’]t|hasn['’]t|have[ \t]+not|has[ \t]+not)[ \t]+had[ \t]+(?:a|an|any|one)[ \t]+(?:single[ \t]+)?[\p{L}-]+(?:[ \t]+[\p{L}-]+)?[ \t]+since\b|\b(?:(?:came|come|coming|got)[ \t]+)?off[ \t]+(?:my|his|her|their|all[ \t]+my)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:tablets|pills|meds|medication|medicines|insulin|inhalers?|antidepressants|painkillers|levo|levothyroxine|thyroxine|metformin|statins?|steroids)\b|\b(?:TSH|HbA1c|A1c|cholesterol|LDL|blood[ \t]+pressure|BP|blood[ \t]+sugars?|glucose|ferritin|testosterone|AMH)[ \t]+(?:went|dropped|fell|came|has[ \t]+gone|is)[ \t]+(?:down[ \t]+|up[ \t]+)?from[ \t]+\d{1,4}(?:\.\d{1,2})?[ \t]+to[ \t]+\d{1,4}|\bno[ \t]+longer[ \t]+need[ \t]+(?:my|his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:tablets|pills|meds|medication|insulin|inhalers?|glasses)\b|\bthrew[ \t]+away[ \t]+(?:my|his|her)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:painkillers|inhalers?|tablets|pills|crutches)\b|\b(?:catch|get|gets)[ \t]+(?:fewer|less|no)[ \t]+(?:colds|bugs|infections|illnesses|coughs|sniffles|viruses)\b|\b(?:keeps?|stay|stays)[ \t]+(?:you[ \t]+|them[ \t]+|your[ \t]+\w+[ \t]+)?(?:flu|cold|virus|illness|germ|pain|sickness|infection|disease|migraine)-free\b/iu);

/** A list offered for treatment, its lead line ending in a colon: "Hijama treats:", "Our clients come to us for:". */
export const TREATS_LEAD = fastRegExp(/\b(?:treats?|treating|helps?(?:[ \t]+with)?|suitable[ \t]+for|good[ \t]+for|come[ \t]+to[ \t]+(?:us|me)[ \t]+(?:with|for)|conditions?(?:[ \t]+(?:I|we)[ \t]+(?:see|treat|help))?|benefits?(?:[ \t]+include)?|relief[ \t]+from)[ \t]*:[ \t]*$/imu);
