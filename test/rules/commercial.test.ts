// The commercial context of a draft, decided once and read by three rules: whether it is an advert
// (both ways, with NHS-notice and educational negatives), whose it is, and the three rules agreeing.
import { describe, expect, it } from 'vitest';
import { RULES, type Rule } from '@probity/rules';
import { commercial, type Commercial } from '../../rules/src/context/commercial.js';
import { Engine } from '../../server/src/engine/engine.js';

// The engine's own decision, read as the rules read it, beside the rules' findings.
let decision: Commercial | undefined;
const spy: Rule = {
  id: 'spy', title: 'spy', severity: 'hint', rationale: '', guidance: { uk: [], ie: [], us: [] }, reads: [commercial],
  check(ctx) { decision = ctx.read(commercial); return []; },
};
const engine = new Engine([...(RULES as readonly Rule[]), spy]);
const MINE = ['prescription-medicine-promotion', 'ad-disclosure', 'conflict-of-interest'];
function run(text: string) {
  decision = undefined;
  const result = engine.check(text);
  return { decision: decision!, findings: result.findings.filter((f) => MINE.includes(f.rule)), all: result };
}
const rules = (text: string) => run(text).findings.map((f) => f.rule).sort();

describe('is the draft an advert', () => {
  it.each([
    ['a price with its unit and a call to book', 'Hay fever season again. Kenalog jabs at £45 per injection, message me to book your slot.'],
    ['a price list by area and dates to come', 'Toxin evenings at the studio\n\nNew dates for March\n\nBotox 1 area, 2 areas or 3 areas'],
    ['our offers, in another sentence from the medicine', 'Tired of the frown? Get Botox.\n\nDon’t miss our spring offers, ending Friday.'],
    ['availability at a named clinic', 'Wrinkle worries? Anti-wrinkle injections now available at Brightwater Skin Clinic, call to book.'],
    ['an own product back in stock', 'Guess who’s back 💜\n\nOur box of 5 overnight lip masks is back in stock, link in bio.'],
    ['a listing of what a sale includes', 'Hydroxocobalamin 1mg/ml x5 ampoules, syringes and swabs included, next-day delivery.'],
  ])('yes: %s', (_name, text) => {
    expect(run(text).decision.advert).toBe(true);
  });

  it.each([
    ['a GP practice notice with a call to reception', 'Dear Patient\n\nYour recent blood test showed a low vitamin B12. Please call our reception team to book three B12 injections with the practice nurse.'],
    ['a practice notice on who is eligible for Mounjaro', 'Weight loss injections\n\nFrom this month the practice can prescribe Mounjaro to a small group of patients. The NHS eligibility criteria are strict: please check them before you contact us. Patients do not need to contact the surgery to be assessed.'],
    ['an explainer with prices explained', 'Private weight-loss injections usually cost somewhere between £120 and £250 a month. Semaglutide and tirzepatide are prescription-only and need a proper assessment.'],
    ['a page on why a treatment is not offered', 'We do not offer Kenalog injections for hay fever. The evidence shows safer treatments work as well, so ask your pharmacist about a nasal spray.'],
    ['a warning quoting sales talk', 'Be wary of anyone injecting Botox who says "book now, offers end Friday". Don’t be fooled by "limited slots".'],
    ['a doctor’s educational post', 'Botox is licensed for chronic migraine in adults who have tried three preventers. Talk to your GP about a referral to a headache clinic.'],
  ])('no: %s', (_name, text) => {
    const { decision, findings } = run(text);
    expect(decision.advert).toBe(false);
    expect(findings).toEqual([]);
  });
});

describe('whose it is, and who must say so', () => {
  it('a business’s own offer is an advert whose POM is a finding, needing no ad label or declaration', () => {
    const text = 'Spring at Fairfield Aesthetics 🌸\n\nBotox for three areas is £199 this month, usually £260. Call the clinic to book.';
    const { decision } = run(text);
    expect(decision).toMatchObject({ advert: true, whose: 'business', labelOwed: false });
    expect(rules(text)).toEqual(['prescription-medicine-promotion']);
  });

  it('a doctor’s own clinic in their own voice needs the label and a declaration too', () => {
    const text = '---\nplatform: instagram\nauthor: Dr Ana Ruiz\ncredentials: GP\n---\nI’m now offering Botox at my clinic in Hove: £180 for three areas, DM me to book.';
    expect(run(text).decision).toMatchObject({ advert: true, whose: 'own service', labelOwed: true });
    expect(rules(text)).toEqual(['ad-disclosure', 'conflict-of-interest', 'prescription-medicine-promotion']);
  });

  it('a brand’s code in a person’s post needs the label, and says what the code is', () => {
    const text = 'Loving this vitamin C serum from @glowlab, my skin has never looked brighter. Use code RUBY15 for 15% off.';
    const { decision, findings } = run(text);
    expect(decision).toMatchObject({ advert: true, whose: 'brand', labelOwed: true });
    expect(findings.map((f) => f.message)).toEqual(["The discount code 'RUBY15' makes this an advert, but the post has no ad label at its start"]);
    expect(findings.some((f) => /own paid service/.test(f.message))).toBe(false);
  });
});

describe('the three rules agree', () => {
  const drafts = [
    '#ad Anti-wrinkle injections £150 this month only, book via the link in bio.',
    'Botox is a prescription-only medicine. Here is how it works, and what the evidence says about migraine.',
    'Our practice is running flu clinics on Saturdays: book through the NHS App or call reception.',
    'Thanks @sunnyskin for sending me these SPFs! #gifted',
    'I had my lips done with @lushlips_clinic and honestly the best part about it is how natural they look. Use code LUSH10.',
    'Mounjaro starter month £149 with our online clinic, spaces left for January, message us.',
    'My new online course on sleep opens on Monday: £39, sign up through the link.',
  ];

  it.each(drafts)('on one decision: %s', (text) => {
    const { decision, findings } = run(text);
    const found = new Set(findings.map((f) => f.rule));
    // Any of the three that calls the draft an advert is reading the same "advert".
    if (found.has('prescription-medicine-promotion') || found.has('ad-disclosure')) expect(decision.advert).toBe(true);
    // ad-disclosure speaks exactly when the label is owed and missing.
    if (found.has('ad-disclosure')) expect(decision.labelOwed).toBe(true);
    // A POM named in an advert is a finding, whichever rule else speaks.
    const names = /botox|anti-wrinkle|mounjaro/i.test(text);
    expect(found.has('prescription-medicine-promotion')).toBe(decision.advert && names);
  });

  it('the POM finding names the medicine and the evidence, and its fix rewrites the name, never adds #AD', () => {
    const text = 'Mounjaro starter month £149 with our online clinic, spaces left for January, message us.';
    const [f] = run(text).findings.filter((x) => x.rule === 'prescription-medicine-promotion');
    expect(f.message).toMatch(/^'Mounjaro' \(tirzepatide\) is prescription-only, and this page advertises it: the offer 'starter month' and the price '£149'\. Describe the treatment/);
    expect(f.fixes).toHaveLength(1);
    expect(f.fixes[0].safe).toBe(false);
    expect(f.fixes[0].edits).toEqual([{ start: 0, end: 8, newText: 'Medical weight-loss treatment' }]);
    expect(f.fixes.some((x) => /#AD/i.test(x.title))).toBe(false);
  });
});
