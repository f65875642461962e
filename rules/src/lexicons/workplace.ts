// Clinical settings, and people, records and equipment that can be caught in a photo taken at work.
export const WORK_SETTINGS = [
  'ward', 'wards', 'theatre', 'theatres', 'operating theatre', 'operating room', 'resus', 'icu', 'itu', 'hdu',
  'a&e', 'emergency department', 'majors', 'minors', 'cath lab', 'clinic room', 'consulting room', 'nurses station',
  "nurses' station", 'nurses’ station', 'bay', 'cubicle', 'side room', 'ambulance', 'recovery', 'labour ward',
  'delivery suite', 'scrubs', 'theatre blues', 'on shift', 'night shift', 'handover', 'on the wards', 'in clinic',
];
export const IN_SHOT = [
  'patient', 'patients', 'beds', 'patient notes', 'case notes', 'medical notes', 'obs machine', 'obs monitor',
  'whiteboard', 'handover sheet', 'handover list', 'drug chart', 'drug charts', 'records', 'anaesthetic machine',
  'ventilator', 'robot console', 'operating table', 'defib', 'defibrillator', 'crash trolley', 'patient list',
  'bed board', 'bed numbers',
  // Imaging is a record too: a photo of an X-ray or a PACS screen shares a patient's images.
  'x-ray', 'x-rays', 'xray', 'xrays', 'radiograph', 'radiographs', 'pacs', 'ct scan', 'mri scan', 'ct images', 'mri images',
];
/** Words that say a photo is being shared. */
export const PHOTO_WORDS = /\b(?:selfie|selfies|photo|photos|pic|pics|picture|snap|snapped|filmed|filming|recorded|posing|pose|filming|video|reel|tiktok)\b/i;

/** Posting from the ward, mid-shift. */
export const POSTING_AT_WORK = /\b(?:posting|tweeting|writing|typing|filming)[ \t]+(?:this[ \t]+)?(?:from|on|in)[ \t]+(?:the[ \t]+)?(?:ward|resus|theatre|majors|shift|night[ \t]+shift|A&E)\b/i;
