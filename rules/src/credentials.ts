// credentials: clinical information for the public should say who wrote it and what they are
// qualified as (GMC social media guidance; Good medical practice 82), and never overstate it.
import { PLACEHOLDER } from '@probity/snippets';
import { byAnalogy, Q } from './guidance.js';
import { ADVICE_FORMS, CLINICAL_SUFFIXES, CLINICAL_TERMS, DOSE, IMPERATIVE_OPENERS, SALES_IMPERATIVE } from './lexicons/clinical.js';
import {
  ANY_POSTNOMINAL, ANY_ROLE_WORD, AT_WORK_SELF, MEDICAL_DOCTOR, MEDICAL_LETTERS, MEDICAL_POSTS, NAME_LINE, NON_MEDICAL_PRACTICE, ORGANISATION_SELF, ORGANISATION_VOICE, POSTNOMINAL, ROLE_CLAIM, ROLE_HANDLE, ROLE_SUFFIX,
  ROLE_TAIL, ROLE_TERMS, selfRole, SELF_TENURE, SENIORITY, SIGN_OFF_NAME, SPECIALTY_GRADE, SUPERLATIVE_CLAIM, TITLED_BYLINE, TITLED_NAME,
} from './lexicons/roles.js';
import { questioned } from './context/stance.js';
import { commercial } from './context/commercial.js';
import { fires, modelFor, type Model } from './scoring.js';
import { defineRule, type Block, type Draft, type RuleFinding } from './types.js';
import { credentialsAt, nextInPost } from './util/context.js';
import { fastRegExp } from './util/fast-regexp.js';
import { findAll, has, wordList, type Match } from './util/patterns.js';
import { onWarmUp, sampleBlock } from './util/warm.js';

/**
 * Words that are clinical information: conditions, symptoms, medicines and tests. Services and body
 * parts ("your GP", "pharmacy", "skin") are left out: signposting and a day at work are not advice.
 */
const SERVICES = new Set(['gp', 'pharmacist', 'nhs 111', '111', '999', 'a&e', 'urgent care', 'pharmacy', 'health visitor',
  'check-up', 'skin', 'heart', 'liver', 'kidney', 'kidneys', 'lungs', 'gut', 'bowel', 'teeth', 'gums', 'hearing',
  'eyesight', 'units', 'alcohol', 'smoking', 'vaping', 'diet', 'period', 'periods', 'treat', 'condition', 'conditions']);
// Without `u` (fast-regexp.ts): asked with test() of every block and sentence, not through findAll.
const CLINICAL = fastRegExp(wordList(CLINICAL_TERMS.filter((t) => !SERVICES.has(t))));
/** "not a … medical doctor", "not because he is a … (GP)": a qualification denied. */
const DENIED = /\b(?:not|never|isn['’]t|no)\b(?:[^\p{L}'’]+[\p{L}'’]+){0,7}[^\p{L}'’]*$/u;
const ROLE = fastRegExp(wordList(ROLE_TERMS));
const SELF_NAME = /\b(?:I['’]m|I[ \t]+am|my[ \t]+name[ \t]+is|my[ \t]+name['’]s|called|named|by|written[ \t]+by)[ \t]+(?:[A-Z][\p{L}'’-]+)(?:[ \t]+[A-Z][\p{L}'’-]+){1,2}/gu;

/** The reader spoken to ("you'll want aciclovir", "your pain score"), once a story's and an advert's "you" are set aside. */
const SPOKEN_TO = /\b(?:you|your|you['’](?:re|ll|ve|d))\b/i;
const NOT_SPOKEN_TO = /\b(?:if|do|did|have|has|had|when)[ \t]+you\b|\byou[ \t]+(?:know|guys|saw|see|all)\b|\bthank[ \t]+you\b|\bhelp(?:s|ing)?[ \t]+you[ \t]+(?:to[ \t]+)?(?:sleep|feel|look|relax)\b/gi;
const OWN_STORY = /\b(?:I|I['’]m|I['’]ve)[ \t]+(?:\w+[ \t]+)?(?:take|took|tried|use|used|had|have|started|am|was|got|went|love)\b|\bmy[ \t]+(?:(?:weekly|daily|first|next|own|new)[ \t]+)?(?:jab|dose|pen|tablets?|pills?|injections?|meds|skin|hair)\b|^\s*onto\b/i;
const clinicalIn = (text: string) => {
  CLINICAL.lastIndex = 0;
  return CLINICAL.test(text) || CLINICAL_SUFFIXES.test(text) || DOSE.test(text);
};

interface Facts {
  /** First sentence that gives clinical information or advice, if any. */
  clinical?: Match;
  named: boolean;
  role: boolean;
  /** A signature: a line holding only a name, followed by a line that starts with a role. */
  signature: boolean;
  claims: Match[];
  /** "As a nurse", "nurse here": a nurse's qualification claimed, for the check against stated credentials. */
  nurseClaims: Match[];
  /** "the UK's leading specialist": a claim no byline can back. */
  superlatives: Match[];
  placeholders: Match[];
  /** The writer names their own role: "as a GP", "ICU nurse here", a handle like "@DrSmithGP", a byline. */
  selfIdentified: boolean;
  /** "Dr" and "Doctor" before a name, for the misleading-title check. */
  titles: Match[];
  /** A practice whose "Dr" is not a medical doctor (chiropractic, naturopathy, a PhD). */
  nonMedical?: string;
  /** A medical degree, registration or post, not denied. */
  medical: boolean;
}

/**
 * Hand-set weights for a "Dr" that may mislead: a title beside a practice whose doctors are not
 * medical doctors, with no medical degree or post anywhere in the draft.
 */
export const HAND: Model = {
  bias: -3,
  threshold: 0.5,
  weights: { 'practice:sameBlock': 4, 'practice:draft': 1.5, medical: -8, superlative: 1 },
};

const hasRole = (s: string) => ROLE.test(s) || ROLE_SUFFIX.test(s) || SPECIALTY_GRADE.test(s);
const rank = (s: string) => {
  let r = -1;
  for (const { rank, pattern } of SENIORITY) if (pattern.test(s)) r = Math.max(r, rank);
  return r;
};

/** A line that ends with the writer's name and role ("… for a fever. Ciarán, Pharmacist"), or a titled name after a valediction. */
function signsOff(line: string): boolean {
  SIGN_OFF_NAME.lastIndex = 0;
  for (let m = SIGN_OFF_NAME.exec(line); m; m = SIGN_OFF_NAME.exec(line)) {
    const tail = line.slice(m.index + m[0].length);
    if (ROLE_TAIL.test(tail) || (/^(?:Dr|Prof)/.test(m[1]) && /^[ \t.!]*$/.test(tail) && m[0] !== m[1])) return true;
    // Matches do not overlap: start again one character on, so "Kind regards, Tom …" is read from "regards".
    SIGN_OFF_NAME.lastIndex = m.index + 1;
  }
  return false;
}

function scan(block: Block): Facts {
  const p = block.prose;
  ROLE.lastIndex = 0;
  // A block gives clinical information when it uses clinical words and speaks to the reader
  // (second person, modal advice or an imperative) in any of its sentences.
  CLINICAL.lastIndex = 0;
  const clinicalWords = block.kind !== 'imageAlt' && (CLINICAL.test(p) || CLINICAL_SUFFIXES.test(p) || DOSE.test(p));
  // Advice in form (modal advice, an imperative that is not a call to buy) or a dose. A bare "you" is
  // not advice: a story, an advert's "helping you sleep" and a question ("Have you ever had to …?")
  // have one too. A story or an opinion gives no clinical advice.
  // Asked only of a block with clinical words: without them it gives no clinical information
  // whatever its form, and this is the costliest question of the scan.
  const advising = clinicalWords && block.sentences.some((s) => !questioned(s.text) && (ADVICE_FORMS.test(s.text) || (IMPERATIVE_OPENERS.test(s.text) && !SALES_IMPERATIVE.test(s.text))
    // A dose or "you" in the writer's own story ("Onto the 7.5mg!", "I take it for my skin") is not advice.
    || (!OWN_STORY.test(s.text) && (DOSE.test(s.text) || (SPOKEN_TO.test(s.text.replace(NOT_SPOKEN_TO, '')) && clinicalIn(s.text))))));
  const clinical = clinicalWords && advising ? block.sentences[0] : undefined;
  const lines = p.split(/\r\n|\r|\n/);
  const signature = lines.some((l, i) => NAME_LINE.test(l.trim()) && i + 1 < lines.length && hasRole(lines[i + 1].split(/[,(]/)[0]));
  // A role word or a title must stand in the block for a sign-off to name one; most blocks have neither.
  const signedOff = (ANY_ROLE_WORD.test(p) || p.includes('Dr') || p.includes('Prof')) && lines.some(signsOff);
  ROLE.lastIndex = 0;
  const titled = findAll(TITLED_NAME, p);
  const titles = titled.filter((m) => /^(?:Dr|Doctor)\b/.test(m.text));
  const medicalMatch = [MEDICAL_LETTERS, MEDICAL_POSTS].flatMap((re) => findAll(re, p));
  return {
    // The writer says who they are: a role, a handle, a byline, letters after a name, an organisation
    // naming itself or speaking as itself, or a clinician saying what they do at work.
    // A handle holds an @ and a byline (case-sensitive) a 'Dr' or 'Prof': most blocks hold neither,
    // and a look for a character costs less than a pattern tried at every position.
    selfIdentified: (ANY_ROLE_WORD.test(p) && selfRole(p)) || (p.includes('@') && ROLE_HANDLE.test(p))
      || ((p.includes('Dr') || p.includes('Prof')) && TITLED_BYLINE.test(p)) || (ANY_POSTNOMINAL.test(p) && POSTNOMINAL.test(p)) || has(ORGANISATION_SELF, p)
      || has(ORGANISATION_VOICE, p) || has(AT_WORK_SELF, p) || has(SELF_TENURE, p) || signedOff,
    titles,
    nonMedical: NON_MEDICAL_PRACTICE.exec(p)?.[0],
    medical: medicalMatch.some((m) => !DENIED.test(p.slice(Math.max(0, m.start - 80), m.start))),
    clinical: clinical && { start: clinical.start, end: clinical.end, text: clinical.text },
    named: titled.length > 0 || findAll(SELF_NAME, p).length > 0,
    role: hasRole(p),
    signature,
    claims: findAll(ROLE_CLAIM, p),
    nurseClaims: /nurse/i.test(p) ? findAll(NURSE_CLAIM, p) : [],
    superlatives: findAll(SUPERLATIVE_CLAIM, p),
    placeholders: findAll(PLACEHOLDER, p).filter((m) => /name|role/.test(m.text)),
  };
}

const NURSE_CLAIM = /\b(?:(?:speaking|writing)[ \t]+as[ \t]+an?|as[ \t]+an?|I['’]m[ \t]+an?|I[ \t]+am[ \t]+an?|being[ \t]+an?)[ \t]+(?:(?:qualified|registered|senior|staff|practice|experienced)[ \t]+)?nurse\b|\bnurse[ \t]+here\b/gi;
/** Roles that are not a nurse's qualification (UK: the NMC registers nurses; these are not on it). */
const UNQUALIFIED_AS_NURSE = /\b(?:health[ \t]?care[ \t]+assistant|HCA|care[ \t]+assistant|care[ \t]+worker|support[ \t]+worker|carer|student[ \t]+nurse|nursing[ \t]+student)\b/i;

/** A role after "specialist" that is not a doctor's: "specialist nurse", "specialist pharmacist". */
const NOT_A_DOCTOR_AFTER = /^[ \t]{1,3}(?:nurse|pharmacist|physio\w*|dietitian|midwife|practitioner|paramedic|health[ \t]visitor)/i;

export default defineRule<Facts>({
  id: 'credentials',
  title: 'Say who you are when you give clinical information',
  severity: 'warning',
  rationale: 'People act on health information from doctors because they trust the source. Give your name and role so readers can check who you are, and describe your qualifications exactly as they are.',
  guidance: { uk: [Q.gmcSm8, Q.gmp82, Q.gmc2013p17], ie: [Q.mcIdentify], us: [Q.ama812Expertise, ...byAnalogy('uk', Q.gmcSm8)] },
  scan,
  reads: [commercial],
  report(block, f, { settings }) {
    const out: RuleFinding[] = f.placeholders.map((m) => ({ ...block.toSource(m.start, m.end), message: `The credentials line still says '${m.text}'` }));
    // Overstated qualifications: a role claimed in the text above the writer's stated credentials.
    const stated = settings.credentials ?? '';
    if (stated.trim() !== '') {
      // Seniority the credentials support: a medical doctor is at least a junior doctor; anything
      // else (a PhD, a nutritionist) claims too much with "as a doctor".
      const actual = MEDICAL_DOCTOR.test(stated) ? Math.max(rank(stated), 1) : rank(stated);
      // "Specialist" claims a consultant's standing (the GMC's Specialist Register) unless the
      // credentials say specialist themselves ("clinical nurse specialist").
      const specialistStated = /\bspecialist\b/i.test(stated);
      for (const m of f.claims) {
        const specialist = /\bspecialist\b/i.test(m.text);
        // ("As a specialist nurse" claims a nurse's role, which the credentials judge, not a doctor's.)
        if (specialist && (specialistStated || NOT_A_DOCTOR_AFTER.test(block.prose.slice(m.end, m.end + 20)))) continue;
        const claimed = specialist ? 3 : rank(m.text);
        if (Math.max(claimed, 1) > actual) {
          out.push({ ...block.toSource(m.start, m.end), message: `'${m.text}' claims more than your credentials ('${stated}') say` });
        }
      }
    }
    // A nurse's qualification claimed by a writer whose credentials name a role that is not one.
    if (UNQUALIFIED_AS_NURSE.test(stated)) {
      for (const m of f.nurseClaims) out.push({ ...block.toSource(m.start, m.end), message: `'${m.text}' claims a nurse's qualification, which your credentials ('${stated}') do not show` });
    }
    for (const m of f.superlatives) {
      out.push({ ...block.toSource(m.start, m.end), message: `'${m.text}' is a claim about your standing that readers cannot check; describe your role and experience plainly` });
    }
    return out;
  },
  notable: (f) => f.signature || f.placeholders.length > 0 || f.named || !!f.clinical || f.selfIdentified || f.titles.length > 0 || !!f.nonMedical || f.medical,
  check({ draft, settings, facts, snippet, notable, read }) {
    const out = misleadingTitles(draft, notable, facts);
    // An organisation speaking in its own voice has said who it is: an NHS, HSE or GP-practice notice
    // to its patients, or a business's own advert (whose missing label or medicine the advert rules
    // judge). A brand's advert in a person's voice, or a person's own product, still owes a name and role.
    const sold = read(commercial);
    if (sold.publicNotice || (sold.advert && sold.whose === 'business')) return out;
    // Front matter is published with the draft (a blog's byline); editor settings and probity.json
    // are not, so they only fill the fix, never stand in for a name in the text.
    const given = (v: unknown) => typeof v === 'string' && v.trim() !== '' && !new RegExp(PLACEHOLDER.source).test(v);
    const inFrontMatter = given(draft.frontMatter.author) && given(draft.frontMatter.credentials);
    const identified = inFrontMatter || given(draft.frontMatter.credentials) || notable.some((b) => {
      const f = facts(b);
      // "As a GP …", "ICU nurse here", "@DrSmithGP", "by Dr Ana Pires": the writer says who they are.
      if (f.selfIdentified) return true;
      // A credentials line still to fill in is reported as such (above), not as a missing one.
      if (f.signature || f.placeholders.length > 0) return true;
      if (!f.named) return false;
      const next = nextInPost(draft, b);
      return f.role || (next !== undefined && facts(next).role && /^\s*\S/.test(next.prose));
    });
    if (identified) return out;
    const first = notable.find((b) => facts(b).clinical);
    if (!first) return out;
    const c = facts(first).clinical!;
    const line = snippet('credentials-line');
    const { at, byline } = credentialsAt(draft);
    const newText = byline ? `${line}${draft.eol}${draft.eol}` : `${draft.eol}${draft.eol}${line}`;
    return [...out, {
      ...first.toSource(c.start, c.end),
      message: 'This gives clinical information, but the draft never says who you are or what you are qualified as',
      fixes: [{ title: given(settings.author) && given(settings.credentials) ? 'Add your credentials line' : 'Add a credentials line to fill in', safe: false, edits: [{ start: at, end: at, newText }] }],
    }];
  },
});

/** Features of each "Dr" in the draft, for the misleading-title check and for `npm run train`. */
export function titleCandidates(draft: Draft, notable: readonly Block[], facts: (b: Block) => Facts): { block: Block; title: Match; practice: string; features: string[] }[] {
  const titled = notable.filter((b) => facts(b).titles.length > 0);
  if (titled.length === 0) return []; // most drafts: no "Dr" at all
  const medical = notable.some((b) => facts(b).medical) || [draft.frontMatter.credentials, draft.frontMatter.author].some((v) => typeof v === 'string' && (MEDICAL_LETTERS.test(v) || MEDICAL_POSTS.test(v)));
  const anywhere = notable.map((b) => facts(b).nonMedical).find(Boolean);
  const out: { block: Block; title: Match; practice: string; features: string[] }[] = [];
  for (const b of titled) {
    const f = facts(b);
    // The practice in the title's own block or the one after it ("Dr Jin" over "TCM practitioner").
    const next = nextInPost(draft, b);
    // The next block's own facts hold its practice (the same pattern, run on its prose by its scan),
    // so no pattern runs here on each keystroke.
    const near = f.nonMedical ?? (next ? facts(next).nonMedical : undefined);
    for (const title of f.titles) {
      const practice = near ?? anywhere;
      if (!practice) continue;
      const features = [near ? 'practice:sameBlock' : 'practice:draft'];
      if (medical) features.push('medical');
      if (f.superlatives.length > 0) features.push('superlative');
      out.push({ block: b, title, practice, features });
    }
  }
  return out;
}

/** A "Dr" that readers will take for a medical doctor, beside a practice whose doctors are not. */
function misleadingTitles(draft: Draft, notable: readonly Block[], facts: (b: Block) => Facts): RuleFinding[] {
  const model = modelFor('credentials', HAND);
  const seen = new Set<string>();
  const out: RuleFinding[] = [];
  for (const { block, title, practice, features } of titleCandidates(draft, notable, facts)) {
    if (!fires(model, features) || seen.has(title.text)) continue;
    seen.add(title.text);
    out.push({
      ...block.toSource(title.start, title.end),
      message: `'${title.text}' reads as a medical doctor, but the draft describes ${/phd|dphil/i.test(practice) ? 'a doctorate' : `'${practice}'`} and no medical qualification; say what the title stands for`,
    });
  }
  return out;
}

// Compile the patterns as the language server starts, not inside the first draft's check (see util/warm.ts).
onWarmUp(() => scan(sampleBlock()));
