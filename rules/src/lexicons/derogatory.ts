// Words that mock or demean patients, and insults aimed at named colleagues or organisations.
import { fastRegExp } from '../util/fast-regexp.js';
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
  'careerist', 'yes-man', 'yes-men', 'couldn\u2019t organise', "couldn't organise", 'couldn\u2019t organize', "couldn't organize", 'glorified',
  'gullible', 'brainless', 'knuckle-dragging', 'cult', 'sick cult', 'death cult', 'freeloaders', 'parasitic',
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

/** Insults that could be defamatory when aimed at a named person or organisation. */
export const INSULTS = [
  'charlatan', 'charlatans', 'quack', 'quacks', 'fraud', 'fraudster', 'fraudsters', 'crook', 'crooks',
  'con artist', 'con man', 'conman', 'snake oil salesman', 'snake-oil salesman', 'liar', 'liars', 'idiot', 'idiots',
  'moron', 'morons', 'clown', 'clowns', 'incompetent', 'scammer', 'scammers', 'grifter', 'grifters', 'shyster',
  'cowboy', 'cowboys', 'butcher', 'fleece', 'fleecing', 'rip-off merchant', 'a disgrace', 'dangerous idiot',
  'been lying', 'keeps lying', 'lied to the board', 'lying to the board', 'lying to patients', 'lying to the public',
];

/** Talk about a term rather than use of it ("stop calling patients 'frequent flyers'"). */
export const META_TALK = /\b(?:term|phrase|label|word|words|call(?:s|ed|ing)?[ \t]+(?:them|him|her|patients?|people|someone|somebody|anyone|us|me|it)|stop saying|never say|don['’]t say|hate (?:the|it when))\b/i;

// Candidates beyond single words, for a remark that wishes harm on people, dehumanises them or
// holds a whole group in contempt. Each is only a candidate: the target and stance around it decide
// (see professionalism.ts). Written from how abuse is phrased, not from any one post.

/** Violence, death and suffering done to someone. */
export const HARM = fastRegExp(/\b(?:kill(?:ed|ing|s)?|murder(?:ed|ing|s)?|shoot(?:s|ing)?[ \t]+(?:[\p{L}’'-]+[ \t]+){1,5}?in[ \t]+the[ \t]+(?:face|head)|split(?:s|ting)?[ \t]+(?:him|her|them)[ \t]+(?:wide[ \t]+)?open|shoot(?:ing|s)?|stab(?:bed|bing|s)?|hang(?:ed|ing|s)?(?![ \t]+(?:in|on|out|around|up|about|tight|over))|gass(?:ed|ing)|gas[ \t]+(?:them|him|her|the[ \t]+lot)|nuke[ds]?|nuking|bomb(?:ed|ing|s)?(?![ \t]+site)|exterminat(?:e|ed|ing)|wipe[ds]?[ \t]+(?:\w+[ \t]+)?out|get[ \t]+rid[ \t]+of|beat[ \t]+(?:\w+[ \t]+)?up|punch(?:ed)?[ \t]+(?:him|her|them|you)|suffer(?:s|ed|ing)?|die(?:s|d)?|rot[ \t]+in|blow(?:s|n)?[ \t]+(?:[\p{L}’']+[ \t]+){1,2}?(?:brains[ \t]+out|heads?[ \t]+(?:\w+[ \t]+)?off)|(?:the[ \t]+)?wrong[ \t]+(?:meds|medications?|drugs|dose|doses)|inflict(?:s|ed)?|(?:took|take|taking|takes)[ \t]+out[ \t]+(?:about[ \t]+)?(?:\d+|some|a[ \t]+few|loads)[ \t]+of[ \t]+them|(?:someone|somebody|anyone|a[ \t]+patient)[ \t]+(?:please[ \t]+|to[ \t]+)?(?:code|crash|arrest)|shot[ \t]+in[ \t]+the[ \t]+(?:face|head)|hitler|holocaust|gas[ \t]+chambers?|trip(?:s|ped)?[ \t]+(?:down|over)|fall(?:s)?[ \t]+(?:down|off)|chok(?:e|es|ed)(?![ \t]+(?:on[ \t]+(?:food|a|their|his|her)|hazard))|break(?:s)?[ \t]+(?:his|her|their|your)[ \t]+(?:neck|legs?|arms?|fingers|back)|end(?:s)?[ \t]+up[ \t]+(?:on|in)[ \t]+(?:a[ \t]+)?(?:corridor[ \t]+)?(?:trolley|corridor|coffin|grave|morgue|cast|wheelchair)|spend(?:s)?[ \t]+(?:\w+[ \t]+){0,2}in[ \t]+a[ \t]+cast|get(?:s)?[ \t]+(?:hit[ \t]+by|run[ \t]+over)|(?:dragged|thrown|kicked|beaten|flogged|horsewhipped|strung[ \t]+up|lynched|lined[ \t]+up[ \t]+and)[ \t]+(?:out|into|in|off|up|down|against|from)?)\b/giu);

/** Wishing, intending or relishing: what turns harm named into harm wished. */
export const WISH = fastRegExp(/\b(?:I[ \t]+hope|hope[ \t]+(?:you|they|he|she|it)|I[ \t]+wish|wish[ \t]+(?:you|they|he|she)|(?:I|we)[ \t]*(?:['’]d|would)[ \t]+(?:gladly|happily|love[ \t]+to|like[ \t]+to)|(?:I|we)[ \t]*(?:['’]ll|will)[ \t]+(?:purposely|deliberately|happily|gladly)|ill[ \t]+purposely|purposely|deliberately|on[ \t]+purpose|please|(?:should|ought[ \t]+to|needs?[ \t]+to)[ \t]+be[ \t]+(?:shot|hanged|hung|killed|locked[ \t]+up|dragged|thrown|kicked|beaten|flogged|horsewhipped|strung[ \t]+up|lynched)|deserves?[ \t]+to|too[ \t]+bad|shame[ \t]+(?:he|she|they|it)[ \t]+(?:didn['’]t|couldn['’]t)|can['’]?t[ \t]+wait[ \t]+to|for[ \t]+all[ \t]+(?:I|we)[ \t]+care|let['’]s|(?:someone|somebody)[ \t]+(?:should|needs[ \t]+to)|(?:I|we)[ \t]+want[ \t]+(?:to|them|him|her))\b/iu);

/** Violent injury in its goriest wording: with words of delight beside it, relished. */
export const GORE = fastRegExp(/\b(?:blow(?:s|n)?[ \t]+(?:[\p{L}’']+[ \t]+){1,2}?(?:brains[ \t]+out|heads?[ \t]+(?:\w+[ \t]+)?off)|brains[ \t]+(?:out|spilling|everywhere)|shot[ \t]+in[ \t]+the[ \t]+(?:face|head)|shoot(?:s|ing)?[ \t]+(?:[\p{L}’'-]+[ \t]+){1,5}?in[ \t]+the[ \t]+(?:face|head)|split(?:s|ting)?[ \t]+(?:him|her|them)[ \t]+(?:wide[ \t]+)?open)\b/iu);

/** Words of delight: said of gore, they relish it. */
export const RELISH = /\b(?:favou?rites?|beauty|beautiful|awesome|amazing|so[ \t]+cool|my[ \t]+kind[ \t]+of|the[ \t]+best[ \t]+(?:bit|part))\b/i;

/** Cheering: harm told with a cheer is harm relished. */
export const CHEER = fastRegExp(/\b(?:yeo+w?|wo+ho+|woo+|ya+y|lo+l|ha(?:ha)+|get[ \t]+in|up[ \t]+the)\b|😂|🤣|🎉|👏/iu);

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
export const EXPEL = fastRegExp(/\b(?:get|kick|throw|send)[ \t]+(?:them|['’]em|these[ \t]+\w+|those[ \t]+\w+|all[ \t]+of[ \t]+them)[ \t]+(?:out|back|home)\b|\bgo[ \t]+back[ \t]+(?:to|where)[ \t]+(?:your|their|they|you)\b|\bdon['’]?t[ \t]+belong[ \t]+here\b|\bdeport[ \t]+(?:them|the[ \t]+lot|all)\b/iu);

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
export const NO_LOSS = fastRegExp(/\bnothing[ \t]+of[ \t]+value[ \t]+(?:would[ \t]+be|was|is|will[ \t]+be)[ \t]+lost\b|\bno[ \t]+(?:great[ \t]+)?loss\b|\bgood[ \t]+riddance\b|\b(?:world|gene[ \t]+pool|society|ward)[ \t]+(?:would[ \t]+be|is|will[ \t]+be)[ \t]+better[ \t]+off[ \t]+without\b|\bone[ \t]+less[ \t]+(?:to[ \t]+worry|of[ \t]+them)\b|\b(?:won['’]t|wouldn['’]t|will[ \t]+not|would[ \t]+not|not[ \t]+going[ \t]+to)[ \t]+(?:shed[ \t]+(?:a|one|any)[ \t]+tears?|(?:have[ \t]+)?(?:lose|lost)[ \t]+(?:(?:any|a[ \t]+(?:minute|second|moment)['’]s|a[ \t]+wink[ \t]+of)[ \t]+)?sleep|be[ \t]+crying|cry)\b|\blet[ \t]+(?:natural[ \t]+selection|darwin|nature)\b|\bthin(?:s|ning)?[ \t]+(?:out[ \t]+)?the[ \t]+herd\b|\bhad[ \t]+it[ \t]+coming\b|\bdeserve[sd]?[ \t]+(?:everything|whatever|all)[ \t]+(?:that[ \t]+|what[ \t]+)?(?:[\p{L}'’]+[ \t]+){0,4}?(?:get|gets|got|did[ \t]+to|coming)\b/iu);

/** Smell and dirt said of a person. */
export const FOUL = fastRegExp(/\b(?:stink(?:s|ing|y)?|stunk|smelly|reek(?:s|ing)?|(?:urine|piss|sweat|booze|shit)[- ]smelling|smelling[ \t]+of[ \t]+(?:urine|piss|wee|booze|sick)|(?:urine|wee|piss|poo)[ \t]+(?:on|all[ \t]+over)[ \t]+(?:your|his|her|their))\b/iu);

/** Patients made into a game or a contest. */
export const GAME = fastRegExp(/\bguess[ \t]+(?:that|the|their|his|her)[ \t]+(?:weight|age|bmi)\b|\b(?:winner|award|prize)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:biggest|worst|stupidest|dumbest|daftest|best)\b|\b(?:biggest|worst|stupidest|dumbest|daftest)(?:-[\p{L}]+)?[ \t]+(?:[\p{L}.]+[ \t]+)?(?:call|patient|attender|excuse|admission|referral)[ \t]+(?:of[ \t]+the[ \t]+(?:day|week|month|year|shift)|goes[ \t]+to|award)\b|\b(?:patient|frequent[ \t]+flyer|ed|a&e)[ \t]+bingo\b|\bsweepstake[ \t]+on\b|\bplace[ \t]+your[ \t]+bets\b|\b(?:contest|competition|league[ \t]+table|leaderboard|sweepstake)[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?(?:worst|biggest|best|most|smelliest|dumbest|stupidest|fattest|loudest|rudest)|\brate[ \t]+(?:the|this|their|his|her)[ \t]+(?:excuse|performance|complaint|story|injury|pain)\b|\b(?:drop|post|leave)[ \t]+your[ \t]+(?:own[ \t]+)?(?:ratings?|scores?|guesses|captions?)\b|\bcaption[ \t]+this\b|\b(?:best|longest|biggest|largest|heaviest|worst|ugliest|weirdest|grossest|smelliest)[ \t]+(?:caption|guess|one)[ \t]+wins\b/iu);

/** A group described by one sweeping, contemptuous trait: "are by far the laziest", "get all the handouts". */
export const GROUP_TRAITS = [
  'lazy', 'laziest', 'lazier', 'cunning', 'underhanded', 'dirty', 'filthy', 'thieving', 'criminals', 'brainwashed',
  'backward', 'primitive', 'uncivilised', 'uncivilized', 'savage', 'violent', 'stupid', 'thick', 'dishonest',
  'liars', 'sly', 'greedy', 'handouts', 'hand outs', 'hand-outs', 'scroungers', 'benefit cheats', 'breed like', 'take over', 'taking over',
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
export const NICKNAME = /\b(?:nick-?named|dubbed|christened|(?:we|I|everyone|staff)[ \t]+(?:all[ \t]+)?call(?:s|ed)?[ \t]+(?:him|her|them)|known[ \t]+(?:to[ \t]+(?:us|staff|the[ \t]+team)|on[ \t]+the[ \t]+ward|here)[ \t]+as)[ \t]+["“‘']?(?:the[ \t]+)?\p{Lu}[\p{L}-]*|\bmeet[ \t]+["“‘']\p{Lu}[\p{L}-]*/u;
