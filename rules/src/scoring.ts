// How a conduct check decides, in Presidio's shape: a recogniser proposes a candidate (a slur, a
// claim verb with a health outcome, a title), the context around it is read as named features (who
// the remark targets; whether the claim is negated, questioned, sourced), and a logistic score over
// those features decides. Each rule keeps hand-set weights beside its features; `npm run train`
// fits learned ones into weights.json, and a rule scores with them only where that file says they
// were adopted (they beat the hand-set ones on the held-out split of real posts).
import WEIGHTS from './weights.json' with { type: 'json' };

/** Weights over binary features; a feature not listed weighs 0. */
export interface Model {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** The probability a candidate needs to become a finding (above 0.5 favours precision). */
  threshold: number;
}

/** A candidate a rule proposes, with its features, at offsets into the original text. */
export interface Candidate { start: number; end: number; features: readonly string[] }

interface LearnedEntry { adopted: boolean; model: Model }
const LEARNED = (WEIGHTS as { rules: Record<string, LearnedEntry | undefined> }).rules;

/** The model a rule scores with: its learned one where adopted, else its hand-set one. */
export function modelFor(rule: string, hand: Model): Model {
  const learned = LEARNED[rule];
  return learned?.adopted ? learned.model : hand;
}

export function logit(model: Model, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}

export const probability = (model: Model, features: readonly string[]): number => 1 / (1 + Math.exp(-logit(model, features)));

export const fires = (model: Model, features: readonly string[]): boolean => probability(model, features) >= model.threshold;
