// credentials: clinical information for the public should say who wrote it and what they are
// qualified as (GMC social media guidance; Good medical practice 82), and never overstate it.
import { PLACEHOLDER } from '@probity/snippets';
import { byAnalogy, Q } from './guidance.js';
import { ADVICE_CUES, CLINICAL_SUFFIXES, CLINICAL_TERMS, DOSE, IMPERATIVE_OPENERS } from './lexicons/clinical.js';
import { MEDICAL_DOCTOR, NAME_LINE, ROLE_CLAIM, SUPERLATIVE_CLAIM, ROLE_SUFFIX, ROLE_TERMS, SENIORITY, SPECIALTY_GRADE, TITLED_NAME } from './lexicons/roles.js';
import { defineRule, type Block, type RuleFinding } from './types.js';
import { credentialsAt, nextInPost } from './util/context.js';
import { findAll, wordList, type Match } from './util/patterns.js';

const CLINICAL = wordList(CLINICAL_TERMS);
const ROLE = wordList(ROLE_TERMS);
const SELF_NAME = /\b(?:I['’]m|I[ \t]+am|my[ \t]+name[ \t]+is|my[ \t]+name['’]s|called|named|by|written[ \t]+by)[ \t]+(?:[A-Z][\p{L}'’-]+)(?:[ \t]+[A-Z][\p{L}'’-]+){1,2}/gu;

interface Facts {
  /** First sentence that gives clinical information or advice, if any. */
  clinical?: Match;
  named: boolean;
  role: boolean;
  /** A signature: a line holding only a name, followed by a line that starts with a role. */
  signature: boolean;
  claims: Match[];
  /** "the UK's leading specialist": a claim no byline can back. */
  superlatives: Match[];
  placeholders: Match[];
}

const hasRole = (s: string) => ROLE.test(s) || ROLE_SUFFIX.test(s) || SPECIALTY_GRADE.test(s);
const rank = (s: string) => {
  let r = -1;
  for (const { rank, pattern } of SENIORITY) if (pattern.test(s)) r = Math.max(r, rank);
  return r;
};

function scan(block: Block): Facts {
  const p = block.prose;
  ROLE.lastIndex = 0;
  // A block gives clinical information when it uses clinical words and speaks to the reader
  // (second person, modal advice or an imperative) in any of its sentences.
  CLINICAL.lastIndex = 0;
  const clinicalWords = block.kind !== 'imageAlt' && (CLINICAL.test(p) || CLINICAL_SUFFIXES.test(p) || DOSE.test(p));
  const advising = block.sentences.some((s) => ADVICE_CUES.test(s.text) || IMPERATIVE_OPENERS.test(s.text));
  const clinical = clinicalWords && advising ? block.sentences[0] : undefined;
  const lines = p.split(/\r\n|\r|\n/);
  const signature = lines.some((l, i) => NAME_LINE.test(l.trim()) && i + 1 < lines.length && hasRole(lines[i + 1].split(/[,(]/)[0]));
  ROLE.lastIndex = 0;
  return {
    clinical: clinical && { start: clinical.start, end: clinical.end, text: clinical.text },
    named: findAll(TITLED_NAME, p).length > 0 || findAll(SELF_NAME, p).length > 0,
    role: hasRole(p),
    signature,
    claims: findAll(ROLE_CLAIM, p),
    superlatives: findAll(SUPERLATIVE_CLAIM, p),
    placeholders: findAll(PLACEHOLDER, p).filter((m) => /name|role/.test(m.text)),
  };
}

export default defineRule<Facts>({
  id: 'credentials',
  title: 'Say who you are when you give clinical information',
  severity: 'warning',
  rationale: 'People act on health information from doctors because they trust the source. Give your name and role so readers can check who you are, and describe your qualifications exactly as they are.',
  guidance: { uk: [Q.gmcSm8, Q.gmp82, Q.gmc2013p17], ie: [Q.mcIdentify], us: [Q.ama812Expertise, ...byAnalogy('uk', Q.gmcSm8)] },
  scan,
  report(block, f, { settings }) {
    const out: RuleFinding[] = f.placeholders.map((m) => ({ ...block.toSource(m.start, m.end), message: `The credentials line still says '${m.text}'` }));
    // Overstated qualifications: a role claimed in the text above the writer's stated credentials.
    const stated = settings.credentials ?? '';
    if (stated.trim() !== '') {
      // Seniority the credentials support: a medical doctor is at least a junior doctor; anything
      // else (a PhD, a nutritionist) claims too much with "as a doctor".
      const actual = MEDICAL_DOCTOR.test(stated) ? Math.max(rank(stated), 1) : rank(stated);
      for (const m of f.claims) {
        if (Math.max(rank(m.text), 1) > actual) {
          out.push({ ...block.toSource(m.start, m.end), message: `'${m.text}' claims more than your credentials ('${stated}') say` });
        }
      }
    }
    for (const m of f.superlatives) {
      out.push({ ...block.toSource(m.start, m.end), message: `'${m.text}' is a claim about your standing that readers cannot check; describe your role and experience plainly` });
    }
    return out;
  },
  notable: (f) => f.signature || f.placeholders.length > 0 || f.named || !!f.clinical,
  check({ draft, settings, facts, snippet, notable }) {
    // Front matter is published with the draft (a blog's byline); editor settings and probity.json
    // are not, so they only fill the fix, never stand in for a name in the text.
    const given = (v: unknown) => typeof v === 'string' && v.trim() !== '' && !new RegExp(PLACEHOLDER.source).test(v);
    const inFrontMatter = given(draft.frontMatter.author) && given(draft.frontMatter.credentials);
    const identified = inFrontMatter || notable.some((b) => {
      const f = facts(b);
      // A credentials line still to fill in is reported as such (above), not as a missing one.
      if (f.signature || f.placeholders.length > 0) return true;
      if (!f.named) return false;
      const next = nextInPost(draft, b);
      return f.role || (next !== undefined && facts(next).role && /^\s*\S/.test(next.prose));
    });
    if (identified) return [];
    const first = notable.find((b) => facts(b).clinical);
    if (!first) return [];
    const c = facts(first).clinical!;
    const line = snippet('credentials-line');
    const { at, byline } = credentialsAt(draft);
    const newText = byline ? `${line}${draft.eol}${draft.eol}` : `${draft.eol}${draft.eol}${line}`;
    return [{
      ...first.toSource(c.start, c.end),
      message: 'This gives clinical information, but the draft never says who you are or what you are qualified as',
      fixes: [{ title: given(settings.author) && given(settings.credentials) ? 'Add your credentials line' : 'Add a credentials line to fill in', safe: false, edits: [{ start: at, end: at, newText }] }],
    }];
  },
});
