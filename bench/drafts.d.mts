// Types of drafts.mjs, for the TypeScript that shares its seeded generator (rules/train/train.ts).
/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every run. */
export function rng(seed: number): () => number;
export function exampleParagraphs(examplesDir: string): string[][];
export const countWords: (text: string) => number;
export function buildDraft(examplesDir: string, words: number, seed: number): string;
export function guidanceDraft(sharedDir: string, copies?: number): string | undefined;
