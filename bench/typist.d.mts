// Types for typist.mjs, for the tests that import it.
export declare const WORDS: readonly string[];
export declare const TYPING_PAUSE_MS: number;
export interface Change { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }
export declare class Typist {
  constructor(text: string, seed?: number);
  text: string;
  next(): Change;
}
