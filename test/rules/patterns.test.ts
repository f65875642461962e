// The generic matching helpers every rule leans on.
import { describe, expect, it } from 'vitest';
import { findAll, negatedBefore, quoted, wordList } from '../../rules/src/util/patterns.js';

describe('matching helpers', () => {
  it('word lists treat # and @ as part of a word, so #ad never matches inside #ADHD', () => {
    const re = wordList(['#ad', 'frequent flyer']);
    expect(findAll(re, '#ADHD #adrenaline #ad').map((m) => m.text)).toEqual(['#ad']);
    expect(findAll(re, 'another "frequent  flyer" today').map((m) => m.text)).toEqual(['frequent  flyer']);
  });

  it('finds a negation a few words before, within the clause', () => {
    const t = "It isn't a miracle jab, but this cream cures everything";
    expect(negatedBefore(t, t.indexOf('miracle'))).toBe(true);
    expect(negatedBefore(t, t.indexOf('cures'))).toBe(false);
    expect(negatedBefore('Nobody has paid me to say this', 'Nobody has paid me to say this'.indexOf('paid'))).toBe(true);
  });

  it('carries a negation across the list it heads, but not onto an afterthought or past an interjection', () => {
    const at = (t: string, w: string) => negatedBefore(t, t.indexOf(w), 6);
    expect(at('This balm is not meant to diagnose, treat, cure or prevent anything.', 'cure')).toBe(true);
    expect(at('This balm is not meant to diagnose, treat, cure or prevent anything.', 'prevent')).toBe(true);
    expect(at('No supplement, and no diet, is 100% safe for everyone.', '100%')).toBe(true);
    expect(at('Do these stretches and your knees will never ache again, guaranteed.', 'guaranteed')).toBe(false);
    expect(at('No, for you personally I would halve the dose.', 'for you')).toBe(false);
    expect(at('It is not cheap, but it cures acne.', 'cures')).toBe(false);
  });

  it('tells a quoted word from apostrophes inside words', () => {
    const q = 'It is easy to write "acopia" in the notes';
    expect(quoted(q, q.indexOf('acopia'), q.indexOf('acopia') + 6)).toBe(true);
    const a = "it's 100% natural, so it's safe";
    expect(quoted(a, a.indexOf('100%'), a.indexOf('100%') + 4)).toBe(false);
    const s = "‘Cure’ has a precise meaning here";
    expect(quoted(s, 1, 5)).toBe(true);
  });
});
