// The rule registry: an explicit, sorted list, as markdownlint keeps it.
import adDisclosure from './ad-disclosure.js';
import confidentiality from './confidentiality.js';
import conflictOfInterest from './conflict-of-interest.js';
import credentials from './credentials.js';
import personalAdvice from './personal-advice.js';
import postLength from './post-length.js';
import prescriptionMedicinePromotion from './prescription-medicine-promotion.js';
import professionalism from './professionalism.js';
import type { Rule } from './types.js';
import unsubstantiatedClaim from './unsubstantiated-claim.js';
import workplaceContent from './workplace-content.js';

export const RULES: readonly Rule<any>[] = [
  adDisclosure,
  confidentiality,
  conflictOfInterest,
  credentials,
  personalAdvice,
  postLength,
  prescriptionMedicinePromotion,
  professionalism,
  unsubstantiatedClaim,
  workplaceContent,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export * from './types.js';
export { credentialsAt } from './util/context.js';
export { Q as QUOTES } from './guidance.js';
export { countFor, LIMITS } from './util/count.js';
export { isReply } from './util/context.js';
export { andList } from './util/words.js';
export { warmUp } from './util/warm.js';
export { loadPackage } from './util/lazy-package.js';
