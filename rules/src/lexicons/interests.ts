// Financial ties and hospitality that call for a declaration, and the words of a declaration.
const TIES_WORDS = /\b(?:fl(?:ew|own)[ \t]+(?:me|us|(?:a[ \t]+few|some|several|all|two|three|a[ \t]+group)[ \t]+of[ \t]+us)[ \t]+(?:out|over)|put[ \t]+(?:me|us)[ \t]+up|paid[ \t]+for[ \t]+(?:my|our)[ \t]+(?:flights?|travel|hotel|trip|dinner|meals?|accommodation)|(?:speak|speaking|spoke|talk|talking|present|presenting)[ \t]+at[ \t]+their|their[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}(?:symposium|conference|launch|summit|roadshow)|advisory[ \t]+(?:boards?|meetings?|panels?|councils?|committees?)|speaker(?:['’]s)?[ \t]+fees?|speaking[ \t]+fees?|honorari(?:um|a)|consultancy[ \t]+(?:fees?|work|for)|shares[ \t]+in|(?:own|owns|hold|holds|held|have|has|bought)[ \t]+(?:some[ \t]+)?stock[ \t]+in|stock[ \t]+options|equity[ \t]+in|on[ \t]+their[ \t]+payroll|all[- ]expenses[- ]paid|sponsored[ \t]+(?:my|our)[ \t]+(?:trip|travel|place|attendance)|hospitality[ \t]+from|(?:flights?|hotel|travel|trip|dinner|meals?|accommodation|tickets?|drinks|registration)[^.!?\n]{0,80}?(?:courtesy[ \t]+of|paid[ \t]+for[ \t]+by|covered[ \t]+by)[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z\u00C0-\u024F&'’-]+|(?:clinical|medical|scientific|paid|expert)[ \t]+advis[eo]r[ \t]+(?:to|for|at|of)|(?:as|their|its)[ \t]+(?:[A-Z]{2,3}[ \t]+)?(?:clinical|medical|scientific|paid|expert|lead)[ \t]+(?:advis[eo]r|consultant|spokes(?:person|woman|man))|(?:co-?founder|founder|investor|shareholder|board[ \t]+member)[ \t]+(?:of|in|at)[ \t]+[A-Z]|(?:brand|paid)[ \t]+ambassador[ \t]+(?:for|to)|(?:free|complimentary)[ \t]+(?:samples|products|supply|treatments?)[ \t]+from)\b/gi;

/**
 * Companies whose money most often ties a doctor: drug, device and skincare makers. Talks, teaching
 * or advice "for" one of them is paid work (a charity or the NHS is not a tie, so names are listed
 * rather than any capitalised word).
 */
export const COMPANIES = [
  'AstraZeneca', 'Pfizer', 'Novo Nordisk', 'Eli Lilly', 'Lilly', 'GSK', 'GlaxoSmithKline', 'Sanofi', 'Bayer',
  'Boehringer Ingelheim', 'Boehringer', 'Merck', 'MSD', 'Roche', 'Novartis', 'AbbVie', 'Janssen', 'Johnson & Johnson',
  'Takeda', 'Amgen', 'Gilead', 'Bristol Myers Squibb', 'BMS', 'Teva', 'Viatris', 'Mylan', 'Abbott', 'Medtronic',
  'Galderma', 'Allergan', 'Ipsen', 'Merz', 'Reckitt', 'Haleon', 'Bausch', 'Alcon', 'Boston Scientific', 'Stryker',
  'Zimmer Biomet', 'Smith & Nephew', 'Menarini', 'Chiesi', 'Servier', 'Astellas', 'Daiichi Sankyo', 'Otsuka',
  'Lundbeck', 'Grünenthal', 'Napp', 'Orion', 'Pierre Fabre', 'L’Oréal', "L'Oréal", 'La Roche-Posay', 'CeraVe',
  'Nestlé', 'Danone', 'Nutricia', 'Regeneron', 'Moderna', 'BioNTech', 'Vertex', 'Biogen', 'UCB', 'Leo Pharma',
];
const COMPANY = COMPANIES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|');
const WORK_FOR = `(?:talks?|lectures?|webinars?|presentations?|teaching|training|masterclasses|advisory[ \\t]+work|consult(?:ing|ancy)|work(?:ing)?)[ \\t]+(?:on[ \\t]+[^.!?\\n]{1,40}?[ \\t]+)?for[ \\t]+(?:${COMPANY})`;
export const TIES = new RegExp(`(?:${TIES_WORDS.source})|\\b${WORK_FOR}\\b`, TIES_WORDS.flags);

export const DECLARATIONS = /#(?:my)?own[ \t]?brand\b|\b(?:declarations?[ \t]+of[ \t]+interests?|conflicts?[ \t]+of[ \t]+interests?|competing[ \t]+interests?|(?:full[ \t]+)?disclosure(?:[ \t]+up[ \t]?front)?(?=[ \t]*[:\u2013\u2014-])|full[ \t]+disclosure|disclaimer(?=[ \t]*:)|declaration(?=[ \t]*:)|I(?:['’]ve|[ \t]+have)?[ \t]+(?:received|receive|earn|own|co-?own|hold|run|founded|profit|benefit[ \t]+financially|am[ \t]+paid|was[ \t]+paid|get[ \t]+paid|make[ \t]+money)|I['’]m[ \t]+paid|(?:paid|pays?|paying)[ \t]+me|paid[ \t]+partnership|sponsored[ \t]+by|I[ \t]+(?:work|worked)[ \t]+for[ \t]+(?:them|[A-Z])|I['’]m[ \t]+(?:also[ \t]+)?(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:(?:clinical|medical|managing|founding|non-executive|executive)[ \t]+)?(?:clinical[ \t]+lead|medical[ \t]+director|founder|co-?founder|owner|director|shareholder|paid[ \t]+ambassador|ambassador)[ \t]+(?:at|of|for)|(?:which|that)[ \t]+I[ \t]+(?:own|run|founded))\b/gi;
