// Professional roles and qualifications, and the titles that introduce a name.
import { fastRegExp } from '../util/fast-regexp.js';
export const ROLE_TERMS = [
  'gp', 'general practitioner', 'gp partner', 'gp registrar', 'consultant', 'registrar', 'surgeon', 'physician',
  'nurse', 'nurse practitioner', 'practice nurse', 'specialist nurse', 'pharmacist', 'paediatrician', 'pediatrician',
  'psychiatrist', 'psychologist', 'dermatologist', 'cardiologist', 'gastroenterologist', 'anaesthetist',
  'anesthesiologist', 'radiologist', 'oncologist', 'obstetrician', 'gynaecologist', 'midwife', 'dietitian',
  'physiotherapist', 'paramedic', 'doctor', 'junior doctor', 'resident', 'medical student', 'student doctor',
  'fy1', 'fy2', 'foundation doctor', 'sho', 'house officer', 'allergist', 'intensivist', 'neurologist',
  'endocrinologist', 'rheumatologist', 'urologist', 'haematologist', 'geriatrician', 'emergency physician',
  'mbchb', 'mbbs', 'mrcp', 'mrcgp', 'mrcs', 'frcs', 'frcp', 'frcpath', 'frcem', 'frcog', 'md', 'rgn', 'rn',
  'aesthetic doctor', 'clinical lead', 'medical director', 'lecturer',
];

/** A role word family by suffix (cardiologist, paediatrician, psychiatrist...). */
export const ROLE_SUFFIX = /\b[A-Za-z]{3,}(?:ologist|iatrist|ician|ist)\b/;
export const SPECIALTY_GRADE = /\b(?:ST|CT|SpR|StR)[1-8]\b/;

/** A title followed by a capitalised name: "Dr Hannah Okafor", "Mr Daniel Osei", "Prof. Lee". */
export const TITLED_NAME = /\b(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sister|Nurse)\.?[ \t]+(?:[A-Z][\p{L}'’-]+)(?:[ \t]+[A-Z][\p{L}'’-]+){0,2}/gu;

/** A line holding only a name of two to four capitalised words (a signature). */
export const NAME_LINE = /^(?:[A-Z][\p{L}'’-]+)(?:[ \t]+(?:[A-Z][\p{L}'’-]+|de|van|von|bin|al)){1,3}[ \t]*$/u;

/** How a writer claims a role in their own words. */
export const ROLE_CLAIM = fastRegExp(/\b(?:as an?|I['’]m an?|I am an?|being an?|me, an?)[ \t]+((?:[\p{L}-]+[ \t]+)?(?:doctor|GP|consultant|surgeon|physician|registrar|specialist|medic|dermatologist|psychiatrist|paediatrician|cardiologist))\b/giu);

/** Superlatives a writer claims for themselves: "the UK's leading specialist". */
export const SUPERLATIVE_CLAIM = fastRegExp(/\b(?:the|Britain['’]s|the[ \t]+UK['’]s|the[ \t]+country['’]s|the[ \t]+world['’]s|Europe['’]s|Ireland['’]s|America['’]s|the[ \t]+nation['’]s)[ \t]+(?:leading|top|foremost|best|number[ \t]+one|no\.?[ \t]*1|most[ \t]+experienced|pre-?eminent)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:specialist|expert|doctor|authority|surgeon|consultant|GP|physician|practitioner|therapist|healer|naturopath|nutritionist)\b|\b(?:the[ \t]+)?(?:number[ \t]+(?:1|one)|no\.?[ \t]*1)[ \t]+in[ \t]+(?:the[ \t]+)?(?:world|UK|country|Europe|Ireland|US|America)\b/giu);

/** Credentials that make the writer a medical doctor (or on the way to being one). */
export const MEDICAL_DOCTOR = /\b(?:doctor|physician|surgeon|GP|general practitioner|consultant|registrar|FY[12]|foundation|SHO|house officer|MBBS|MBChB|MB ChB|BM BS|BMBS|MD|MRCP|MRCGP|MRCS|FRCS|FRCP|FRCEM|FRCOG|FRCPath|ST[1-8]|paediatrician|pediatrician|psychiatrist|dermatologist|cardiologist|gastroenterologist|hepatologist|nephrologist|neurologist|endocrinologist|rheumatologist|urologist|haematologist|oncologist|radiologist|pathologist|ophthalmologist|anaesthetist|anesthesiologist|obstetrician|gynaecologist|geriatrician|intensivist|allergist)\b/i;

/** Seniority, for telling an overstated role from the writer's credentials. */
export const SENIORITY: readonly { rank: number; pattern: RegExp }[] = [
  { rank: 0, pattern: /\b(?:medical|nursing|pharmacy|physician associate)?[ \t]*student\b|\bstudent doctor\b|\byear[ \t]+\d\b/i },
  { rank: 1, pattern: /\b(?:FY[12]|foundation|junior doctor|house officer|SHO|intern|resident)\b/i },
  { rank: 2, pattern: /\b(?:registrar|SpR|StR|ST[1-8]|CT[1-3]|fellow)\b/i },
  { rank: 3, pattern: /\b(?:consultant|GP|general practitioner|attending|professor)\b/i },
];

/** A role named by the writer about themselves, in any of the ways people do. */
const ROLE_WORD = String.raw`(?:doctor|doc|GP|reg|SpR|StR|ST[1-8]|CT[1-3]|F[12]|physio(?:therapist)?|dietitian|optometrist|ANP|ACP|general[ \t]+practitioner|medical[ \t]+practitioner|consultant|surgeon|physician|registrar|specialist|medic|clinician|nurse|midwife|paramedic|pharmacist|dentist|FY[12]|foundation[ \t]+doctor|SHO|house[ \t]+officer|resident|intern|medical[ \t]+student|student[ \t]+doctor|(?<![\p{L}\p{N}])\p{L}{3,24}(?:ologist|iatrist|ician))`;
/**
 * A role word anywhere: every match of SELF_ROLE holds one, so a block without one is passed over
 * without running SELF_ROLE, whose "as … {0,3} words … role" tries every "as" and "being" in a block.
 */
export const ANY_ROLE_WORD = fastRegExp(new RegExp(ROLE_WORD, 'iu'));
const SELF_ROLE = [
  String.raw`\b(?:I['’]m|I[ \t]+am|I[ \t]+was|I['’]ve[ \t]+been|I[ \t]+have[ \t]+been|I[ \t]+work(?:ed)?[ \t]+as|working[ \t]+as|as|me,|being|speaking[ \t]+as|written[ \t]+by)[ \t]{1,3}(?:(?:an?|the|your|one)[ \t]{1,3})?(?:[\p{L}&-]+[ \t]{1,3}){0,3}?${ROLE_WORD}s?\b`,
  String.raw`\b${ROLE_WORD}[ \t]+here\b`,
  // "I'm Raj, a community pharmacist", "My name's Aoife and I'm a GP": a name, then the role.
  String.raw`\b(?:I['’]m|I[ \t]+am|[Mm]y[ \t]+name['’]s|[Mm]y[ \t]+name[ \t]+is)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?,?[ \t]+(?:and[ \t]+I['’]m[ \t]+)?(?:an?|the|your)[ \t]+(?:[\p{L}&-]+[ \t]+){0,3}?${ROLE_WORD}s?\b`,
  // A sign-off with a name and the role: "— Aoife, GP at Riverside Family Practice".
  String.raw`(?:^|\n)[ \t]*[-—–~]+[ \t]*\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2},?[ \t]+(?:an?[ \t]+|the[ \t]+|your[ \t]+)?(?:[\p{L}&-]+[ \t]+){0,2}?${ROLE_WORD}\b`,
].map((source) => fastRegExp(new RegExp(source, 'iu')));

/**
 * The writer names their role in their own words. The ways of saying it are tested one by one: as one
 * alternation V8 tries all four at each place of a block, where apart each finds its own places to
 * start (0.86 ms as one, 0.22 ms apart, over the role-holding blocks of the bench's 2,000-word draft).
 */
export const selfRole = (text: string): boolean => SELF_ROLE.some((re) => re.test(text));

/**
 * A sign-off that names the writer and their role, with no dash before it: "Ciarán, Pharmacist",
 * "Aoife (GP)", "Kind regards, Tom Walsh, practice nurse at Riverside". The name (case-sensitive) is
 * read by SIGN_OFF_NAME at the start of a line, after a sentence's end or after a valediction; the
 * rest of the line must be only the role, perhaps with where ("at Harbour Pharmacy"): ROLE_TAIL. So
 * "Remember, GP appointments are free" and "Ask Sarah, the practice nurse, at your next visit" are not one.
 */
export const SIGN_OFF_NAME = /(?:^|[.!?…][ \t]+|\b(?:[Tt]hanks|[Tt]hank[ \t]+you|[Bb]est[ \t]+wishes|[Kk]ind[ \t]+regards|[Rr]egards|[Bb]est|[Cc]heers|[Tt]ake[ \t]+care|[Ww]arm[ \t]+wishes|[Mm]any[ \t]+thanks|[Aa]ll[ \t]+the[ \t]+best)[,!.]?[ \t]+)(?:[-—–~][ \t]*)?((?:(?:Dr|Prof|Professor)\.?[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})(?:,[ \t]*|[ \t]+\([ \t]*|[ \t]+[-—–][ \t]+)?/gu;
export const ROLE_TAIL = new RegExp(String.raw`^(?:(?:an?|the|your)[ \t]+)?(?:[\p{L}&-]+[ \t]+){0,2}?${ROLE_WORD}s?(?:[ \t]+(?:partner|trainee|lead))?\)?(?:[ \t]+(?:at|in|for|with)[ \t]+(?![^\n]*\byour?\b)[^\n]{1,60})?[ \t.!]*$`, 'iu');

/** Fields of practice a writer may say they have spent years in ("twelve years in general practice"). */
const FIELD = String.raw`(?:general[ \t]+practice|primary[ \t]+care|emergency[ \t]+medicine|A&E|the[ \t]+ED|anaesthetics|anaesthesia|paediatrics|pediatrics|psychiatry|obstetrics|midwifery|nursing|pharmacy|surgery|medicine|dermatology|cardiology|oncology|radiology|intensive[ \t]+care|ICU)`;
/**
 * Other ways writers say what they are: years spent in a role or field ("twelve years in general
 * practice", "20 years as a midwife"), and a label naming the writer's role before what they say
 * ("Reminder from an A&E consultant:", "A word from your GP —").
 */
export const SELF_TENURE = fastRegExp(new RegExp(String.raw`\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|many|several)[ \t]+(?:years?|decades?)[ \t]+(?:in|as[ \t]+an?|working[ \t]+(?:in|as[ \t]+an?)|of[ \t]+being[ \t]+an?)[ \t]+(?:[\p{L}&-]+[ \t]+){0,2}?(?:${ROLE_WORD}s?|${FIELD})\b|(?:^|\n)[ \t]*(?:[\p{L}!]+[ \t]+){0,2}from[ \t]+(?:an?|your)[ \t]+(?:[\p{L}&-]+[ \t]+){0,2}?${ROLE_WORD}[ \t]*[:—–-]`, 'iu'));

/** A handle that carries a title or role: "@DrSmithGP", "@the_gp_doc". */
export const ROLE_HANDLE = /(?:^|[^\w@])@(?:Dr|Doc|Prof)[A-Z_][\w.]*|(?:^|[^\w@])@[\w.]*(?:GP|MD|Doc|Nurse|RN|Medic|Surgeon)\b/;

/** A byline or sign-off that gives a titled name: "by Dr Ana Pires", "— Dr Sam". */
export const TITLED_BYLINE = /(?:^|\n)[ \t]*(?:[-—–~]+[ \t]*|by[ \t]+|written[ \t]+by[ \t]+|from[ \t]+)?(?:Dr|Prof|Professor)\.?[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}[ \t]*(?:$|\n)|\bby[ \t]+(?:Dr|Prof|Professor)\.?[ \t]+\p{Lu}/u;

/**
 * Capitals every match of POSTNOMINAL holds (its letters are case-sensitive): a block without any is
 * passed over without trying a pair of capitalised words at every capital in it.
 */
export const ANY_POSTNOMINAL = /MD|DO|MB|FRC|MRC|MIC|RN|RGN|RPN|NP|PA-C|MPSI|Pharm|BDS|DDS|MCSP/;
/** A name with letters after it: "Rajesh Harrykissoon, MD", "Ana Pires MRCGP". */
export const POSTNOMINAL = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{1,30}[ \t]+\p{Lu}[\p{L}'’-]{1,30},?[ \t]+(?:MD|DO|MBBS|MBChB|MB[ \t]+ChB|BMBS|MB[ \t]+BCh|FRCP|FRCPI|FRCGP|MRCGP|MICGP|MRCP|MRCPI|MRCPsych|FRCS|FRCSI|MRCS|FRCEM|RN|RGN|RPN|DNP|APRN|FNP|NP|PA-C|MPSI|MRPharmS|MPharm|PharmD|BDS|DDS|DMD|MCSP)\b/u;

/**
 * Practices whose practitioners may hold a doctorate or call themselves "Dr" without being medical
 * doctors: a "Dr" beside them needs to say what it stands for (ASA rulings on chiropractors,
 * naturopaths, TCM practitioners and PhDs using "Dr"; the GMC's register lists medical doctors).
 */
export const NON_MEDICAL_PRACTICE = /\b(?:chiropract(?:ic|or|ors)|doctor[ \t]+of[ \t]+chiropractic|osteopath(?:y|ic|s)?|naturopath(?:y|ic|s)?|homeopath(?:y|ic|s)?|homoeopath(?:y|ic)|traditional[ \t]+chinese[ \t]+medicine|TCM|acupunctur(?:e|ist)|herbalist|nutritionists?|nutritional[ \t]+therap(?:y|ist)|alternative[ \t]+(?:health|medicine|practitioner)|holistic[ \t]+(?:health|practitioner)|hypnotherap(?:y|ist|ists)|hypnotist|DHyp|functional[ \t]+(?:medicine|wellness)|PhD|DPhil|D\.C\.|N\.D\.|BDS|dental[ \t]+(?:surgeon|practitioner))\b|(?<=,[ \t]?)(?:DC|ND)\b(?=[ \t]*[,.;)]|[ \t]*$)/im;

/** What shows a "Dr" is a medical doctor: medical degrees and registrations (in capitals) … */
export const MEDICAL_LETTERS = /\b(?:MBBS|MBChB|MB[ \t]+ChB|BM[ \t]+BS|BMBS|MRCP|MRCGP|MRCS|FRCS|FRCP|FRCGP|FRCEM|FRCOG|FRCPath|MD|GMC|IMC|GP)\b/u;
/** … and medical posts and training. */
export const MEDICAL_POSTS = fastRegExp(/\b(?:medical[ \t]+(?:doctor|degree|director|school|council)|studied[ \t]+medicine|emergency[ \t]+medicine|general[ \t]+practitioner|physician|(?<!dental[ \t]+)surgeon|registrar|(?<![\p{L}\p{N}])\p{L}{3,24}(?:ologist|iatrist|ician))\b/iu);

/** An organisation says who it is: "our practice", "As a practice, …", a sign-off naming a surgery or pharmacy. */
export const ORGANISATION_SELF = /\b(?:[Oo]ur|[Tt]his)[ \t]+(?:[Pp]ractice|[Ss]urgery|[Pp]harmacy|[Pp]harmacists|[Cc]linic|[Hh]ospital|[Tt]rust|[Hh]ealth[ \t]+[Cc]entre|[Mm]edical[ \t]+[Cc]entre)\b|\b[Aa]s[ \t]+a[ \t]+(?:practice|surgery|pharmacy)\b|(?:^|\n)[ \t]*(?:\p{Lu}[\p{L}'’&-]*[ \t]+){1,4}(?:Medical[ \t]+(?:Partnership|Centre|Center|Practice|Group)|Surgery|Health[ \t]+Cent(?:re|er)|Pharmacy|Practice)[ \t]*(?:$|\n)/u;

/**
 * The writer at work as a clinician, in the first person: "I'm admitting …", "on my ward", "we will
 * swab you", "I prescribe them". Saying what one does is saying what one is. Not "my patients" or
 * "my clinic": a naturopath and a chiropractor have those too, and a labelled draft (../shared/corpus
 * 28, "I tell all my patients") still wants a name and role.
 */
export const AT_WORK_SELF = /\b(?:I|I['’]m|I[ \t]+am|I['’]ve|we|we['’]re|we[ \t]+will|we['’]ll)[ \t]+(?:\w+[ \t]+)?(?:admit(?:ting|ted)?|intubat(?:e|ing|ed)|prescrib(?:e|ing|ed)|swab(?:bing|bed)?|examin(?:e|ing|ed)|operat(?:e|ing|ed)[ \t]+on|resuscitat(?:e|ing|ed)|discharg(?:e|ing|ed)|refer(?:ring|red)?|diagnos(?:e|ing|ed)|deliver(?:ed|ing)?[ \t]+(?:a|the|her|their|your)[ \t]+bab(?:y|ies)|call(?:ed)?[ \t]+time[ \t]+of[ \t]+death|offer[ \t]+(?:them|it|statins|this)|see[ \t]+(?:patients|in[ \t]+clinic)|treat(?:ed|ing)?[ \t]+(?:patients|people|children|women|men))\b|\b(?:my|our)[ \t]+(?:own[ \t]+)?(?:ward|wards|theatre|theatre[ \t]+list|registrar|consultant|trainees?|ward[ \t]+round)\b|\bmy[ \t]+lane[ \t]+is\b/i;

/**
 * An organisation speaking in its own voice: "the practice will contact you", "Dear Patient", "our
 * reception team", "here at Highfield Surgery", "we want our patients to …".
 */
export const ORGANISATION_VOICE = fastRegExp(/\b(?:the|our)[ \t]+(?:practice|surgery)[ \t]+(?:will|can|has|is|team|nurses?|pharmacist)\b|\bcontact[ \t]+the[ \t]+(?:practice|surgery)\b|\bDear[ \t]+Patients?\b|\bour[ \t]+(?:reception|nursing|practice|clinical|pharmacy)[ \t]+team\b|\bhere[ \t]+at[ \t]+\p{Lu}|\b(?:we|us)\b[^.!?\n]{0,80}\b(?:our[ \t]+)?patients\b|\bour[ \t]+patients\b[^.!?\n]{0,80}\b(?:we|us)\b|\bwe[ \t]+(?:\w+[ \t]+){0,2}(?:offer|provide|prescribe|stock|run)\b|\bour[ \t]+competitors\b|\b(?:residents|patients)[ \t]+are[ \t]+(?:being[ \t]+)?(?:advised|encouraged|reminded)\b/iu);
