// Erectile dysfunction, contraception, hair loss, acne and skin: medicines sold online and by clinics.
import { BNF, EMC, FDA, group, par, spellings } from './types.js';

export const SEXUAL_HEALTH = group('sexual health', { source: `${EMC}; ${BNF}` }, [
  ['sildenafil', 'Viagra|Revatio|Nipatra', {
    brands: [{ name: 'Viagra Connect', uk: 'P', source: par('Viagra Connect (sildenafil 50 mg), POM to P, 2018') }],
    aka: ['little blue pill', 'blue pill'],
  }],
  ['tadalafil', 'Cialis|Adcirca', {
    brands: [{ name: 'Cialis Together', uk: 'P', source: par('Cialis Together (tadalafil 10 mg), POM to P, 2023') }],
    aka: ['weekend pill'],
  }],
  ['vardenafil', 'Levitra|Vivanza'],
  // The class as sellers name it. It holds prescription-only medicines and two pharmacy packs
  // (Viagra Connect, Cialis Together), which are sold by those brand names: so the class is read as
  // prescription-only, unless the words beside it say it is sold without a prescription. "ED
  // treatment" and "ED meds" only where the block speaks of sex or men's health: in American posts ED
  // is as often the emergency department.
  ['sildenafil, tadalafil, vardenafil or avanafil', '', {
    members: ['sildenafil', 'tadalafil', 'vardenafil', 'avanafil'],
    topic: {
      names: spellings(['ed'], ['meds', 'medication', 'medications', 'medicine', 'medicines', 'treatment', 'treatments']),
      words: ['erectile', 'erection', 'erections', 'sex', 'sexual', 'bedroom', 'men', "men's", 'impotence', 'libido', 'performance', 'viagra', 'cialis', 'sildenafil', 'tadalafil'],
    },
    aka: [...spellings(['ed'], ['tablets', 'tablet', 'pills', 'pill']),
      ...spellings(['erectile dysfunction', 'erection', 'erectile', 'impotence'], ['tablets', 'tablet', 'pills', 'pill', 'meds', 'medication', 'medications', 'medicine', 'medicines', 'treatment', 'treatments'])
],
    uk: { default: 'POM', withoutPrescription: 'P', note: 'sildenafil, tadalafil, vardenafil and avanafil are POM; Viagra Connect and Cialis Together are P' },
    us: 'Rx',
    source: `${EMC}; ${par('Viagra Connect, POM to P, 2018')}; ${par('Cialis Together, POM to P, 2023')}; ${FDA} (all Rx)`,
  }],
  ['avanafil', 'Spedra|Stendra'],
  ['dapoxetine', 'Priligy'],
  ['alprostadil', 'Caverject|Vitaros|Edex'],
  ['testosterone', 'Testogel|Tostran|Testim|Nebido|Sustanon|Androgel', { aka: ['testosterone replacement therapy', 'testosterone injections', 'testosterone gel'], weak: ['trt'] }],
  ['flibanserin', 'Addyi', { source: FDA }],
  ['bremelanotide', 'Vyleesi', { source: FDA }],
  ['emtricitabine with tenofovir', 'Truvada|Descovy', { aka: ['hiv prep'], weak: ['prep'] }],
]);

export const CONTRACEPTION = group('contraception', { source: `${EMC}; ${BNF}; FSRH` }, [
  ['desogestrel', 'Cerazette|Cerelle|Feanolla|Zelleta', {
    brands: [{ name: 'Lovima', uk: 'P', source: par('Lovima (desogestrel 75 mcg), POM to P, 2021') }],
    uk: { default: 'POM', note: 'Hana and Lovima (desogestrel 75 mcg) are P since 2021' },
  }],
  ['levonorgestrel', 'Mirena|Kyleena|Jaydess|Levosert|Benilexa|Norgeston|Microgynon|Rigevidon|Ovranette|Levest|Maexeni|Logynon|Triregol', {
    brands: [{ name: 'Levonelle', uk: 'P', us: 'OTC' }, { name: 'Plan B', us: 'OTC' }],
    aka: ['hormonal coil'], weak: ['ius'],
    uk: { default: 'POM', upTo: { mg: 1.5, category: 'P' }, note: 'emergency contraception (levonorgestrel 1.5 mg) is P; the pill and the IUS are POM' },
    us: { default: 'Rx', upTo: { mg: 1.5, category: 'OTC' } },
  }],
  ['ulipristal acetate', 'Esmya', { brands: [{ name: 'ellaOne', uk: 'P', source: par('ellaOne, POM to P, 2015') }], uk: { default: 'POM', note: 'ellaOne (emergency contraception) is P' } }],
  ['etonogestrel', 'Nexplanon|Implanon|NuvaRing|SyreniRing', { aka: ['contraceptive implant', 'contraceptive ring'] }],
  ['medroxyprogesterone acetate', 'Depo-Provera|Sayana Press|Provera', { aka: ['contraceptive injection', 'the depo injection', 'depo jab'] }],
  ['norethisterone', 'Noriday|Primolut N|Utovlan|Loestrin|Brevinor|Norinyl-1|Norimin', { aka: ['period delay tablets', 'period delay pills'] }],
  ['drospirenone', 'Yaz|Eloine|Slynd|Daylette'],
  ['gestodene', 'Femodene|Femodette|Millinette|Aidulan'],
  ['norgestimate', 'Cilest|Cilique|Lizinna'],
  ['desogestrel with ethinylestradiol', 'Marvelon|Mercilon|Gedarel|Bimizza'],
  ['estradiol valerate with dienogest', 'Qlaira'],
  ['nomegestrol with estradiol', 'Zoely'],
  ['norelgestromin with ethinylestradiol', 'Evra', { aka: ['contraceptive patch'] }],
  ['ethinylestradiol', '', { aka: ['combined pill', 'combined oral contraceptive', 'the combined pill'] }],
  ['cyproterone acetate with ethinylestradiol', 'Dianette|Clairette|Cicafem', { aka: ['co-cyprindiol'] }],
  ['norgestrel', 'Opill', { uk: 'POM', us: 'OTC', source: `${FDA} (Opill, OTC since 2023)` }],
]);

export const HAIR_LOSS = group('hair loss', { source: `${EMC}; ${BNF}` }, [
  ['finasteride', 'Propecia|Proscar', { aka: ['fin'], weak: ['fin'] }],
  ['dutasteride', 'Avodart'],
  // Hair-loss tablets are finasteride or oral minoxidil, both POM; what is sold without a
  // prescription for hair loss is a scalp foam or solution, not a tablet.
  ['finasteride or oral minoxidil', '', {
    members: ['finasteride', 'minoxidil'],
    aka: spellings(['hair loss', 'hairloss', 'balding', 'male pattern baldness', 'alopecia'], ['tablets', 'tablet', 'pills', 'pill']),
    source: `${BNF} (finasteride 1 mg tablets and minoxidil tablets: POM; minoxidil scalp foam and solution: GSL or P)`,
  }],
  ['minoxidil', 'Loniten', {
    brands: [{ name: 'Regaine', uk: 'GSL', us: 'OTC' }, { name: 'Rogaine', us: 'OTC' }],
    aka: ['oral minoxidil', 'minoxidil tablets', 'low-dose oral minoxidil'],
    uk: { default: 'GSL', forms: { oral: 'POM', topical: 'GSL' }, note: 'scalp foam and solution are GSL or P; tablets are POM' },
    us: { default: 'OTC', forms: { oral: 'Rx', topical: 'OTC' } },
  }],
  ['spironolactone', 'Aldactone'],
  ['clascoterone', 'Winlevi|Breezula'],
]);

export const SKIN = group('skin', { source: `${EMC}; ${BNF}` }, [
  ['isotretinoin', 'Roaccutane|Accutane|Absorica|Reticutan|Isotrex|Claravis|Amnesteem', { aka: ['roaccutane', 'accutane'] }],
  ['tretinoin', 'Retin-A|Retacnyl|Treclin|Renova|Obagi tretinoin', { aka: ['prescription retinoid', 'prescription-strength retinoid', 'prescription retinoids', 'tret'], weak: ['tret'] }],
  // Skincare sold as "prescription": a retinoid, an antibiotic or hydroquinone made up for the buyer,
  // all POM. ("Medical-grade" or "prescription-grade" skincare is a cosmetic's boast, not this.)
  ['prescription skincare', '', {
    aka: [...spellings(['prescription', 'prescription-strength', 'prescription-only'], ['skincare', 'skin care', 'cream', 'creams', 'acne cream', 'acne creams', 'acne treatment', 'acne treatments', 'acne medication', 'anti-ageing cream', 'anti-aging cream']),
      'prescribed skincare', 'personalised prescription cream', 'personalized prescription cream'],
    source: `${BNF} (tretinoin, topical antibiotics for acne, hydroquinone: POM)`,
  }],
  ['adapalene', 'Differin|Epiduo', { us: { default: 'OTC', note: 'Differin gel 0.1% OTC in the US since 2016' } }],
  ['tazarotene', 'Zorac|Tazorac|Arazlo'],
  ['trifarotene', 'Aklief'],
  ['azelaic acid', 'Skinoren|Finacea', { us: { default: 'OTC', note: 'cosmetic azelaic acid below 10% is sold freely' } }],
  ['ivermectin', 'Soolantra|Stromectol'],
  ['brimonidine', 'Mirvaso|Alphagan'],
  ['oxymetazoline', 'Rhofade', { uk: { default: 'P', forms: { topical: 'POM', nasal: 'P' } }, us: { default: 'OTC', forms: { topical: 'Rx' } } }],
  ['clindamycin with benzoyl peroxide', 'Duac'],
  ['erythromycin with zinc', 'Zineryt'],
  ['eflornithine', 'Vaniqa'],
  ['dapsone', 'Aczone'],
  ['sarecycline', 'Seysara', { source: FDA }],
  ['hydrocortisone', 'Solu-Cortef|Efcortesol|Hydrocortone|Alkindi', {
    uk: { default: 'P', forms: { injection: 'POM', oral: 'POM', topical: 'P' }, note: 'hydrocortisone 0.5% and 1% cream is P or GSL for short use; injections and tablets are POM' },
    us: { default: 'OTC', forms: { injection: 'Rx', oral: 'Rx', topical: 'OTC' } },
  }],
  ['hydrocortisone butyrate', 'Locoid'],
  ['clobetasol propionate', 'Dermovate|Clarelux|Etrivex|Clobex'],
  ['clobetasone butyrate', 'Trimovate', { brands: [{ name: 'Eumovate', uk: 'P' }], uk: { default: 'P', note: 'Eumovate Eczema and Dermatitis cream is P; other clobetasone products are POM' } }],
  ['betamethasone', 'Betnovate|Betacap|Diprosone|Diprosalic|Fucibet|Lotriderm|Dovobet|Enstilar|Wynzora|Betnesol', {
    uk: { default: 'POM', forms: { topical: 'POM', injection: 'POM', oral: 'POM' } },
  }],
  ['mometasone furoate', 'Elocon|Nasonex|Asmanex', { uk: { default: 'POM', forms: { nasal: 'P', topical: 'POM', inhaled: 'POM' }, note: 'mometasone nasal spray for hay fever has a P pack' } }],
  ['fluocinolone acetonide', 'Synalar|Iluvien'],
  ['fluocinonide', 'Metosyn|Vanos'],
  ['diflucortolone valerate', 'Nerisone'],
  ['tacrolimus', 'Protopic|Prograf|Advagraf|Adoport'],
  ['pimecrolimus', 'Elidel'],
  ['calcipotriol', 'Dovonex|Sorilux'],
  ['methotrexate', 'Metoject|Nordimet|Zlatal|Otrexup'],
  ['ciclosporin', 'Neoral|Sandimmun|Ikervis|Restasis'],
  ['acitretin', 'Neotigason|Soriatane'],
  ['dupilumab', 'Dupixent'],
  ['tralokinumab', 'Adtralza|Adbry'],
  ['lebrikizumab', 'Ebglyss'],
  ['abrocitinib', 'Cibinqo'],
  ['upadacitinib', 'Rinvoq'],
  ['baricitinib', 'Olumiant'],
  ['ritlecitinib', 'Litfulo'],
  ['ruxolitinib cream', 'Opzelura'],
  ['adalimumab', 'Humira|Amgevita|Hulio|Hyrimoz|Idacio|Imraldi|Yuflyma'],
  ['etanercept', 'Enbrel|Benepali|Erelzi'],
  ['infliximab', 'Remicade|Remsima|Inflectra|Flixabi'],
  ['ustekinumab', 'Stelara'],
  ['secukinumab', 'Cosentyx'],
  ['ixekizumab', 'Taltz'],
  ['guselkumab', 'Tremfya'],
  ['risankizumab', 'Skyrizi'],
  ['tildrakizumab', 'Ilumetri'],
  ['bimekizumab', 'Bimzelx'],
  ['brodalumab', 'Kyntheum|Siliq'],
  ['certolizumab pegol', 'Cimzia'],
  ['apremilast', 'Otezla'],
  ['deucravacitinib', 'Sotyktu'],
  ['omalizumab', 'Xolair'],
  ['fusidic acid', 'Fucidin|Fucidin H|Fucithalmic'],
  ['mupirocin', 'Bactroban'],
  ['retapamulin', 'Altargo'],
]);
