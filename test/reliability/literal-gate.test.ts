// literal-gate.ts reads from a pattern's source the literal words every match holds, so findAll can
// skip a text that holds none. A gate that missed a match would lose a finding: every pattern the
// rules use is run over every labelled and example draft (and lines written for case and script
// edge cases), and each match must hold its gate's literal, read with the flags the pattern runs with.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastRegExp } from '../../rules/src/util/fast-regexp.js';
import { gateOfLiterals, literalGate, literalsOf } from '../../rules/src/util/literal-gate.js';
import { gateFor } from '../../rules/src/util/literal-index.js';
import { collect, ROOT } from '../helpers/patterns.js';

const dirs = [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', 'shared', 'corpus-real'), join(ROOT, 'examples'),
  ...readdirSync(join(ROOT, 'test')).filter((d) => d.startsWith('corpus-')).map((d) => join(ROOT, 'test', d))];
const drafts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(d, f), 'utf8')));
const TRICKY = [
  'WALK-INS WELCOME, Walk-in available; NO APPOINTMENT NEEDED. The ſeason, Kelvin \u212A, ß and SS, ẞ, İstanbul.',
  'DM me to book, DM ME TO BOOK; use code GLOW20, USE CODE GLOW20; 20% off, £50 off, save £20.',
  'Botox😂 💉Botox 👍cures, 𝗕𝗼𝘁𝗼𝘅 cures, CURES ECZEMA, don’t sell, don\'t sell, DON’T SELL.',
].join('\n');
const text = `${drafts.join('\n\n')}\n\n${TRICKY}\n`;

describe('literal gate', () => {
  it('holds in every match of every pattern the rules use, over every labelled draft', async () => {
    const { unique } = await collect();
    let gated = 0, matched = 0;
    for (const p of unique) {
      // As findAll runs it.
      const twin = fastRegExp(new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`));
      const gate = literalGate(p.source, twin.flags);
      if (!gate) continue;
      gated++;
      for (const m of text.matchAll(twin)) {
        if (m[0] === '') continue;
        matched++;
        expect(gate.test(m[0]), `${p.where}: /${p.source.slice(0, 120)}/${p.flags} matched '${m[0]}' without its gate ${gate}`).toBe(true);
      }
    }
    expect(gated).toBeGreaterThan(30);
    expect(matched).toBeGreaterThan(1000);
  }, 300_000);

  // literal-index.ts answers every gate from one walk over a text: it must find a literal wherever
  // the gate's regex of the same literals does, in every paragraph and every line (the case and
  // script edge cases among them).
  it('answers each gate from its automaton wherever the regex of its literals would', async () => {
    const { unique } = await collect();
    const texts = [...text.split(/\n\n+/), ...TRICKY.split('\n'), ...TRICKY.split(/[ ,;.]+/)];
    // Every gate made before any is asked, so that all are in the automaton.
    const gates = unique.flatMap((p) => {
      const literals = literalsOf(p.source);
      const gate = gateFor(p.source, p.flags);
      return literals && gate ? [{ p, gate, regex: gateOfLiterals(literals, p.flags) }] : [];
    });
    let found = 0;
    for (const { p, gate, regex } of gates) {
      for (const t of texts) {
        if (!regex.test(t)) continue;
        found++;
        expect(gate.test(t), `${p.where}: /${p.source.slice(0, 120)}/${p.flags}: a literal of ${regex.source.slice(0, 200)} in '${t.slice(0, 200)}'`).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(10_000);
  }, 300_000);

  it('reads the literals a match must hold', () => {
    const need = (re: RegExp) => literalGate(re.source, re.flags)?.source;
    expect(need(/\bwalk-?ins?[ \t]+(?:welcome|available)\b|\bno[ \t]+appointment[ \t]+needed\b/gi)).toBe('walk|appointment');
    expect(need(/\b(?:cure[sd]?|curing|heals?)\b/i)).toBe('cure|curing|heal');
    // A literal that may be left out, or one quantified to nothing, is not needed.
    expect(need(/\b(?:(?:very[ \t]+)?slow|fast)\b/i)).toBe('slow|fast');
    expect(need(/(?:miracle)?\s*cure/i)).toBe('cure');
    // Of the words in a row, the longest shortest literal: 'guaranteed', not 'a' or 'cure'.
    expect(need(/\ba[ \t]+(?:cure|fix)[ \t]+guaranteed\b/i)).toBe('guaranteed');
  });

  it('gives no gate where it cannot be sure', () => {
    const gate = (re: RegExp) => literalGate(re.source, re.flags);
    // An alternative with no literal, an optional part, a look-around's words, escapes it does not read.
    expect(gate(/\bcures\b|\d{2,}%/i)).toBeUndefined();
    expect(gate(/(?:miracle)?\s*\d+/i)).toBeUndefined();
    expect(gate(/(?<=miracle[ \t])\w+/i)).toBeUndefined();
    expect(gate(/\u00e9lite|\x41bc/i)).toBeUndefined();
    // Words shorter than three letters are in most texts.
    expect(gate(/\b(?:an|to)[ \t]+book\b/i)?.source).toBe('book');
    expect(gate(/\b(?:an|to)\b/i)).toBeUndefined();
  });
});
