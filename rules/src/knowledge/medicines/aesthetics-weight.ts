// Medicines sold to the public by aesthetic and weight-loss clinics, and the names they go by.
import { BNF, EMC, FDA, group, par } from './types.js';

export const AESTHETICS = group('aesthetics', { source: `${EMC}; ${BNF}` }, [
  ['botulinum toxin', 'Botox|Vistabel|Dysport|Azzalure|Alluzience|Xeomin|Bocouture|Letybo|Relfydess|Jeuveau|Nuceiva|Daxxify|NeuroBloc|Myobloc', {
    aka: ['botulinum', 'botulinum toxin type a', 'botulinum toxin a', 'onabotulinumtoxinA', 'abobotulinumtoxinA', 'incobotulinumtoxinA',
      'letibotulinumtoxinA', 'relabotulinumtoxinA', 'prabotulinumtoxinA', 'daxibotulinumtoxinA', 'rimabotulinumtoxinB',
      'tox', 'baby tox', 'baby botox', 'brotox', 'newtox', 'anti-wrinkle injection', 'anti-wrinkle injections',
      'anti-wrinkle injectables', 'anti-wrinkle jab', 'wrinkle-relaxing injections', 'wrinkle relaxing injections',
      'muscle-relaxing injections', 'lip flip', 'masseter botox', 'jaw botox', 'trap tox', 'traptox'],
    weak: ['toxin', 'toxins', 'anti-wrinkle', 'anti-wrinkle treatment', 'anti-wrinkle treatments'],
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
  ['semaglutide', 'Wegovy|Ozempic|Rybelsus', {
    aka: ['glp-1', 'glp-1s', 'glp1', 'glp1s', 'glp-1 agonist', 'glp-1 agonists', 'glp-1 receptor agonist', 'glp-1 receptor agonists',
      'glp-1 injection', 'glp-1 injections', 'weight-loss jab', 'weight-loss jabs', 'weight loss jab', 'weight loss jabs',
      'weight-loss injection', 'weight-loss injections', 'weight loss injection', 'weight loss injections', 'weight-loss pen',
      'weight-loss pens', 'weight loss pen', 'weight loss pens', 'fat jab', 'fat jabs', 'skinny jab', 'skinny jabs', 'skinny pen',
      'skinny pens', 'slimming jab', 'slimming jabs', 'slimming injections', 'diabetes jab', 'once-a-week pen', 'weekly jab',
      'weekly weight-loss jab', 'compounded semaglutide', 'ozempic pens'],
  }],
  ['tirzepatide', 'Mounjaro|Zepbound', { aka: ['mounjaro pens', 'king kong jab'] }],
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
