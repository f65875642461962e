// Every medicine the checks know, in one list. See types.ts for what an entry holds and why.
import { AESTHETICS, WEIGHT_LOSS } from './aesthetics-weight.js';
import { ADDICTION, BONES_AND_JOINTS, BREATHING_AND_ALLERGY, DIABETES, EYES, HEART, HORMONES, NERVOUS_SYSTEM, STOMACH, UROLOGY } from './chronic.js';
import { ANTIBIOTICS, ANTIFUNGALS, ANTIVIRALS, STEROIDS, TRAVEL, VITAMINS_AND_DRIPS } from './injections-infections.js';
import { ADHD, MENTAL_HEALTH, MIGRAINE, PAIN, SLEEP_AND_ANXIETY } from './mind-pain.js';
import { CONTRACEPTION, HAIR_LOSS, SEXUAL_HEALTH, SKIN } from './sexual-health-skin.js';
import { everPrescription, type Medicine } from './types.js';
import { VACCINES } from './vaccines.js';

export * from './types.js';

export const MEDICINES: readonly Medicine[] = [
  ...AESTHETICS, ...WEIGHT_LOSS, ...SEXUAL_HEALTH, ...CONTRACEPTION, ...HAIR_LOSS, ...SKIN, ...STEROIDS,
  ...VITAMINS_AND_DRIPS, ...ANTIBIOTICS, ...ANTIFUNGALS, ...ANTIVIRALS, ...TRAVEL, ...SLEEP_AND_ANXIETY, ...ADHD,
  ...MENTAL_HEALTH, ...PAIN, ...MIGRAINE, ...HEART, ...DIABETES, ...BREATHING_AND_ALLERGY, ...STOMACH, ...HORMONES,
  ...UROLOGY, ...BONES_AND_JOINTS, ...EYES, ...NERVOUS_SYSTEM, ...ADDICTION, ...VACCINES,
];

/** The medicines that are prescription-only in the UK in at least one form or strength. */
export const UK_PRESCRIPTION_ONLY: readonly Medicine[] = MEDICINES.filter((m) => everPrescription(m.uk));
