// What the editors' commands do to a draft, decided once in the engine: where an insert command puts
// its text (where the checks look for it), and the text of a post as it goes on the platform.
import { describe, expect, it } from 'vitest';
import { snippetFor } from '../../server/src/engine/engine.js';
import { applyFixes } from '../../server/src/engine/fixes.js';
import { planInsert, type InsertKind } from '../../server/src/engine/insert.js';
import { postForPublishing } from '../../server/src/engine/publish.js';
import { check } from '../helpers/check.js';
import type { Settings } from '@probity/rules';

/** The draft after the insert command, run with the cursor at `cursor` (a string to find, or an offset). */
function run(text: string, kind: InsertKind, cursor: string | number = 0, settings: Partial<Settings> = {}) {
  const draft = check(text, settings).draft;
  const at = typeof cursor === 'number' ? cursor : text.indexOf(cursor);
  const planned = planInsert(draft, kind, { start: at, end: at }, snippetFor(draft.settings));
  return planned.edit ? applyFixes(text, [{ title: kind, safe: true, edits: [planned.edit] }]) : planned.message!;
}

const rules = (text: string, settings: Partial<Settings> = {}) => check(text, settings).findings.map((f) => f.rule);

describe('insert ad label', () => {
  it('goes at the start of the post, past a title and inside a list item, wherever the cursor is', () => {
    const draft = '# Winter skin\n\n1. Short days dry the skin. Use my code GLOW20 for 20% off.\n2. Moisturise after a shower.\n';
    expect(rules(draft)).toContain('ad-disclosure');
    const labelled = run(draft, 'ad-label', 'Moisturise');
    expect(labelled).toBe('# Winter skin\n\n1. #AD Short days dry the skin. Use my code GLOW20 for 20% off.\n2. Moisturise after a shower.\n');
    // The list is still a list, and the finding the label answers is gone.
    expect(rules(labelled)).not.toContain('ad-disclosure');
  });

  it('in a thread, at the start of the first post (where the check wants it), past the front matter', () => {
    const thread = '---\nplatform: x\n---\nNew serum day.\n\n---\n\nUse my code LEO20 for 20% off.\n';
    const labelled = run(thread, 'ad-label', 'LEO20');
    expect(labelled).toBe('---\nplatform: x\n---\n#AD New serum day.\n\n---\n\nUse my code LEO20 for 20% off.\n');
    expect(rules(labelled)).not.toContain('ad-disclosure');
  });

  it('is the same edit as the check\'s own fix', () => {
    const draft = 'Loving this serum.\n\nUse my code LEO20 for 20% off.\n';
    const fix = check(draft).findings.find((f) => f.rule === 'ad-disclosure')!.fixes.find((f) => f.safe)!;
    expect(run(draft, 'ad-label', draft.length)).toBe(applyFixes(draft, [fix]));
  });

  it('says so rather than labelling a post twice', () => {
    expect(run('#AD Use my code LEO20.\n', 'ad-label')).toMatch(/already starts with #AD/);
  });
});

describe('insert credentials line', () => {
  it('a blog post: a byline of its own under the title, filled from the settings, before a list', () => {
    const blog = '# Hay fever\n\n- Antihistamines help most people.\n';
    expect(run(blog, 'credentials-line', blog.length, { author: 'Dr Sam Writer', credentials: 'GP in Leeds' }))
      .toBe('# Hay fever\n\nWritten by Dr Sam Writer, GP in Leeds.\n\n- Antihistamines help most people.\n');
  });

  it('a thread: at the end of the first post, placeholders left to fill, and the credentials check is answered', () => {
    const thread = '---\nplatform: x\n---\nTake paracetamol for a fever.\n\n---\n\nMore tomorrow.\n';
    expect(rules(thread)).toContain('credentials');
    const out = run(thread, 'credentials-line', 'More');
    expect(out).toBe('---\nplatform: x\n---\nTake paracetamol for a fever.\n\nWritten by [add your name], [add your role].\n\n---\n\nMore tomorrow.\n');
    const filled = out.replace('[add your name]', 'Dr Sam Writer').replace('[add your role]', 'GP');
    expect(rules(filled)).not.toContain('credentials');
  });

  it('keeps the draft\'s line endings', () => {
    const crlf = '# Hay fever\r\n\r\nAntihistamines help.\r\n';
    expect(run(crlf, 'credentials-line')).toBe('# Hay fever\r\n\r\nWritten by [add your name], [add your role].\r\n\r\nAntihistamines help.\r\n');
  });
});

describe('insert declaration of interests and signposting', () => {
  it('a declaration goes at the end of the post holding the cursor, as its own paragraph', () => {
    const thread = '---\nplatform: x\n---\nOne.\n\n---\n\nI run the Glow Clinic.\n- a list item\n\n---\n\nThree.\n';
    expect(run(thread, 'declaration-of-interests', 'Glow', { interests: ['Glow Clinic'] }))
      .toBe('---\nplatform: x\n---\nOne.\n\n---\n\nI run the Glow Clinic.\n- a list item\n\nDeclaration of interests: Glow Clinic\n\n---\n\nThree.\n');
  });

  it('signposting replaces the selection, in the jurisdiction\'s words', () => {
    const text = 'Just double your dose.';
    const draft = check(text, { jurisdiction: 'ie' }).draft;
    const planned = planInsert(draft, 'signposting', { start: 0, end: text.length }, snippetFor(draft.settings));
    expect(planned.edit).toMatchObject({ start: 0, end: text.length });
    expect(planned.edit!.newText).toContain('112 or 999');
  });
});

describe('copy post for publishing', () => {
  const thread = [
    '---', 'platform: x', 'author: Dr Sam Writer', '---',
    'Winter skin, a thread 🧵', '',
    '---', '',
    '<!-- probity-disable-next-line personal-advice -- general advice, checked with my defence body -->',
    'Moisturise after every shower.  ',
    'Fragrance-free is best.\\',
    'Ask your pharmacist. <!-- probity-disable-next-line credentials -- [add reason] --> See you tomorrow.',
    '', '', '',
    '<!-- probity-settings',
    'platform: x -->',
    'The end.', '',
    '---', '',
    'Post three.', '',
  ].join('\r\n');

  it('gives the post under the cursor without front matter, separators or Probity comments, with plain line breaks', () => {
    const draft = check(thread).draft;
    const got = postForPublishing(draft, thread.indexOf('Fragrance'));
    expect(got).toEqual({
      text: 'Moisturise after every shower.\nFragrance-free is best.\nAsk your pharmacist. See you tomorrow.\n\nThe end.',
      post: 1, posts: 3, platform: 'x',
    });
    expect(postForPublishing(draft, 0).text).toBe('Winter skin, a thread 🧵');
    expect(postForPublishing(draft, thread.length).text).toBe('Post three.');
  });

  it('a blog post is one post: the whole body', () => {
    const blog = '---\ntitle: Hay fever\n---\n# Hay fever\n\nAntihistamines help.\n';
    expect(postForPublishing(check(blog).draft, 40)).toEqual({ text: '# Hay fever\n\nAntihistamines help.', post: 0, posts: 1, platform: 'blog' });
  });
});
