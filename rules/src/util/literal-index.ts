// Every pattern's literal gate (literal-gate.ts) answered from one pass over a text.
//
// A check asks some 20,000 gates of a 2,000-word draft's blocks and sentences, each a regex scan of
// the whole text (some 1.2M characters in all, an eighth of the check's time), though a gate only
// asks whether one of a few words occurs. All the gates' literals go into one automaton
// (Aho-Corasick, as a table of transitions): one walk over a text marks every gate whose literal it
// holds, kept for the next gate asked of the same text. With no regex per gate to pay for, a gate
// may hold any number of literals, so the rules' long word lists are gated too.
//
// Exact by construction: a gate's literal is found wherever its regex gate would find it. Text and
// literals are read case-folded (ASCII letters, and the two other letters that fold to ASCII under
// `u`: the Kelvin sign and the long s); a literal with a non-ASCII letter that has case keeps its
// regex gate, as does a case-sensitive gate once the automaton has found its literal folded.
import { gateOfLiterals, literalsOf } from './literal-gate.js';

/** A test that must pass wherever a pattern can match. */
export interface Gate { test(text: string): boolean }

/**
 * Above this many literals a regex gate costs about what it saves (literal-gate.ts): a gate not yet
 * in the automaton has none.
 */
const MAX_REGEX_LITERALS = 48;
/** Texts whose marks are kept: a check asks of a block and its sentences in turn, then moves on. */
const MAX_TEXTS = 256;
/**
 * Gates register as their patterns are first used, through a first check. The automaton is built
 * again once the gates waiting outnumber half those in it (so all builds together cost about two of
 * the last), or once the gates waiting have been asked this many times through their regexes.
 */
const MIN_WAITING = 8;
const MAX_WAITING_TESTS = 2000;

interface Entry {
  literals: readonly string[];
  /** The regex gate: a case-sensitive gate's confirmation, and the test while it waits for the automaton. */
  regex?: RegExp;
  caseSensitive: boolean;
}
const entries: Entry[] = [];

interface Automaton {
  /** Gates 0 … size - 1 are in it. */
  size: number;
  /** Class of each ASCII character (folded), and of the other characters the literals hold. */
  ascii: Uint8Array;
  other: Map<number, number>;
  classes: number;
  /** next[state * classes + class]: the state after a character. */
  next: Int32Array;
  /** Gates whose literal ends at a state: marks[markStart[state] … markStart[state + 1]). */
  markStart: Int32Array;
  marks: Int32Array;
}
let automaton: Automaton | undefined;
let waitingTests = 0;
const texts = new Map<string, Uint8Array>();

/**
 * A literal's characters folded, or undefined where folding could miss a match: a non-ASCII letter
 * with case (its fellows under case-insensitive matching are not all its lower case).
 */
function folded(literal: string): string | undefined {
  let out = '';
  for (const ch of literal) {
    if (ch.charCodeAt(0) < 128) out += ch.toLowerCase();
    else if (ch.length === 1 && ch.toLowerCase() === ch && ch.toUpperCase() === ch) out += ch;
    else return undefined;
  }
  return out;
}

const KELVIN = 0x212a;
const LONG_S = 0x17f;

function build(): Automaton {
  const size = entries.length;
  // Characters to classes, 0 for a character no literal holds.
  const ascii = new Uint8Array(128);
  const other = new Map<number, number>();
  let classes = 1;
  const classOf = (c: number) => (c < 128 ? ascii[c] : other.get(c) ?? 0);
  const literalsOfGate: string[][] = [];
  for (let id = 0; id < size; id++) {
    const fold = entries[id].literals.map(folded);
    literalsOfGate.push(fold as string[]);
    for (const literal of fold) {
      for (let i = 0; i < literal!.length; i++) {
        const c = literal!.charCodeAt(i);
        if (classOf(c) !== 0) continue;
        if (c < 128) ascii[c] = classes++;
        else other.set(c, classes++);
      }
    }
  }
  for (let c = 65; c <= 90; c++) ascii[c] = ascii[c + 32];
  if (ascii[107]) other.set(KELVIN, ascii[107]);
  if (ascii[115]) other.set(LONG_S, ascii[115]);

  // The trie of literals, then failure links breadth first, which fill the table of transitions.
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  for (let id = 0; id < size; id++) {
    for (const literal of literalsOfGate[id]) {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const k = classOf(literal.charCodeAt(i));
        let to = children[state].get(k);
        if (to === undefined) { to = children.length; children.push(new Map()); ends.push([]); children[state].set(k, to); }
        state = to;
      }
      ends[state].push(id);
    }
  }
  const states = children.length;
  const next = new Int32Array(states * classes);
  const fail = new Int32Array(states);
  const order: number[] = [];
  for (const [k, to] of children[0]) { next[k] = to; order.push(to); }
  for (let q = 0; q < order.length; q++) {
    const s = order[q];
    // A state's gates include those of the longest literal suffix it ends with.
    if (fail[s] !== 0) ends[s] = [...new Set([...ends[s], ...ends[fail[s]]])];
    for (let k = 0; k < classes; k++) {
      const to = children[s].get(k);
      if (to === undefined) { next[s * classes + k] = next[fail[s] * classes + k]; continue; }
      next[s * classes + k] = to;
      fail[to] = next[fail[s] * classes + k];
      order.push(to);
    }
  }
  const markStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) markStart[s + 1] = markStart[s] + ends[s].length;
  const marks = new Int32Array(markStart[states]);
  for (let s = 0; s < states; s++) marks.set(ends[s], markStart[s]);
  return { size, ascii, other, classes, next, markStart, marks };
}

/** The gates (of the automaton's) whose literals `text` holds, folded. */
function marksOf(a: Automaton, text: string): Uint8Array {
  const hit = new Uint8Array(a.size);
  const { ascii, other, classes, next, markStart, marks } = a;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    state = next[state * classes + (c < 128 ? ascii[c] : other.get(c) ?? 0)];
    for (let j = markStart[state], end = markStart[state + 1]; j < end; j++) hit[marks[j]] = 1;
  }
  return hit;
}

let lastText: string | undefined;
let lastMarks: Uint8Array | undefined;

function marksFor(a: Automaton, text: string): Uint8Array {
  if (text === lastText) return lastMarks!;
  let m = texts.get(text);
  if (!m) {
    if (texts.size >= MAX_TEXTS) texts.clear();
    texts.set(text, (m = marksOf(a, text)));
  }
  lastText = text;
  lastMarks = m;
  return m;
}

function rebuild(): void {
  automaton = build();
  waitingTests = 0;
  texts.clear();
  lastText = lastMarks = undefined;
}

function test(id: number, text: string): boolean {
  const entry = entries[id];
  const waiting = entries.length - (automaton?.size ?? 0);
  if (id >= (automaton?.size ?? 0)) {
    if (waiting >= Math.max(MIN_WAITING, (automaton?.size ?? 0) >> 1) || ++waitingTests > MAX_WAITING_TESTS) rebuild();
    else return entry.regex ? entry.regex.test(text) : true;
  }
  if (!marksFor(automaton!, text)[id]) return false;
  return !entry.caseSensitive || entry.regex!.test(text);
}

/**
 * The gate of a pattern (its source and the flags it runs with), or undefined where no literal is
 * known: answered from the automaton where every literal folds, else a regex gate.
 */
export function gateFor(source: string, flags: string): Gate | undefined {
  const literals = literalsOf(source);
  if (!literals) return undefined;
  const fewEnough = literals.length <= MAX_REGEX_LITERALS;
  const caseSensitive = !flags.includes('i');
  if (!literals.every((l) => folded(l) !== undefined)) return fewEnough ? gateOfLiterals(literals, flags) : undefined;
  const id = entries.length;
  entries.push({ literals, caseSensitive, regex: fewEnough || caseSensitive ? gateOfLiterals(literals, flags) : undefined });
  return { test: (text) => test(id, text) };
}
