// Personalised advice: invitations to send personal health details, promises to assess one
// person, and directions to change one person's treatment.

/** Things people photograph or send about their own health. */
export const PERSONAL_DETAILS = /\b(?:photos?|pics?|pictures?|images?|snaps?|selfies?|close-?ups?|screenshots?|videos?|results?|bloods?|blood[ \t]+tests?|scans?|x-rays?|readings?|levels|numbers|symptoms|rash|rashes|moles?|spots?|lumps?|nails?|toenails?|wounds?|bites?|throat|tongue|poo|stools?|letters?|notes|meds|medications?|prescriptions?|dose|doses|medical[ \t]+history|test[ \t]+results?|details)\b/i;

/** Where the writer asks to receive them: their inbox, DMs, the comments, an email to them. */
export const TO_WRITER = /\b(?:(?:my|our)[ \t]+(?:inbox|DMs?|dms|messages|email|e-mail)|in(?:to)?[ \t]+(?:the[ \t]+)?(?:comments|replies|DMs?)|(?:comment|reply|drop|post|share|leave|put|pop|stick|tell[ \t]+(?:me|us))[ \t]+(?:[A-Za-z'’]+[ \t]+){0,3}?below|(?:DM|dm|message|email|e-mail|send|show|ping|tag|text|whatsapp)[ \t]+(?:it[ \t]+to[ \t]+)?(?:me|us)|(?<!\b(?:come|came|comes|coming|referred|brought|turned|listen|listened|talk|talked|talking|said|says|explained|happened|happens)[ \t]+)to[ \t]+me|reply[ \t]+with|reply[ \t]+to[ \t]+(?:this|the|our|my)[ \t]+(?:message|post|email|text|broadcast)|comment[ \t]+(?:with|your|below))\b/i;

/** A promise to judge one person's own case. */
export const ASSESSMENT = /\b(?:I['’]?ll|I[ \t]+will|I[ \t]+can|I[ \t]+could|happy[ \t]+to|let[ \t]+me|(?:our|my)[ \t]+(?:prescriber|pharmacist|doctor|GP|nurse|team|clinician)[ \t]+(?:will|can|['’]ll))[ \t]+(?:(?:tell|let)[ \t]+you[ \t]+(?:know[ \t]+)?(?:if|whether|what|which|how|why)|say[ \t]+(?:if|whether|what)|give[ \t]+you[ \t]+my[ \t]+(?:honest[ \t]+)?(?:take|opinion|verdict|view|thoughts)|(?:have|take)[ \t]+a[ \t]+look|look[ \t]+at[ \t]+(?:it|them|yours)|check[ \t]+(?:it|them|yours)|diagnose|advise[ \t]+you|work[ \t]+out[ \t]+(?:if|whether|what))/i;

/** Sending things to a clinician is signposting, not an invitation. */
export const TO_CLINICIAN = /\bto[ \t]+(?:your|a|the)[ \t]+(?:GP|doctor|pharmacist|nurse|practice|surgery|dermatologist|specialist|consultant|team|clinic)\b/i;

/** Changing one person's treatment: "halve the dose", "just stop it", "come off them". */
export const TREATMENT_CHANGE = /\b(?:stop|halve|double|increase|reduce|lower|up|cut|drop|skip|come[ \t]+off|wean[ \t]+(?:yourself[ \t]+)?off|swap|switch|start|take|try)\b(?:[ \t]+(?:taking|using|the|your|to|down|back|off|that|this|those|these|leftover|old|spare|some|more|less|extra|half|a|an|of|my|his|her|one|two|three|four|couple|\d+)){0,4}(?:[ \t]+(?:it|them|dose|doses|tablets?|tabs?|puffs?|\d+(?=[ \t]+(?:tonight|today|now|a[ \t]+day|daily|twice|at))|\d[ \t]?(?:x|times)(?=[ \t]+(?:a[ \t]+day|daily|per[ \t]+day))|meds|medication|medicine|inhaler|pills?|statin|antibiotics?|\d+[ \t]?(?:mg|mcg|micrograms|units|ml)|[a-z]+(?:statin|pril|olol|sartan|oxetine|aline|azepam|zole|cillin|mycin|tide|formin)))\b/gi;

/** "… is where I'd start", "I'd halve it", "I'd just go up to 100mg": a clinician's own choice, offered with a dose to one person. */
export const FIRST_PERSON_CHOICE = /\b(?:I['’]d|I[ \t]+would)[ \t]+(?:(?:just|probably|honestly|personally)[ \t]+)?(?:start|begin|go[ \t]+(?:with|for|up|down)|increase|take|try|use|prescribe|give|recommend|suggest|halve|double|stop|drop|cut)\b/i;

/** Words that make advice personal outside a reply. */
export const PERSONAL_MARKERS = /\bin[ \t]+your[ \t]+case\b|\byou(?:['’]ll|[ \t]+will|['’]d|[ \t]+would|['’]re|[ \t]+are)[ \t]+(?:be[ \t]+)?(?:fine|ok|okay|alright|safe)[ \t]+to[ \t]+(?:take|have|use|stop|start|carry[ \t]+on|continue|drive|drink|mix)\b|\bfor[ \t]+you[ \t]+(?:specifically|personally)\b|\bif[ \t]+I[ \t]+were[ \t]+you\b|\byou(?:['’]re|[ \t]+are)[ \t]+(?:fit|fine|healthy|young|too[ \t]+young)(?:[ \t]+as[ \t]+a[ \t]+fiddle)?\b|\byou[ \t]+(?:don['’]t|do[ \t]+not)[ \t]+need[ \t]+(?:it|them|that|this|antibiotics|to[ \t]+take\b)/gi;

/** "Stop your tablets", "double your dose": a change to the reader's own treatment, said to them. */
export const YOUR_TREATMENT = /\b(?:your|ur)[ \t]+(?:dose|doses|tablets?|tabs|meds|medication|medicines?|pills?|inhalers?|insulin|statins?|antidepressants?|prescription|[a-z]+(?:statin|pril|olol|sartan|oxetine|aline|azepam|zole|cillin|mycin|formin|thyroxine))\b/i;

/** A condition or a source makes it general guidance ("if you're unwell, double your dose"). */
export const CONDITIONAL = /^\s*(?:if|when|whenever|during|unless|on[ \t]+sick[ \t]+days)\b|\b(?:if|when|whenever|unless)[ \t]+you\b/i;

/**
 * Signposting: sending the person to care is the right answer, not a finding. "to"/"with" owns the
 * spaces after it: optional spaces beside required ones would let each start try every split of a
 * long run of tabs (quadratic time).
 */
export const SIGNPOSTING = /\b(?:speak|talk|check|ask)[ \t]+(?:(?:to|with)[ \t]+)?(?:your|a|the)[ \t]+(?:GP|doctor|pharmacist|nurse|diabetes[ \t]+nurse|practice|prescriber|specialist)\b|\b(?:NHS[ \t]+)?111\b|\b999\b|\b112\b|\b911\b|\bA&E\b|\bwithout[ \t]+(?:advice|talking|speaking)/i;

/** What stands before a treatment change when it is a direction to the reader ("just stop it", "I'd halve"). */
export const DIRECTIVE_LEAD = /(?:^|[,;:!—–-]|@[\w.]{2,30}|\b(?:just|simply|so|then|please|and|I['’]d|I[ \t]+would|you[ \t]+should|you[ \t]+could|you[ \t]+need[ \t]+to|you[ \t]+have[ \t]+to|you[ \t]+must|you[ \t]+can|you[ \t]+might[ \t]+want[ \t]+to|definitely|honestly|I['’]d[ \t]+just))[ \t]*$/i;
