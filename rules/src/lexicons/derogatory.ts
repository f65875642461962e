// Words that mock or demean patients, and insults aimed at named colleagues or organisations.
import { fastRegExp } from '../util/fast-regexp.js';
export const PATIENT_SLURS = [
  'frequent flyer', 'frequent flyers', 'frequent flier', 'frequent fliers', 'time waster', 'time wasters',
  'time-waster', 'time-wasters', 'timewaster', 'timewasters', '#timewasters', '#timewaster', 'bed blocker',
  'bed blockers', 'bed-blocker', 'bed-blockers', 'bed blocking', 'bed-blocking', 'gomer', 'gomers', 'heartsink',
  'heartsinks', 'heartsink patient', 'drug seeker', 'drug seekers', 'drug-seeker', 'drug-seekers', 'faking it',
  'faker', 'fakers', 'malingerer', 'malingerers', 'malingering', 'attention seeker', 'attention seekers',
  'attention-seeker', 'attention-seekers', 'attention-seeking', 'crumblies', 'acopia', 'junkie', 'junkies', 'druggie',
  'druggies', 'nutter', 'nutters', 'psycho', 'waste of space', 'waste of oxygen', 'waste of skin', 'waste of air', 'waste of a bed', 'wasting our time',
  'wasting my time', 'worried well', 'pfo', 'cheeky sods', 'whinger', 'whingers',
];

/** Phrases that sneer at patients' use of services. */
export const MOCKERY = /\b(?:treat(?:s|ing)?[ \t]+(?:this[ \t]+place|A&E|the[ \t]+ED|ED|us|the[ \t]+NHS|GP)[ \t]+like[ \t]+an?[ \t]+\S+|(?:dealing|busy)[ \t]+with[ \t]+(?:actual|real)[ \t]+emergencies|(?:miraculous|magic(?:al)?)[ \t]+recover(?:y|ies)|vanishes[ \t]+the[ \t]+second|(?:give|gives|deserves?|earn(?:s|ed)?|owe)[ \t]+(?:(?:him|her|them|these|those|some)[ \t]+)?(?:a[ \t]+|their[ \t]+own[ \t]+)?loyalty[ \t]+(?:card|scheme|points|discount)|(?:Mr|Mrs|Miss|Ms)\.?[ \t]+(?:Chest|Back|Tummy|Belly|Abdo(?:minal)?|Head|Neck|Knee|Leg)[ \t]+(?:Pain|Ache)|(?:Mr|Mrs|Miss|Ms)\.?[ \t]+(?:Dizzy|Headache|Migraine|Collapse|Overdose|Sick[ \t]+Note|Funny[ \t]+Turn|Fits?|Fainty))\b/gi;

/** Words of contempt for a person: an attack when aimed at a named person or organisation. */
export const CONTEMPT = [
  'clueless', 'useless', 'hopeless', 'pathetic', 'incompetent', 'arrogant', 'corrupt', 'lazy', 'stupid', 'thick',
  'deluded', 'negligent', 'dishonest', 'shameless', 'brain rot', 'brainrot', 'spineless', 'gutless', 'greedy', 'self-serving', 'empire-builder',
  'jobsworth', 'pen-pusher', 'bean counter', 'muppet', 'buffoon', 'fool', 'prat', 'tosser', 'dinosaur', 'joke',
  'laughing stock', 'embarrassment', 'so-called', 'wouldn\u2019t know', "wouldn't know", 'wouldn\u2019t recognise', "wouldn't recognise", 'wouldn\u2019t recognize', "wouldn't recognize", 'couldn\u2019t run', "couldn't run",
  'should be struck off', 'should never have been', 'not fit to',
  'careerist', 'yes-man', 'yes-men', 'couldn\u2019t organise', "couldn't organise", 'couldn\u2019t organize', "couldn't organize", 'glorified',
  'gullible', 'brainless', 'knuckle-dragging', 'cult', 'sick cult', 'death cult', 'parasitic',
];

/** Sneering labels and sarcasm about patients. */
export const PATIENT_SNEERS = [
  'moaners', 'professional moaners', 'whingers', 'skivers', 'scroungers', 'old soak', 'drunks', 'winos',
  'comedy gold', 'deserve an oscar', 'award-winning performance', 'oscar-worthy', 'bless them', 'taxi service',
  'lift a finger', 'our regulars', 'the regulars', 'usual suspects',
  'couldn\u2019t be bothered', "couldn't be bothered", 'put down the', 'the excuses we hear', 'the excuses',
  // dismissive idioms
  'get in the sea', 'do one', 'jog on', 'cry me a river', 'boo hoo', 'get a grip', 'man up', 'kick off', 'kicks off',
  // said to or of patients: not ill, only weak, idle or greedy
  'snowflakes', 'toughen up', 'buttercups', 'got on with it', 'no willpower', 'zero willpower', 'shovelling', 'stuffing their faces',
  'professional victims', 'professional victim', 'milking the system', 'milk the system', 'milk every', 'milking every',
  'could walk just fine', 'could walk fine', 'if they felt like it', 'if they could be bothered', 'clogging up', 'clogging my', 'clogging our',
  'the good stuff',
];

/** A group of patients or the public, as the target of a sneer. */
export const PATIENT_GROUPS = /\b(?:patients?|people|some[ \t]+people|folk|punters|regulars|attenders|relatives|families|parents|they|them|their|he|she|him|his|her|this[ \t]+(?:\w+[ \t]+){0,2}(?:man|woman|lad|bloke|guy|lady|soak|one)|these[ \t]+(?:people|ones|folk)|some[ \t]+of[ \t]+you|brigade)\b/i;

/** An eye-roll and similar emoji: mockery when aimed at patients. */
export const SNEER_EMOJI = /🙄|🤦|🤡|😒|🙃/u;
/** Disgust in emoji (🤢, 🤮): at a person beside it, in a post about patients, a sneer at their body. */
export const DISGUST_EMOJI = /🤢|🤮/u;
/**
 * A patient made an object of desire: an aubergine emoji, "the fit lad in bay 3", "could
 * cannulate him all day". Counted only in a post about patients or from work (GMC: sexualised
 * remarks about patients breach their dignity).
 */
export const SEXUALISED = fastRegExp(/🍆|\b(?:fit|hot|sexy|fine)[ \t]+(?:lad|lads|guy|guys|bloke|patient|man|girl|woman|fella|dad|daddy|mum)\b|\bcould[ \t]+(?:[\p{L}-]+[ \t]+){1,2}(?:him|her)[ \t]+all[ \t]+(?:day|night)\b/iu);
/**
 * A call to readers to go after a person: "let her know what you think", "leave her salon a review",
 * "her Facebook is public", "flood his inbox". Harassment by proxy, whoever the person is.
 */
export const PILE_ON = fastRegExp(/\blet[ \t]+(?:her|him)[ \t]+know[ \t]+what[ \t]+you[ \t]+(?:all[ \t]+)?think\b|\b(?:leave|give|send)[ \t]+(?:her|him)[ \t]+(?:(?:salon|shop|business|page|practice|clinic)[ \t]+)?(?:a[ \t]+(?:review|piece[ \t]+of[ \t]+your[ \t]+mind)|some[ \t]+reviews|hell)\b|\b(?:her|his)[ \t]+(?:facebook|instagram|insta|profile|page|number|address|email)[ \t]+(?:is|are)[ \t]+(?:public|below|here|in[ \t]+the[ \t]+comments)\b|\bflood[ \t]+(?:her|his)[ \t]+(?:inbox|page|comments|reviews|dms)\b|\byou[ \t]+know[ \t]+what[ \t]+to[ \t]+do\b(?=[^.!?\n]{0,40}(?:👇|@|facebook|instagram|review))/iu);

/** Insults that could be defamatory when aimed at a named person or organisation. */
export const INSULTS = [
  'charlatan', 'charlatans', 'quack', 'quacks', 'fraud', 'fraudster', 'fraudsters', 'crook', 'crooks',
  'con artist', 'con man', 'conman', 'snake oil salesman', 'snake-oil salesman', 'liar', 'liars', 'idiot', 'idiots',
  'moron', 'morons', 'clown', 'clowns', 'incompetent', 'scammer', 'scammers', 'grifter', 'grifters', 'shyster',
  'cowboy', 'cowboys', 'butcher', 'fleece', 'fleecing', 'rip-off merchant', 'a disgrace', 'dangerous idiot',
  'been lying', 'keeps lying', 'lied to the board', 'lying to the board', 'lying to patients', 'lying to the public',
  'inbred', 'inbreds',
  // A person called a hazard on legs: "a walking Datix", "a walking lawsuit".
  'walking disaster', 'walking datix', 'walking lawsuit', 'walking liability', 'walking red flag', 'walking never event', 'walking complaint',
];

/**
 * Talk about a word rather than use of it: "the term", "that label", "stop saying" (not "a word" said
 * in passing: "nobody can understand a word"). Shared with the stance of any sentence (context/stance.ts).
 */
export const WORD_TALK = String.raw`term|phrase|label|(?<!\b(?:a|one|single|every|another|good|kind|last|final|get)[ \t])words?|hashtags?|stop[ \t]+saying|never[ \t]+say|don['’]t[ \t]+say|hate[ \t]+(?:the|it[ \t]+when)`;
/** …and calling someone a word ("stop calling patients …"), said before or after it. */
export const META_TALK = new RegExp(String.raw`\b(?:${WORD_TALK}|call(?:s|ed|ing)?[ \t]+(?:them|him|her|patients?|people|someone|somebody|anyone|us|me|it))\b`, 'i');

// Candidates beyond single words, for a remark that wishes harm on people, dehumanises them or
// holds a whole group in contempt. Each is only a candidate: the target and stance around it decide
// (see professionalism.ts). Written from how abuse is phrased, not from any one post.

/** Violence, death and suffering done to someone. */
export const HARM = fastRegExp(/\b(?:catch(?:es)?[ \t]+(?:it|covid|measles|polio|whooping[ \t]+cough|the[ \t]+(?:virus|flu|lot))|end[ \t]+up[ \t]+(?:in|on)[ \t]+(?:resus|ICU|intensive[ \t]+care|a[ \t]+ventilator|a[ \t]+vent)|(?:long[ \t]+)?night[ \t]+in[ \t]+resus|kill(?:ed|ing|s)?|murder(?:ed|ing|s)?|shoot(?:s|ing)?[ \t]+(?:[\p{L}’'-]+[ \t]+){1,5}?in[ \t]+the[ \t]+(?:face|head)|split(?:s|ting)?[ \t]+(?:him|her|them)[ \t]+(?:wide[ \t]+)?open|shoot(?:ing|s)?|stab(?:bed|bing|s)?|hang(?:ed|ing|s)?(?![ \t]+(?:in|on|out|around|up|about|tight|over))|gass(?:ed|ing)|gas[ \t]+(?:them|him|her|the[ \t]+lot)|nuke[ds]?|nuking|bomb(?:ed|ing|s)?(?![ \t]+site)|exterminat(?:e|ed|ing)|wipe[ds]?[ \t]+(?:\w+[ \t]+)?out|get[ \t]+rid[ \t]+of|beat[ \t]+(?:\w+[ \t]+)?up|punch(?:ed)?[ \t]+(?:him|her|them|you)|suffer(?:s|ed|ing)?|die(?:s|d)?|rot[ \t]+in|blow(?:s|n)?[ \t]+(?:[\p{L}’']+[ \t]+){1,2}?(?:brains[ \t]+out|heads?[ \t]+(?:\w+[ \t]+)?off)|(?:the[ \t]+)?wrong[ \t]+(?:meds|medications?|drugs|dose|doses)|inflict(?:s|ed)?|(?:took|take|taking|takes)[ \t]+out[ \t]+(?:about[ \t]+)?(?:\d+|some|a[ \t]+few|loads)[ \t]+of[ \t]+them|(?:someone|somebody|anyone|a[ \t]+patient)[ \t]+(?:please[ \t]+|to[ \t]+)?(?:code|crash|arrest)|shot[ \t]+in[ \t]+the[ \t]+(?:face|head)|hitler|holocaust|gas[ \t]+chambers?|trip(?:s|ped)?[ \t]+(?:down|over)|fall(?:s)?[ \t]+(?:down|off)|chok(?:e|es|ed)(?![ \t]+(?:on[ \t]+(?:food|a|their|his|her)|hazard))|break(?:s)?[ \t]+(?:his|her|their|your)[ \t]+(?:neck|legs?|arms?|fingers|back)|end(?:s)?[ \t]+up[ \t]+(?:on|in)[ \t]+(?:a[ \t]+)?(?:corridor[ \t]+)?(?:trolley|corridor|coffin|grave|morgue|cast|wheelchair)|spend(?:s)?[ \t]+(?:\w+[ \t]+){0,2}in[ \t]+a[ \t]+cast|get(?:s)?[ \t]+(?:hit[ \t]+by|run[ \t]+over)|(?:dragged|thrown|kicked|beaten|flogged|horsewhipped|strung[ \t]+up|lynched|lined[ \t]+up[ \t]+and)[ \t]+(?:out|into|in|off|up|down|against|from)?)\b/giu);

/** Wishing, intending or relishing: what turns harm named into harm wished. */
export const WISH = fastRegExp(/\b(?:I[ \t]+hope|hope[ \t]+(?:you|they|he|she|it|the[ \t]+lot|all[ \t]+of|every|those|these|that)|can['’]?t[ \t]+wait[ \t]+for[ \t]+the[ \t]+day|if[ \t]+(?:I|we)[ \t]+ever[ \t]+(?:meet|see|catch|get[ \t]+hold[ \t]+of)|I[ \t]+wish|wish[ \t]+(?:you|they|he|she)|(?:I|we)[ \t]*(?:['’]d|would)[ \t]+(?:gladly|happily|love[ \t]+to|like[ \t]+to)|(?:I|we)[ \t]*(?:['’]ll|will)[ \t]+(?:purposely|deliberately|happily|gladly)|ill[ \t]+purposely|purposely|deliberately|on[ \t]+purpose|please|(?:should|ought[ \t]+to|needs?[ \t]+to)[ \t]+be[ \t]+(?:shot|hanged|hung|killed|locked[ \t]+up|dragged|thrown|kicked|beaten|flogged|horsewhipped|strung[ \t]+up|lynched)|deserves?[ \t]+to|too[ \t]+bad|shame[ \t]+(?:he|she|they|it)[ \t]+(?:didn['’]t|couldn['’]t)|can['’]?t[ \t]+wait[ \t]+to|for[ \t]+all[ \t]+(?:I|we)[ \t]+care|let['’]s|(?:someone|somebody)[ \t]+(?:should|needs[ \t]+to)|(?:I|we)[ \t]+want[ \t]+(?:to|them|him|her))\b/iu);

/** Violent injury in its goriest wording: with words of delight beside it, relished. */
export const GORE = fastRegExp(/\b(?:blow(?:s|n)?[ \t]+(?:[\p{L}’']+[ \t]+){1,2}?(?:brains[ \t]+out|heads?[ \t]+(?:\w+[ \t]+)?off)|brains[ \t]+(?:out|spilling|everywhere)|shot[ \t]+in[ \t]+the[ \t]+(?:face|head)|shoot(?:s|ing)?[ \t]+(?:[\p{L}’'-]+[ \t]+){1,5}?in[ \t]+the[ \t]+(?:face|head)|split(?:s|ting)?[ \t]+(?:him|her|them)[ \t]+(?:wide[ \t]+)?open)\b/iu);

/** Words of delight: said of gore, they relish it. */
export const RELISH = /\b(?:favou?rites?|beauty|beautiful|awesome|amazing|so[ \t]+cool|my[ \t]+kind[ \t]+of|the[ \t]+best[ \t]+(?:bit|part))\b/i;

/** Cheering: harm told with a cheer is harm relished. */
export const CHEER = fastRegExp(/\b(?:yeo+w?|wo+ho+|woo+|ya+y|lo+l|ha(?:ha)+|get[ \t]+in|up[ \t]+the)\b|😂|🤣|🎉|👏|💀/iu);

/** Words that treat people as animals or dirt. */
export const DEHUMANISING = [
  'monkeys', 'monkey', 'apes', 'animals', 'vermin', 'cockroaches', 'rats', 'parasites', 'savages', 'subhuman',
  'sub-human', 'scum', 'scumbags', 'filth', 'pond life', 'inbreds', 'cavemen', 'leeches', 'swine', 'mongrels',
  'pigs', 'sheep', 'lemmings', 'feral',
];

/**
 * People said to come from the jungle or down from the trees: the old trope that likens a people to
 * animals by where they are said to be from ("straight down from the trees"). Counted with
 * DEHUMANISING, so it needs people as its target. "Came back from the jungle" is a trip, not a trope.
 */
export const PRIMITIVE_ORIGIN = fastRegExp(/\b(?:came|come|comes|coming)[ \t]+(?:straight[ \t]+)?(?:out[ \t]+of|from|down[ \t]+from|down[ \t]+out[ \t]+of)[ \t]+(?:the[ \t]+)?(?:\p{L}+[ \t]+(?:&|and)[ \t]+)?(?:jungles?|trees)\b/giu);

/** "Send them back": the demand that a group leave. */
export const EXPEL = fastRegExp(/\b(?:get|kick|throw|send)[ \t]+(?:them|['’]em|these[ \t]+\w+|those[ \t]+\w+|all[ \t]+of[ \t]+them)[ \t]+(?:out|back|home)\b|\bgo[ \t]+back[ \t]+(?:to|where)[ \t]+(?:your|their|they|you)\b|\bdon['’]?t[ \t]+belong[ \t]+here\b|\bdeport[ \t]+(?:them|the[ \t]+lot|all)\b|\blearn[ \t]+(?:some[ \t]+|the[ \t]+|proper[ \t]+)?English[ \t]+or\b/iu);

/**
 * A people accused, as a habit, of atrocities against "our" people: "they behead our …", "raping our
 * daughters". The present tense makes it a trait of theirs, not news of one event ("they killed two
 * soldiers"), and the victims are "our" people, the us-and-them of a hate post, not patients or a
 * service. Needs a person or group as its target (a bare "they" counts). Not "grooming our children"
 * nor "murdering our kids": a safeguarding warning about predators, or anger at a gun lobby, is
 * worded so too.
 */
export const ATROCITY = fastRegExp(/\b(?:rap(?:e|es|ing)|behead(?:s|ing)?|slaughter(?:s|ing)?|butcher(?:s|ing)?|chop(?:s|ping)?(?:[ \t]+off)?)[ \t]+our[ \t]+(?:[\p{L}'’-]+[ \t]+)?(?:women|girls|daughters|sisters|wives|mothers|children|kids|babies|sons|brothers|men|boys|people|heads)\b/giu);

/**
 * Mock surprise at what someone is blamed for: "… and then act shocked", "then play the victim". A
 * sneer: it needs patients or people around it to be about them.
 */
export const MOCK_SURPRISE = fastRegExp(/\b(?:and[ \t]+)?then[ \t]+(?:act|acts|acting|pretend|pretends|pretending|play|plays|playing)[ \t]+(?:all[ \t]+|so[ \t]+)?(?:shocked|surprised|the[ \t]+victim)\b/gi);

/**
 * The reader's taxes or money said to go to something, with that something in scare quotes: "your
 * taxes fund the 'support' of …". The scare quotes make it a sneer at whoever gets it; only a group of
 * people named in the sentence makes it one at them (see professionalism.ts).
 */
export const TAXES_SPENT = fastRegExp(/\b(?:your|our|my)[ \t]+(?:hard[ \t-]+earned[ \t]+)?(?:taxes|tax[ \t]+money|tax|council[ \t]+tax|money|national[ \t]+insurance)[ \t]+(?:\p{L}+[ \t]+){0,2}?(?:goes|go|going|went|is[ \t]+spent|are[ \t]+spent|is[ \t]+going|pays?|paid|paying|funds?|funding)[ \t]+(?:to|on|for|towards)\b/giu);
/** A phrase in scare quotes after it, in the same sentence: lower case, so not a scheme's own name ('Warm Homes'). */
export const SCARE_QUOTED = /^[^.!?]*?(?:(?<![\p{L}])'\p{Ll}[^'\n]{2,59}'(?![\p{L}])|‘\p{Ll}[^’\n]{2,59}’|"\p{Ll}[^"\n]{2,59}"|“\p{Ll}[^”\n]{2,59}”)/u;

/**
 * A patient made to go through a procedure again, told as the upshot: "so she had to be stuck
 * twice". Alone it is an honest account of a missed vein; after the patient mocked or insulted the
 * writer (PROVOKED, in the sentences before) it is told as payback.
 */
export const PAYBACK = fastRegExp(/\bso[ \t]+(?:he|she|they|the[ \t]+patient)[ \t]+(?:had|has|needed)[ \t]+to[ \t]+(?:get|be)[ \t]+(?:stuck|jabbed|poked|needled|bled|cannulated|re-?stuck|re-?bled|re-?cannulated)[ \t]+(?:twice|again|three[ \t]+times|a[ \t]+second[ \t]+time|a[ \t]+few[ \t]+more[ \t]+times)\b/gi);
/** A patient mocking, insulting or abusing the writer or the staff ("laughed at my …", "called me …"). */
export const PROVOKED = /\b(?:laugh(?:s|ed|ing)?|sneer(?:s|ed|ing)?|scoff(?:s|ed|ing)?|swore|swearing|yell(?:s|ed|ing)?|shout(?:s|ed|ing)?|spat|spit(?:s|ting)?|mock(?:s|ed|ing)?|insult(?:s|ed|ing)?|rude)[ \t]+(?:loudly[ \t]+)?(?:(?:at|to)[ \t]+)?(?:me|my|us|our|the[ \t]+(?:staff|nurses?|team|doctors?|students?))\b|\bcalled[ \t]+(?:me|us)\b/i;

/**
 * A group said to be given more than others: "they get all the hand-outs", "get more freebies". The
 * resentment trope; it needs a group of people as its target to count (said of patients or of
 * "people" it is not enough). Not "benefits", which a treatment has.
 */
export const PRIVILEGE = fastRegExp(/\b(?:get|gets|getting|got|given|receive|receives|receiving)[ \t]+(?:more|all[ \t]+the|special|extra|free|loads[ \t]+of|plenty[ \t]+of)[ \t]+(?:\p{L}+[ \t]+)?(?:hand[ \t-]?outs|freebies|perks|privileges|special[ \t]+treatment)\b/giu);

/** A death or harm counted as no loss. */
export const NO_LOSS = fastRegExp(/\bnothing[ \t]+of[ \t]+value[ \t]+(?:would[ \t]+be|was|is|will[ \t]+be)[ \t]+lost\b|\bno[ \t]+(?:great[ \t]+)?loss\b|\bgood[ \t]+riddance\b|\b(?:world|gene[ \t]+pool|society|ward)[ \t]+(?:would[ \t]+be|is|will[ \t]+be)[ \t]+better[ \t]+off[ \t]+without\b|\bone[ \t]+less[ \t]+(?:to[ \t]+worry|of[ \t]+them|set[ \t]+of[ \t]+obs|call[ \t]+bell|bed[ \t]+to[ \t]+\w+|patient[ \t]+to[ \t]+\w+|frequent[ \t]+flyer|mouth[ \t]+to[ \t]+feed)\b|\b(?:self-?discharged|transferred|discharged|moved)[ \t]+to[ \t]+the[ \t]+(?:big|great|final)[ \t]+(?:ward|unit|discharge[ \t]+lounge|ICU|A&E)[ \t]+in[ \t]+the[ \t]+sky\b|\b(?:won['’]t|wouldn['’]t|will[ \t]+not|would[ \t]+not|not[ \t]+going[ \t]+to)[ \t]+(?:shed[ \t]+(?:a|one|any)[ \t]+tears?|(?:have[ \t]+)?(?:lose|lost)[ \t]+(?:(?:any|a[ \t]+(?:minute|second|moment)['’]s|a[ \t]+wink[ \t]+of)[ \t]+)?sleep|be[ \t]+crying|cry)\b|\blet[ \t]+(?:natural[ \t]+selection|darwin|nature)\b|\bnatural[ \t]+selection[ \t]+(?:doing[ \t]+its[ \t]+(?:job|thing|work)|at[ \t]+(?:work|its[ \t]+finest)|in[ \t]+action)\b|\bdarwin[ \t]+awards?\b|\bclean(?:s|ing)?[ \t]+(?:up[ \t]+)?the[ \t]+gene[ \t]+pool\b|\bthin(?:s|ning)?[ \t]+(?:out[ \t]+)?the[ \t]+herd\b|\bhad[ \t]+it[ \t]+coming\b|\bdeserve[sd]?[ \t]+(?:everything|whatever|all)[ \t]+(?:that[ \t]+|what[ \t]+)?(?:[\p{L}'’]+[ \t]+){0,4}?(?:get|gets|got|did[ \t]+to|coming)\b/iu);

/** Smell and dirt said of a person. */
export const FOUL = fastRegExp(/\b(?:stink(?:s|ing|y)?|stunk|smelly|reek(?:s|ing)?|(?:urine|piss|sweat|booze|shit)[- ]smelling|smelling[ \t]+of[ \t]+(?:urine|piss|wee|booze|sick)|(?:urine|wee|piss|poo)[ \t]+(?:on|all[ \t]+over)[ \t]+(?:your|his|her|their))\b/iu);

/** Patients made into a game or a contest. */
export const GAME = fastRegExp(/\bguess[ \t]+(?:that|the|their|his|her)[ \t]+(?:weight|age|bmi)\b|\b(?:winner|award|prize)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:biggest|worst|stupidest|dumbest|daftest|best)\b|\b(?:biggest|worst|stupidest|dumbest|daftest)(?:-[\p{L}]+)?[ \t]+(?:[\p{L}.]+[ \t]+)?(?:call|patient|attender|excuse|admission|referral)[ \t]+(?:of[ \t]+the[ \t]+(?:day|week|month|year|shift)|goes[ \t]+to|award)\b|\b(?:patient|frequent[ \t]+flyer|ed|a&e)[ \t]+bingo\b|\bsweepstake[ \t]+on\b|\bplace[ \t]+your[ \t]+bets\b|\b(?:contest|competition|league[ \t]+table|leaderboard|sweepstake)[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?(?:worst|biggest|best|most|smelliest|dumbest|stupidest|fattest|loudest|rudest)|\brate[ \t]+(?:the|this|their|his|her)[ \t]+(?:excuse|performance|complaint|story|injury|pain)\b|\b(?:drop|post|leave)[ \t]+your[ \t]+(?:own[ \t]+)?(?:ratings?|scores?|guesses|captions?)\b|\bcaption[ \t]+this\b|\b(?:best|longest|biggest|largest|heaviest|worst|ugliest|weirdest|grossest|smelliest)[ \t]+(?:caption|guess|one)[ \t]+wins\b/iu);

/** A group described by one sweeping, contemptuous trait: "are by far the laziest", "get all the handouts". */
export const GROUP_TRAITS = [
  'lazy', 'laziest', 'lazier', 'cunning', 'underhanded', 'dirty', 'filthy', 'thieving', 'criminals', 'brainwashed',
  'backward', 'primitive', 'uncivilised', 'uncivilized', 'savage', 'violent', 'stupid', 'thick', 'dishonest',
  'liars', 'sly', 'greedy', 'handouts', 'hand outs', 'hand-outs', 'scroungers', 'benefit cheats', 'breed like', 'take over', 'taking over',
  'drunk', 'drunks', 'thief', 'thieves', 'too emotional', 'hysterical',
  'never worked a day', "never done a day's work", 'never done a day\u2019s work', 'never paid a penny', 'never paid a cent',
  'terrorists', 'rapists', 'groomers', 'invaders', 'too fat', 'cut corners', 'lie to your face', 'lie about everything',
  // the conspiracy trope: a group said to run or own institutions
  'running the', 'run the', 'control the', 'controls the', 'controlling the', 'own the', 'owns the', 'follow the money',
];

/** More contempt, said of people: counted with CONTEMPT, and three or more in one sentence is abuse. */
export const MORE_CONTEMPT = [
  'worthless', 'criminal', 'evil', 'backstabbing', 'back-stabbing', 'two-faced', 'snide', 'uneducated', 'ignorant',
  'disgusting', 'vile', 'brown-nosing', 'murderer', 'butchers', 'sadist', 'psychopath', 'cowards',
];

/** Mock praise: sarcasm about a patient when it sits in a post about patients at work. */
export const SARCASM = fastRegExp(/\bnothing[ \t]+says[ \t]+["“']?[\p{L} ]{3,20}?["”']?[ \t]+like\b|\b(?:truly|such)[ \t]+(?:an?[ \t]+)?(?:inspiration|hero|legend)\b|\bbravest[ \t]+(?:man|woman|person|patient|guy|lady|soul)\b|\bthank[ \t]+you,?[ \t]+(?:sir|madam|ma['’]am)\b|\bfor[ \t]+your[ \t]+(?:brave[ \t]+)?service[ \t]+to\b|\bmiraculously[ \t]+(?:walks|recovers|cured|better|fine|gets[ \t]+up)\b|\b(?:give|gives|deserves?)[ \t]+(?:him|her|them|(?:that|this)[ \t]+(?:man|woman|guy|lady|bloke|patient|one))[ \t]+an?[ \t]+(?:oscar|bafta|medal|award)\b|\bnot[ \t]+like[ \t]+(?:the[ \t]+patient|he|she|they)(?:[ \t]+(?:was|is|were|are)|['’](?:s|re|ll|d))?[ \t]+(?:going[ \t]+to[ \t]+|gonna[ \t]+|ever[ \t]+going[ \t]+to[ \t]+|will[ \t]+|would[ \t]+)?(?:complain|notice|mind|sue|remember|feel[ \t]+(?:it|a[ \t]+thing))\b|\bso[ \t]+(?:I|we)[ \t]+(?:made[ \t]+sure[ \t]+(?:he|she|they)|took[ \t]+(?:my|our)[ \t]+(?:sweet[ \t]+)?time|used[ \t]+the[ \t]+(?:biggest|largest|bluntest|widest|thickest))\b/iu);

/** A nickname given to a patient: "we've nicknamed her …", "known to us as …", "meet 'Captain …'". */
export const NICKNAME = /\b(?:nick-?named|dubbed|christened|(?:we|I|they|staff)[ \t]+(?:have[ \t]+|['’]ve[ \t]+)?(?:re)?named[ \t]+(?:him|her|them)|(?:we|I|everyone|staff)[ \t]+(?:all[ \t]+)?call(?:s|ed)?[ \t]+(?:him|her|them)|known[ \t]+(?:to[ \t]+(?:us|staff|the[ \t]+team)|on[ \t]+the[ \t]+ward|here)[ \t]+as)[ \t]+["“‘']?(?:the[ \t]+)?\p{Lu}[\p{L}-]*|\bmeet[ \t]+["“‘']\p{Lu}[\p{L}-]*/u;

// Forms of contempt for patients that real posts use beyond the words above (issue 15, by
// mechanism): slang names for people who use drugs or alcohol, for old or mentally ill people; names
// that reduce a person to their body or their manners; put-downs of someone's intelligence; an
// illness put in scare quotes; laughing at someone; an illness said to be deserved; people likened to
// animals for how they look or move. Each is a candidate the target and stance around it decide.

/** Slang names for patients by what they use, their age or their mental health: demeaning whoever they are said of. */
export const MORE_PATIENT_SLURS = [
  'smackhead', 'smackheads', 'smack head', 'smack heads', 'crackhead', 'crackheads', 'crack head', 'crack heads',
  'alkie', 'alkies', 'alky', 'pisshead', 'pissheads', 'piss-head', 'piss-heads', 'coffin dodger', 'coffin dodgers',
  'coffin-dodger', 'coffin-dodgers', 'wrinklies', 'oxygen thief', 'oxygen thieves', 'nutjob', 'nutjobs', 'nut job',
  'nut jobs', 'nutcase', 'nutcases', 'loony', 'loonies', 'looney', 'looneys', 'schizo', 'schizos', 'pill-popper',
  'pill-poppers', 'pill popper', 'pill poppers', 'darwin award', 'darwin awards', 'darwin award nominee',
  // people with mental illness or health anxiety, named by it
  'crazies', 'headcases', 'head cases', 'loons', 'fruitcakes', 'psychos', 'hypochondriacs', 'sickos',
];

/**
 * Names for a person that reduce them to their body, manners or class. Unlike the slurs above they
 * are also said of oneself ("I'm such a drama queen"), so they need someone else as their target.
 */
export const PUTDOWNS = [
  'drama queen', 'drama queens', 'gobby', 'old biddy', 'biddy', 'biddies', 'fatso', 'fatsos', 'lard-arse', 'lardarse',
  'lard arse', 'lardass', 'lard-ass', 'landwhale', 'land whale', 'land whales', 'beached whale', 'beached whales',
  'hambeast', 'heifer', 'heifers', 'porker', 'porkers', 'fat cow', 'fat pig', 'fat slob', 'fat lump', 'slob', 'slobs',
  'waster', 'wasters', 'layabout', 'layabouts', 'toerag', 'toerags', 'gobshite', 'gobshites', 'pill-popping',
  'lowlife', 'lowlifes', 'low-life', 'low-lifes', 'degenerate', 'degenerates', 'white trash', 'trailer trash', 'chav',
  'chavs', 'chavvy', 'scrote', 'scrotes', 'skank', 'skanks', 'window licker',
  'freak', 'freaks', 'weirdo', 'weirdos', 'brat', 'brats', 'total hack', 'complete hack', 'absolute hack', 'utter hack',
  'nasty piece of work', 'weasel', 'weasels', 'drain on society', 'burden on society', 'leeching off', 'freeloaders', 'freeloader', 'spongers',
  // dismissed, as if illness were weakness: said to or of someone, not to oneself
  'grow some balls', 'pull yourself together', 'pull themselves together', 'snap out of it',
  'stop moaning', 'stop whining', 'stop whinging', 'harden up', 'suck it up', 'window-licker',
  // a colleague put in their place
  'know your place', 'know their place', 'know her place', 'know his place', 'leave the thinking to',
];

/**
 * Put-downs of someone's intelligence in idiom: "the brains of a goldfish", "thick as two short
 * planks", "not the sharpest tool", "one brain cell". Counted with PUTDOWNS.
 */
export const DIM = fastRegExp(/\b(?:room[ \t-]+temp(?:erature)?[ \t]+IQ|(?:brains?|brain[ \t]+cells?|IQ|intelligence|sense)[ \t]+of[ \t]+an?[ \t]+(?:\p{L}+[ \t]+)?(?:goldfish|gnat|potato|houseplant|plank|brick|rock|amoeba|turnip|cabbage|sheep|lettuce|doorknob|pigeon)|thick[ \t]+as[ \t]+(?:two[ \t]+short[ \t]+planks|mince|pigshit|shit|a[ \t]+brick|custard)|not[ \t]+the[ \t]+(?:sharpest|brightest)[ \t]+(?:tool|knife|bulb|crayon|spark|pencil|button)|(?:a[ \t]+)?(?:few|couple[ \t]+of)[ \t]+(?:sandwiches|fries|bricks|cards|beers)[ \t]+short[ \t]+of|(?:only|just)[ \t]+(?:has[ \t]+|have[ \t]+|got[ \t]+)?one[ \t]+brain[ \t]+cell|lights[ \t]+are[ \t]+on[ \t]+but[ \t]+nobody|(?:lying[ \t]+)?(?:sack|bag|pile|lump)[ \t]+of[ \t]+(?:sh[i*!1]t|s\*\*t|crap|shite|lard|garbage)|(?:just|only)[ \t]+(?:men|blokes|guys|dudes|lads)[ \t]+in[ \t]+(?:dresses|frocks|wigs|lipstick|skirts)|grow[ \t]+a[ \t]+pair\b(?![ \t]+of))/giu);

/**
 * Acceptance of people waved away as unable to change what they "really" are: "no amount of
 * pronouns will change that". Said of inclusion, not of a treatment or a budget.
 */
export const NO_AMOUNT = fastRegExp(/\bno[ \t]+amount[ \t]+of[ \t]+(?:\p{L}+[ \t]+)?(?:pronouns|tolerance|acceptance|inclusion|inclusivity|diversity|wokeness|woke(?:ry)?|political[ \t]+correctness|virtue[ \t]+signall?ing|affirmation|self-?id|lipstick|dresses|wigs|hormones|pretending)[ \t]+(?:\p{L}+[ \t]+){0,3}?(?:change|changes|alter|make)\b/giu);

/** "Hey fatty", "oi, fatty!": the word said to someone; "fatty liver" and "fatty acids" are clinical. */
export const FATTY = /\b(?:hey|oi|you|ya|come[ \t]+on),?[ \t]+(?:\p{L}+[ \t]+)?fatty\b(?![ \t]+(?:liver|acids?|foods?|tissue|deposits?|streaks?|change|infiltration|plaques?|stools?|lumps?|meals?|diet))/giu;

/** A person called a vegetable where they lie, or said to be one; not a vegetable eaten or grown. */
export const VEGETABLE = /\b(?:vegetable|cabbage)[ \t]+(?:in|on)[ \t]+(?:bed|bay|cubicle|side[ \t]?room|resus|the[ \t]+ward)\b|\b(?:he['’]s|she['’]s|he[ \t]+is|she[ \t]+is|they['’]re|basically|now)[ \t]+(?:basically[ \t]+|just[ \t]+|now[ \t]+)?(?:an?[ \t]+)?(?:vegetable|cabbage)s?\b(?![ \t-]+(?:soup|patch|garden|oil|stock|curry|lasagne|bake|plot|box|peeler|side))/giu;

/**
 * Food told to a fat person, as a sneer: "put the pie down", "lay off the takeaways", "step away from
 * the biscuits". Not the writer's own ("I put the cake down and went for a run").
 */
export const FOOD_SNEER = fastRegExp(/(?<!\b(?:I|we|I['’]ve|just)[ \t]{1,3})\b(?:put[ \t]+(?:the|that|your|those)[ \t]+(?:\p{L}+[ \t]+)?(?:pies?|cakes?|forks?|doughnuts?|donuts?|burgers?|chips|crisps|biscuits?|takeaways?|kebabs?|pizzas?|chocolate|sweets)[ \t]+down|lay[ \t]+off[ \t]+the[ \t]+(?:pies?|cakes?|takeaways?|doughnuts?|donuts?|burgers?|chips|crisps|biscuits?|kebabs?|pizzas?|chocolate|sweets|carbs|buffet)|step[ \t]+away[ \t]+from[ \t]+the[ \t]+(?:fridge|buffet|biscuits?|cakes?|pies?|chippy|takeaway))\b/giu);

/**
 * A patient's illness put in scare quotes: "her 'seizure'", "she's 'allergic'", "his '10/10 pain'".
 * The quotes say the writer disbelieves it. Only a lower-case word of illness right after a
 * determiner or a verb of being, so not a label quoted to discuss it, nor a patient's own phrase.
 */
export const SCARE_QUOTED_ILLNESS = fastRegExp(/\b(?:her|his|their|the|a|an|this|that|your|so|is|are|was|were|being|had|has|having|got|in|more|any|['’]s|['’]re)[ \t]+(?:'|‘|"|“)(?:(?:\d{1,2}[ \t]*\/[ \t]*10|\p{Ll}+)[ \t]+)?(?:seizures?|fits?|pain|agony|allerg(?:y|ies|ic)|intoleran(?:ce|t)|collapses?|faint(?:s|ed|ing)?|blackouts?|anxiety|depression|depressed|fibromyalgia|chronic[ \t]+fatigue|whiplash|disabilit(?:y|ies)|disabled|illness|ill|sick|unwell|migraines?|panic[ \t]+attacks?|symptoms|trauma|ptsd|adhd|autism|autistic|overdose|suicidal|(?:\d{1,2}[ \t]*\/[ \t]*10))(?:'|’|"|”)(?![\p{L}])/giu);

/**
 * Laughing at someone: "lol at the woman who …", "cried laughing at the guy …". Not at a joke, a film
 * or a magic trick: PERSON_AFTER asks for a person (or their state, size or face) in the words after.
 */
export const LAUGHED_AT = fastRegExp(/\b(?:lol|lmao|lmfao|rofl|(?:cried|crying|wet[ \t]+myself|pissed[ \t]+myself|creased|howl(?:ed|ing))[ \t]+laughing|in[ \t]+stitches|laugh(?:ed|ing|s)?|giggl(?:ed|ing)|snigger(?:ed|ing)|chuckl(?:ed|ing)|smirk(?:ed|ing))[ \t]+at[ \t]+(?:the|this|that|a|my|our|some|these|those|his|her|him|them|bed|bay|cubicle)\b/giu);
export const PERSON_AFTER = /^[ \t]+(?!(?:[\p{L}'’-]+[ \t]+){0,2}?(?:jokes?|tricks?|films?|movies?|panto|puns?|stories|story|memes?|videos?|cartoons?|sketch|show|banter)\b)(?:[\p{L}'’-]+[ \t]+){0,3}?(?:man|men|woman|women|lady|ladies|bloke|blokes|guy|guys|lad|lads|girl|boy|patients?|relatives?|mum|dad|wife|husband|kids?|child|children|baby|fella|gent|gentleman|drunks?|family|families|people|person|folk|one|ones|state|size|face|\d{1,2})\b/iu;

/** An illness said to be deserved or self-inflicted: "deserve their heart attacks", "serves him right". */
export const DESERVED = fastRegExp(/\bserves?[ \t]+(?:him|her|them|you|['’]em)[ \t]+right\b|\bbrought[ \t]+it[ \t]+on[ \t]+(?:themselves|himself|herself|yourself|yourselves)\b|\bdeserve[sd]?[ \t]+(?:their|his|her|your|every)[ \t]+(?:\p{L}+[ \t]+)?(?:heart[ \t]+attacks?|strokes?|cancers?|diabetes|cirrhosis|illness(?:es)?|diseases?|amputations?|overdoses?|injur(?:y|ies)|infections?|gout|copd|emphysema|stis?|chlamydia|hangovers?|pain|suffering|misery)\b|\bnatural[ \t]+selection[ \t]+(?:at[ \t]+work|in[ \t]+action|doing[ \t]+its[ \t]+(?:job|thing|work))\b|\b(?:cleaning|chlorinating|improving|cleansing|thinning)[ \t]+(?:out[ \t]+)?the[ \t]+gene[ \t]+pool\b|\bdarwin[ \t]+(?:at[ \t]+work|in[ \t]+action|doing[ \t]+his[ \t]+(?:job|thing|work))\b|\b(?:gets?|deserves?)[ \t]+(?:no|zero)[ \t]+sympathy\b(?![ \t]+from[ \t]+(?!me\b|us\b))|\b(?:I|we)[ \t]+(?:have|feel|['’]ve[ \t]+got|had)[ \t]+(?:zero|no)[ \t]+sympathy[ \t]+for\b/giu);

/**
 * A person likened to an animal for how they look or move: "waddled in like a penguin", "built like a
 * hippo". "Like a dog with a bone", "sleeps like a baby" are idioms about anyone and are not listed.
 */
export const LIKE_AN_ANIMAL = fastRegExp(/\blike[ \t]+(?:(?:an?|some)[ \t]+)?(?:(?:baby|big|great|fat|giant|beached|stranded|wounded|bloated|massive|huge)[ \t]+)?(?:penguins?|hippos?|hippopotamus|whales?|walrus(?:es)?|elephants?|cows?|heifers?|rhinos?|gorillas?|baboons?|orang-?utans?|seals?|sea[ \t]+lions?|slugs?|trolls?|ogres?|hyenas?|warthogs?|hogs?|buffalo(?:es)?)\b/giu);
/** Clinical words beside a likeness: a sign or a gait described ("a waddling gait, like a penguin"). */
export const CLINICAL_LIKENESS = /\b(?:gait|myopathy|weakness|sign|signs|dysplasia|trendelenburg|muscles?|nerves?|palsy|syndrome|disease|disorder|presentation|classic(?:ally)?|textbook|described|pelvis|pelvic|hip|hips|pregnan(?:t|cy))\b/i;

/** "Someone gag her", "let them rot": a harm called for that HARM's lists of violence leave out. */
export const SILENCE_OR_ROT = fastRegExp(/\b(?:someone|somebody|anyone)[ \t]+(?:please[ \t]+)?(?:gag|slap|smother|muzzle|throttle|strangle|shut)[ \t]+(?:him|her|them|['’]em)\b|\b(?:left|leave|let)[ \t]+(?:(?:him|her|them|['’]em)[ \t]+)?(?:to[ \t]+)?rot\b|\b(?:happy|glad|tempted|content)[ \t]+to[ \t]+(?:just[ \t]+)?let[ \t]+(?:him|her|them|['’]em|these[ \t]+\p{L}+|those[ \t]+\p{L}+)[ \t]+(?:die|bleed[ \t]+out|suffer|choke|rot|drown|get[ \t]+on[ \t]+with[ \t]+it)\b|\b(?:(?:step|walk|fall|jump)(?:s|ed|ing)?|throw[ \t]+(?:him|her|them|yourself|himself|herself|themselves))[ \t]+(?:out[ \t]+)?in[ \t]+front[ \t]+of[ \t]+(?:a|the)[ \t]+(?:bus|train|lorry|truck|car|tube)\b|\bruns?[ \t]+(?:him|her|them|['’]em|that[ \t]+\p{L}+|the[ \t]+\p{L}+)[ \t]+over\b|\b(?:put|hold|held)[ \t]+a[ \t]+pillow[ \t]+over[ \t]+(?:his|her|their|your)[ \t]+face\b|\b(?:house|home|car|office)[ \t]+(?:burns?|burnt|burned|goes[ \t]+up)[ \t]+(?:down|in[ \t]+flames)\b|\b(?:getting|gets|get|give|giving)[ \t]+(?:(?:him|her|them)[ \t]+)?(?:a[ \t]+)?(?:smack|slap|kicking|good[ \t]+hiding|hiding|beating|thump|battering|pasting|punch)\b/giu);

/** People said to be unfit to have children: "shouldn't be allowed to breed". */
export const UNFIT_TO_BREED = fastRegExp(/\b(?:(?:shouldn['’]t|should[ \t]+not|should[ \t]+never|mustn['’]t)[ \t]+be[ \t]+allowed[ \t]+to|too[ \t]+(?:\p{L}+[ \t]+){1,2}?to[ \t]+be[ \t]+allowed[ \t]+to)[ \t]+(?:breed|reproduce|procreate|vote|have[ \t]+(?:kids|children|babies))\b|\b(?:shouldn['’]t|should[ \t]+not|should[ \t]+never)[ \t]+be[ \t]+(?:surgeons|doctors|nurses|medics|consultants|in[ \t]+medicine)\b|\b(?:(?:need|needs|ought)[ \t]+to[ \t]+be[ \t]+(?:sterili[sz]ed|neutered|spayed|castrated)|(?:sterili[sz]e|neuter|spay|castrate)[ \t]+(?:them|him|her|['’]em|the[ \t]+lot))\b/giu);

/** Sarcasm about coming to hospital: "we have nothing better to do", "apparently a cold is an emergency now". */
export const WASTED_SARCASM = fastRegExp(/\b(?:it['’]s[ \t]+)?not[ \t]+like[ \t]+we(?:['’]re|[ \t]+are)[ \t]+(?:busy|rushed[ \t]+off)|\b(?:we|I)[ \t]+(?:have|['’]ve[ \t]+got|had|['’]d)[ \t]+nothing[ \t]+better[ \t]+to[ \t]+do\b|\bapparently[ \t]+(?:[\p{L}\p{N}'’&-]+[ \t]+){1,10}?(?:is|counts[ \t]+as|are)[ \t]+(?:an?[ \t]+)?(?:emergenc(?:y|ies)|999[ \t]+call)(?:[ \t]+now)?\b|\bbecause[ \t]+that['’]s[ \t]+what[ \t]+(?:A&E|the[ \t]+ED|ED|ER|999|911|an[ \t]+ambulance|ambulances|GPs?)[ \t]+(?:is|are)[ \t]+for\b|\b(?:truly|such|a[ \t]+real|what)[ \t]+an?[ \t]+(?:genius|einstein|rocket[ \t]+scientist|mastermind|brain[ \t]+surgeon)\b(?![ \t]+(?:idea|move|plan|solution|hack|invention|of[ \t]+a))/giu);

/** Rating or spotting patients as a game: "scores out of ten for tonight's drunks", "spot the fake fit". */
export const RATING = fastRegExp(/\b(?:scores?|marks?|ratings?)[ \t]+out[ \t]+of[ \t]+(?:10|ten)[ \t]+for\b|\bcaption[ \t]+(?:competition|contest)\b|\brat(?:e|ing)[ \t]+(?:my|our|this|these|today['’]s|tonight['’]s|last[ \t]+night['’]s)[ \t]+(?:patients?|drunks|attenders|regulars|excuses?|frequent[ \t]+flyers?|customers|punters|clientele)\b|\bspot[ \t]+the[ \t]+(?:fake|faker|drunk|junkie|malingerer|druggie|time[ \t-]?waster)\b/giu);

/** An illness called fake: "another fake seizure", "her fake pain". Counted with SCARE_QUOTED_ILLNESS. */
export const FAKED_ILLNESS = fastRegExp(/\bnot[ \t]+(?:ill|sick|unwell|poorly|in[ \t]+pain)[ \t]*[,;:—–-][ \t]*(?:they|he|she|you)['’](?:re|s)[ \t]+(?:just[ \t]+)?(?:bored|lazy|pretending|faking[ \t]+it|at[ \t]+it|attention[ \t-]seeking|drunk|after[ \t]+(?:a[ \t]+)?(?:sick[ \t]+note|attention|drugs))\b|\b(?:fake|faked|pretend)[ \t]+(?:seizures?|fits?|pain|collapses?|faints?|blackouts?|overdoses?|symptoms|illness|limp|cough|tears|coma)\b(?![ \t-]+(?:stories|videos?|news|posts?|claims|trends?|content|accounts?|clips?))/giu);

/** Ranking one's own patients by looks, smell or size as a specimen: "ugliest baby I've delivered", "biggest human I've clerked". */
export const LOOKS_RANKED = fastRegExp(/\b(?:(?:biggest|largest|widest)[ \t]+(?:human(?:[ \t]+being)?|person|specimen|creature|unit)|(?:ugliest|fattest|smelliest|hairiest|grossest|dirtiest|stinkiest|weirdest[ \t-]+looking|scruffiest|chunkiest|heaviest)[ \t]+(?:\p{L}+[ \t]+)?(?:patients?|baby|babies|man|woman|bloke|guy|lady|kid|child|mum|dad|one))[ \t]+(?:I|we)(?:['’]ve|[ \t]+have|['’]d|[ \t]+had)?[ \t]+(?:ever[ \t]+)?(?:seen|delivered|had|treated|scanned|met|examined|clerked|admitted|operated[ \t]+on|dealt[ \t]+with)\b/giu);

/**
 * A patient's crisis or body told as a laugh: "CPR on a bloke in a bathtub … 😂", "so fat we needed
 * the hoist 😂". Not "died" or "dead" ("I nearly died 😂"), nor resus the room. Told plainly these are work; only a laugh beside them (CHEER) makes them a joke.
 */
export const CRISIS_OR_BODY = fastRegExp(/\b(?:cpr|(?:work(?:ed|ing)?|ran|running|call(?:ed|ing)?)[ \t]+a[ \t]+code|code[ \t]+blue|coded|arrested|overdosed|DOA|so[ \t]+(?:fat|big|huge|obese|massive|heavy|enormous|hairy|smelly)[ \t]+(?:that[ \t]+)?(?:we|I|they|the[ \t]+\p{L}+)|size[ \t]+of[ \t]+(?:this|that|his|her|the)[ \t]+(?:\p{L}+['’]s[ \t]+)?(?:belly|arse|ass|gut|backside|bum))\b/giu);

/**
 * Blame said as a sarcastic condition: "perhaps if you'd turned up to your appointments you
 * wouldn't be in pain", "maybe if they kept it in their pants the NHS wouldn't have to pay". A
 * person's own conduct blamed for their illness or its cost. Not a policy ("if we funded GPs
 * properly, patients wouldn't need A&E"): the condition is someone's own doing.
 */
export const BLAME_IF = fastRegExp(/\b(?:maybe|perhaps)[ \t]{1,3}if[ \t]{1,3}(?:you|he|she|they|people|patients)(?:['’]d|[ \t]{1,3}had|[ \t]{1,3}just|[ \t]{1,3}actually|[ \t]{1,3}simply)?[ \t]{1,3}(?:kept|ate|eaten|drank|drunk|smoked|turned[ \t]{1,3}up|showed[ \t]{1,3}up|bothered|listened|exercised|flossed|brushed|lost|stopped|took|taken|put|stayed|got[ \t]{1,3}off|came)\b[^.!?\n]{0,80}?\b(?:you|he|she|they|we|the[ \t]{1,3}NHS|taxpayers?)[ \t]{1,3}(?:wouldn['’]t|would[ \t]{1,3}not|might[ \t]{1,3}not)\b/giu);

/** Someone's accent mocked: an impression of it, a put-on accent, a quote in mock spelling. */
export const ACCENT_MOCKED = fastRegExp(/\b(?:(?:put[- ]on|fake|thick|funny|silly|mock|comedy)[ \t]{1,3}(?:[\p{L}-]{1,20}[ \t]{1,3})?accent|(?:impression|impersonation|imitation)[ \t]{1,3}of[ \t]{1,3}(?:our|the|my|his|her|their|this)[ \t]{1,3}(?:new[ \t]{1,3})?(?:SHO|FY1|FY2|reg|registrar|consultant|doctor|nurse|locum|colleague|IMG|patient)s?|(?:mock(?:s|ed|ing)?|imitat(?:e|es|ed|ing)|do(?:ing)?)[ \t]{1,3}(?:his|her|their|the)[ \t]{1,3}accent)\b/giu);

/**
 * Mock congratulations to a patient named by where they lie: "massive congratulations to the
 * gentleman in bay 3 who ate a Twix while nil by mouth". Counted as sarcasm only where the sentence
 * laughs or crowns it (MOCK_CROWN): plain thanks or praise to a patient is not mockery.
 */
export const MOCK_CONGRATULATIONS = fastRegExp(/\b(?:(?:massive|huge|big|special)[ \t]{1,3})?(?:congratulations|congrats|well[ \t]{1,3}done|shout-?out|round[ \t]{1,3}of[ \t]{1,3}applause|hats[ \t]{1,3}off|award)[ \t]{1,3}(?:goes[ \t]{1,3})?to[ \t]{1,3}(?:the|our)[ \t]{1,3}(?:[\p{L}-]{1,20}[ \t]{1,3})?(?:gentleman|gent|lady|man|woman|patient|lad|chap|guy|fella|bloke)[ \t]{1,3}(?:in|from|on)[ \t]{1,3}(?:bay|bed|cubicle|side[ \t]?room|resus|majors|minors)\b/giu);
/** What makes congratulations mock: a laugh, a trophy, praise for athleticism or genius (applause and "legend" are said in earnest too). */
export const MOCK_CROWN = /😂|🤣|💀|🏆|\b(?:elite|athleticism|genius|gold[ \t]medal)\b/iu;
