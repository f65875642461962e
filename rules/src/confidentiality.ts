// confidentiality: a passage about a real patient must not carry details that, together, could
// identify them (GMC social media guidance 18-20), unless it is shared with explicit consent.
import { Q } from './guidance.js';
import { CONSENT, IDENTIFIERS, OCCUPATIONS, PATIENT_CONTEXT, RECORDS } from './lexicons/identifiers.js';
import { defineRule, type Block, type Edit } from './types.js';
import { replaceProse } from './util/context.js';
import { findAll, has, wordList, type Match } from './util/patterns.js';

const OCCUPATION = wordList(OCCUPATIONS);
// An occupation describes the patient when it follows an age, "retired", or an article and adjective.
const PATIENT_OCCUPATION = new RegExp(`(?:\\d[- ]?(?:year|yr)s?[- ]?old|\\d[FM]|\\d[ \\t]?(?:yo|y\\/o)|retired|former|an?|the|local)[ \\t]+(?:[\\p{L}-]+[ \\t]+)?(?:${OCCUPATION.source})|\\bwho[ \\t]+works?[ \\t]+(?:at|in|for)[ \\t]+(?:the[ \\t]+)?\\p{Lu}[\\p{L}-]*`, 'gu');
const CLINICAL_DETAIL = /\b(?:triaged|x-ray|scan|bloods?|diagnos(?:is|ed)|admitted|discharged|operation|surgery|fracture|stemi|cancer|overdose|results?)\b/i;

interface Identifier extends Match { category: string; edit?: string }
/** An image described in brackets, as a caption draft holds it: "[image: …]", "[photo of …]", "[screenshot: …]". */
const DESCRIBED_IMAGE = /\[(?:image|photo|pic|picture|screenshot|video|x-?ray|scan)\b/i;

interface Facts { patient: boolean; identifiers: Identifier[]; consent: boolean; clinical: boolean }

function scan(block: Block): Facts {
  const p = block.prose;
  const identifiers: Identifier[] = [];
  for (const { category, pattern, generalise } of IDENTIFIERS) {
    for (const m of findAll(pattern, p)) identifiers.push({ ...m, category, edit: generalise?.(m.text) });
  }
  for (const m of findAll(PATIENT_OCCUPATION, p)) identifiers.push({ ...m, category: 'occupation' });
  // A picture of notes, a chart or a scan is a picture of one patient's record: an image, or one
  // described in the text as posts describe them ("[image: AXR from tonight …]").
  const record = (block.kind === 'imageAlt' || DESCRIBED_IMAGE.test(p)) && RECORDS.test(p);
  // A patient named by their bed ("bed 14 on AMU") is one patient, as a ward names them.
  // (Not "clinic room 4", which is where the writer works.)
  const bed = identifiers.some((i) => i.category === 'bed' && !/^room\b/i.test(i.text));
  return { patient: record || bed || has(PATIENT_CONTEXT, p), identifiers, consent: has(CONSENT, p), clinical: has(CLINICAL_DETAIL, p) };
}

const NAMES: Record<string, string> = {
  age: 'an exact age', time: 'when it happened', date: 'a date', hospital: 'the hospital', place: 'a place',
  bed: 'a bed or bay number', rare: 'how rare the case is', school: 'their school year', name: 'a name', occupation: 'an occupation', handle: 'the @handle replied to', care: 'details of their care',
};

export default defineRule<Facts>({
  id: 'confidentiality',
  title: 'Patients must not be identifiable',
  severity: 'error',
  rationale: 'Each detail of a story from clinic may be harmless alone, but together an age, a place, a day and a job can let the patient, or people who know them, recognise the case. Share identifiable stories only with explicit consent.',
  guidance: { uk: [Q.gmcSm18, Q.gmcSm19, Q.gmcSm20, Q.bmaAnonymised], ie: [Q.mcPatients], us: [Q.amaPatients] },
  scan,
  // Consent to share, stated anywhere in the draft, covers every passage in it.
  notable: (f) => f.consent,
  applies: ({ notable }) => notable.length === 0,
  report(block, f, { reply }) {
    if (!f.patient) return [];
    const ids = f.identifiers.filter((id, i, all) => !all.some((o, k) => k !== i && o.start <= id.start && id.end <= o.end && (o.end - o.start > id.end - id.start || k < i)));
    const categories = new Set(ids.map((i) => i.category));
    // Replying to someone about their own family's care names them by the handle itself.
    const family = reply && /\b(?:your|his|her)[ \t]+(?:son|daughter|wife|husband|mum|dad|mother|father|child|baby|partner)\b/i.test(block.prose);
    if (family) categories.add('handle');
    if (family && f.clinical) categories.add('care');
    if (categories.size < 2) return [];
    ids.sort((a, b) => a.start - b.start);
    const span = ids.length ? { start: ids[0].start, end: ids[ids.length - 1].end } : { start: 0, end: block.prose.length };
    const listed = [...categories].map((c) => NAMES[c]).join(', ');
    const edits: Edit[] = ids.filter((i) => i.edit !== undefined).map((i) => replaceProse(block, i.start, i.end, i.edit!));
    return [{
      ...block.toSource(span.start, span.end),
      message: `This passage about a patient combines ${listed}, which together could identify them`,
      fixes: family || edits.length === 0 ? [] : [{ title: 'Generalise the identifying details', safe: false, edits }],
    }];
  },
});
