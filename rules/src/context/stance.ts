// How a sentence holds what it says: asserted, or negated, asked, quoted, reported from someone
// else, hedged, or sourced. Shared by the conduct checks as features of their candidates.
import type { Block } from '../types.js';
import { WORD_TALK } from '../lexicons/derogatory.js';
import { attributedBefore, negatedAfter, negatedBefore, quoted } from '../util/patterns.js';

/** A question: it ends with a question mark (quotes and emoji after it allowed). */
export const questioned = (text: string): boolean => /\?[\s"”’')\]\p{Extended_Pictographic}]*$/u.test(text.trim());

/** A negation governs the span: "does not cure", "never call a patient", "cures nothing". */
export const negatedAt = (text: string, start: number, end: number, words = 4): boolean =>
  negatedBefore(text, start, words) || negatedAfter(text, end);

/** Talk about a word or claim rather than use of it (the words are the professionalism lexicon's). */
const META = new RegExp(String.raw`\b(?:${WORD_TALK})\b`, 'i');
export const mentioned = (text: string, start: number, end: number): boolean => quoted(text, start, end) || META.test(text);

/** Someone else's words reported: "they claim it cures", "he called me a …", "was called a …". */
const REPORTED = /\b(?:(?:he|she|they|someone|somebody|a[ \t]+patient|a[ \t]+man|a[ \t]+woman|people)[ \t]+(?:called|calls|yelled|shouted|screamed|said|told)[ \t]+(?:me|us|her|him|them)?|(?:was|were|are|is|been|being|get|got)[ \t]+(?:\w+[ \t]+)?(?:called|told|labelled|labeled|seen[ \t]+as|dismissed[ \t]+as|branded))\b/i;
export const reported = (text: string, start: number): boolean => attributedBefore(text, start) || REPORTED.test(text.slice(Math.max(0, start - 50), start));

/** Hedged wording: "may help", "can help some people", "evidence suggests". */
const HEDGES = /\b(?:may|might|could[ \t]+help|can[ \t]+help|helps?[ \t]+(?:to[ \t]+)?|helping|some[ \t]+people|for[ \t]+some|in[ \t]+some|some[ \t]+evidence|evidence[ \t]+suggests|research[ \t]+suggests|studies[ \t]+suggest|is[ \t]+thought[ \t]+to|up[ \t]+to|usually|often|most[ \t]+people)\b/i;
export const hedged = (text: string): boolean => HEDGES.test(text);

/** Shouting: most of the sentence's letters in capitals. */
export function shouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  return letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
}

/** The text of the sentences either side of sentence `i` in its block. */
export function neighbours(block: Block, i: number): string {
  return [block.sentences[i - 1]?.text ?? '', block.sentences[i + 1]?.text ?? ''].join(' ');
}
