// Obsidian's own syntax is not prose: words inside wikilinks, embeds and callout markers, and
// ordinary tags, produce no findings, while the same words written as prose do (the control that
// proves each case could fail). The engine blanks [[...]], ![[...]] and [!type] markers in
// server/src/draft/blocks.ts; a tag stays text, so #AD still counts as an ad label.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../server/src/engine/engine.js';

const check = (text: string) => new Engine().check(text).findings;
const rules = (text: string) => check(text).map((f) => f.rule).sort();

describe('Obsidian syntax in a note', () => {
  it('wikilinks: link text is a note name, not a sentence', () => {
    expect(rules('Notes from clinic about the frequent flyer in bay 4.\n')).toContain('professionalism');
    expect(rules('Notes from clinic, see [[Frequent flyer policy]] and [[Bay 4|frequent flyer]].\n')).toEqual([]);
  });

  it('embeds: an embedded file name is not a claim or a photo caption', () => {
    expect(rules('This cream cures eczema and is completely safe.\n')).toContain('unsubstantiated-claim');
    expect(rules('Reading list: ![[This cream cures eczema and is completely safe.pdf]]\n')).toEqual([]);
    expect(rules('![Selfie on the ward before handover with the patient list behind me](ward.jpg)\n')).toContain('workplace-content');
    expect(rules('![[Selfie on the ward before handover with the patient list behind me.jpg]]\n')).toEqual([]);
  });

  it('callouts: the [!type] marker is not prose, the callout body still is', () => {
    expect(rules('> [!cures] Summary\n> Notes for the blog.\n')).toEqual([]);
    const body = check('> [!note] Summary\n> This cream cures eczema and is completely safe.\n');
    expect(body.map((f) => f.rule)).toEqual(['unsubstantiated-claim']);
    expect(body[0].start).toBeGreaterThan('> [!note] Summary\n'.length);
  });

  it('tags: ordinary tags raise nothing, and #AD as a tag is a label at the start', () => {
    expect(rules('Shift notes.\n\n#draft #instagram #medicine/GLP-1 #todo/ask-defence-union #ozempic\n')).toEqual([]);
    const advert = 'Use my code LEO20 for 20% off the serum I love.\n';
    expect(rules(`#skincare\n${advert}`)).toContain('ad-disclosure');
    expect(rules(`#AD #skincare\n${advert}`)).not.toContain('ad-disclosure');
  });

  it('front matter of a note is read as settings, not checked as prose', () => {
    const note = '---\ntags: [frequent flyer, cures]\njurisdiction: ie\n---\nA quiet night.\n';
    const result = new Engine().check(note);
    expect(result.findings).toEqual([]);
    expect(result.draft.settings.jurisdiction).toBe('ie');
  });
});
