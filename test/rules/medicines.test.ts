// The medicine knowledge and its matcher: legal category by form, strength and brand, per
// jurisdiction; names found in hashtags, capitals, with ® and possessives; the data's own integrity.
import { describe, expect, it } from 'vitest';
import { MEDICINES, UK_PRESCRIPTION_ONLY } from '../../rules/src/knowledge/medicines/index.js';
import { findMedicines } from '../../rules/src/knowledge/medicines/match.js';

const found = (text: string, j: 'uk' | 'ie' | 'us' = 'uk') => findMedicines(text, j).map((m) => `${m.text}=${m.category}`);

describe('legal category by form, strength and brand', () => {
  it('hydrocortisone: a cream is a pharmacy medicine, an injection prescription-only, a bare name not accused', () => {
    expect(found('Hydrocortisone cream for a week')).toEqual(['Hydrocortisone=P']);
    expect(found('a hydrocortisone injection into the joint')).toEqual(['hydrocortisone=POM']);
    expect(found('hydrocortisone helps')).toEqual(['hydrocortisone=P']);
  });

  it('sildenafil is prescription-only, Viagra Connect a pharmacy medicine; Cialis Together likewise', () => {
    expect(found('Viagra Connect or Viagra or sildenafil')).toEqual(['Viagra Connect=P', 'Viagra=POM', 'sildenafil=POM']);
    expect(found('Cialis Together and Cialis')).toEqual(['Cialis Together=P', 'Cialis=POM']);
  });

  it('minoxidil: tablets prescription-only, foam on general sale', () => {
    expect(found('oral minoxidil')).toEqual(['oral minoxidil=POM']);
    expect(found('minoxidil 5mg tablets')).toEqual(['minoxidil=POM']);
    expect(found('minoxidil foam for the scalp')).toEqual(['minoxidil=GSL']);
  });

  it('strength: co-codamol 8/500 is P, 30/500 POM; vitamin B12 tablets are not, ampoules are', () => {
    expect(found('co-codamol 8/500')).toEqual(['co-codamol=P']);
    expect(found('co-codamol 30/500')).toEqual(['co-codamol=POM']);
    expect(found('B12 tablets daily')).toEqual(['B12=GSL']);
    expect(found('B12 ampoules, 1mg/ml')).toEqual(['B12=POM']);
  });

  it('per jurisdiction: melatonin is prescription-only in the UK and Ireland, a supplement in the US', () => {
    expect(found('melatonin gummies', 'uk')).toEqual(['melatonin=POM']);
    expect(found('melatonin gummies', 'ie')).toEqual(['melatonin=prescription']);
    expect(found('melatonin gummies', 'us')).toEqual(['melatonin=supplement']);
    expect(found('Botox', 'us')).toEqual(['Botox=Rx']);
  });

  it('a vaccination service is no medicine; a vaccine brand is', () => {
    expect(found('Book your flu jab or shingles vaccine at the pharmacy')).toEqual([]);
    expect(found('Gardasil 9 course')).toEqual(['Gardasil 9=POM']);
  });
});

describe('finding names as posts write them', () => {
  it('inside hashtags, at the start or run together', () => {
    expect(found('#botox #kenaloginjection #mounjarojourney #babybotox')).toEqual([
      '#botox=POM', '#kenaloginjection=POM', '#mounjarojourney=POM', '#babybotox=POM',
    ]);
  });

  it('no short name inside another hashtag word ("#detox" holds no "tox")', () => {
    expect(found('#detox #toxic')).toEqual([]);
    expect(found('#tox')).toEqual(['#tox=POM']);
  });

  it('in capitals, with ® and possessives, hyphenated or spaced', () => {
    expect(found('BOTOX® lasts; Mounjaro’s dose; anti-wrinkle injections and anti wrinkle injections')).toEqual([
      'BOTOX®=POM', 'Mounjaro’s=POM', 'anti-wrinkle injections=POM', 'anti wrinkle injections=POM',
    ]);
  });

  it('with digits for letters, as sellers dodge filters; not a vitamin or a class written with a number', () => {
    expect(found('b0tox and #m0unjaro this week')).toEqual(['b0tox=POM', '#m0unjaro=POM']);
    expect(found('B12 and GLP1s')).toEqual(['B12=GSL', 'GLP1s=POM']);
  });

  it('sellers\' short names: "tirz" and "wrinkle relaxer" are the medicine; "sema" only beside what sells it', () => {
    expect(found('Compounded tirz is back')).toEqual(['tirz=POM']);
    expect(found('Wrinkle relaxers for the forehead')).toEqual(['Wrinkle relaxers=POM']);
    expect(found('Our vitamin D3 booster injection is back; vitamin D3 tablets too')).toEqual(['vitamin D3 booster injection=POM']);
  });

  it('a weak name counts only beside a named medicine or "prescription-only"', () => {
    expect(found('flush the toxins out')).toEqual([]);
    expect(found('Toxin is a prescription only medication')).toEqual(['Toxin=POM', 'prescription only medication=POM']);
  });

  it('names not listed fall back to their INN stem; "April" is no ACE inhibitor', () => {
    expect(findMedicines('try zorbicillin in April', 'uk').map((m) => [m.text, m.kind])).toEqual([['zorbicillin', 'stem']]);
  });
});

describe('medicines referred to, not named', () => {
  const named = (text: string, j: 'uk' | 'ie' | 'us' = 'uk') => findMedicines(text, j).map((m) => `${m.text}=${m.category} (${m.medicine?.name})`);

  it('classes as sellers name them resolve to their members, prescription-only', () => {
    expect(named('ED tablets and erection pills')).toEqual([
      'ED tablets=POM (sildenafil, tadalafil, vardenafil or avanafil)', 'erection pills=POM (sildenafil, tadalafil, vardenafil or avanafil)']);
    expect(named('hair loss tablets')).toEqual(['hair loss tablets=POM (finasteride or oral minoxidil)']);
    expect(named('Prescription skincare, antibiotics online')).toEqual(['Prescription skincare=POM (prescription skincare)', 'antibiotics=POM (antibiotics)']);
  });

  it('a class holding pharmacy packs is a pharmacy medicine where the words beside it sell it without a prescription', () => {
    expect(named('Erection tablets over the counter')).toEqual(['Erection tablets=P (sildenafil, tadalafil, vardenafil or avanafil)']);
    expect(named('ED pills without a prescription', 'ie')).toEqual(['ED pills=pharmacy (sildenafil, tadalafil, vardenafil or avanafil)']);
    expect(named('ED pills without a prescription', 'us')).toEqual(['ED pills=Rx (sildenafil, tadalafil, vardenafil or avanafil)']);
  });

  it('weight-loss injections in every spelling', () => {
    for (const text of ['weightloss jabs', 'weight-loss pen', 'Weight Loss Injections', 'slimming shots', 'skinny jab', 'fat-burning jab', 'GLP-1 shots', 'once-a-week pen']) {
      expect(named(text), text).toEqual([`${text}=POM (semaglutide, tirzepatide or liraglutide)`]);
    }
    // Not "weekly injection" alone: methotrexate is one too.
    expect(named('methotrexate, a weekly injection')).toEqual(['methotrexate=POM (methotrexate)']);
  });

  it('a bare noun is the medicine its block speaks of, and nothing after another noun', () => {
    expect(named('Two months on the jab and down a dress size')).toEqual(['jab=POM (semaglutide, tirzepatide or liraglutide)']);
    expect(named('My first jab for those frown lines')).toEqual(['jab=POM (botulinum toxin)']);
    expect(named('The jab kept my pollen misery away')).toEqual(['jab=POM (triamcinolone acetonide)']);
    expect(named('Book your flu jab; it will not help you lose weight')).toEqual([]);
    expect(named('The jab is safe in pregnancy')).toEqual([]);
    expect(named('Grab a pen and note your weight each week')).toEqual([]);
  });

  it('"ED meds" only where the block speaks of sex or men, since ED is also the emergency department', () => {
    expect(named('ED meds for men, sent discreetly')).toEqual(['ED meds=POM (sildenafil, tadalafil, vardenafil or avanafil)']);
    expect(named('ED treatment times rose again this winter, with patients waiting on trolleys')).toEqual([]);
  });

  it('an anti-wrinkle treatment is botulinum toxin where injected, a cosmetic otherwise', () => {
    expect(named('Anti-wrinkle treatment, three areas')).toEqual(['Anti-wrinkle treatment=POM (botulinum toxin)']);
    expect(named('Anti-wrinkle treatment 💉')).toEqual(['Anti-wrinkle treatment=POM (botulinum toxin)']);
    expect(named('our anti-wrinkle treatment cream')).toEqual(['anti-wrinkle treatment=GSL (botulinum toxin)']);
  });

  it('B12, hay-fever and steroid injections by any name', () => {
    expect(named('B12 jabs, vitamin B12 shots, hayfever shot, steroid jab, cortisone shot').map((m) => m.replace(/ \(.*/, ''))).toEqual([
      'B12 jabs=POM', 'vitamin B12 shots=POM', 'hayfever shot=POM', 'steroid jab=POM', 'cortisone shot=POM']);
  });
});

describe('the knowledge itself', () => {
  it('holds at least 400 medicines prescription-only in the UK, each with a source', () => {
    expect(UK_PRESCRIPTION_ONLY.length).toBeGreaterThanOrEqual(400);
    for (const m of MEDICINES) expect(m.source.length, m.name).toBeGreaterThan(3);
  });

  it('gives no name to two medicines', () => {
    const owner = new Map<string, string>();
    for (const m of MEDICINES) {
      for (const n of [m.name, ...[...m.brands, ...m.aka].map((b) => (typeof b === 'string' ? b : b.name)), ...m.weak]) {
        const key = n.toLowerCase();
        expect(owner.get(key) ?? m.name, `'${n}' is listed for ${owner.get(key)} and ${m.name}`).toBe(m.name);
        owner.set(key, m.name);
      }
    }
  });
});
