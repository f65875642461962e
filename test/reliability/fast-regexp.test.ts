// fast-regexp.ts runs a case-insensitive Unicode pattern without its `u` flag, its property escapes
// written out. It must read text exactly as the pattern it stands for: every such pattern the rules
// use is run both ways over every labelled and example draft, and over lines written to find the
// differences (other scripts, accents, case pairs outside ASCII, emoji beside words), and must find
// the same matches at the same places.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastRegExp } from '../../rules/src/util/fast-regexp.js';
import { collect, ROOT } from '../helpers/patterns.js';

const dirs = [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', 'shared', 'corpus-real'), join(ROOT, 'examples'),
  ...readdirSync(join(ROOT, 'test')).filter((d) => d.startsWith('corpus-')).map((d) => join(ROOT, 'test', d))];
const drafts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(d, f), 'utf8')));
const TRICKY = [
  'Ärzte in München: the ÖSTERREICH clinic, naïve café owners, Šárka, Łódź, İstanbul, ﬁne lines, ǅ and ǆ.',
  'Ελληνικά λόγια, кириллица ДОКТОР, עברית, 中文 病人, 日本語の患者, 한국어.',
  'Botox😂 💉Botox 👍cures, 𝗕𝗼𝘁𝗼𝘅 cures 𝐞𝐯𝐞𝐫𝐲𝐭𝐡𝐢𝐧𝐠, the ſeason, Kelvin \u212A, ß and SS, ẞ.',
  'CURES ECZEMA, Cures Eczema, cures eczema; DR SMITH, Dr Smith, dr smith; #Botox #BOTOX @DrJones_GP.',
  'An émigré’s “miracle” cure—guaranteed!… ½ price, №1 choice, ①②③, ٣ ٤ ٥, ⅻ, ²³.',
].join('\n');
const text = `${drafts.join('\n\n')}\n\n${TRICKY}\n`;

const matches = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('fast-regexp', () => {
  it('reads every labelled draft as the patterns it stands for', async () => {
    const { unique } = await collect();
    let changed = 0;
    for (const p of unique) {
      if (!p.flags.includes('i') || !p.flags.includes('u')) continue;
      const flags = p.flags.includes('g') ? p.flags : `${p.flags}g`;
      const original = new RegExp(p.source, flags);
      const fast = fastRegExp(original);
      if (fast.flags === original.flags) continue;
      changed++;
      expect(matches(fast, text), `${p.where}: /${p.source.slice(0, 120)}/${p.flags}`).toEqual(matches(original, text));
    }
    // Most of the rules' case-insensitive Unicode patterns run without `u`: the test compared them.
    expect(changed).toBeGreaterThan(80);
  }, 300_000);

  it('keeps `u` where the pattern names an astral character or an emoji property', () => {
    expect(fastRegExp(/\p{Extended_Pictographic}\s*botox/giu).flags).toBe('giu');
    expect(fastRegExp(/💉\s*botox/iu).flags).toBe('iu');
    expect(fastRegExp(/[\P{L}]x/iu).flags).toBe('iu');
    expect(fastRegExp(/\p{Lu}[\p{L}-]+/giu).flags).toBe('gi');
    expect(fastRegExp(/\bcures\b/g)).toEqual(/\bcures\b/g);
  });
});
