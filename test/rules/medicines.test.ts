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

  it('a weak name counts only beside a named medicine or "prescription-only"', () => {
    expect(found('flush the toxins out')).toEqual([]);
    expect(found('Toxin is a prescription only medication')).toEqual(['Toxin=POM', 'prescription only medication=POM']);
  });

  it('names not listed fall back to their INN stem; "April" is no ACE inhibitor', () => {
    expect(findMedicines('try zorbicillin in April', 'uk').map((m) => [m.text, m.kind])).toEqual([['zorbicillin', 'stem']]);
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
