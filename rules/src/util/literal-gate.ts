// A cheap test that must pass wherever a pattern can match: the literal words every match holds.
//
// The rules' big patterns (an offer in words, a call to book, a conflict-of-interest tie) are long
// alternations that V8 tries at every place of a text, some 10-20 ns a character, and most blocks
// match none of them. Every match of `\bwalk-?ins?[ \t]+(?:welcome|available)\b|\bno[ \t]+appointment…`
// holds "walk" or "appointment" or …: a pattern of those literal words alone runs five to seven
// times faster, and where it finds none the big pattern is not run at all.
//
// Exact by construction: the literals are read from the pattern's own source, conservatively (any
// construct not understood gives no gate, and the pattern always runs), and the gate is compiled
// with the flags the pattern runs with, so a literal in the gate matches exactly the characters it
// matches in the pattern. A gate is only a necessary condition: where it matches, the pattern runs.

/**
 * A gate with more literals, or shorter ones, costs about what it saves (callgrind, a full check of
 * the bench's 2,000-word draft: 335M instructions with no gates, 268M with gates of at most 24
 * literals, 265M at most 48, 317M at most 100, 323M with no bound; one run each, and runs of one
 * build differ by up to 15%, so the bound is a rough one).
 */
const MAX_LITERALS = 48;
const MIN_LITERAL = 3;
const GOOD_LENGTH = 4;

/** Literal strings at least one of which every match of the source contains, or undefined. */
type Need = string[] | undefined;

class Unknown extends Error {}

/**
 * Reads a regular expression source (the subset the rules write: groups, alternation, classes,
 * escapes, quantifiers, look-arounds) into the literals a match must contain.
 */
class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  read(): Need {
    const need = this.alternation();
    if (this.i !== this.s.length) throw new Unknown();
    return need;
  }

  /** Alternatives: a match contains one alternative's literals, so the needs join (all or nothing). */
  private alternation(): Need {
    const alternatives = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    if (alternatives.some((a) => a === undefined)) return undefined;
    return [...new Set(alternatives.flat() as string[])];
  }

  /**
   * A sequence: runs of literal characters, each one needed, and atoms whose needs hold when they
   * must occur at least once. The best single need is kept (fewest literals, then longest).
   */
  private sequence(): Need {
    const needs: string[][] = [];
    let run = '';
    const endRun = () => { if (run) needs.push([run]); run = ''; };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const { min, present } = this.quantifier();
      if (!present && atom.char !== undefined) { run += atom.char; continue; }
      // A quantified literal character ends the run; its own need holds only if it must occur.
      if (atom.char !== undefined && min >= 1) run += atom.char;
      endRun();
      if (atom.char === undefined && min >= 1 && atom.need) needs.push(atom.need);
    }
    endRun();
    return best(needs);
  }

  /** One atom: a literal character, or something with a need (a group) or none (a class, an assertion). */
  private atom(): { char?: string; need?: Need } {
    const c = this.s[this.i];
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (this.s[this.i] === '?') {
        const rest = this.s.slice(this.i, this.i + 3);
        if (rest.startsWith('?:')) this.i += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) { this.i += 2; lookaround = true; }
        else if (rest === '?<=' || rest === '?<!') { this.i += 3; lookaround = true; }
        else if (rest.startsWith('?<')) { const close = this.s.indexOf('>', this.i); if (close < 0) throw new Unknown(); this.i = close + 1; }
        else throw new Unknown();
      }
      const need = this.alternation();
      if (this.s[this.i] !== ')') throw new Unknown();
      this.i++;
      // What a look-around tests is not part of the match.
      return { need: lookaround ? undefined : need };
    }
    if (c === '[') {
      this.i++;
      if (this.s[this.i] === '^') this.i++;
      if (this.s[this.i] === ']') this.i++;
      while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
      if (this.s[this.i] !== ']') throw new Unknown();
      this.i++;
      return {};
    }
    if (c === '\\') {
      const e = this.s[this.i + 1];
      if (e === undefined) throw new Unknown();
      this.i += 2;
      if (/[pPk]/.test(e)) {
        // \p{…}, \P{…}, \k<…>: a class or a back-reference, no literal.
        const close = this.s.indexOf(e === 'k' ? '>' : '}', this.i);
        if (close < 0) throw new Unknown();
        this.i = close + 1;
        return {};
      }
      if (e === 'u' || e === 'x' || e === 'c') throw new Unknown();
      // Classes (\d \w \s …), assertions (\b \B), back-references, control escapes: no literal.
      if (/[A-Za-z0-9]/.test(e)) return {};
      return { char: e };
    }
    if (c === '.' || c === '^' || c === '$') { this.i++; return {}; }
    if ('*+?{}])|'.includes(c)) throw new Unknown();
    this.i++;
    return { char: c };
  }

  /** The quantifier after an atom, if any, and the fewest times it lets the atom occur. */
  private quantifier(): { min: number; present: boolean } {
    const c = this.s[this.i];
    let min: number;
    if (c === '*' || c === '?') { min = 0; this.i++; }
    else if (c === '+') { min = 1; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.s.slice(this.i, this.i + 16));
      if (!m) throw new Unknown();
      min = Number(m[1]);
      this.i += m[0].length;
    } else return { min: 1, present: false };
    if (this.s[this.i] === '?') this.i++; // lazy
    return { min, present: true };
  }
}

/**
 * The most selective need: short literals ("a", "of") are in most texts, so the need whose shortest
 * literal is longest (up to GOOD_LENGTH, past which words are rare enough), then the fewest literals.
 */
function best(needs: string[][]): Need {
  let pick: string[] | undefined;
  let pickScore = -1;
  for (const n of needs) {
    const score = Math.min(GOOD_LENGTH, ...n.map((x) => x.length)) * 1000 - n.length;
    if (score > pickScore) { pick = n; pickScore = score; }
  }
  return pick;
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * The literals at least one of which every match of `source` holds (as written: a case-insensitive
 * pattern matches them in any case), or undefined where none is known or one is too short to sort
 * texts. `source` may be the pattern's own before fastRegExp wrote out its classes: the literals
 * are the same.
 */
export function literalsOf(source: string): string[] | undefined {
  let need: Need;
  try {
    need = new Reader(source).read();
  } catch (e) {
    if (e instanceof Unknown) return undefined;
    throw e;
  }
  if (!need || need.length === 0 || need.some((l) => l.length < MIN_LITERAL)) return undefined;
  return need;
}

/** The literals as one pattern, compiled with `flags` (those the pattern runs with) but not global or sticky. */
export const gateOfLiterals = (literals: readonly string[], flags: string): RegExp =>
  new RegExp(literals.map((l) => l.replace(SYNTAX, '\\$&')).join('|'), flags.replace(/[gy]/g, ''));

/**
 * A pattern that matches wherever `source` can (a literal every match of it holds), compiled with
 * `flags` (those the pattern runs with) but not global or sticky; undefined where none is known or
 * it would not pay.
 */
export function literalGate(source: string, flags: string): RegExp | undefined {
  const literals = literalsOf(source);
  return literals && literals.length <= MAX_LITERALS ? gateOfLiterals(literals, flags) : undefined;
}
