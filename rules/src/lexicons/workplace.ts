// Clinical settings, and people, records and equipment that can be caught in a photo taken at work.
export const WORK_SETTINGS = [
  'ward', 'wards', 'theatre', 'theatres', 'operating theatre', 'operating room', 'resus', 'icu', 'itu', 'hdu',
  'a&e', 'emergency department', 'majors', 'minors', 'cath lab', 'clinic room', 'consulting room', 'nurses station',
  "nurses' station", 'nurses’ station', 'bay', 'cubicle', 'side room', 'ambulance', 'recovery', 'labour ward',
  'delivery suite', 'scrubs', 'theatre blues', 'on shift', 'night shift', 'handover', 'on the wards', 'in clinic',
  'dispensary', 'treatment room',
];
export const IN_SHOT = [
  'patient', 'patients', 'beds', 'patient notes', 'case notes', 'medical notes', 'obs machine', 'obs monitor',
  'whiteboard', 'handover sheet', 'handover list', 'drug chart', 'drug charts', 'records', 'anaesthetic machine',
  'ventilator', 'robot console', 'operating table', 'defib', 'defibrillator', 'crash trolley', 'patient list',
  'bed board', 'bed numbers',
  // A pharmacy's and a surgery's records: each label, bag and list names a patient.
  'clinic list', 'appointment list', 'appointments list', 'prescription bags', 'bagged prescriptions', 'dosette boxes', 'dosettes',
  'blister packs', 'dispensing labels', 'patient labels', 'wristbands', 'ecgs',
  // The hospital's imaging system: whatever is on it is a patient's.
  'pacs', 'pacs monitor', 'pacs screen',
];
/** A patient's images: a record when photographed off a screen at work, not when taken from a textbook. */
export const IMAGING = ['x-ray', 'x-rays', 'xray', 'xrays', 'radiograph', 'radiographs', 'ct scan', 'mri scan', 'ct images', 'mri images', 'scan images'];
/** Where images are shown at work. */
export const SCREENS = /\b(?:monitor|screen|viewing[ \t]+box|lightbox|light[ \t]+box|workstation|computer)\b/i;
/** Words that say a photo is being shared. */
// ("TikTok" alone names a platform: "diagnoses off TikTok" shares no picture; "a TikTok" is a video.)
export const PHOTO_WORDS = /\b(?:selfie|selfies|photo|photos|pic|pics|picture|snap|snapped|filmed|filming|recorded|posing|pose|video|reel|(?:a|my|this|our|new)[ \t]+tiktok)\b/i;

/** Posting from the ward, mid-shift. */
export const POSTING_AT_WORK = /\b(?:posting|tweeting|writing|typing|filming)[ \t]+(?:this[ \t]+)?(?:from|on|in)[ \t]+(?:the[ \t]+)?(?:ward|resus|theatre|majors|shift|night[ \t]+shift|A&E)\b/i;

/** Mid-shift, at work: "sleepy here in the ICU", "five more hours to go", "on my break on the ward". */
export const AT_WORK_NOW = /\b(?:here|sat|sitting|stuck|bored|sleepy|quiet)[ \t]+(?:[\p{L}]+[ \t]+)?(?:in|on|at)[ \t]+(?:the[ \t]+)?(?:ICU|ITU|HDU|ED|ER|OR|A&E|resus|majors|ward|theatre|NICU|PICU|labour[ \t]+ward|cath[ \t]+lab)\b|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+more[ \t]+hours(?:[ \t]+(?:left|to[ \t]+go|of[ \t]+(?:this|my)[ \t]+shift))?\b|\bon[ \t]+(?:my|our)[ \t]+(?:break|night[ \t]+shift)\b|\bon[ \t]+shift[ \t]+(?:right[ \t]+now|rn|atm)\b/u;

/** What is done only at work, with a patient: "let me deliver your baby", "scrubbing in", "intubating". */
export const CLINICAL_ACTS = /\b(?:deliver(?:ing|ed)?[ \t]+(?:your|a|the|this|her)[ \t]+baby|scrub(?:bing|bed)?[ \t]+in|intubat(?:e|ing|ed)|operat(?:e|ing)[ \t]+on|in[ \t]+the[ \t]+OR|in[ \t]+theatre|on[ \t]+the[ \t]+ward|in[ \t]+resus|on[ \t]+a[ \t]+call)\b/u;

/** Platforms where a post is a photo or a video and its text is the caption. */
export const IMAGE_PLATFORMS: ReadonlySet<string> = new Set(['instagram', 'tiktok']);

/**
 * A caption that points at what the post shows: it ends on "… goes to." with the winner left to the
 * picture, or tells the reader to see the picture. (A pointing emoji most often points at the
 * comments or a link, not at a picture.)
 */
export const POINTS_AT_SHOWN = /(?:\b(?:goes|go|went)[ \t]+to|\bbehold|\b(?:see|check)[ \t]+(?:the[ \t]+)?(?:pic|pics|photo|picture|image|attached))[ \t]*(?:[.:!]+[ \t]*)?$/;
/** One patient's case from work, as a caption can name it: a call, an admission, a referral, a scan. */
export const CASE_FROM_WORK = /(?<![-\w])(?:call|patient|admission|referral|x-ray|xray|scan|obs[ \t]+chart|drug[ \t]+chart|notes|attender)s?\b/i;

/**
 * A photo said to be taken away from clinical areas, or to show nothing of them: "outside the main
 * entrance", "in the car park", "no patients in shot"; or a simulation suite with a mannequin. What the
 * guidance asks for, so no finding.
 */
export const AWAY_FROM_PATIENTS = /\b(?:outside|in[ \t]{1,3}front[ \t]{1,3}of)[ \t]{1,3}(?:the[ \t]{1,3})?(?:main[ \t]{1,3})?(?:entrance|hospital|building|front[ \t]{1,3}doors?)\b|\b(?:in|on)[ \t]{1,3}the[ \t]{1,3}(?:car[ \t]{1,3}park|grass|lawn|front[ \t]{1,3}steps)\b|\bno[ \t]{1,3}(?:real[ \t]{1,3})?(?:patients|screens|notes|records|clinical[ \t]{1,3}areas|bags|boxes|labels|prescriptions|lists)\b|\b(?:nothing|no[ \t]{1,3}one|nobody)[ \t]{1,3}(?:else[ \t]{1,3})?in[ \t]{1,3}shot\b|\bbefore[ \t]{1,3}(?:we|it|the[ \t]{1,3}(?:pharmacy|surgery|clinic))[ \t]{1,3}opens?\b|\b(?:mannequin|manikin|sim(?:ulation)?[ \t]{1,3}(?:suite|centre|center|lab))\b|\bnothing[ \t]{1,3}from[ \t]{1,3}(?:inside|the[ \t]{1,3}wards?)\b/i;
