// Professional roles and qualifications, and the titles that introduce a name.
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
export const ROLE_CLAIM = /\b(?:as an?|I['’]m an?|I am an?|being an?|me, an?)[ \t]+((?:[\p{L}-]+[ \t]+)?(?:doctor|GP|consultant|surgeon|physician|registrar|specialist|medic|dermatologist|psychiatrist|paediatrician|cardiologist))\b/giu;

/** Superlatives a writer claims for themselves: "the UK's leading specialist". */
export const SUPERLATIVE_CLAIM = /\b(?:the|Britain['’]s|the[ \t]+UK['’]s|the[ \t]+country['’]s|the[ \t]+world['’]s|Europe['’]s|Ireland['’]s|America['’]s|the[ \t]+nation['’]s)[ \t]+(?:leading|top|foremost|best|number[ \t]+one|no\.?[ \t]*1|most[ \t]+experienced|pre-?eminent)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:specialist|expert|doctor|authority|surgeon|consultant|GP|physician)\b/giu;

/** Credentials that make the writer a medical doctor (or on the way to being one). */
export const MEDICAL_DOCTOR = /\b(?:doctor|physician|surgeon|GP|general practitioner|consultant|registrar|FY[12]|foundation|SHO|house officer|MBBS|MBChB|MB ChB|BM BS|BMBS|MD|MRCP|MRCGP|MRCS|FRCS|FRCP|FRCEM|FRCOG|FRCPath|ST[1-8]|paediatrician|pediatrician|psychiatrist|dermatologist|cardiologist|gastroenterologist|hepatologist|nephrologist|neurologist|endocrinologist|rheumatologist|urologist|haematologist|oncologist|radiologist|pathologist|ophthalmologist|anaesthetist|anesthesiologist|obstetrician|gynaecologist|geriatrician|intensivist|allergist)\b/i;

/** Seniority, for telling an overstated role from the writer's credentials. */
export const SENIORITY: readonly { rank: number; pattern: RegExp }[] = [
  { rank: 0, pattern: /\b(?:medical|nursing|pharmacy|physician associate)?[ \t]*student\b|\bstudent doctor\b|\byear[ \t]+\d\b/i },
  { rank: 1, pattern: /\b(?:FY[12]|foundation|junior doctor|house officer|SHO|intern|resident)\b/i },
  { rank: 2, pattern: /\b(?:registrar|SpR|StR|ST[1-8]|CT[1-3]|fellow)\b/i },
  { rank: 3, pattern: /\b(?:consultant|GP|general practitioner|attending|professor)\b/i },
];
