// The draft, and what a writer must see in it, for the tests that drive a third-party editor's own
// LSP client through one flow (test/neovim, test/emacs): diagnostics, hover, a quick fix, an edit.
import { expect } from 'vitest';

export const EDITOR_DRAFT = [
  '# Winter skin',
  '',
  '😀 Use my code GLOW20 for 20% off the serum.',
  '',
  'Some patients are frequent flyers in A&E.',
  '',
].join('\n');

/** The quick fix each editor picks from its own code-action menu. */
export const FIX_TITLE = 'Insert #AD at the start of the post';

/** The draft's lines once the fix is applied. */
export const FIXED_LINES = EDITOR_DRAFT.split('\n').map((l, i) => (i === 2 ? `#AD ${l}` : l));

/** Line 5 once the edit each flow types has replaced 'frequent flyers'. */
export const EDITED_LINE = 'Some patients are regular visitors in A&E.';

const GMC_14 = 'You must not use social media to abuse, discriminate against, bully, harass or deliberately target any individual or group.';

/** The hover over the professionalism finding: the GMC's words exactly, with their paragraph. */
export function expectGuidanceHover(value: string): void {
  expect(value).toContain(`> ${GMC_14}`);
  expect(value).toContain('paragraph 14');
}

/** The code actions offered on the advert: the fix and the ways to silence it. */
export function expectOffered(titles: string[]): void {
  expect(titles).toEqual(expect.arrayContaining([FIX_TITLE, 'Ignore ad-disclosure here…']));
}
