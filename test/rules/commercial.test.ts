// The commercial context of a draft, decided once and read by three rules: whether it is an advert
// (both ways, with NHS-notice and educational negatives), whose it is, and the three rules agreeing.
import { describe, expect, it } from 'vitest';
import { RULES, type Rule } from '@probity/rules';
import { commercial, type Commercial } from '../../rules/src/context/commercial.js';
import { Engine } from '../../server/src/engine/engine.js';
import { check } from '../helpers/check.js';

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

describe('the forms a marketing communication takes (CAP 12.12: a reference to a POM in one is promotion)', () => {
  const pom = (text: string) => run(text).findings.filter((f) => f.rule === 'prescription-medicine-promotion').map((f) => f.message);

  it.each([
    ['a business voice and a call not in any list', 'Six reasons to get your Dysport before the party season at our studio', /'Dysport' .*the call to action 'get your Dysport/],
    ['a class name, a discount and a call', '40% off erection tablets. Order online tonight', /'erection tablets' \(sildenafil, tadalafil, vardenafil or avanafil\)/],
    ['a colloquial name, a call and the seller', 'Weekly slimming pen. Start today with our online prescribers.', /'slimming pen' .*the call to action 'Start today/],
    ['a call to get a named medicine', 'Get your B12 jab before the big day! Bright eyes and bags of energy.', /'B12 jab' \(hydroxocobalamin\)/],
    ['a price in words', 'Our once-a-week jab helps with appetite. First consultation from thirty-nine pounds.', /'once-a-week jab'.*the price 'thirty-nine pounds'/],
    ['a testimonial crediting a provider', 'Eight weeks on Mounjaro and I have dropped 6kg. Thank you @leanwell.clinic for the check-ins!', /'Mounjaro' .*the testimonial/],
    ['a business saying what it provides', 'Our beauty lounge now offers Botox with a visiting nurse prescriber.', /'Botox' .*the service offered/],
    ['a waiting list', 'Our Wegovy waiting list is open again: leave your name with the front desk.', /'Wegovy' /],
    ['a pitch and open slots', 'Wave goodbye to sneezing season with one Kenalog jab. Diary now open.', /'Kenalog jab' /],
    ['a provider thanked for a medicine given', 'Huge thanks to @smoothskin.clinic for my Botox, not a line in sight!', /'Botox' .*the testimonial/],
    ['a timetable', 'Fewer frown lines by the weekend? Tox sessions every Friday evening, just text the studio.', /'Tox' /],
  ])('%s', (_name, text, message) => {
    expect(pom(text)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['an NHS clinic saying what it provides', 'The NHS headache clinic offers Botox for chronic migraine to adults referred by their GP.'],
    ['an NHS waiting list', 'Our NHS weight service has a two-year waiting list, and most people on it ask about Mounjaro.'],
    ['a ruling reported', 'The ASA has ruled against a salon that promoted Botox with a discount code and a countdown clock.'],
    ['someone else’s advert seen', 'Today I saw yet another clinic advertising weight-loss jabs with 20% off. They are prescription-only.'],
    ['advice on when to seek care', 'Mounjaro can cause pancreatitis. If you have severe tummy pain, book an urgent appointment.'],
    ['a pharmacy’s over-the-counter pack', 'Erection tablets without a prescription: ask our pharmacist about Viagra Connect, £17.99 for four.'],
    ['a vaccination service', 'Flu jabs at the pharmacy this Saturday: £14, walk in or book online.'],
    ['a cream', 'Our anti-wrinkle treatment cream is back on the shelf, £24.'],
  ])('not promotion: %s', (_name, text) => {
    expect(pom(text)).toEqual([]);
  });

  it.each([
    ['the profession’s "we"', 'We prescribe far too many antibiotics in winter. We offer doxycycline for coughs that need nothing at all.'],
    ['a clinic’s work', 'Our antibiotic prescribing fell by a fifth this year. Book in with the team if you want to hear how.'],
    ['a sexual health post', 'Starting PrEP? Make sure you both get tested first, and bring a friend to your appointment if it helps.'],
    ['a result credited to a free community', 'Down 2 stone since January and still running. Thanks @parkrun for every Saturday! My GP started me on metformin too.'],
    ['a start to treatment', 'Start sertraline at 50 mg and try it for six weeks before judging it.'],
    ['a repeat-prescription reminder', 'Order your inhalers in good time before Christmas: the pharmacy closes early.'],
    ['a hospital’s service', 'At St Luke’s we offer Botox for chronic migraine after three preventers have failed.'],
    ['a clinic’s protocol', 'Our new ADHD medication shared-care protocol starts in May.'],
  ])('clinicians’ own words stay clean: %s', (_name, text) => {
    const { decision, findings } = run(text);
    expect(decision.advert).toBe(false);
    expect(findings).toEqual([]);
  });
});

describe('whose it is, and who must say so', () => {
  it('a business’s own page offering a medicine names it in an advert, but owes no declaration or label', () => {
    const text = 'Our spa offers Botox treatments by a qualified dental surgeon.';
    expect(run(text).decision).toMatchObject({ advert: true, whose: 'business', labelOwed: false });
    expect(rules(text)).toEqual(['prescription-medicine-promotion']);
  });

  it('a referral code in a business’s voice is its own offer; in a person’s, a brand’s', () => {
    const business = 'Refer a friend with code PALS15 and you both get 15 pounds off Mounjaro';
    expect(run(business).decision).toMatchObject({ advert: true, whose: 'business', labelOwed: false });
    expect(rules(business)).toEqual(['prescription-medicine-promotion']);
    const person = 'I have loved my skin since switching. Use my code PALS15 and we both get 15 pounds off at @glowdirect';
    expect(run(person).decision).toMatchObject({ advert: true, whose: 'brand', labelOwed: true });
    expect(rules(person)).toEqual(['ad-disclosure']);
  });

  it('a testimonial crediting a provider owes the label at the start', () => {
    const { decision, findings } = run('Down 8kg since May on the jab 🙌 Couldn’t have done it without @fitpen.clinic');
    expect(decision).toMatchObject({ advert: true, whose: 'brand', labelOwed: true });
    expect(findings.map((f) => f.rule).sort()).toEqual(['ad-disclosure', 'prescription-medicine-promotion']);
    expect(findings.find((f) => f.rule === 'ad-disclosure')!.message).toMatch(/^The testimonial 'Couldn’t have done it without @fitpen\.clinic' makes this an advert/);
  });

  it('a business’s post signed by its director owes a declaration, though no label', () => {
    const text = 'We now offer skin consultations at Harbour Clinic, £45, book online.\n\nDr Amy Hale, GP and clinical director';
    expect(run(text).decision).toMatchObject({ advert: true, whose: 'business', labelOwed: false });
    expect(run(text).findings.map((f) => [f.rule, f.message])).toEqual([['conflict-of-interest',
      "You sign this advert (the service offered 'We now offer') as 'Dr Amy Hale, GP and clinical director', so what it sells is your interest, but the draft has no declaration of interests"]]);
  });

  it('the writer’s own book is an advert for the book, not for a medicine it mentions', () => {
    const text = 'My new book on the menopause is out in paperback, and I still think HRT is underused. (I receive the royalties.)';
    expect(run(text).decision).toMatchObject({ advert: true, whose: 'own product', labelOwed: true });
    expect(rules(text)).toEqual(['ad-disclosure']);
  });

  it.each([
    ['a partnership with a brand', 'So pleased to have partnered with Solvie on their new SPF. Find it at Boots.'],
    ['a gift', 'A parcel arrived from @calmnights this week and their pillow spray is lovely.'],
  ])('%s owes the label', (_name, text) => {
    expect(run(text).decision).toMatchObject({ advert: true, whose: 'brand', labelOwed: true });
  });


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
    'Get your Botox top-up before the holidays, walk-ins welcome.',
    'Our clinic offers Mounjaro with monthly check-ins.',
    'Down 5kg on Mounjaro, thanks @leanwell.clinic!',
    'Refer a friend and you both get £10 off a facial with code GLOW10.',
    'Our NHS clinic offers Botox for chronic migraine to patients referred by a neurologist.',
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

describe('forms found by a blind set of posts (corpus-blind-7), in other words', () => {
  const withSettings = (text: string, settings: Record<string, unknown>) => engine.check(text, { settings }).findings.filter((f) => MINE.includes(f.rule)).map((f) => f.rule).sort();

  it('codes talked about in a debunk are not a code offered', () => {
    expect(rules('That slimming tea does nothing. If it worked, it would not need a thousand influencers with discount codes.')).toEqual([]);
    expect(rules('Loving this slimming tea! Use my discount code for 20% off.')).toEqual(['ad-disclosure']);
  });

  it('"(affiliate)" after a link marks a paid link, which needs the label at the start', () => {
    expect(rules('This is the thermometer I use at home: shop.example/t/9xk (affiliate)')).toEqual(['ad-disclosure']);
    expect(rules('Affiliate marketing in health is growing fast, and regulators are watching it.')).toEqual([]);
  });

  it('a topic hashtag about advertising is not an ad label', () => {
    expect(rules('Notes from a good talk on health claims in adverts and what regulators expect. #marketing #advertising #compliance')).toEqual([]);
  });

  it('a paid tie in the writer\'s interests is not a service they sell; a clinic they own is', () => {
    const tie = { interests: ['conference registration paid through a grant from Halvard Pharma'] };
    expect(withSettings('Disclosure: my registration was paid through a grant from Halvard Pharma. Three things I learned at #Halvard2027 for our diabetes clinic.', tie)).toEqual([]);
    const owned = { interests: ['owner of Lumen Skin Clinic'] };
    expect(withSettings('New facials at Lumen Skin Clinic this month, £20 off.', owned)).toContain('ad-disclosure');
  });

  it('the writer\'s clinic and "our clinic" in one post are one service named twice', () => {
    expect(rules('Back at my clinic after the congress. Our diabetes clinic team presented two posters on transition care.')).toEqual([]);
  });

  it('the writer\'s own book, protocol or blend sold in their own voice owes a declaration; a day in their clinic does not', () => {
    expect(rules('Toddler sleep is hard. I cover all of it in my new book, out in May. Pre-order your copy at sleepbook.example!')).toContain('conflict-of-interest');
    expect(rules('My 30-Day Calm Skin Challenge opens on Monday.\n\n- my own soothing oat balm\n- weekly calls with me\n\nOnly £99, comment CALM for the link.')).toContain('conflict-of-interest');
    expect(rules('A busy morning in my clinic: three children with croup, all home by lunch. Steam does not help croup, by the way.')).toEqual([]);
  });

  it('a medicine a product may interact with is a caution, not a thing sold', () => {
    expect(rules('Our magnesium gummies are 15% off this week. Magnesium can interact with some antibiotics, so check with your pharmacist.')).not.toContain('prescription-medicine-promotion');
    expect(rules('Our antibiotics for travellers are 15% off this week.')).toContain('prescription-medicine-promotion');
  });

  it('a medicine a product stands in for is a comparison, not a thing sold; the claim is the claims rule\'s', () => {
    const swapped = 'Honestly these sage drops replaced my HRT. 15% off with code SAGE15 at sagedrops.example';
    expect(rules(swapped)).not.toContain('prescription-medicine-promotion');
    expect(check(swapped).findings.map((f) => f.rule)).toContain('unsubstantiated-claim');
    expect(rules('I help clients come off their sertraline with my breathwork course, £149, DM me to join.')).not.toContain('prescription-medicine-promotion');
    expect(rules('Forget the jab: our green tea blend is nature\'s Ozempic. Order today, £19.')).not.toContain('prescription-medicine-promotion');
    expect(rules('Sertraline prescribed online in 24 hours, £29 consultation, order today.')).toContain('prescription-medicine-promotion');
    // Further on in a list after the words that set it aside, or set against the product.
    expect(rules('Our mushroom coffee: customers wave goodbye to brain fog, zopiclone and stress. 15% off with code CALM15.')).not.toContain('prescription-medicine-promotion');
    expect(rules('Our silver spray kills germs and, unlike antibiotics, germs cannot resist it. £14.99, in stock now.')).not.toContain('prescription-medicine-promotion');
    expect(rules('Zopiclone delivered in 24 hours: £39 consultation, order today.')).toContain('prescription-medicine-promotion');
  });

  it('a pharmacist who may sell a medicine without a prescription is a fact told, not an offer; the writer selling it so is', () => {
    expect(rules('Good news: the pharmacist can now sell desogestrel to you without a prescription.')).not.toContain('prescription-medicine-promotion');
    expect(rules('Desogestrel without a prescription, delivered tomorrow. Order now, £12.')).toContain('prescription-medicine-promotion');
  });

  it('ties in the forms a writer shows them: a sign-off as founder, a founder hashtag, a sponsor\'s speaker dinner, a family business; not the same declared, nor family news', () => {
    const coi = (text: string) => rules(text).includes('conflict-of-interest');
    expect(coi('Nimbus is the best sleep app I have seen for shift workers.\n\nDr Ana Ruiz | GP | Co-founder & CMO, Nimbus Health')).toBe(true);
    expect(coi('The magnesium I take myself every night 🌙 #sleep #GlowLabFounder')).toBe(true);
    expect(coi('Great evening at the Cardiora speaker dinner last night. Most underused drug in heart failure, ask about it.')).toBe(true);
    expect(coi('These protein bars are my go-to. So proud of my wife for building this from our kitchen table.')).toBe(true);
    expect(coi('Declaration of interests: I am co-founder and CMO of Nimbus Health.\n\nNimbus is the best sleep app I have seen for shift workers.')).toBe(false);
    expect(coi('So proud of my daughter for starting this new job at the hospice. Sleep well, everyone.')).toBe(false);
  });

  it('"use my link", "#aff" and praise right after a paid tie are a brand\'s advert, which needs the label; a declared tie that recommends nothing is not', () => {
    expect(rules('Best walking shoes I have owned. Use my link for 20% off.')).toContain('ad-disclosure');
    expect(rules('New pillow, new neck 😴 #aff')).toContain('ad-disclosure');
    expect(rules('Proud to sit on the advisory board at @GreenFuelDrinks. The best electrolyte drink I know, grab a pack via the link in my bio.')).toContain('ad-disclosure');
    expect(rules('Declaration: I sit on the advisory board at @GreenFuelDrinks. I do not recommend any drink below; water is enough for most runs.')).not.toContain('ad-disclosure');
  });

  it('a PR haul, "links may earn me commission", a sponsor flying the writer out, a director of the company recommended; not an NHS board\'s director', () => {
    expect(rules('PR haul 📦 the brands sent me some lovely bits this month: a barrier cream and a sleep spray.')).toContain('ad-disclosure');
    expect(rules('My night-shift kit: a big water bottle and compression socks. All linked in my stories (links may earn me a small commission).')).toContain('ad-disclosure');
    expect(rules('Thanks to @OtoSonic for flying me out to the congress. Their new aid is the best on the market.')).toContain('conflict-of-interest');
    expect(rules('If you go private, I would use Larch Diagnostics.\n\nDr Amy Roe is a GP and Medical Director at Larch Diagnostics.')).toContain('conflict-of-interest');
    expect(rules('Dr Amy Roe is Medical Director at Westmoor University Health Board. Get your flu vaccine at your GP practice.')).not.toContain('conflict-of-interest');
  });

  it('a stamp card, "your 5th treatment free", "buy 3 get 1 free" are offers; a script\'s quoted frames are the post\'s own words', () => {
    expect(rules('Our new stamp card: every anti-wrinkle injection earns a stamp and your 6th treatment is free.')).toContain('prescription-medicine-promotion');
    expect(rules('Buy three Botox sessions and get the fourth free, this month only.')).toContain('prescription-medicine-promotion');
    expect(rules('Slide 2: "Hyalase to dissolve old filler, from £150 per area" Slide 3: "Two spaces left, book now"')).toContain('prescription-medicine-promotion');
    expect(rules('Our loyalty card is back for facials and peels: your 5th facial is free.')).not.toContain('prescription-medicine-promotion');
    expect(rules('A patient showed me an advert: "Hyalase from £150 per area, book now". Please check who is injecting you.')).not.toContain('prescription-medicine-promotion');
  });

  it('a job advert\'s salary and "DM me for the job pack", a charity fundraiser\'s target, an event for prescribers: none sells a medicine', () => {
    expect(rules('Now hiring: a nurse prescriber with Mounjaro and Wegovy experience for our weight clinic. Salary £41,000 pro rata. DM me for the job description.')).toEqual([]);
    expect(rules('Running the Cork marathon to raise money for the children\'s hospice our practice refers to. My target is €800, every cent goes to the nurses.')).toEqual([]);
    const event = 'Evening update for GPs on tirzepatide and semaglutide prescribing, with 2 CPD credits. Book your place via the faculty website.';
    expect(rules(event)).toEqual([]);
    // Decided once, for every rule that reads the decision: the event sells none of the medicines it names.
    expect(run(event).decision.medicines).toEqual([]);
    expect(rules('15% off Botox for nurses and carers this month, book now.')).toContain('prescription-medicine-promotion');
    expect(rules('We\'re hiring! And this week only: Mounjaro from £149, book today.')).toContain('prescription-medicine-promotion');
  });
});

describe('forms found by a second blind set (corpus-blind-8), in other words', () => {
  it('an advert quoted whole on its own line, to be criticised, sells nothing; the same words posted do', () => {
    const ad = 'New year, new you! Our nurse prescribers offer Wegovy pens with a free consultation and a starter pack, only six slots left, DM us today to book!';
    expect(rules(`The worst thing on my feed today:\n\n"${ad}"\n\nA beauty salon. I despair.`)).toEqual([]);
    expect(rules(ad)).toContain('prescription-medicine-promotion');
  });

  it('an NHS service, or a pharmacy that refers you back to your GP, is a public-service notice', () => {
    expect(run('Sore throat? Book in with us through the NHS Pharmacy First service and we can supply penicillin if you need it, or refer you back to your GP.').decision.publicNotice).toBe(true);
    expect(run('Sore throat? Book in with us at the Pharmacy First counter and we can supply penicillin if you need it.').decision.publicNotice).toBe(false);
  });
});

describe('adverts and ties a new blind set used', () => {
  it('a referral tag in a link, a "kickback", TikTok Shop\'s basket and a story\'s frames make an advert; a plain link does not', () => {
    expect(rules('This pump is the one I tell everyone about 👉 pumpco.example/duo?ref=jomidwife')).toContain('ad-disclosure');
    expect(rules('I get a tiny kickback if you use my link, but honestly it is the best pump.')).toContain('ad-disclosure');
    expect(rules('ok these gummies are so good, they are in the orange basket, 40% off right now')).toContain('ad-disclosure');
    expect(rules('Story 2/3: [photo of the box] "protein oats, the salted caramel is unreal, swipe up for 25% off with JO25"')).toContain('ad-disclosure');
    expect(rules('The NHS page on breast pumps is here: nhs.example/feeding/pumps')).toEqual([]);
  });
  it('"I helped develop it", "since the seed round" and "we set up Brightpath" are ties or the writer\'s own business; using it, or a seed catalogue, is not', () => {
    expect(rules('Top tier: Solvane Fluid SPF50, and yes I helped develop it with their lab.')).toContain('conflict-of-interest');
    expect(rules('Thrilled to see the ring launch nationwide. Proud to have been with the team since the seed round!')).toContain('conflict-of-interest');
    expect(rules('Waiting lists are awful, so we set up Brightpath for exactly this: assessment in 6 weeks, €650, PM me.')).toContain('conflict-of-interest');
    expect(rules('Top tier: Solvane Fluid SPF50. I have used it for years and buy my own.')).toEqual([]);
    expect(rules('Planted the first of the seed potatoes in the allotment today 🌱')).toEqual([]);
  });
});

describe('gifts and scarcity in other words', () => {
  it('"sent us the video" or "sent me a lovely card" is news from a patient\'s family, not a gift; "sent me these serums" is', () => {
    expect(rules('Her mum sent us the video of her first race and the whole team cried.')).toEqual([]);
    expect(rules('A patient sent me a lovely card this week.')).toEqual([]);
    expect(rules('@glowlab sent me these serums to try and honestly my skin has never looked better.')).toContain('ad-disclosure');
  });
  it('a treatment given free and credited to a business is a gift, which needs the label; a free flu jab is not', () => {
    expect(rules('A huge thank you to the lovely team at Zest Clinic for my free laser facial today ✨')).toEqual(['ad-disclosure']);
    expect(rules('Thank you to the pharmacy team for my free flu jab this morning, painless as ever.')).toEqual([]);
    expect(rules('Thanks to the night team for the free cake, you are all stars.')).toEqual([]);
  });

  it('"secure your spot" is scarcity, which with a call to book makes an advert of a named medicine', () => {
    expect(rules('Lip filler and tox days this Saturday at the studio. Link in bio to secure your spot.')).toEqual(['prescription-medicine-promotion']);
    expect(rules('Lip filler and tox: what a consultation should cover, and the questions to ask.')).toEqual([]);
  });
});

describe('a tie mentioned in passing', () => {
  it('"as their medical adviser" beside praise of the brand owes a declaration; a declared one does not', () => {
    const praise = 'The Lumi CGM is the most accurate sensor on the market and the one I would choose for my own family.';
    expect(rules(`${praise} I have spent two years helping the Lumi team as their UK medical adviser.`)).toContain('conflict-of-interest');
    expect(rules(`Declaration of interests: I am paid as Lumi's UK medical adviser.\n\n${praise}`)).not.toContain('conflict-of-interest');
  });
});

describe('prescription-only medicines sold in other words', () => {
  const pom = (text: string) => rules(text).includes('prescription-medicine-promotion');
  it('a weak name said as an injection is the medicine; toxins flushed out are not', () => {
    expect(pom('Gummy smile? We can fix it with a few units of toxin. DM for prices.')).toBe(true);
    expect(pom('Tweakment Tuesday: 10% off all toxin treatments booked today.')).toBe(true);
    expect(pom('Detox teas do not flush toxins out of your body, whatever the 10% off code says.')).toBe(false);
  });

  it('treatments named by what they treat', () => {
    expect(pom('Sweating through your shirts? Underarm hyperhidrosis injections from £350 at our Leeds clinic.')).toBe(true);
    expect(pom('Excessive sweating can be treated on the NHS: your GP can refer you to a dermatologist.')).toBe(false);
  });

  it('"DM for prices" says a price exists', () => {
    expect(pom('Saxenda pens are back. DM for prices.')).toBe(true);
    expect(pom('Saxenda pens are back in pharmacies after the shortage, the MHRA says.')).toBe(false);
  });

  it('a first treatment free, a new patient offer, an order deadline, consultations open, prescribed online', () => {
    expect(pom('New patient offer: first weight loss injection free when you sign up for 3 months.')).toBe(true);
    expect(pom('Saxenda pens back in stock! Order before 2pm for next-day delivery.')).toBe(true);
    expect(pom('Roaccutane consultations now open with our online dermatologist. Apply today.')).toBe(true);
    expect(pom('Hair loss? Propecia prescribed online in minutes. Start your consultation now.')).toBe(true);
    expect(pom('Isotretinoin (Roaccutane) is only prescribed by a consultant dermatologist, after a full assessment.')).toBe(false);
  });

  it('a call to book with this seller, or its availability, sells a privately sold medicine beside it', () => {
    expect(pom('Spaces free this Saturday with Nurse Ellie 💕\n\n#botox #glowup')).toBe(true);
    expect(pom('Hay fever? A single Kenalog injection may last all season. Ring the clinic on 01632 960111.')).toBe(true);
    expect(pom('Botox top-ups? Book with us this week.')).toBe(true);
    // Care in general, the reader's own provider, and news are not this seller.
    expect(pom('Thinking about Botox? Book a consultation with a qualified prescriber and ask about complications.')).toBe(false);
    expect(pom('If you get drooping eyelids after Botox, contact the clinic that treated you, or call 111.')).toBe(false);
    expect(pom('Oral semaglutide is now available in the US as a daily tablet. Here is what the trial showed.')).toBe(false);
    expect(pom('Mounjaro is back in stock at pharmacies after the shortage, so if your prescription was delayed, ask your pharmacist.')).toBe(false);
  });

  it('the message names what sells alone before a booking call that sells only beside the medicine', () => {
    const [finding] = run('Anti-wrinkle injections £149, spaces left this week').findings;
    expect(finding.message).toMatch(/the price '£149,'/);
  });

  it('a heading names what its section sells: the medicine in it is read with the prices under it', () => {
    const page = (heading: string) => `## ${heading}\n\nOur programme pairs a weekly injection with monthly reviews and a dietitian.\n\n- First consultation: £95\n- £229 per month, medication included\n\nBook your consultation online.\n\n## Who we are\n\nA small team in Leeds.`;
    const [finding] = run(page('Our weight loss programme (Wegovy®)')).findings.filter((f) => f.rule === 'prescription-medicine-promotion');
    expect(finding?.message).toMatch(/^'Wegovy' \(semaglutide\) is prescription-only/);
    // The same medicine under the next heading is outside the priced section.
    expect(pom(page('Our weight loss programme').replace('A small team in Leeds.', 'We stopped prescribing Wegovy last year.'))).toBe(false);
  });

  it('"I have slots this month" is the seller\'s diary, and "link in bio to book" reaches the seller', () => {
    expect(pom("Let's talk anti-wrinkle injections: what they are and how long they last.\nI have consultation slots this month, link in bio to book 💛")).toBe(true);
    expect(pom("Let's talk anti-wrinkle injections: what they are and how long they last.\nMore myths busted in my blog, link in bio.")).toBe(false);
  });

  it('names the medicine by name rather than by a word for its class', () => {
    const [finding] = run('Meet Sam, who started her jab journey with us in May 💚\nOur Mounjaro programme starts from £169 a month.').findings.filter((f) => f.rule === 'prescription-medicine-promotion');
    expect(finding.message).toMatch(/^'Mounjaro'/);
  });

  it('a clinic\'s own page advertises a medicine it sells wherever the page names it, not only beside the price', () => {
    const page = '# Anti-wrinkle treatment at Quayside Skin\n\nBotulinum toxin relaxes the muscles behind expression lines.\n\nTreatment takes fifteen minutes and lasts three to four months.\n\nBruising and headache are the commonest side effects.\n\n## Prices\n\nOne area £140, two areas £190.\n\n## Book\n\nCall 01632 960444 or book online.';
    const [finding] = run(page).findings.filter((f) => f.rule === 'prescription-medicine-promotion');
    expect(finding?.message).toMatch(/^'Botulinum toxin' is prescription-only/);
    // The same explainer with no price, offer or booking sells nothing.
    expect(pom(page.replace(/\n\n## Prices[\s\S]*$/, ''))).toBe(false);
  });

  it('a GP practice\'s clinic booked at reception is a notice to its patients, whatever medicine it names', () => {
    expect(run('Our practice is running a menopause clinic this month. Come and talk about HRT options, book at reception or online.').decision.advert).toBe(false);
    expect(pom('Our clinic is running a menopause evening this month. Come and talk about HRT, £95, book online.')).toBe(true);
  });

  it('appointments that "can be booked" are a booking call; a price guessed at ("several hundred euro") and a date with its year are not', () => {
    expect(pom('Hay fever season is nearly here.\n\nWe still give the Kenalog injection to adults, after a consultation.\n\nAppointments are £60 and can be booked by phone.')).toBe(true);
    expect(pom('Wegovy is prescription-only. Most people paying privately pay several hundred euro a month, which is why fakes are sold.')).toBe(false);
    expect(pom('Hepatitis C is now cured with tablets such as Epclusa. Get tested if you had a transfusion before September 1991.')).toBe(false);
  });

  it('a medicine offered without a prescription, gift vouchers, a party host\'s free treatment, "available in clinic", a weak name as a package', () => {
    expect(pom('Diazepam without a prescription, next-day delivery across the UK.')).toBe(true);
    expect(pom('Sildenafil can be bought without a prescription as Viagra Connect, after a chat with the pharmacist.')).toBe(false);
    expect(pom('Botox gift vouchers make the perfect Christmas present 🎁')).toBe(true);
    expect(pom('Lip filler and Botox parties for groups of four, and the host gets hers free!')).toBe(true);
    expect(pom('Feeling flat? B12 injections available in clinic 💉')).toBe(true);
    expect(pom('Skin booster and toxin package, 20% off for NHS staff this month')).toBe(true);
    expect(pom('Low B12 is common in vegans. Your GP can check your level, and B12 injections are given at the practice if you need them.')).toBe(false);
  });

  it('a price after a dose, a weak name priced, free tracked delivery and money back are offers', () => {
    expect(pom('Wegovy 1mg £169 | 1.7mg £189')).toBe(true);
    expect(pom('Toxin from £109 this month, frown lines and forehead')).toBe(true);
    expect(pom('Wegovy 1mg and 1.7mg, free tracked delivery on every order')).toBe(true);
    expect(pom('Medical weight loss with one injection a week. See results or your money back.')).toBe(true);
    expect(pom('Wegovy is started at 0.25mg and stepped up monthly to 2.4mg, as the product information says.')).toBe(false);
  });
});

describe('an influencer\'s tie in other words', () => {
  it('a bare code after an offer is a code, which in a person\'s post is a brand\'s', () => {
    expect(rules('This serum changed my skin. My followers get 20% off with GLOW20 through the link in my bio.')).toEqual(['ad-disclosure']);
    expect(rules('This serum changed my skin. I bought it in the sale with 20% off.')).toEqual([]);
  });

  it('"(gifted)", "c/o @brand", "courtesy of @brand" and a brand ambassador are ties; a public body thanked is not', () => {
    expect(rules('New in: the @Zenith sleep tracker. A month in, my sleep score is up. (gifted)')).toEqual(['ad-disclosure']);
    expect(rules('My go-to shake after a night shift 💪 c/o @FuelLab')).toEqual(['ad-disclosure']);
    expect(rules('So proud to be a brand ambassador for @ActivKids this year 💛 their vitamins are in every lunchbox.')).toEqual(['ad-disclosure', 'conflict-of-interest']);
    expect(rules('Proud to be an ambassador for @MindCharity this year, talking about men\'s mental health.')).toEqual([]);
    expect(rules('Thanks to @NHSEngland for the new patient leaflets on sepsis, free to download.')).not.toContain('ad-disclosure');
  });

  it('links said to be affiliate, a storefront, a deal through "my link", a product sent to review, a brand\'s request to try', () => {
    expect(rules('My hospital-bag list for new parents 👜 (links are affiliate, I may earn a small amount)')).toEqual(['ad-disclosure']);
    expect(rules('Shop my Amazon storefront for the kit I use on nights 🛒')).toEqual(['ad-disclosure']);
    expect(rules('Get £10 off your first recipe box with my code, link in bio 🥗')).toEqual(['ad-disclosure']);
    expect(rules('I was sent this standing desk to review, and my back thanks it after long clinics.')).toEqual(['ad-disclosure']);
    expect(rules('@CalmMind asked me to try their new meditation app, and two weeks in I am sleeping better.')).toEqual(['ad-disclosure']);
    expect(rules('I was sent a lot of questions about my hospital bag, so here is the list. Nothing here was gifted.')).toEqual([]);
    expect(rules('Links in this post go to NHS pages only, no affiliate links, nobody paid for this.')).toEqual([]);
  });

  it('a bare code after "use" is a code; "use sunscreen" is not', () => {
    expect(rules('Day 3 of the @FitFuel shred challenge and I feel amazing 💪 Use FIT20 at checkout.')).toEqual(['ad-disclosure']);
    expect(rules('Day 3 of the heatwave. Use SPF50 and drink water.')).toEqual([]);
  });

  it('a brand\'s handle thanked for a new thing is a gift; a mum thanked is not', () => {
    expect(rules('Huge thanks to @NordicSleep for my new mattress, a game changer after nights 😴')).toEqual(['ad-disclosure']);
    expect(rules('Huge thanks to my mum for my new mattress, a game changer after nights 😴')).toEqual([]);
  });

  it('working with a brand\'s handle "to" show you something is a partnership', () => {
    expect(rules('Working with @MediTrack to show you how I track my cycle. Their app is free for the first month!')).toEqual(['ad-disclosure']);
    expect(rules('Working with our practice nurses to show you how to check your inhaler technique.')).toEqual([]);
  });
});
