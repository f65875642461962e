// Prescription-only medicines that are commonly promoted to the public, by brand, generic name and
// the phrases used to sell them. Data only: adding a term is a one-line change.
export const PRESCRIPTION_ONLY = [
  // botulinum toxins and the euphemisms used to advertise them
  'botox', 'botulinum toxin', 'botulinum', 'dysport', 'azzalure', 'bocouture', 'xeomin', 'letybo', 'relfydess',
  'anti-wrinkle injection', 'anti-wrinkle injections', 'antiwrinkle injections', 'anti-wrinkle treatment', 'tox',
  // GLP-1 and similar weight-loss medicines
  'wegovy', 'ozempic', 'mounjaro', 'saxenda', 'zepbound', 'rybelsus', 'semaglutide', 'tirzepatide', 'liraglutide',
  'weight-loss jab', 'weight-loss jabs', 'weight loss jab', 'weight loss jabs', 'weight-loss injection',
  'weight-loss injections', 'weight loss injections', 'weight-loss pen', 'weight-loss pens', 'fat jab', 'skinny jab',
  // other prescription-only medicines sold online
  'viagra', 'sildenafil', 'cialis', 'tadalafil', 'finasteride', 'propecia', 'roaccutane', 'isotretinoin',
  'tretinoin', 'prescription-strength retinoid', 'antibiotics', 'hydroquinone', 'modafinil', 'melatonin',
  'lipo injections', 'kenalog', 'triamcinolone', 'hay fever injection', 'hay fever jab', 'b12 injections',
  'b12 injection', 'ozempic pens', 'retin-a', 'accutane', 'minoxidil tablets', 'oral minoxidil',
];

/** Prices that are NHS charges or costs explained, not offers. */
/** Costs explained, not offered: NHS charges, "usually costs", "many people pay between …". */
export const NOT_AN_OFFER = /\b(?:prescription[ \t]+charges?|per[ \t]+item|prepayment|PPC|NHS[ \t]+charges?|free[ \t]+on[ \t]+the[ \t]+NHS|costs?[ \t]+the[ \t]+NHS|list[ \t]+price|NHS[ \t]+prescription|(?:typically|usually|generally|often)[ \t]+(?:costs?|pay|paid|priced)|(?:many|most)[ \t]+people[ \t]+pay|in[ \t]+the[ \t]+range[ \t]+of|price[ \t]+range|discount[ \t]+(?:programs?|programmes?|cards?|schemes?))\b/i;

/** Endings of prescription-only drug names (steroids, GLP-1s, antibiotics...), for names not listed above. */
export const POM_SUFFIX = /\b[a-z]{3,}(?:olone|asone|isone|glutide|glitide|tide|mab|cillin|mycin|floxacin|cycline|statin|pril|sartan|olol|azepam|zolam|oxetine|aline|triptan|prazole)\b/gi;

/** Offers, prices and booking calls that turn a mention of a medicine into promotion. */
export const OFFER_CUES = /[£€$][ \t]?\d[\d,]*(?:\.\d\d)?|\b\d{1,2}[ \t]?% off\b|\b(?:discount|discounted|offer|deal|promo|sale|special price|introductory price|half[- ]price|free consultation|sign up|first (?:month|dose|pen) (?:free|half)|this week only|this month only|limited (?:slots|spaces|time)|slots (?:are )?(?:going|filling|left)|starter (?:month|pack|dose|kit)|(?:DM|dm|message|inbox)(?: me| us)? to (?:book|order|buy)|book (?:now|today|in|yours|your)|link in (?:my )?bio|order (?:now|today|yours|online)|buy (?:now|today|yours|online)|get yours|available (?:now|to order))\b/gi;
