// The unsubstantiated-claim rewrite (issue 16, item 1): a fix that rewrites a claim must give a whole,
// grammatical sentence a clinician would sign, or not be offered. Each sentence below is checked by
// the real engine; every rewrite it offers is read by harper.js (a grammar checker) and must raise
// no grammar lint, must hedge ("may"), must drop the absolutes, and must not be flagged again. The
// claim sentences of ../shared/corpus-real's training part are run the same way, read in place.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../helpers/check.js';
import { ROOT } from '../helpers/cli.js';

/** Claim sentences written for this test: subjects, verbs, outcomes and absolutes of many kinds. */
const CLAIMS = [
  'It completely cures eczema in a week, guaranteed.',
  'This supplement cures anxiety.',
  'These gummies cure insomnia overnight.',
  'Our turmeric shot prevents colds.',
  'The elderberry syrup protects against flu.',
  'This collagen powder reverses wrinkles in just 14 days.',
  'Manuka honey heals acne permanently.',
  'Our probiotic boosts your immune system.',
  'The ginger tea boosts immunity, guaranteed.',
  'This patch relieves arthritis pain instantly.',
  'The copper bracelet eases joint pain instantly.',
  'These drops reduce anxiety in just three days.',
  'The spray eliminates head lice for good.',
  'This cream removes skin tags permanently.',
  'The detox tea flushes out toxins.',
  'Our serum completely repairs sun damage.',
  'The CBD oil cures migraines.',
  'This formula improves memory overnight.',
  'Lion\u2019s mane supplements cure brain fog.',
  'The vitamin drip strengthens your immune system.',
  'Green coffee burns belly fat.',
  'This herbal blend permanently lowers blood pressure.',
  'The mushroom capsules fight cancer.',
  'Our oil blend soothes eczema instantly.',
  'Apple cider vinegar cures diabetes.',
  'The infrared mat cures back pain forever.',
  'This tincture calms anxiety and cures depression.',
  'Sea moss kills viruses.',
  'Our IV drip treats long COVID.',
  'The magnesium spray completely cures restless legs.',
  'Chlorophyll drops clear acne for good.',
  'The weighted blanket cures insomnia.',
  'Our juice cleanse reverses fatty liver.',
  'Colloidal silver destroys bacteria.',
  'This balm heals psoriasis in a week.',
  'This aloe gel instantly relieves the pain of sunburn.',
  'Our sleep spray cures insomnia in just two nights.',
  'This night cream completely removes fine lines.',
  'The foot soak permanently eliminates verrucas.',
  'These lozenges cure a sore throat overnight.',
];

let lintGrammar: (text: string) => Promise<string[]>;

beforeAll(async () => {
  const { LocalLinter, Dialect } = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const harper = new LocalLinter({ binary, dialect: Dialect.British });
  await harper.setup();
  // Spelling is left out: product and ingredient names are not in a dictionary.
  lintGrammar = async (text) => (await harper.lint(text)).filter((l) => l.lint_kind() !== 'Spelling').map((l) => `${l.lint_kind()}: ${l.message()}`);
}, 60_000);

function rewriteOf(sentence: string): string | undefined {
  const result = check(`${sentence}\n`);
  const finding = result.findings.find((f) => f.rule === 'unsubstantiated-claim');
  expect(finding, `no claim found in: ${sentence}`).toBeDefined();
  const fix = finding!.fixes.find((f) => f.title.startsWith('Rewrite with honest hedging'));
  if (!fix) return undefined;
  expect(fix.edits).toHaveLength(1);
  // The rewrite replaces the whole sentence, and only it.
  expect(fix.edits[0]).toMatchObject({ start: 0, end: sentence.length });
  return fix.edits[0].newText;
}

async function expectSignable(original: string, rewrite: string) {
  expect(await lintGrammar(rewrite), `${original} -> ${rewrite}`).toEqual([]);
  expect(rewrite).toMatch(/^\p{Lu}.* may .*\.$/u);
  expect(rewrite).not.toMatch(/\b(?:guaranteed|completely|permanently|instantly|overnight|forever|for good|in (?:just |only )?(?:\d+|a|one|two|three) (?:days?|nights?|weeks?)|in a week)\b/i);
  expect(check(`${rewrite}\n`).findings.filter((f) => f.rule === 'unsubstantiated-claim'), rewrite).toEqual([]);
}

describe('the honest rewrite of a claim', () => {
  it('rewrites the example from issue 16 as a whole sentence', async () => {
    const rewrite = rewriteOf('It completely cures eczema in a week, guaranteed.');
    expect(rewrite).toBe('It may ease eczema for some people.');
    await expectSignable('issue 16', rewrite!);
  });

  it(`offers a grammatical, hedged sentence for most of ${CLAIMS.length} claims, and nothing for the rest`, async () => {
    expect(new Set(CLAIMS).size).toBeGreaterThanOrEqual(30);
    let rewritten = 0;
    for (const sentence of CLAIMS) {
      const rewrite = rewriteOf(sentence);
      if (rewrite === undefined) continue;
      rewritten++;
      await expectSignable(sentence, rewrite);
    }
    expect(rewritten).toBeGreaterThanOrEqual(25);
  });

  it('offers no rewrite where no hedge is honest: a serious disease, a detox', () => {
    for (const sentence of ['The mushroom capsules fight cancer.', 'Apple cider vinegar cures diabetes.', 'Sea moss kills viruses.', 'The detox tea flushes out toxins.']) {
      expect(rewriteOf(sentence), sentence).toBeUndefined();
    }
  });

  it('offers no rewrite for a claim whose sentence it cannot rewrite whole', () => {
    // An imperative headline, two clauses, a list: the rewrite would drop what they say.
    for (const sentence of ['Cure your eczema in a week with our balm!', 'This balm cures eczema, and my kids love the smell.', 'Boost immunity, beat colds and sleep better with our gummies.']) {
      expect(rewriteOf(sentence), sentence).toBeUndefined();
    }
  });

  const real = join(ROOT, '..', 'shared', 'corpus-real');
  // Real claims are mostly headlines, lists and run-on sentences, which get no rewrite; any rewrite
  // that is offered must read as well as the ones above.
  it.skipIf(!existsSync(real))('every rewrite offered for a real claim in the training part of ../shared/corpus-real is grammatical', async () => {
    let claims = 0;
    for (const file of readdirSync(real).filter((f) => /^\d{3}-.*\.md$/.test(f) && !/^\d\d[037]-/.test(f))) {
      const text = readFileSync(join(real, file), 'utf8');
      for (const finding of check(text).findings.filter((f) => f.rule === 'unsubstantiated-claim')) {
        claims++;
        for (const fix of finding.fixes.filter((f) => f.title.startsWith('Rewrite with honest hedging'))) {
          await expectSignable(`${file}: ${text.slice(finding.start, finding.end)}`, fix.edits[0].newText);
        }
      }
    }
    expect(claims).toBeGreaterThan(20);
  });
});
