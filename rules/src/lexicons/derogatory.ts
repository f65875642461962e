// Words that mock or demean patients, and insults aimed at named colleagues or organisations.
export const PATIENT_SLURS = [
  'frequent flyer', 'frequent flyers', 'frequent flier', 'frequent fliers', 'time waster', 'time wasters',
  'time-waster', 'time-wasters', 'timewaster', 'timewasters', '#timewasters', '#timewaster', 'bed blocker',
  'bed blockers', 'bed-blocker', 'bed-blockers', 'bed blocking', 'bed-blocking', 'gomer', 'gomers', 'heartsink',
  'heartsinks', 'heartsink patient', 'drug seeker', 'drug seekers', 'drug-seeker', 'drug-seekers', 'faking it',
  'faker', 'fakers', 'malingerer', 'malingerers', 'malingering', 'attention seeker', 'attention seekers',
  'attention-seeker', 'attention-seeking', 'crumblies', 'acopia', 'junkie', 'junkies', 'druggie',
  'druggies', 'nutter', 'nutters', 'psycho', 'waste of space', 'waste of a bed', 'wasting our time',
  'wasting my time', 'worried well', 'pfo', 'cheeky sods', 'whinger', 'whingers',
];

/** Phrases that sneer at patients' use of services. */
export const MOCKERY = /\b(?:treat(?:s|ing)?[ \t]+(?:this[ \t]+place|A&E|the[ \t]+ED|ED|us|the[ \t]+NHS|GP)[ \t]+like[ \t]+an?[ \t]+\S+|(?:dealing|busy)[ \t]+with[ \t]+(?:actual|real)[ \t]+emergencies|(?:miraculous|magic(?:al)?)[ \t]+recover(?:y|ies)|vanishes[ \t]+the[ \t]+second)\b/gi;

/** An eye-roll and similar emoji: mockery when aimed at patients. */
export const SNEER_EMOJI = /🙄|🤦|🤡|😒/u;

/** Insults that could be defamatory when aimed at a named person or organisation. */
export const INSULTS = [
  'charlatan', 'charlatans', 'quack', 'quacks', 'fraud', 'fraudster', 'fraudsters', 'crook', 'crooks',
  'con artist', 'con man', 'conman', 'snake oil salesman', 'snake-oil salesman', 'liar', 'liars', 'idiot', 'idiots',
  'moron', 'morons', 'clown', 'clowns', 'incompetent', 'scammer', 'scammers', 'grifter', 'grifters', 'shyster',
  'cowboy', 'cowboys', 'butcher', 'fleece', 'fleecing', 'rip-off merchant', 'a disgrace', 'dangerous idiot',
];

/** Talk about a term rather than use of it ("stop calling patients 'frequent flyers'"). */
export const META_TALK = /\b(?:term|phrase|label|word|words|call|calls|called|calling|stop saying|never say|don['’]t say|hate (?:the|it when))\b/i;
