// personal-advice: advice aimed at one person about their own care, or an invitation to send
// symptoms, photos or results, instead of signposting them to care (BMA; GMC via the MDU).
import { Q } from './guidance.js';
import { DOSE } from './lexicons/clinical.js';
import { findMedicines } from './knowledge/medicines/match.js';
import { ASSESSMENT, CONDITIONAL, DIRECTIVE_LEAD, FIRST_PERSON_CHOICE, PERSONAL_DETAILS, PERSONAL_MARKERS, SIGNPOSTING, TO_CLINICIAN, TO_WRITER, TREATMENT_CHANGE, YOUR_TREATMENT } from './lexicons/advice.js';
import { defineRule, type Block, type RuleFinding, type Sentence } from './types.js';
import { findAll, has, negatedBefore, type Match } from './util/patterns.js';

/**
 * What follows "DM me" when the writer sends: "for the pics", "for more details", "for my guide",
 * 'DM me "FOCUS" and I'll send the details'.
 */
const OFFER_TO_SEND = /^[ \t]+(?:for[ \t]+(?:the|more|my|our|full|a[ \t]+copy)\b|(?:["“'‘][^"”'’\n]{1,20}["”'’][ \t]+)?and[ \t]+(?:I|we)(?:['’]ll|[ \t]+will)[ \t]+send\b)/i;

interface Hit { sentence: number; why: string }
interface Facts { invitations: Hit[]; directives: Hit[]; personal: Hit[]; yourTreatment: Hit[] }

/**
 * Verbs that change a treatment already taken, and those that start or use one: with the words they
 * may take before a medicine's name ("double your", "use a").
 */
const DOSE_VERBS = String.raw`stop|halve|double|increase|reduce|lower|up|cut|drop|skip|come[ \t]{1,3}off|swap|switch`;
const CHANGE_VERBS = String.raw`${DOSE_VERBS}|start|take|try|use|grab`;
const CHANGE_VERB = new RegExp(String.raw`\b(?:${CHANGE_VERBS})\b`, 'i');
const CHANGE_BEFORE = new RegExp(String.raw`\b(?:${CHANGE_VERBS})[ \t]{1,3}(?:(?:taking|using|the|your|ur|a|an|some|more|less|extra|half|of|my|to|on)[ \t]{1,3}){0,3}$`, 'i');
const DOSE_CHANGED = new RegExp(String.raw`^(?:${DOSE_VERBS})\b`, 'i');

/** "double your amlodipine": a change verb right before a medicine the knowledge list names, said as a direction. */
function medicineChanged(t: string, directive: (m: Match) => boolean): Match | undefined {
  for (const med of findMedicines(t, 'uk')) {
    const from = Math.max(0, med.start - 40);
    const v = CHANGE_BEFORE.exec(t.slice(from, med.start));
    if (!v) continue;
    const m = { start: from + v.index, end: med.end, text: t.slice(from + v.index, med.end) };
    if (directive(m)) return m;
  }
  return undefined;
}

function scan(block: Block): Facts {
  const invitations: Hit[] = [], directives: Hit[] = [], personal: Hit[] = [], yourTreatment: Hit[] = [];
  block.sentences.forEach((s: Sentence, i) => {
    const t = s.text;
    if (/\?\s*$/.test(t) && !/\b(?:DM|reply|send|email)\b/i.test(t)) return;
    // An invitation: personal health details sent to the writer, or a promise to judge one person's
    // case from what they post. The verb varies endlessly (DM, pop, slide, drop), so it is not required.
    const details = PERSONAL_DETAILS.exec(t);
    const toWriter = TO_WRITER.exec(t);
    const assess = ASSESSMENT.exec(t);
    const sendingToClinician = TO_CLINICIAN.test(t) && !toWriter;
    // "DM me for the pics": the writer offers to send something, and asks for nothing.
    const offersToSend = !!toWriter && !assess && OFFER_TO_SEND.test(t.slice(toWriter.index + toWriter[0].length));
    if (!sendingToClinician && !offersToSend && ((details && (toWriter || assess)) || (toWriter && assess))) {
      const cue = (toWriter ?? assess ?? details)![0];
      if (!negatedBefore(t, t.indexOf(cue), 3)) invitations.push({ sentence: i, why: `'${cue}' invites someone to send their own health details for your opinion` });
    }
    // A direction to the reader, not a report ("I tell my patients to take it"): a change to a dose or
    // a medicine by its form ("stop the tablets"), else to a medicine the knowledge list names
    // ("double your amlodipine", "grab a Canesten pessary").
    const directive = (m: Match) => !negatedBefore(t, m.start, 3) && DIRECTIVE_LEAD.test(t.slice(Math.max(0, m.start - 30), m.start));
    const change = findAll(TREATMENT_CHANGE, t).find(directive) ?? (CHANGE_VERB.test(t) ? medicineChanged(t, directive) : undefined);
    // Signposting is the right answer, but "take two tablets a day and mention it to your GP" still
    // changes the dose today.
    const dosed = DOSE.test(t);
    if (has(SIGNPOSTING, t) && !(change && dosed)) return;
    if (change) {
      directives.push({ sentence: i, why: `'${change.text}' tells one person how to change their treatment` });
      // Said to the reader about their own treatment, with no condition or source, it is personal anywhere.
      // ("Take your B12 shot" in an advert starts nothing to change: a dose changed is what counts.)
      if ((YOUR_TREATMENT.test(change.text) || (DOSE_CHANGED.test(change.text) && /\b(?:your|ur)[ \t]/i.test(change.text))) && !CONDITIONAL.test(t) && block.links.length === 0) {
        yourTreatment.push({ sentence: i, why: `'${change.text}' tells the reader to change their own treatment` });
      }
    }
    // A dose and the writer's own choice ("325mg … is where I'd start"): advice once it is personal.
    const choice = FIRST_PERSON_CHOICE.exec(t);
    if (!change && choice && dosed) directives.push({ sentence: i, why: `'${choice[0]}' with a dose tells one person what to take` });
    // "Nothing here is advice for you personally": a disclaimer, not a judgement.
    const marker = findAll(PERSONAL_MARKERS, t).find((m) => !negatedBefore(t, m.start, 8));
    if (marker) personal.push({ sentence: i, why: `'${marker.text}' judges one person's own case` });
  });
  return { invitations, directives, personal, yourTreatment };
}

export default defineRule<Facts>({
  id: 'personal-advice',
  title: 'Signpost to care instead of advising one person',
  severity: 'error',
  rationale: 'Advising one member of the public about their own care without seeing them is risky, and inviting people to send symptoms, photos or results puts you in a consultation you cannot do properly online. Point them to their own doctor, a pharmacist or, in an emergency, the emergency services.',
  guidance: { uk: [Q.bmaSignpost, Q.mduSm17, Q.gmp2], ie: [Q.mpNegligence, Q.mcIdentify], us: [Q.ama812Misread, Q.cejaSeekCare] },
  scan,
  report(block, f, { reply, snippet }) {
    // Treatment changes count when the advice is personal: a reply, or words like "in your case".
    const personalBlock = reply || f.personal.length > 0;
    const extra = personalBlock ? [...f.directives, ...f.personal] : f.yourTreatment;
    if (f.invitations.length === 0 && extra.length === 0) return []; // most blocks: nothing to sort
    const hits = [...f.invitations, ...extra].sort((a, b) => a.sentence - b.sentence);
    const out: RuleFinding[] = [];
    // Neighbouring flagged sentences form one finding, replaced as one.
    let i = 0;
    while (i < hits.length) {
      let j = i;
      while (j + 1 < hits.length && hits[j + 1].sentence <= hits[j].sentence + 1) j++;
      const first = block.sentences[hits[i].sentence], last = block.sentences[hits[j].sentence];
      // Keep the @handle a reply opens with; only the advice is replaced.
      const handles = /^(?:@[\w.]+[ \t]*)+/u.exec(first.text)?.[0].length ?? 0;
      const range = block.toSource(first.start + handles, last.end);
      out.push({
        ...range,
        message: `${hits[i].why}; signpost them to care instead`,
        fixes: [{ title: 'Replace with signposting to care', safe: false, edits: [{ ...range, newText: snippet('signposting') }] }],
      });
      i = j + 1;
    }
    return out;
  },
});
