// Who a remark can be aimed at, for professionalism: groups of people (by religion, ethnicity,
// nationality and the other characteristics equality law protects), patients, colleagues, and the
// policies and institutions a doctor may criticise freely. Nationalities and countries are left to
// compromise's Demonym and Country tags (its own lexicon); the lists here are the domain's.
//
// Sources of the facts: religions and ethnic groups are the categories of the Census 2021 for
// England and Wales (ONS) and the Census of Ireland 2022 (CSO), with Stats NZ's and the US Census
// Bureau's ethnic and racial categories; the protected characteristics are those of the Equality
// Act 2010 (UK), the Equal Status Acts 2000-2018 (Ireland) and Title VII of the Civil Rights Act.

/** People named by religion, ethnicity, origin or another protected characteristic (plural or collective forms). */
export const PROTECTED_GROUPS = [
  // religion or belief
  'muslims', 'muslim', 'moslems', 'islam', 'islamists', 'jews', 'jewish people', 'the jews', 'christians',
  'catholics', 'protestants', 'hindus', 'sikhs', 'buddhists', 'atheists', 'mosque', 'mosques', 'synagogue',
  'synagogues', 'church', 'temple', 'gurdwara', 'catholicism', 'christianity', 'judaism', 'hinduism', 'sikhism',
  'buddhism', 'that religion', 'their religion', 'the people who still go to mass',
  "jehovah's witnesses", "jehovah's witness", 'jehovahs witnesses', 'jws', 'jw', 'mormons', 'scientologists', 'pagans',
  // ethnicity and race
  'black people', 'blacks', 'white people', 'whites', 'asians', 'asian people', 'arabs', 'africans', 'caribbeans',
  'pakistanis', 'bangladeshis', 'indians', 'chinese people', 'chinese', 'roma', 'gypsies', 'travellers', 'travelers',
  'irish travellers', 'māori', 'maori', 'pacific islanders', 'pasifika', 'aboriginal people', 'aborigines',
  'indigenous people', 'native americans', 'hispanics', 'latinos', 'latinas', 'mexicans', 'immigrants', 'migrants',
  'refugees', 'asylum seekers', 'foreigners', 'foreign nurses', 'foreign doctors', 'international nurses',
  'international medical graduates', 'imgs',
  // sex, gender, orientation, disability, age
  'women', 'gays', 'gay people', 'lesbians', 'trans people', 'transgender people', 'trans women', 'trans men',
  'the disabled', 'disabled people', 'old people', 'pensioners', 'boomers', 'wheelchair users', 'wheelchair crowd',
  'autistic people', 'people with learning disabilities', 'the mentally ill', 'deaf people', 'blind people', 'amputees',
];

/** Patients and the public as a doctor meets them. */
export const PATIENT_NOUNS = [
  'patient', 'patients', 'pt', 'pts', 'attender', 'attenders', 'frequent attenders', 'relatives', 'families', 'parents',
  'service users', 'clients', 'punters', 'the public', 'the elderly', 'smokers', 'drinkers', 'drunks', 'addicts',
  'obese patients', 'fat people', 'mums', 'dads', 'auntie', 'aunty', 'granny', 'grandad', 'old dear', 'old man',
  'old woman', 'lady', 'gentleman', 'bloke', 'man', 'woman', 'baby', 'babies', 'kid', 'kids', 'child', 'children',
  'guy', 'fella', 'lad', 'lass', 'folks', 'the unvaccinated', 'unvaccinated', 'antivaxxers', 'anti-vaxxers', 'students',
];

/** Colleagues: people a doctor works with or beside. */
export const COLLEAGUE_NOUNS = [
  'colleague', 'colleagues', 'staff', 'co-workers', 'coworkers', 'team', 'doctor', 'doctors', 'physician',
  'physicians', 'surgeon', 'surgeons', 'consultant', 'consultants', 'registrar', 'registrars', 'gp', 'gps', 'nurse',
  'nurses', 'midwife', 'midwives', 'paramedic', 'paramedics', 'manager', 'managers', 'management', 'juniors',
  'junior doctors', 'medics', 'porters', 'receptionists', 'pharmacist', 'pharmacists', 'anaesthetist',
  'anaesthetists', 'radiologist', 'radiologists', 'psychiatrist', 'psychiatrists', 'dentist', 'dentists',
  'physician associates', 'pas', 'hca', 'hcas', 'healthcare assistants', 'reg', 'regs', 'resident', 'residents', 'intern',
  'interns', 'sho', 'shos', 'fy1', 'fy2', 'f1', 'f2', 'f1s', 'f2s', 'matron', 'locum', 'locums', 'clinical director', 'medical director', 'director',
  'chief executive', 'ceo', 'coordinator', 'charge nurse', 'ward manager', 'night team', 'day team', 'on-call team',
  'band 5', 'band 5s', 'band 6', 'band 6s', 'band 7', 'band 7s', 'student nurse', 'student nurses', 'physio', 'physios', 'anp', 'anps', 'acp', 'acps', 'fy1s', 'fy2s',
];

/** Policies and institutions: criticising these, however bluntly, is not an attack on a person. */
export const POLICY_NOUNS = [
  'government', 'the government', 'policy', 'policies', 'funding', 'budget', 'cuts', 'contract', 'rota', 'the system',
  'department', 'dhsc', 'hse', 'nhs england', 'nhs', 'ministry', 'regulator', 'the trust', 'the board', 'guidance',
  'legislation', 'law', 'bill', 'plan', 'reforms', 'targets', 'waiting lists', 'staffing', 'staffing levels', 'pandemic',
];

/** People in general, as the object of contempt: "those people", "a bunch of …". */
export const PEOPLE_NOUNS = ['whoever', 'councillor', 'councillors', 'minister', 'ministers', 'politician', 'politicians', 'mp', 'mps',
  'senator', 'senators', 'health secretary', 'governor', 'people', 'folk', 'lot', 'bunch', 'crowd', 'types', 'sort', 'ones', 'somebody', 'someone', 'anybody', 'anyone', 'somebody\u2019s', "somebody's", 'someone\u2019s', "someone's"];
