// Case-insensitive patterns without the `u` flag, where that reads the same text.
//
// V8 (Node 20's 11.3) matches a pattern with both `i` and `u` an order of magnitude slower than one
// with `i` alone: under `u` every character is case-folded through Unicode's tables. Measured on a
// 2,000-word draft, one claims pattern took 1.5 ms a scan with `giu` and 0.09 ms with `gi`; the rules
// run some hundred such patterns over each block. Most need `u` only for property escapes such as
// \p{L}. Without `u`, a property escape is written out as the class of the Basic Multilingual Plane
// characters it stands for, built once from the engine's own Unicode data, so a letter is still any
// script's letter. Differences that remain: astral characters (emoji and rarer scripts) count as two
// code units, so they are kept out: a pattern that names one, or a property that has them (emoji),
// keeps its `u`. test/reliability/fast-regexp.test.ts runs every such pattern of the rules both ways
// over every labelled draft and finds the same matches.

const PROPERTY = /\\([pP])\{([A-Za-z_]+)\}/g;
/** Properties whose characters this may write out (the letters, numbers and punctuation rules use). */
const WRITABLE = new Set(['L', 'Lu', 'Ll', 'N', 'P', 'S']);
// One entry per property in WRITABLE.
const classes = new Map<string, string>();

/** The Basic Multilingual Plane's characters from `from` to `to`, in order, as one string. */
function charsOf(from: number, to: number): string {
  let text = '';
  for (let c = from; c < to; c += 4096) text += String.fromCharCode(...Array.from({ length: Math.min(4096, to - c) }, (_, i) => c + i));
  return text;
}

/**
 * The BMP characters with a property, as class ranges (no brackets): the runs of each property in
 * the BMP's characters, one regex pass each (testing each character on its own took some 100 ms of
 * every start-up). Every property in WRITABLE at once, on first use, so the 64K characters are not
 * kept. Surrogates are left out: lone ones are no characters under `u`, and a pair would read as
 * one astral character.
 */
function rangesOf(name: string): string {
  if (classes.size === 0) {
    const bmp = [{ from: 0, text: charsOf(0, 0xd800) }, { from: 0xe000, text: charsOf(0xe000, 0x10000) }];
    const hex = (c: number) => (PLAIN(c) ? String.fromCharCode(c) : `\\u${c.toString(16).padStart(4, '0')}`);
    for (const property of WRITABLE) {
      const runs = new RegExp(`\\p{${property}}+`, 'gu');
      const parts: string[] = [];
      for (const { from, text } of bmp) {
        for (const m of text.matchAll(runs)) {
          const start = from + m.index, end = start + m[0].length - 1;
          parts.push(start === end ? hex(start) : `${hex(start)}-${hex(end)}`);
        }
      }
      classes.set(property, parts.join(''));
    }
  }
  return classes.get(name)!;
}

/**
 * A character written as itself in a class rather than as \uXXXX: a quarter of the length, and the
 * written-out classes are most of the rules' pattern text (some 770,000 characters in a 2,000-word
 * check's patterns with escapes), which V8 reads when a pattern is made and again when it compiles.
 * Not the characters with a meaning in a class, controls, separators or surrogates.
 */
const PLAIN = (c: number) => c > 0x20 && c < 0xd800 && (c < 0x7f || c > 0xa0) && c !== 0x2028 && c !== 0x2029 && c !== 0x5c && c !== 0x5d && c !== 0x5e && c !== 0x2d;

/** The source without `u`, or undefined where that could read differently. */
function withoutUnicode(source: string): string | undefined {
  // Astral literals, \u{…} escapes and emoji properties need `u`.
  if (/[\ud800-\udfff]|\\u\{/.test(source)) return undefined;
  // Most sources name no property: the walk below would copy them unchanged, character by
  // character, at every start-up (some hundreds of patterns, many thousands of characters long).
  if (!/\\[pP]\{/.test(source)) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      PROPERTY.lastIndex = i;
      const m = PROPERTY.exec(source);
      if (m && m.index === i) {
        const [whole, sign, name] = m;
        if (!WRITABLE.has(name)) return undefined;
        // A negated property inside a class cannot be written as ranges in it.
        if (sign === 'P' && inClass) return undefined;
        const ranges = rangesOf(name);
        out += inClass ? ranges : sign === 'P' ? `[^${ranges}]` : `[${ranges}]`;
        i += whole.length - 1;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/**
 * The same pattern, faster to run where it is case-insensitive and Unicode-aware: without `u`, its
 * property escapes written out; with `flags` in place of its own if given. A new RegExp each call
 * (where anything changes), so call it once per pattern: where the pattern is defined, or through
 * findAll's cache. A pattern that cannot go without `u` comes back as it is.
 */
export function fastRegExp(re: RegExp, flags = re.flags): RegExp {
  const source = flags.includes('i') && flags.includes('u') ? withoutUnicode(re.source) : undefined;
  if (source !== undefined) return new RegExp(source, flags.replace('u', ''));
  return flags === re.flags ? re : new RegExp(re.source, flags);
}
