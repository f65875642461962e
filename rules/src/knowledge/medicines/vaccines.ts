// Vaccines. All are prescription-only medicines, but a vaccination service named by its disease or
// generic name ("book your flu jab", "travel vaccinations available") is a treatment service, not
// promotion of a medicine (MHRA Blue Guide, treatment services); naming a vaccine's brand is. So only
// the brands here are matched (see Medicine.vaccine).
import { BNF, EMC, group } from './types.js';

export const VACCINES = group('vaccine', { source: `${BNF}; ${EMC}; MHRA Blue Guide (treatment services)` }, [
  ['influenza vaccine', 'Fluenz|Flucelvax|Fluad|Supemtek|Efluelda|Vaxigrip|Influvac|Fluarix', { vaccine: true, aka: ['flu jab', 'flu vaccine', 'flu shot'] }],
  ['COVID-19 vaccine', 'Comirnaty|Spikevax|Nuvaxovid|Vaxzevria', { vaccine: true, aka: ['covid jab', 'covid vaccine', 'covid booster'] }],
  ['herpes zoster vaccine', 'Shingrix|Zostavax', { vaccine: true, aka: ['shingles vaccine', 'shingles jab'] }],
  ['human papillomavirus vaccine', 'Gardasil|Gardasil 9|Cervarix', { vaccine: true, aka: ['hpv vaccine', 'hpv jab'] }],
  ['hepatitis A vaccine', 'Havrix|Avaxim|Vaqta|Twinrix|Ambirix|ViATIM', { vaccine: true }],
  ['hepatitis B vaccine', 'Engerix B|HBvaxPRO|Fendrix|Heplisav B', { vaccine: true }],
  ['typhoid vaccine', 'Typhim Vi|Vivotif', { vaccine: true }],
  ['yellow fever vaccine', 'Stamaril', { vaccine: true }],
  ['rabies vaccine', 'Rabipur|Verorab', { vaccine: true }],
  ['Japanese encephalitis vaccine', 'Ixiaro', { vaccine: true }],
  ['cholera vaccine', 'Dukoral|Vaxchora', { vaccine: true }],
  ['meningococcal vaccine', 'Nimenrix|Menveo|MenQuadfi|Bexsero|Trumenba', { vaccine: true }],
  ['pneumococcal vaccine', 'Pneumovax|Prevenar|Vaxneuvance|Capvaxive', { vaccine: true }],
  ['measles, mumps and rubella vaccine', 'Priorix|MMRVaxPro', { vaccine: true }],
  ['varicella vaccine', 'Varivax|Varilrix', { vaccine: true, aka: ['chickenpox vaccine', 'chickenpox jab'] }],
  ['tick-borne encephalitis vaccine', 'TicoVac', { vaccine: true }],
  ['dengue vaccine', 'Qdenga', { vaccine: true }],
  ['respiratory syncytial virus vaccine', 'Abrysvo|Arexvy|mResvia', { vaccine: true, aka: ['rsv vaccine'] }],
  ['diphtheria, tetanus and polio vaccine', 'Revaxis|Boostrix-IPV|Repevax', { vaccine: true }],
  ['mpox vaccine', 'Imvanex|Jynneos', { vaccine: true }],
  ['nirsevimab', 'Beyfortus', { vaccine: true }],
]);
