// Personalised advice: invitations to send personal health details, promises to assess one
// person, and directions to change one person's treatment.

/** "DM me a pic", "reply with a photo", "email me your results", "send me your bloods". */
export const INVITATION = /\b(?:DM|dm|message|inbox|email|e-mail|send|reply|comment|drop|post|pop|share|whatsapp|text|upload)\b(?:[ \t]+(?:me|us))?(?:[ \t]+(?:with|a|an|your|some|the|of|over|in|below|here|his|her|their|my))*[ \t]+(?:(?:quick|clear|close-up|few|couple[ \t]+of)[ \t]+)?(?:photos?|pics?|pictures?|images?|snaps?|selfies?|close-?ups?|screenshots?|videos?|results?|bloods?|blood[ \t]+tests?|scans?|x-rays?|readings?|levels|symptoms|rash|rashes|moles?|spots?|lumps?|nails?|toenails?|skin|wounds?|bites?|throat|tongue|eyes?|poo|stools?|letters?|notes|meds|medications?|prescriptions?|medical[ \t]+history|test[ \t]+results?)\b/gi;

/** A promise to judge one person's case. */
export const ASSESSMENT = /\bI['’]?ll[ \t]+(?:tell|let[ \t]+you[ \t]+know|give[ \t]+you|have[ \t]+a[ \t]+look|take[ \t]+a[ \t]+look|check|advise|diagnose|say|work[ \t]+out)|\bI[ \t]+(?:can|will|could)[ \t]+(?:tell|diagnose|advise|check|look|say)|\bhappy[ \t]+to[ \t]+(?:take[ \t]+a[ \t]+look|look|advise|check|help)|\b(?:my|an)[ \t]+(?:honest[ \t]+)?(?:take|opinion|verdict|diagnosis)\b/i;

/** The recipient of an invitation is the writer ("me", "us", or an imperative with a promise). */
export const TO_WRITER = /\b(?:me|us|below|here|in[ \t]+the[ \t]+comments)\b/i;

/** Sending things to a clinician is signposting, not an invitation. */
export const TO_CLINICIAN = /\bto[ \t]+(?:your|a|the)[ \t]+(?:GP|doctor|pharmacist|nurse|practice|surgery|dermatologist|specialist|consultant|team|clinic)\b/i;

/** Changing one person's treatment: "halve the dose", "just stop it", "come off them". */
export const TREATMENT_CHANGE = /\b(?:stop|halve|double|increase|reduce|lower|up|cut|drop|skip|come[ \t]+off|wean[ \t]+(?:yourself[ \t]+)?off|swap|switch|start|take|try)\b(?:[ \t]+(?:taking|using|the|your|to|down|back|off|that|this|those|these|leftover|old|spare|some|more|less|extra|half|a|an|of|my|his|her|\d+)){0,4}(?:[ \t]+(?:it|them|dose|doses|tablets?|meds|medication|medicine|inhaler|pills?|statin|antibiotics?|\d+[ \t]?(?:mg|mcg|micrograms|units|ml)|[a-z]+(?:statin|pril|olol|sartan|oxetine|aline|azepam|zole|cillin|mycin|tide|formin)))\b/gi;

/** Words that make advice personal outside a reply. */
export const PERSONAL_MARKERS = /\bin[ \t]+your[ \t]+case\b|\bfor[ \t]+you[ \t]+(?:specifically|personally)\b|\bif[ \t]+I[ \t]+were[ \t]+you\b|\byou(?:['’]re|[ \t]+are)[ \t]+(?:fit|fine|healthy|young|too[ \t]+young)(?:[ \t]+as[ \t]+a[ \t]+fiddle)?\b|\byou[ \t]+(?:don['’]t|do[ \t]+not)[ \t]+need[ \t]+(?:it|them|that|this|antibiotics|to[ \t]+take\b)/gi;

/** Signposting: sending the person to care is the right answer, not a finding. */
export const SIGNPOSTING = /\b(?:speak|talk|check|ask)[ \t]+(?:to|with)?[ \t]*(?:your|a|the)[ \t]+(?:GP|doctor|pharmacist|nurse|diabetes[ \t]+nurse|practice|prescriber|specialist)\b|\b(?:NHS[ \t]+)?111\b|\b999\b|\b112\b|\b911\b|\bA&E\b|\bwithout[ \t]+(?:advice|talking|speaking)/i;

/** What stands before a treatment change when it is a direction to the reader ("just stop it", "I'd halve"). */
export const DIRECTIVE_LEAD = /(?:^|[,;:!—–-]|\b(?:just|simply|so|then|please|and|I['’]d|I[ \t]+would|you[ \t]+should|you[ \t]+could|you[ \t]+need[ \t]+to|you[ \t]+have[ \t]+to|you[ \t]+must|you[ \t]+can|you[ \t]+might[ \t]+want[ \t]+to|definitely|honestly|I['’]d[ \t]+just))[ \t]*$/i;
