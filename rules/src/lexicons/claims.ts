// Absolute or misleading health claims and a hedged wording for each. `absolute` claims are never
// acceptable as written; `evidence` claims are fine once a source stands beside them.
export interface ClaimPattern {
  pattern: RegExp;
  kind: 'absolute' | 'evidence';
  /** What the claim asserts, for the message. */
  says: string;
  /** A hedged replacement for the matched words; '' removes them. */
  hedge: (matched: string) => string;
}

const keepCase = (from: string, to: string) => (/^[A-Z]/.test(from) ? to[0].toUpperCase() + to.slice(1) : to);

export const CLAIMS: readonly ClaimPattern[] = [
  { pattern: /\bcures?\b(?![ \t]+rates?)|\bcured\b/gi, kind: 'absolute', says: 'a cure', hedge: (m) => keepCase(m, /cured/i.test(m) ? 'improved' : /s$/i.test(m) ? 'may help with' : 'may help') },
  { pattern: /\bguarantee(?:d|s)?\b/gi, kind: 'absolute', says: 'a guaranteed result', hedge: (m) => keepCase(m, 'possible for some people') },
  { pattern: /\b100[ \t]?%(?:[ \t]+(?:safe|effective|natural|natural and safe|success(?:ful)?))?/gi, kind: 'absolute', says: 'certainty (100%)', hedge: (m) => (/safe/i.test(m) ? 'generally well tolerated' : /effective|success/i.test(m) ? 'often effective' : '') },
  { pattern: /\bmiracle(?:[ \t]+(?:cure|jab|pill|drug|treatment|supplement|cream|serum))?\b/gi, kind: 'absolute', says: 'a miracle', hedge: (m) => keepCase(m, 'promising' + m.replace(/^miracle/i, '')) },
  { pattern: /\bdetox(?:es|ifies|ify|ing)?[ \t]+(?:your|the)[ \t]+(?:liver|body|kidneys|blood|skin|system|gut|joints|lungs|colon|cells|\p{L}+)\b|\bflush(?:es|ing)?[ \t]+(?:[\p{L}-]+[ \t]+){0,5}?out[ \t]+of[ \t]+(?:your|the)[ \t]+(?:system|body|blood)\b|\bdetox[ \t]+(?:tea|juice|diet|cleanse|plan|patch(?:es)?)\b|\b(?:flush(?:es|ing)?|clears?|removes?|draws?)[ \t]+out[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?toxins\b/giu, kind: 'absolute', says: 'a detox', hedge: (m) => keepCase(m, /tea|juice|diet|cleanse|plan|patch/i.test(m) ? m.replace(/detox/i, 'herbal') : 'may be a pleasant part of a routine for your ' + (/(liver|body|kidneys|blood|skin|system|gut)\b/i.exec(m)?.[1] ?? 'body')) },
  // Fat "melted" or "burned" away, a metabolism "switched on": weight loss promised without effort.
  { pattern: /\b(?:melts?|melting|blasts?|blasting|torches?|dissolves?)[ \t]+(?:away[ \t]+)?(?:(?:belly|stubborn|body|tummy|visceral)[ \t]+)?fat\b|\bburns?[ \t]+(?:away[ \t]+)?(?:belly|stubborn|tummy|visceral)[ \t]+fat\b|\bburns?[ \t]+fat[ \t]+while[ \t]+you[ \t]+sleep\b|\b(?:switch(?:es)?|turns?)[ \t]+on[ \t]+(?:your[ \t]+)?metabolism\b/giu, kind: 'absolute', says: 'effortless fat loss', hedge: () => 'may help a little alongside diet and activity' },
  // The gut or body "clogged with toxins that need flushing out": the detox myth without the word.
  { pattern: /\b(?:clogged|loaded|full|overloaded|packed|riddled)[ \t]+(?:up[ \t]+)?with[ \t]+toxins(?:[ \t]+(?:that|which)[ \t]+(?:need|needs)[ \t]+(?:flushing|clearing|cleaning)(?:[ \t]+out)?)?|\bbuild-?up[ \t]+of[ \t]+toxins\b/giu, kind: 'absolute', says: 'a detox', hedge: () => 'affected by many things (your liver and kidneys clear waste on their own)' },
  { pattern: /\b(?:boost|supercharg|turbocharg|strengthen|kick-?start)(?:s|es|ing|e)?[ \t]+(?:your[ \t]+|the[ \t]+)?(?:immune[ \t]+system|immunity)\b/gi, kind: 'absolute', says: 'an immune boost', hedge: (m) => keepCase(m, /boosting/i.test(m) ? 'supporting general health' : /boosts/i.test(m) ? 'may support general health' : 'support general health') },
  { pattern: /\b(?:no|zero)[ \t]+side[ \t]+effects\b|\b(?:completely|totally|perfectly)[ \t]+safe\b|\brisk-free\b/gi, kind: 'absolute', says: 'freedom from risk', hedge: (m) => keepCase(m, 'usually well tolerated') },
  { pattern: /\bworks?[ \t]+(?:on|for)[ \t]+(?:every|all|any)[ \t]+(?:skin[ \t]+types?|body|bodies|one|person|people)\b|\bworks?[ \t]+for[ \t]+everyone\b|\bnever[ \t]+fails\b/gi, kind: 'absolute', says: 'that it works for everyone', hedge: (m) => keepCase(m, /^works?/i.test(m) ? m.replace(/(?:every|all|any)[ \t]+/i, 'many ').replace(/everyone/i, 'many people') : 'often helps') },
  { pattern: /\b(?:you['’]ll|you[ \t]+will|you)[ \t]+never[ \t]+need[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?again\b/giu, kind: 'absolute', says: 'that treatment will never be needed', hedge: () => 'you may need less treatment' },
  { pattern: /\b(?:won['’]t|will[ \t]+not|never)[ \t]+(?:catch|get)[ \t]+(?:a[ \t]+|the[ \t]+)?(?:colds?|flu|ill|sick|covid)\b/gi, kind: 'absolute', says: 'protection from illness', hedge: () => 'may be less likely to catch colds' },
  { pattern: /\brevers(?:e|es|ed|ing)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){0,3}?(?:ageing|aging|diabetes|heart[ \t]+disease|damage|arthritis|hair[ \t]+loss|wrinkles)\b|\bmelts?[ \t]+(?:away[ \t]+)?fat\b|\bbrand-new[ \t]+(?:liver|body|gut|skin)\b/giu, kind: 'absolute', says: 'a dramatic effect', hedge: (m) => keepCase(m, 'may help') },
  { pattern: /\bclinically[ \t]+(?:proven|tested|shown)\b|\bscientifically[ \t]+proven\b|\bproven[ \t]+to\b|\b(?:boosts?|increases?|improves?)[ \t]+\w+[ \t]+by[ \t]+\d{2,4}[ \t]?%/gi, kind: 'evidence', says: 'proof', hedge: (m) => (/by[ \t]+\d/i.test(m) ? m.replace(/by[ \t]+\d{2,4}[ \t]?%/i, '').trimEnd() : keepCase(m, /proven[ \t]+to/i.test(m) ? 'reported to' : 'reported')) },
];

/** Words that show a claim is sourced: a named study, guideline or body. */
export const SOURCE_CUES = /\b(?:NICE|NHS|MHRA|WHO|CDC|FDA|trials?|study|studies|meta-analysis|systematic review|review|guidelines?|guidance|Cochrane|BMJ|Lancet|NEJM|JAMA|et al|journal|research (?:by|from)|published|evidence from|doi)\b|\[\d+\]/;
