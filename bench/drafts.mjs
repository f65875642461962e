// Benchmark drafts built from the bundled examples: long blog drafts made by repeating the
// examples' paragraphs with seeded variations (names, places, numbers, word choices, order), so
// that almost every paragraph is distinct and a per-paragraph cache cannot short-cut a full check.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './rng.mjs';

export { rng };

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

const SWAPS = [
  [/\bMaya Chen\b/g, ['Maya Chen', 'Tom Reid', 'Priya Nair', 'Sean Byrne', 'Grace Okafor', 'Ellen Hughes']],
  [/\bNorwich\b/g, ['Norwich', 'Leeds', 'Cork', 'Bristol', 'Dundee', 'Swansea', 'Galway']],
  [/\bsam_rides\b/g, ['sam_rides', 'jo_runs', 'kezza_b', 'mikeyp', 'lil_ann']],
  [/\bGlowLab\b/g, ['GlowLab', 'DermaDew', 'SkinNest', 'Luma']],
  [/\bLEO20\b/g, ['LEO20', 'SKIN15', 'GLOW25', 'WINTER10']],
  [/\bcetirizine\b/g, ['cetirizine', 'fexofenadine', 'acrivastine']],
  [/\bMay\b/g, ['May', 'June', 'April']],
  [/\bmiserable\b/g, ['miserable', 'grim', 'rotten']],
  [/\bhonestly\b/g, ['honestly', 'tbh', 'really']],
  [/\bfancy\b/g, ['fancy', 'pricey', 'elaborate']],
  [/\bplain\b/g, ['plain', 'simple', 'basic']],
  [/\bfinally\b/g, ['finally', 'at last', 'now']],
  [/\bwinter\b/g, ['winter', 'the cold months', 'autumn']],
  [/\bcompletely\b/g, ['completely', 'totally', 'entirely']],
  [/\b\d+\b/g, null], // numbers: a new one of similar size
];

// Plain sentences of the kind a doctor's blog is made of, mixed into the examples' paragraphs.
const FILLER = [
  'Most people feel better within a week or two.',
  'It is worth keeping a note of when the symptoms started.',
  'Drink plenty of fluids and rest where you can.',
  'A pharmacist can tell you which product suits you.',
  'Children often get this more than adults do.',
  'I see this every week in clinic.',
  'The advice changes a little from year to year.',
  'Read the leaflet that comes in the packet.',
  'Some people find it helps to plan ahead.',
  'Older relatives may need a little more help.',
  'The evidence here is mixed, and that is fine to say.',
  'Nobody gets this right every time.',
  'Ask at the surgery if you are not sure.',
  'Small changes add up over a season.',
  'Colleagues on the ward see the same pattern.',
  'It rarely needs a hospital visit.',
  'Write down your questions before the appointment.',
  'This is general information, not advice for one person.',
  'Sleep matters more than most people think.',
  'A short walk each day is a good start.',
  'Keep medicines out of the reach of children.',
  'Symptoms that get worse need a check-up.',
  'The NHS website has a good page on this.',
  'We talked about this at our practice meeting.',
  'There is no single answer for everyone.',
  'Check the dose on the label each time.',
  'Pollen counts are highest on warm, dry afternoons.',
  'Night shifts make all of this harder.',
  'Many readers asked about this last month.',
  'Please share this with anyone who might find it useful.',
];

function vary(text, rand) {
  let out = text;
  if (!out.startsWith('#') && !out.startsWith('!') && !out.startsWith('*')) {
    const sentences = out.split(/(?<=[.!?])\s+(?=[A-Z])/);
    sentences.splice(Math.floor(rand() * (sentences.length + 1)), 0, pick(rand, FILLER));
    out = sentences.join(' ');
  }
  for (const [re, options] of SWAPS) {
    out = out.replace(re, (m) => (options ? pick(rand, options) : String(Math.max(1, Math.round(Number(m) * (0.5 + rand()))))));
  }
  return out;
}

/** The examples' paragraphs (front matter dropped, thread posts become paragraphs), by example. */
export function exampleParagraphs(examplesDir) {
  const files = readdirSync(examplesDir).filter((f) => f.endsWith('.md')).sort();
  return files.map((f) => {
    let text = readFileSync(join(examplesDir, f), 'utf8').replace(/\r\n?/g, '\n');
    text = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    return text.split(/\n(?:---\n|\s*\n)+/).map((p) => p.trim()).filter(Boolean);
  });
}

export const countWords = (text) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

/** A blog draft of about `words` words: sections of varied example paragraphs under numbered headings. */
export function buildDraft(examplesDir, words, seed) {
  const rand = rng(seed);
  const groups = exampleParagraphs(examplesDir);
  const parts = [];
  let total = 0, section = 0;
  while (total < words) {
    section++;
    const group = groups[(section - 1) % groups.length];
    const paras = group.map((p) => vary(p, rand).replace(/^(#+ .*)$/m, `$1 (${section})`));
    const heading = `## Part ${section}: ${pick(rand, ['notes from clinic', 'what I see', 'a week on the wards', 'common questions', 'myths and facts'])}`;
    for (const p of [heading, ...paras]) {
      const n = countWords(p);
      if (total > 0 && total + n > words && !p.startsWith('#')) break;
      parts.push(p);
      total += n;
      if (total >= words) break;
    }
  }
  return `# A doctor's notebook\n\n${parts.join('\n\n')}\n`;
}

/**
 * Issue 17's draft: a guidance text from ../shared (about 2,250 words whose paragraphs are separated
 * by single newlines, with lists) `copies` times, each under a `## Part N` heading: long runs of
 * lines with no blank line between them. Undefined when ../shared is not there.
 */
export function guidanceDraft(sharedDir, copies = 9) {
  const file = join(sharedDir, 'guidance', 'sources', 'mdu-medical-influencers-2024.txt');
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').trim();
  return `${Array.from({ length: copies }, (_, i) => `## Part ${i + 1}\n\n${text}`).join('\n\n')}\n`;
}
