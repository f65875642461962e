// Medicines sold to the public by aesthetic and weight-loss clinics, and the names they go by.
import { BNF, EMC, FDA, group, par, spellings, type Brand } from './types.js';

/**
 * "Anti-wrinkle treatment" is what clinics call botulinum toxin, but a cream is sold under the same
 * words: it is the medicine where the text says it is injected (a jab, units, "per area", a syringe
 * emoji), and otherwise a cosmetic, never accused.
 */
const antiWrinkle = (name: string): Brand => ({
  name,
  uk: { default: 'GSL', forms: { injection: 'POM' }, note: 'a cream sold as an anti-wrinkle treatment is a cosmetic, not a medicine: GSL here so it is never called prescription-only' },
  source: `${EMC} (botulinum toxin products: POM, given by injection)`,
});

export const AESTHETICS = group('aesthetics', { source: `${EMC}; ${BNF}` }, [
  ['botulinum toxin', 'Botox|Vistabel|Dysport|Azzalure|Alluzience|Xeomin|Bocouture|Letybo|Relfydess|Jeuveau|Nuceiva|Daxxify|NeuroBloc|Myobloc', {
    aka: ['botulinum', 'botulinum toxin type a', 'botulinum toxin a', 'onabotulinumtoxinA', 'abobotulinumtoxinA', 'incobotulinumtoxinA',
      'letibotulinumtoxinA', 'relabotulinumtoxinA', 'prabotulinumtoxinA', 'daxibotulinumtoxinA', 'rimabotulinumtoxinB',
      'tox', 'baby tox', 'baby botox', 'brotox', 'newtox', 'anti-wrinkle injection', 'anti-wrinkle injections',
      'anti-wrinkle injectables', 'anti-wrinkle jab', 'wrinkle-relaxing injections', 'wrinkle relaxing injections',
      'muscle-relaxing injections', 'wrinkle relaxer', 'wrinkle relaxers', 'wrinkle-relaxer', 'wrinkle-relaxers', 'lip flip', 'masseter botox', 'jaw botox', 'trap tox', 'traptox',
      // Named by what it treats: excessive sweating and the jaw muscle (both given as injections).
      'hyperhidrosis injection', 'hyperhidrosis injections', 'sweat injections', 'anti-sweat injections', 'underarm injections',
      'masseter injections', 'masseter slimming', 'jaw slimming injections', 'jawline slimming injections',
      'anti-wrinkle jabs', 'anti-wrinkle shot', 'anti-wrinkle shots', 'anti-wrinkle injectable', 'wrinkle-relaxing jab', 'wrinkle-relaxing jabs',
      ...spellings(['antiwrinkle'], ['injection', 'injections', 'injectables', 'jab', 'jabs']),
      ...spellings(['anti-wrinkle', 'antiwrinkle'], ['treatment', 'treatments']).map(antiWrinkle)],
    weak: ['toxin', 'toxins', 'anti-wrinkle'],
    // "The jab" beside frown lines; only a jab, since fillers are injected for lines too.
    topic: { names: ['jab', 'jabs'], words: ['wrinkle', 'wrinkles', 'frown', 'frown lines', 'forehead', "crow's feet", 'crows feet', 'brow', 'fine lines'] },
    source: `${EMC} (Botox, Azzalure, Bocouture, Letybo: POM); ${FDA} (Botox Cosmetic, Jeuveau, Daxxify: Rx)`,
  }],
  ['hyaluronidase', 'Hyalase|Hylenex', { aka: ['filler dissolver', 'filler dissolving injection'] }],
  ['deoxycholic acid', 'Belkyra|Kybella', { aka: ['fat-dissolving injections', 'fat dissolving injections', 'fat-dissolving injection', 'double chin injections'] }],
  ['phosphatidylcholine', 'Lipostabil', { aka: ['lipo injections', 'lipo injection', 'lipodissolve'], source: `${BNF}: injectable phosphatidylcholine is an unlicensed medicine, supplied only on prescription` }],
  ['polidocanol', 'Asclera|Varithena', { aka: ['sclerotherapy injections'] }],
  ['sodium tetradecyl sulfate', 'Fibrovein|Sotradecol'],
  ['lidocaine', 'Xylocaine', {
    uk: { default: 'P', forms: { injection: 'POM', topical: 'P' }, note: 'lidocaine creams (LMX4, EMLA with prilocaine) are P; injections are POM' },
    us: { default: 'OTC', forms: { injection: 'Rx' } },
  }],
  ['tranexamic acid', 'Cyklokapron', {
    brands: [{ name: 'Cyklo-F', uk: 'P', source: par('Cyklo-F, heavy menstrual bleeding, P') }],
    uk: { default: 'POM', forms: { topical: 'GSL' }, note: 'skin-lightening creams are cosmetics, not medicines' },
    us: { default: 'Rx', forms: { topical: 'OTC' } },
  }],
  ['hydroquinone', 'Eldoquin|Tri-Luma', { uk: 'POM', us: { default: 'OTC', note: 'FDA: OTC hydroquinone withdrawn in 2020 (CARES Act); prescription products remain' }, source: `${BNF}; UK Cosmetic Products Regulation bans it in cosmetics` }],
  ['bimatoprost', 'Lumigan|Latisse', { aka: ['lash serum bimatoprost'] }],
  ['human chorionic gonadotrophin', 'Pregnyl|Ovitrelle', { aka: ['hcg injections', 'hcg diet drops'], weak: ['hcg'] }],
  ['somatropin', 'Genotropin|Norditropin|Omnitrope|Humatrope', { aka: ['growth hormone injections', 'hgh'] }],
  ['nandrolone', 'Deca-Durabolin', { aka: ['anabolic steroids', 'anabolic steroid'] }],
  ['oxandrolone', 'Anavar'],
  ['afamelanotide', 'Scenesse', { aka: ['melanotan', 'tanning injections', 'tanning injection', 'tanning nasal spray', 'tanning jab'], source: `${EMC} (Scenesse implant, POM); MHRA warnings: melanotan is unlicensed` }],
]);

export const WEIGHT_LOSS = group('weight loss', { source: `${EMC}; ${BNF}; ${FDA}` }, [
  // The class as sellers name it: a jab, pen, injection or shot for weight loss in every spelling,
  // "the jab" beside talk of weight, and the GLP-1 names. Every medicine in it is POM.
  ['semaglutide, tirzepatide or liraglutide', '', {
    members: ['semaglutide', 'tirzepatide', 'liraglutide'],
    aka: [
      ...spellings(['weight loss', 'weightloss', 'weight management', 'slimming', 'skinny', 'fat', 'fat loss', 'fat-burning', 'diet', 'obesity', 'appetite',
        'glp-1', 'glp1', 'glp-1 weight loss', 'glp1 weight loss'],
      ['jab', 'jabs', 'injection', 'injections', 'injectable', 'injectables', 'pen', 'pens', 'shot', 'shots']),
      // Not "weekly injection" alone: methotrexate is a weekly injection too.
      'weekly jab', 'weekly jabs', ...spellings(['once-a-week', 'once weekly'], ['jab', 'pen', 'pens']),
      'glp-1', 'glp-1s', 'glp1', 'glp1s', 'glp-1 agonist', 'glp-1 agonists', 'glp-1 receptor agonist', 'glp-1 receptor agonists',
      'glp-1 medication', 'glp-1 medications', 'glp-1 medicines', 'glp-1 drugs'],
    topic: {
      names: ['jab', 'jabs', 'pen', 'pens', 'injection', 'injections', 'shot', 'shots'],
      words: ['weight', 'stone', 'kg', 'kilos', 'lbs', 'appetite', 'hunger', 'cravings', 'food noise', 'dress size', 'dress sizes', 'bmi', 'slim', 'slimmer', 'slimming', 'obesity', 'overweight', 'waistline'],
    },
    source: `${EMC} (Wegovy, Mounjaro, Saxenda: POM); ${FDA} (Rx)`,
  }],
  // Sellers' short names: "tirz" is only ever the medicine; "sema" is also a given name, so weak.
  ['semaglutide', 'Wegovy|Ozempic|Rybelsus', { aka: ['diabetes jab', 'compounded semaglutide', 'ozempic pens'], weak: ['sema'] }],
  ['tirzepatide', 'Mounjaro|Zepbound', { aka: ['mounjaro pens', 'king kong jab', 'tirz', 'tirzep', 'compounded tirzepatide'] }],
  ['liraglutide', 'Saxenda|Victoza|Nevolat', { aka: ['daily weight-loss jab'], weak: ['daily jab'] }],
  ['dulaglutide', 'Trulicity'],
  ['exenatide', 'Byetta|Bydureon'],
  ['orlistat', 'Xenical', {
    brands: [{ name: 'alli', uk: 'P', us: 'OTC', source: 'alli 60 mg: P (UK), OTC (US)' }],
    uk: { default: 'P', upTo: { mg: 60, category: 'P' }, forms: {}, note: '120 mg (Xenical) is POM; 60 mg (alli) is P' },
    us: { default: 'OTC' },
  }],
  ['naltrexone with bupropion', 'Mysimba|Contrave'],
  ['phentermine', 'Adipex-P|Lomaira|Duromine', { source: `${FDA} (Rx, Schedule IV); not licensed in the UK, controlled (Misuse of Drugs Regulations 2001)` }],
  ['phentermine with topiramate', 'Qsymia'],
  ['diethylpropion', 'Tenuate', { aka: ['amfepramone'] }],
  ['setmelanotide', 'Imcivree'],
  ['cagrilintide with semaglutide', 'CagriSema'],
  ['retatrutide', '', { source: 'investigational; any supply is of an unlicensed medicine, prescription only (HMR 2012)' }],
]);
