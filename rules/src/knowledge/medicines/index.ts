// Every medicine the checks know, in one list. See types.ts for what an entry holds and why.
import { AESTHETICS, WEIGHT_LOSS } from './aesthetics-weight.js';
import { ADDICTION, BONES_AND_JOINTS, BREATHING_AND_ALLERGY, DIABETES, EYES, HEART, HORMONES, NERVOUS_SYSTEM, STOMACH, UROLOGY } from './chronic.js';
import { ANTIBIOTICS, ANTIFUNGALS, ANTIVIRALS, STEROIDS, TRAVEL, VITAMINS_AND_DRIPS } from './injections-infections.js';
import { ADHD, MENTAL_HEALTH, MIGRAINE, PAIN, SLEEP_AND_ANXIETY } from './mind-pain.js';
import { CONTRACEPTION, HAIR_LOSS, SEXUAL_HEALTH, SKIN } from './sexual-health-skin.js';
import { BNF, everPrescription, group, type Medicine } from './types.js';
import { VACCINES } from './vaccines.js';

export * from './types.js';

/** Prescription-only medicines named as such, without a name: "prescription-only medications". */
const UNNAMED = group('any prescription medicine', { source: `${BNF}; Human Medicines Regulations 2012 (prescription only medicines)` }, [
  ['prescription-only medicines', '', { aka: ['prescription-only medicine', 'prescription-only medication', 'prescription-only medications', 'prescription-only treatment', 'prescription-only treatments', 'prescription only medicines', 'prescription only medicine', 'prescription only medication', 'prescription only medications', 'prescription-only weight-loss medication', 'prescription weight-loss medication'] }],
]);

export const MEDICINES: readonly Medicine[] = [
  ...AESTHETICS, ...WEIGHT_LOSS, ...SEXUAL_HEALTH, ...CONTRACEPTION, ...HAIR_LOSS, ...SKIN, ...STEROIDS,
  ...VITAMINS_AND_DRIPS, ...ANTIBIOTICS, ...ANTIFUNGALS, ...ANTIVIRALS, ...TRAVEL, ...SLEEP_AND_ANXIETY, ...ADHD,
  ...MENTAL_HEALTH, ...PAIN, ...MIGRAINE, ...HEART, ...DIABETES, ...BREATHING_AND_ALLERGY, ...STOMACH, ...HORMONES,
  ...UROLOGY, ...BONES_AND_JOINTS, ...EYES, ...NERVOUS_SYSTEM, ...ADDICTION, ...VACCINES, ...UNNAMED,
];

/** The medicines that are prescription-only in the UK in at least one form or strength. */
export const UK_PRESCRIPTION_ONLY: readonly Medicine[] = MEDICINES.filter((m) => everPrescription(m.uk));
