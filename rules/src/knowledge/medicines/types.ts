// The shape of the medicine knowledge: which medicines are prescription-only, by name, brand,
// colloquial name, form and strength, per jurisdiction, with the source of each fact. Data only; the
// matcher that finds these names in prose is ../medicine-matcher.ts.

/** UK legal categories (Human Medicines Regulations 2012): prescription-only, pharmacy, general sale. */
export type UkCategory = 'POM' | 'P' | 'GSL';
/** Irish categories (HPRA): subject to prescription, or supplied without one (pharmacy or general sale). */
export type IeCategory = 'prescription' | 'pharmacy' | 'general-sale';
/** US status (FDA): prescription (Rx), over the counter, or sold as a dietary supplement (not a drug). */
export type UsCategory = 'Rx' | 'OTC' | 'supplement';

/** Forms whose legal category differs often enough to be told apart in prose. */
export type Form = 'injection' | 'oral' | 'topical' | 'nasal' | 'eye' | 'inhaled' | 'vaginal';

/**
 * A category that depends on form or strength. `default` is what a mention that names neither is
 * taken to be: the *least* restricted form a reader could mean, so that a mention of "hydrocortisone"
 * alone is never called prescription-only (the check would rather miss than accuse).
 */
export interface Depends<C> {
  default: C;
  forms?: Partial<Record<Form, C>>;
  /** Oral strengths up to `mg` per dose unit have `category` ("co-codamol 8/500 mg" is P). */
  upTo?: { mg: number; category: C };
  /**
   * A class holding both prescription-only medicines and pharmacy packs ("ED tablets": sildenafil is
   * POM, Viagra Connect P): the category where the words beside it say it is sold without a
   * prescription ("over the counter", "without a prescription", "pharmacy medicine"). Elsewhere the
   * class is read as its prescription-only members, since the pharmacy packs are sold by their own
   * brand names, which the list knows.
   */
  withoutPrescription?: C;
  note?: string;
}
export type Status<C> = C | Depends<C>;

/**
 * A brand, or another name, whose category differs from its medicine's: Viagra Connect is P while
 * sildenafil is POM; an "anti-wrinkle treatment" is botulinum toxin only when injected.
 */
export interface Brand { name: string; uk?: Status<UkCategory>; ie?: Status<IeCategory>; us?: Status<UsCategory>; source?: string }

export type Group =
  | 'aesthetics' | 'weight loss' | 'sexual health' | 'contraception' | 'hair loss' | 'skin' | 'steroid'
  | 'vitamin or drip' | 'antibiotic' | 'antifungal' | 'antiviral' | 'travel' | 'sleep or anxiety' | 'ADHD'
  | 'mental health' | 'pain' | 'migraine' | 'heart and circulation' | 'diabetes' | 'breathing and allergy'
  | 'stomach and bowel' | 'hormones' | 'urology' | 'bones and joints' | 'eyes' | 'nervous system'
  | 'addiction' | 'vaccine' | 'any prescription medicine';

/**
 * The groups sold to the public by private clinics, online doctors and salons (the ASA's and ASAI's
 * POM rulings are nearly all about these). "Get your B12 shot" calls to buy one; "order your
 * inhalers before Christmas" is a repeat-prescription reminder, and "start your statin at night" an
 * instruction, whatever their verbs.
 */
export const SOLD_PRIVATELY: ReadonlySet<Group> = new Set<Group>(['aesthetics', 'weight loss', 'sexual health', 'hair loss', 'skin', 'steroid',
  'vitamin or drip', 'antibiotic', 'antiviral', 'travel', 'any prescription medicine']);

export interface Medicine {
  /** The international non-proprietary name (or, for a class, the class's plain name). */
  name: string;
  /**
   * For a class named as sellers name it ("ED tablets"): the medicines it stands for. Its `name` lists
   * them for messages ("sildenafil, tadalafil, vardenafil or avanafil") and is not looked for in
   * texts; a post that names the class and one of its members names one thing, not two.
   */
  members?: readonly string[];
  group: Group;
  brands: readonly (string | Brand)[];
  /** Colloquial, euphemistic and class names readers use for it ("tox", "skinny jab"). */
  aka: readonly (string | Brand)[];
  /**
   * Names that are also everyday words ("toxin", "the jab"): a mention counts only where the same
   * block names a medicine outright or says "prescription-only".
   */
  weak: readonly string[];
  /**
   * Bare nouns that mean this medicine only where the block speaks of what it is for: "the jab"
   * beside losing weight is a weight-loss injection, beside a flu season a vaccine (and no match).
   * `names` are matched alone or after a determiner ("the jab", "my second pen"), never after another
   * noun ("flu jab"); `words` are the topic, found anywhere in the same block.
   */
  topic?: { names: readonly string[]; words: readonly string[] };
  uk: Status<UkCategory>;
  /** Irish and US status where it differs from the UK's (undefined: as in the UK). */
  ie?: Status<IeCategory>;
  us?: Status<UsCategory>;
  /**
   * Vaccines: a vaccination service ("book your flu jab") named by its disease or generic name is
   * not promotion of a POM (the MHRA's Blue Guide treats a treatment service apart from a named
   * medicine); a vaccine's brand name is. So only `brands` are matched for vaccines.
   */
  vaccine?: true;
  /** Where the facts come from (MHRA, EMC SmPC, BNF, HPRA, FDA): facts carried over, not wording. */
  source: string;
}

// Sources, named once. The BNF's "medicinal forms" list each preparation's legal category; the
// EMC carries each UK product's SmPC and legal category; the MHRA publishes every POM-to-P or GSL
// switch as a public assessment report (PAR).
export const BNF = 'BNF, medicinal forms (legal category)';
export const EMC = 'EMC, SmPC and product page (legal category)';
export const HPRA = 'HPRA product listing (legal status)';
export const FDA = 'FDA label and Drugs@FDA (marketing status)';
export const par = (what: string) => `MHRA public assessment report: ${what}`;

type Row = [name: string, brands?: string, extra?: Partial<Omit<Medicine, 'name' | 'brands'>> & { brands?: readonly (string | Brand)[] }];

/**
 * A group of medicines sharing defaults. Each row is `[name, 'Brand|Other brand', extra]`, brand
 * names separated by '|', so a line of data reads as one fact.
 */
export function group(groupName: Group, defaults: { uk?: Status<UkCategory>; source: string; us?: Status<UsCategory>; ie?: Status<IeCategory> }, rows: readonly Row[]): Medicine[] {
  return rows.map(([name, brands, extra = {}]) => ({
    name,
    group: groupName,
    brands: [...(brands ? brands.split('|') : []), ...(extra.brands ?? [])],
    aka: extra.aka ?? [],
    weak: extra.weak ?? [],
    topic: extra.topic,
    members: extra.members,
    uk: extra.uk ?? defaults.uk ?? 'POM',
    ie: extra.ie ?? defaults.ie,
    us: extra.us ?? defaults.us,
    vaccine: extra.vaccine,
    source: extra.source ?? defaults.source,
  }));
}

/**
 * Every way sellers join a class word to a product word, as names: spellings(['weight loss',
 * 'slimming'], ['jab', 'pens']) gives "weight loss jab", "weight loss pens", "slimming jab"... A
 * hyphen or space between words matches either ("weight-loss jab"), so only run-together spellings
 * ("weightloss") need a head of their own.
 */
export const spellings = (heads: readonly string[], tails: readonly string[]): string[] => heads.flatMap((h) => tails.map((t) => `${h} ${t}`));

/** Whether a status is prescription-only in some form or strength. */
export const everPrescription = (s: Status<string> | undefined): boolean =>
  s === undefined ? false : typeof s === 'string' ? s === 'POM' || s === 'prescription' || s === 'Rx'
    : [s.default, ...Object.values(s.forms ?? {}), s.upTo?.category].some((c) => c === 'POM' || c === 'prescription' || c === 'Rx');
