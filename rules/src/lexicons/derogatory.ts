// Words that mock or demean patients, and insults aimed at named colleagues or organisations.
export const PATIENT_SLURS = [
  'frequent flyer', 'frequent flyers', 'frequent flier', 'frequent fliers', 'time waster', 'time wasters',
  'time-waster', 'time-wasters', 'timewaster', 'timewasters', '#timewasters', '#timewaster', 'bed blocker',
  'bed blockers', 'bed-blocker', 'bed-blockers', 'bed blocking', 'bed-blocking', 'gomer', 'gomers', 'heartsink',
  'heartsinks', 'heartsink patient', 'drug seeker', 'drug seekers', 'drug-seeker', 'drug-seekers', 'faking it',
  'faker', 'fakers', 'malingerer', 'malingerers', 'malingering', 'attention seeker', 'attention seekers',
  'attention-seeker', 'attention-seeking', 'crumblies', 'acopia', 'junkie', 'junkies', 'druggie',
  'druggies', 'nutter', 'nutters', 'psycho', 'waste of space', 'waste of oxygen', 'waste of skin', 'waste of air', 'waste of a bed', 'wasting our time',
  'wasting my time', 'worried well', 'pfo', 'cheeky sods', 'whinger', 'whingers',
];

/** Phrases that sneer at patients' use of services. */
export const MOCKERY = /\b(?:treat(?:s|ing)?[ \t]+(?:this[ \t]+place|A&E|the[ \t]+ED|ED|us|the[ \t]+NHS|GP)[ \t]+like[ \t]+an?[ \t]+\S+|(?:dealing|busy)[ \t]+with[ \t]+(?:actual|real)[ \t]+emergencies|(?:miraculous|magic(?:al)?)[ \t]+recover(?:y|ies)|vanishes[ \t]+the[ \t]+second|(?:give|gives|deserves?|earn(?:s|ed)?|owe)[ \t]+(?:(?:him|her|them|these|those|some)[ \t]+)?(?:a[ \t]+|their[ \t]+own[ \t]+)?loyalty[ \t]+(?:card|scheme|points|discount)|(?:Mr|Mrs|Miss|Ms)\.?[ \t]+(?:Chest|Back|Tummy|Belly|Abdo(?:minal)?|Head|Neck|Knee|Leg)[ \t]+(?:Pain|Ache)|(?:Mr|Mrs|Miss|Ms)\.?[ \t]+(?:Dizzy|Headache|Migraine|Collapse|Overdose|Sick[ \t]+Note|Funny[ \t]+Turn|Fits?|Fainty))\b/gi;

/** Words of contempt for a person: an attack when aimed at a named person or organisation. */
export const CONTEMPT = [
  'clueless', 'useless', 'hopeless', 'pathetic', 'incompetent', 'arrogant', 'corrupt', 'lazy', 'stupid', 'thick',
  'deluded', 'negligent', 'dishonest', 'shameless', 'spineless', 'gutless', 'greedy', 'self-serving', 'empire-builder',
  'jobsworth', 'pen-pusher', 'bean counter', 'muppet', 'buffoon', 'fool', 'prat', 'tosser', 'dinosaur', 'joke',
  'laughing stock', 'embarrassment', 'so-called', 'wouldn\u2019t know', "wouldn't know", 'wouldn\u2019t recognise', "wouldn't recognise", 'wouldn\u2019t recognize', "wouldn't recognize", 'couldn\u2019t run', "couldn't run",
  'should be struck off', 'should never have been', 'not fit to',
];

/** Sneering labels and sarcasm about patients. */
export const PATIENT_SNEERS = [
  'moaners', 'professional moaners', 'whingers', 'skivers', 'scroungers', 'soak', 'old soak', 'drunks', 'winos',
  'comedy gold', 'deserve an oscar', 'award-winning performance', 'oscar-worthy', 'bless them', 'taxi service',
  'lift a finger', 'our regulars', 'the regulars', 'usual suspects',
  'couldn\u2019t be bothered', "couldn't be bothered", 'put down the', 'the excuses we hear', 'the excuses',
  // dismissive idioms
  'get in the sea', 'do one', 'jog on', 'cry me a river', 'boo hoo', 'get a grip', 'man up', 'kick off', 'kicks off',
];

/** A group of patients or the public, as the target of a sneer. */
export const PATIENT_GROUPS = /\b(?:patients?|people|some[ \t]+people|folk|punters|regulars|attenders|relatives|families|parents|they|them|their|he|she|him|his|her|this[ \t]+(?:\w+[ \t]+){0,2}(?:man|woman|lad|bloke|guy|lady|soak|one)|these[ \t]+(?:people|ones|folk)|some[ \t]+of[ \t]+you|brigade)\b/i;

/** An eye-roll and similar emoji: mockery when aimed at patients. */
export const SNEER_EMOJI = /🙄|🤦|🤡|😒|🙃/u;

/** Insults that could be defamatory when aimed at a named person or organisation. */
export const INSULTS = [
  'charlatan', 'charlatans', 'quack', 'quacks', 'fraud', 'fraudster', 'fraudsters', 'crook', 'crooks',
  'con artist', 'con man', 'conman', 'snake oil salesman', 'snake-oil salesman', 'liar', 'liars', 'idiot', 'idiots',
  'moron', 'morons', 'clown', 'clowns', 'incompetent', 'scammer', 'scammers', 'grifter', 'grifters', 'shyster',
  'cowboy', 'cowboys', 'butcher', 'fleece', 'fleecing', 'rip-off merchant', 'a disgrace', 'dangerous idiot',
  'been lying', 'keeps lying', 'lied to the board', 'lying to the board', 'lying to patients', 'lying to the public',
];

/** Talk about a term rather than use of it ("stop calling patients 'frequent flyers'"). */
export const META_TALK = /\b(?:term|phrase|label|word|words|call|calls|called|calling|stop saying|never say|don['’]t say|hate (?:the|it when))\b/i;
