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
 * again once as many gates wait as are in it (so all builds together cost about two of the last, a
 * few milliseconds), or once the gates waiting have been asked this many times through their regexes.
 */
const MIN_WAITING = 8;
const MAX_WAITING_TESTS = 2000;
/**
 * Gates in the automaton, at most: the rules' patterns are some hundreds, and those made from
 * settings (the writer's interests) one per distinct setting. Past this a pattern has a regex gate.
 */
const MAX_GATES = 1024;

interface Entry {
  literals: readonly string[];
  /** The regex gate: a case-sensitive gate's confirmation, and the test while it waits for the automaton. */
  regex?: RegExp;
  caseSensitive: boolean;
}
const entries: Entry[] = [];
/** The entry of each pattern source and flags (the same pattern made again, from the same settings, is one gate). */
const ids = new Map<string, number>();

interface Automaton {
  /** Gates 0 … size - 1 are in it. */
  size: number;
  /** Class of each ASCII character (folded), and of the other characters the literals hold. */
  ascii: Uint8Array;
  other: Map<number, number>;
  classes: number;
  /** next[state * classes + class]: the state after a character. */
  next: Int32Array;
  /**
   * The gates whose literal ends at a state, as lists: ends[state] is the first entry (-1 for none),
   * gateOf[entry] its gate, after[entry] the next. marked[state] is the first state to read, the
   * state itself or the nearest along its failure links with ends (0 for none), and further[state]
   * the next such state after it.
   */
  ends: Int32Array;
  gateOf: Int32Array;
  after: Int32Array;
  marked: Int32Array;
  further: Int32Array;
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

/**
 * The automaton of every gate registered. Typed arrays throughout: it is built several times
 * through a first check, while the code building it is not yet compiled.
 */
function build(): Automaton {
  const size = entries.length;
  const literals = entries.flatMap((e, id) => e.literals.map((l) => ({ id, text: folded(l)! })));
  // Characters to classes, 0 for a character no literal holds.
  const ascii = new Uint8Array(128);
  const other = new Map<number, number>();
  let classes = 1;
  let chars = 0;
  for (const { text } of literals) {
    chars += text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 ? ascii[c] === 0 : !other.has(c)) {
        if (c < 128) ascii[c] = classes++;
        else other.set(c, classes++);
      }
    }
  }
  for (let c = 65; c <= 90; c++) ascii[c] = ascii[c + 32];
  if (ascii[107]) other.set(KELVIN, ascii[107]);
  if (ascii[115]) other.set(LONG_S, ascii[115]);
  const classOf = (c: number) => (c < 128 ? ascii[c] : other.get(c) ?? 0);

  // The trie of the literals in the table (0: no edge; no edge leads back to the root)…
  const most = chars + 1;
  const trie = new Int32Array(most * classes);
  const ends = new Int32Array(most).fill(-1);
  const gateOf = new Int32Array(literals.length);
  const after = new Int32Array(literals.length);
  let states = 1;
  literals.forEach(({ id, text }, entry) => {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const at = state * classes + classOf(text.charCodeAt(i));
      if (trie[at] === 0) trie[at] = states++;
      state = trie[at];
    }
    gateOf[entry] = id;
    after[entry] = ends[state];
    ends[state] = entry;
  });
  // …then, breadth first, each state's failure link (the longest proper suffix of its path that is a
  // state), and its missing edges taken from there, which makes the table a complete automaton.
  const next = trie.slice(0, states * classes);
  const fail = new Int32Array(states);
  const marked = new Int32Array(states);
  const further = new Int32Array(states);
  const queue = new Int32Array(states);
  let head = 0, tail = 0;
  for (let k = 0; k < classes; k++) if (next[k] !== 0) queue[tail++] = next[k];
  while (head < tail) {
    const s = queue[head++];
    further[s] = marked[fail[s]];
    marked[s] = ends[s] >= 0 ? s : further[s];
    const row = s * classes, failRow = fail[s] * classes;
    for (let k = 0; k < classes; k++) {
      const to = next[row + k];
      if (to === 0) { next[row + k] = next[failRow + k]; continue; }
      fail[to] = next[failRow + k];
      queue[tail++] = to;
    }
  }
  return { size, ascii, other, classes, next, ends: ends.slice(0, states), gateOf, after, marked, further };
}

/** The gates (of the automaton's) whose literals `text` holds, folded. */
function marksOf(a: Automaton, text: string): Uint8Array {
  const hit = new Uint8Array(a.size);
  const { ascii, other, classes, next, ends, gateOf, after, marked, further } = a;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    state = next[state * classes + (c < 128 ? ascii[c] : other.get(c) ?? 0)];
    for (let s = marked[state]; s !== 0; s = further[s]) {
      for (let e = ends[s]; e >= 0; e = after[e]) hit[gateOf[e]] = 1;
    }
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
  const size = automaton?.size ?? 0;
  if (id >= size) {
    const waiting = entries.length - size;
    if (waiting < Math.max(MIN_WAITING, size) && ++waitingTests <= MAX_WAITING_TESTS) return entry.regex ? entry.regex.test(text) : true;
    rebuild();
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
  const key = `${flags.replace(/[gy]/g, '')}\n${source}`;
  let id = ids.get(key);
  if (id === undefined) {
    if (entries.length >= MAX_GATES || !literals.every((l) => folded(l) !== undefined)) return fewEnough ? gateOfLiterals(literals, flags) : undefined;
    id = entries.length;
    ids.set(key, id);
    entries.push({ literals, caseSensitive, regex: fewEnough || caseSensitive ? gateOfLiterals(literals, flags) : undefined });
  }
  const own = id;
  return { test: (text) => test(own, text) };
}
