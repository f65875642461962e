// fast-check generators for Markdown drafts: real structure (front matter, headings, nested lists,
// tables, fences, comments, links, images, thread separators) filled with hard text (emoji, ZWJ
// sequences, flags, combining marks, right-to-left text, control characters, unpaired surrogates,
// stray line endings) and with phrases that set off every rule, so that fixes are produced too.
import fc from 'fast-check';

/** One phrase per rule (several for some), taken from the kinds of drafts the corpus labels. */
export const TRIGGERS = [
  // ad-disclosure (and its safe fixes)
  'Use code GLOWUP20 for money off my serum, link in bio to buy', 'Thanks to @SolaShield for sending this #gifted',
  'Loving this SPF #spon', 'Paid partnership #ad', '#AD',
  // prescription-medicine-promotion
  'Botox from £150 this week only, book now', 'Wegovy starter pack, DM me to order',
  // conflict-of-interest
  'They paid for my flights to their symposium', 'Book your consultation at my clinic today for £99',
  // credentials
  'As a consultant dermatologist I recommend SPF 50 every day for eczema',
  // personal-advice
  '@jo_smith in your case I would stop taking the statin', 'DM me photos of your rash and I will tell you what it is',
  // confidentiality
  'A 47-year-old teacher came in yesterday to St Mary Hospital in bed 12',
  'Mr Jones from Harrogate was admitted on 3 March',
  // professionalism
  'Another frequent flyer in A&E tonight 🙄', 'Dr Smith is a quack and a fraud',
  // unsubstantiated-claim
  'This serum cures eczema and is 100% safe', 'Clinically proven to detox your liver',
  // workplace-content
  'Selfie on the ward with the patient list behind me', 'Posting this from resus on night shift',
  // suppression comments, with and without reasons
  '<!-- probity-disable-next-line personal-advice -- checked with my defence body -->',
  '<!-- probity-disable confidentiality -->', '<!-- probity-enable confidentiality -->',
  '<!-- probity-disable-file post-length -->', '<!-- probity-settings jurisdiction: ie -->',
];

/** Characters and sequences that break naive text handling. */
export const HARD = [
  '😀', '👩‍👩‍👧‍👦', '🧑🏽‍⚕️', '🇬🇧', '🇮🇪', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'e\u0301', 'n\u0303\u0323', 'Z\u0351\u0362\u0330',
  'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', '\u200F', '\u200B', '\uFEFF', '\u0000', '\u0007', '\u001B[31m',
  '\u0085', '\u2028', '\u2029', '\r\n', '\r', '\n', '\t', '\uD800', '\uDC00', 'a\uDBFFb', '\uDFFF\uD800',
  '\\', '`', '*', '_', '[', ']', '(', ')', '<', '>', '|', '#', '!', '~~~', '```', '<!--', '-->', '&amp;', '&#0;',
];

const WORDS = [
  'the', 'patient', 'GP', 'hay', 'fever', 'see', 'your', 'pharmacist', 'today', 'NHS', '111', 'antibiotics',
  'ward', 'clinic', 'serum', 'I', 'we', 'Dr', 'Amara', 'Nwosu', 'ST4', 'MRCP', 'tips', 'thread', '1/5', '£20',
];

const word = fc.constantFrom(...WORDS);
const hard = fc.constantFrom(...HARD);
const trigger = fc.constantFrom(...TRIGGERS);
const url = fc.constantFrom('https://www.nhs.uk/conditions/hay-fever/', 'http://example.test/a_(b)', 'mailto:a@b.test', '', 'javascript:alert(1)', 'https://x.test/😀');

/** Inline text: words, triggers and hard text, sometimes wrapped in emphasis, links, code or images. */
export const inline: fc.Arbitrary<string> = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: word },
    { weight: 3, arbitrary: hard },
    { weight: 3, arbitrary: trigger },
    { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.tuple(word, trigger).map(([a, b]) => `*${a} **${b}***`) },
    { weight: 1, arbitrary: fc.tuple(trigger, url).map(([t, u]) => `[${t}](${u})`) },
    { weight: 1, arbitrary: fc.tuple(word, url).map(([t, u]) => `![${t}](${u})`) },
    { weight: 1, arbitrary: url.map((u) => `<${u}>`) },
    { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
    { weight: 1, arbitrary: word.map((w) => `[[${w}]]`) },
    { weight: 1, arbitrary: fc.constantFrom('#ad', '#AD', '#ADHD', '#sp', '@handle', '#hayfever') },
  ),
  { minLength: 1, maxLength: 12 },
).map((parts) => parts.join(' '));

const listItem = (depth: number, ordered: boolean) => inline.map((t) => `${'  '.repeat(depth)}${ordered ? '1.' : '-'} ${t}`);

/** One Markdown block, as lines. */
export const block: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 5, arbitrary: inline.map((t) => [t]) },
  { weight: 2, arbitrary: fc.array(inline, { minLength: 2, maxLength: 3 }) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), inline).map(([n, t]) => [`${'#'.repeat(n)} ${t}`]) },
  { weight: 1, arbitrary: inline.map((t) => [t, '===']) },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.boolean()).chain(([d, o]) => listItem(d, o)), { minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l, i) => `${'> '.repeat(i + 1)}${l}`)) },
  { weight: 1, arbitrary: fc.array(fc.tuple(inline, inline), { minLength: 1, maxLength: 3 }).map((rows) => ['| a | b |', '| --- | :-: |', ...rows.map(([a, b]) => `| ${a.replace(/\|/g, '\\|')} | ${b} |`)]) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), inline, fc.boolean()).map(([f, t, closed]) => closed ? [`${f}md`, t, f] : [f, t]) },
  { weight: 1, arbitrary: inline.map((t) => [`<!-- ${t}`, '-->']) },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '<div>', '</div>', '[ref]: https://example.test', '- [ ] task', '    indented code').map((l) => [l]) },
  { weight: 1, arbitrary: trigger.map((t) => [t]) },
);

const frontMatter = fc.tuple(
  fc.constantFrom('blog', 'x', 'bluesky', 'mastodon', 'threads', 'linkedin', 'nonsense'),
  fc.constantFrom('uk', 'ie', 'us', 'mars'),
  fc.boolean(),
  fc.constantFrom('', 'author: Dr Amara Nwosu', 'credentials: [1, 2]', 'interests: GlowCo Labs; Harbour Clinic', 'rules: { post-length: off }', 'bad: [unclosed', 'sponsored: true'),
).map(([platform, jurisdiction, withPlatform, extra]) => ['---', ...(withPlatform ? [`platform: ${platform}`] : []), `jurisdiction: ${jurisdiction}`, extra, '---']);

/** A whole draft, with its line ending chosen per draft and sometimes mixed. */
export const draft: fc.Arbitrary<string> = fc.tuple(
  fc.boolean(), // BOM
  fc.option(frontMatter, { freq: 3 }),
  fc.array(block, { minLength: 1, maxLength: 10 }),
  fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
  fc.array(fc.constantFrom('', '', '---', ' '), { maxLength: 10 }),
  fc.boolean(), // final line ending
).map(([bom, fm, blocks, eol, separators, final]) => {
  const lines: string[] = [...(fm ?? [])];
  blocks.forEach((b, i) => {
    lines.push(...b);
    lines.push(separators[i] ?? '');
  });
  const endings = ['\n', '\r\n', '\r'];
  let out = bom ? '\uFEFF' : '';
  lines.forEach((l, i) => {
    out += l;
    if (i < lines.length - 1 || final) out += eol === 'mixed' ? endings[(l.length + i) % 3] : eol;
  });
  return out;
});
