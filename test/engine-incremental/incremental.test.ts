// The incremental engine must be invisible: after any sequence of edits, one long-lived Engine (which
// re-splits only around each edit and reuses cached chunks and facts) reports exactly what a fresh
// Engine reports for the same text: findings, suppressed findings, settings problems, and the Draft's
// posts and blocks with their offsets and lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDraft, ChunkCache, closestLayout, type BuiltDraft } from '../../server/src/draft/index.js';
import { Engine, type CheckResult, type Settings } from '../../server/src/index.js';

const root = join(import.meta.dirname, '..', '..');
const example = (name: string) => readFileSync(join(root, 'examples', name), 'utf8');

/** Everything a user of the engine can see, as plain data. */
function view(r: CheckResult) {
  const { draft } = r;
  return {
    findings: r.findings,
    suppressed: r.suppressed,
    problems: r.problems,
    failures: r.failures.map((f) => f.rule),
    isThread: draft.isThread,
    platform: draft.platform,
    bodyStart: draft.bodyStart,
    frontMatter: draft.frontMatter,
    lines: draft.lines.starts,
    posts: draft.posts.map((p) => ({ index: p.index, start: p.start, end: p.end, line: p.line, insertAt: p.insertAt, blocks: p.blocks.length })),
    blocks: draft.blocks.map((b) => ({
      kind: b.kind, start: b.start, end: b.end, line: b.line, post: b.post, index: b.index, prose: b.prose, links: b.links,
      sentences: b.sentences.map((s) => [s.start, s.end]),
      // toSource at the block's ends and middle: the offset mapping itself must match too.
      mapped: [b.toSource(0, b.prose.length), b.toSource(b.prose.length >> 1, b.prose.length)],
    })),
  };
}

interface Edit { at: number; remove: number; insert: string }
const apply = (text: string, e: Edit) => text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);

/**
 * Applies the edits one by one, checking after each with the long-lived engine and a fresh one.
 * `told`: the long-lived engine is told each edit, as the language server tells it (no text diff).
 * Beside it, an engine that knows the text as a document's, as the language server's does, checks
 * every other version only, told the last edit alone, as when a writer outpaces the server.
 */
function expectSameAsFresh(start: string, edits: Edit[], told = false) {
  const engine = new Engine(), named = new Engine();
  let text = start;
  expect(view(engine.check(text))).toEqual(view(new Engine().check(text)));
  named.check(text, { document: 'draft' });
  edits.forEach((e, i) => {
    const before = text;
    text = apply(text, e);
    const previous = told ? { text: before, edit: { start: e.at, oldEnd: e.at + e.remove, newEnd: e.at + e.insert.length } } : undefined;
    const kept = engine.check(text, { previous });
    const fresh = view(new Engine().check(text));
    expect(view(kept), `after edit ${i}: ${JSON.stringify(e)}`).toEqual(fresh);
    // Each block knows its place in the draft: rules find its neighbours by it.
    expect(kept.draft.blocks.every((b, k) => b.index === k), `indexes after edit ${i}`).toBe(true);
    if (i % 2 === 1 || i === edits.length - 1) {
      expect(view(named.check(text, { previous, document: 'draft' })), `as a document, after edit ${i}`).toEqual(fresh);
    }
  });
  return text;
}

/** Finds `needle` in `text` (the edit is written against the text as it stands at that step). */
const at = (text: string, needle: string, offset = 0) => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`'${needle}' not in the text`);
  return i + offset;
};

/** Builds edits step by step, each computed against the text the previous ones produced. */
function script(start: string, steps: ((text: string) => Edit)[]): Edit[] {
  const edits: Edit[] = [];
  let text = start;
  for (const step of steps) {
    const e = step(text);
    edits.push(e);
    text = apply(text, e);
  }
  return edits;
}

const blog = example('hay-fever-blog.md');
const thread = example('skin-serum-thread.md');

describe('incremental engine', () => {
  it('types a sentence into a blog one character at a time', () => {
    const sentence = ' This cures hay fever, guaranteed.';
    const from = at(blog, 'for good, and');
    const typed = [...sentence].map((ch, i) => ({ at: from + i, remove: 0, insert: ch }));
    expectSameAsFresh(blog, typed);
    expectSameAsFresh(blog, typed, true);
  });

  it('builds on the layout of the text it is told an edit was made to, without comparing texts', () => {
    const cache = new ChunkCache();
    const settings = () => new Engine().check('').draft.settings;
    buildDraft({ text: blog, cache, resolveSettings: settings });
    const edited = apply(blog, { at: at(blog, 'Local honey'), remove: 0, insert: 'x' });
    const edit = { start: at(blog, 'Local honey'), oldEnd: at(blog, 'Local honey'), newEnd: at(blog, 'Local honey') + 1 };
    expect(closestLayout(cache, edited, { text: blog, edit })?.edit).toBe(edit);
    // Told of a text it never laid out, it compares the texts.
    expect(closestLayout(cache, edited, { text: `${blog} `, edit })?.edit).toEqual({ ...edit, newEnd: edit.start + 1 });
  });

  it('deletes characters backwards across a paragraph break, joining two chunks, then splits them again', () => {
    const end = at(blog, '## Start early');
    const joined = script(blog, [
      ...Array.from({ length: 3 }, () => (t: string) => ({ at: at(t, '## Start early') - 1, remove: 1, insert: '' })),
      (t) => ({ at: at(t, '## Start early'), remove: 0, insert: '\n\n' }),
    ]);
    expect(end).toBeGreaterThan(0);
    expectSameAsFresh(blog, joined);
  });

  it('indents a paragraph into a list item continuation and back', () => {
    const text = '- first item\n\nA paragraph that may join the list.\n\nAnother paragraph, cures guaranteed.\n';
    expectSameAsFresh(text, script(text, [
      (t) => ({ at: at(t, 'A paragraph'), remove: 0, insert: '  ' }),
      (t) => ({ at: at(t, '  A paragraph'), remove: 2, insert: '' }),
    ]));
  });

  it('adds and removes thread separators, in a thread and in a blog', () => {
    expectSameAsFresh(thread, script(thread, [
      (t) => ({ at: at(t, '2. I\'ve been'), remove: 0, insert: 'A new post in the middle.\n---\n' }),
      (t) => ({ at: at(t, 'A new post'), remove: 'A new post in the middle.\n---\n'.length, insert: '' }),
      (t) => ({ at: at(t, '3. SPF') - 4, remove: 4, insert: '\n' }), // the separator before post 4 goes
      (t) => ({ at: t.length, remove: 0, insert: '\n---\nOne more post.' }),
    ]));
    // In a blog a --- line is a thematic break, until the front matter makes the draft a thread.
    const text = 'First paragraph, cures guaranteed.\n\n---\n\nSecond paragraph.\n';
    expectSameAsFresh(text, script(text, [
      (t) => ({ at: 0, remove: 0, insert: '---\nplatform: x\n---\n' }),
      (t) => ({ at: at(t, 'Second'), remove: 0, insert: 'x' }),
      (t) => ({ at: at(t, 'platform: x'), remove: 'platform: x'.length, insert: 'platform: blog' }),
      (t) => ({ at: at(t, '\n---\n\nxSecond'), remove: 5, insert: '' }),
    ]));
  });

  it('opens and closes a code fence, which changes how everything after it splits', () => {
    const text = `${blog}\n\nA last paragraph that cures hay fever.\n`;
    expectSameAsFresh(text, script(text, [
      (t) => ({ at: at(t, '## My secret weapon'), remove: 0, insert: '```\n' }),
      (t) => ({ at: at(t, 'Local honey'), remove: 0, insert: 'x' }),
      (t) => ({ at: at(t, '## When to get help'), remove: 0, insert: '```\n\n' }),
      (t) => ({ at: at(t, '```\n## My secret'), remove: 4, insert: '' }),
      (t) => ({ at: at(t, '```\n\n## When'), remove: 5, insert: '' }),
      (t) => ({ at: at(t, 'A last'), remove: 0, insert: '~~~\n' }), // unclosed to the end
    ]));
  });

  it('adds, edits and removes front matter, and settings comments', () => {
    expectSameAsFresh(blog, script(blog, [
      (t) => ({ at: 0, remove: 0, insert: '---\nauthor: Dr Maya Chen\n---\n' }),
      (t) => ({ at: at(t, 'Chen\n'), remove: 4, insert: 'Chen\ncredentials: GP' }),
      (t) => ({ at: at(t, 'Every May'), remove: 0, insert: 'y' }),
      (t) => ({ at: at(t, 'yEvery'), remove: 1, insert: '' }),
      (t) => ({ at: at(t, '---\n#'), remove: 0, insert: 'jurisdiction: ie\n' }),
      (t) => ({ at: 0, remove: at(t, '# Hay'), insert: '' }),
      (t) => ({ at: at(t, '## My secret'), remove: 0, insert: '<!-- probity-settings platform: x -->\n\n' }),
      (t) => ({ at: at(t, '<!-- probity-settings'), remove: '<!-- probity-settings platform: x -->\n\n'.length, insert: '' }),
      (t) => ({ at: at(t, 'Local honey'), remove: 0, insert: '<!-- probity-disable-next-line unsubstantiated-claim -- testing -->\n' }),
      (t) => ({ at: at(t, '<!-- probity-disable'), remove: 5, insert: '' }),
    ]));
  });

  // The whole-text scans (comments of ours, lines past a limit) look only at the edited lines once
  // the text before the edit is known: these edits make and unmake each answer a character at a time.
  it('sees a comment of ours appear and go one character at a time, on either side of the edit', () => {
    const comment = '<!-- probity-disable-next-line unsubstantiated-claim -- testing -->\n';
    const from = at(blog, 'Local honey');
    const typed = [...comment].map((ch, i) => ({ at: from + i, remove: 0, insert: ch }));
    const text = expectSameAsFresh(blog, typed);
    expect(new Engine().check(text).suppressed.map((s) => s.finding.rule)).toContain('unsubstantiated-claim');
    // Break the marker in its middle, mend it, then take the comment away from its end backwards.
    const mark = at(text, 'probity-') + 3;
    expectSameAsFresh(text, [
      { at: mark, remove: 1, insert: '' },
      { at: mark, remove: 0, insert: 'b' },
      ...Array.from(comment, (_, i) => ({ at: from + comment.length - 1 - i, remove: 1, insert: '' })),
    ]);
  });

  it('stops at a line nested too deep, and checks everything again once the line is mended', () => {
    const text = `${blog}\nA last paragraph that cures hay fever.\n`;
    const line = at(text, 'A last paragraph');
    // Seventeen quote markers typed one by one at the start of the line: the limit comes with the last.
    const deeper = Array.from({ length: 17 }, () => ({ at: line, remove: 0, insert: '> ' }));
    const nested = expectSameAsFresh(text, deeper);
    expect(new Engine().check(nested).findings.some((f) => f.rule === 'check-limit')).toBe(true);
    expectSameAsFresh(nested, [{ at: line, remove: 2, insert: '' }, { at: line + 10, remove: 0, insert: 'x' }]);
  });

  it('stops at a run of emphasis marks too long to check, grown and cut one character at a time', () => {
    const text = `${blog}\nA last paragraph that cures hay fever.\n`;
    const at0 = at(text, 'A last paragraph');
    const grown = expectSameAsFresh(text, [
      { at: at0, remove: 0, insert: '*'.repeat(199) },
      { at: at0, remove: 0, insert: '*' },
      { at: at0 + 100, remove: 0, insert: '*' }, // 201: past the bound
      { at: at0 + 50, remove: 0, insert: '*' },
    ]);
    expect(new Engine().check(grown).findings.some((f) => f.rule === 'check-limit')).toBe(true);
    expectSameAsFresh(grown, [{ at: at0 + 7, remove: 1, insert: '' }, { at: at0 + 7, remove: 1, insert: '' }, { at: at0 + 3, remove: 0, insert: ' ' }]);
  });

  it('sees a lone CR made by deleting the LF after it', () => {
    const crlf = blog.replace(/\n/g, '\r\n');
    const lf = at(crlf, 'Local honey') - 1;
    expect(crlf[lf]).toBe('\n');
    expectSameAsFresh(crlf, [{ at: lf, remove: 1, insert: '' }, { at: lf, remove: 0, insert: 'x' }, { at: lf, remove: 1, insert: '\n' }]);
  });

  it('survives a byte order mark, CRLF line endings and text replaced wholesale', () => {
    const crlf = `\ufeff${blog.replace(/\n/g, '\r\n')}`;
    expectSameAsFresh(crlf, script(crlf, [
      (t) => ({ at: at(t, 'Local honey'), remove: 0, insert: 'x' }),
      (t) => ({ at: at(t, 'xLocal'), remove: 0, insert: '\r\n\r\n' }),
      (t) => ({ at: 0, remove: 1, insert: '' }),
      (t) => ({ at: 0, remove: t.length, insert: thread }),
      (t) => ({ at: 0, remove: t.length, insert: '' }),
      () => ({ at: 0, remove: 0, insert: 'Just one line that cures everything.' }),
    ]));
  });

  it('matches a fresh engine over random edits to every example and corpus draft', () => {
    // A seeded generator: the same edits on every run, so a failure can be replayed.
    let seed = 6;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pieces = ['e', ' ', '\n', '\n\n', '---\n', '```\n', '~~~', '*', '# ', '> ', '  ', '1. ', '[', '](x)', '<!--', '-->', '|', 'cures ', '#ad ', '@sam ', 'guaranteed', '\r\n'];
    const corpus = join(root, '..', 'shared', 'corpus');
    const drafts = [
      ...readdirSync(join(root, 'examples')).map((f) => example(f)),
      ...readdirSync(corpus).filter((f) => /^\d.*\.md$/.test(f)).filter((_, i) => i % 4 === 0).map((f) => readFileSync(join(corpus, f), 'utf8')),
    ];
    for (const draft of drafts) {
      const edits: Edit[] = [];
      let length = draft.length;
      for (let i = 0; i < 12; i++) {
        const pos = Math.floor(rand() * (length + 1));
        const remove = rand() < 0.35 ? Math.min(length - pos, 1 + Math.floor(rand() * 6)) : 0;
        const insert = remove > 0 && rand() < 0.5 ? '' : pieces[Math.floor(rand() * pieces.length)];
        edits.push({ at: pos, remove, insert });
        length += insert.length - remove;
      }
      expectSameAsFresh(draft, edits);
      expectSameAsFresh(draft, edits, true);
    }
  }, 120_000); // a fresh engine parses the whole draft at every step: slow by design

  // A long run of lines is read in pieces (pieces.ts); a keystroke re-splits only its line when the
  // line splits as before, else the whole run. Either way the draft must be the one a fresh engine builds.
  it('matches a fresh engine over edits to a long run of lines read in pieces', () => {
    const guidance = readFileSync(join(root, '..', 'shared', 'guidance', 'sources', 'mdu-medical-influencers-2024.txt'), 'utf8').replace(/\r\n?/g, '\n').trim();
    const text = `# Notes\n\n${guidance}\n\n## More\n\n${guidance.slice(0, 4000)}\n`;
    let seed = 18;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pieces = ['e', ' ', '.', '\n', '\n\n', '*', '`', '[', ']', '<!--', '-->', '2. ', '- ', '> ', '  ', '---\n', '===', 'cures ', 'A ', '\r\n', '|---|'];
    const edits: Edit[] = [];
    let length = text.length;
    for (let i = 0; i < 40; i++) {
      // Half at the start or end of a line, where the cuts are decided.
      let pos = Math.floor(rand() * (length + 1));
      if (i % 2 === 0) {
        const t = edits.reduce(apply, text);
        pos = rand() < 0.5 ? t.lastIndexOf('\n', pos - 1) + 1 : Math.max(0, t.indexOf('\n', pos));
      }
      const remove = rand() < 0.3 ? Math.min(length - pos, 1 + Math.floor(rand() * 3)) : 0;
      const insert = remove > 0 && rand() < 0.5 ? '' : pieces[Math.floor(rand() * pieces.length)];
      edits.push({ at: pos, remove, insert });
      length += insert.length - remove;
    }
    const kept = new Engine();
    kept.check(text);
    expect((kept.check(text).draft as BuiltDraft).layout.posts[0].slots.some((s) => s.joined)).toBe(true);
    expectSameAsFresh(text, edits, true);
  }, 120_000);

  it('reports afresh when the settings change: severity, signposting, credentials', () => {
    const engine = new Engine();
    const text = `${example('reply-antibiotics.md')}\n\nAs a consultant, I can tell you this cures it.\n`;
    const layers: Partial<Settings>[] = [
      {}, { rules: { 'personal-advice': 'warning' } }, { signposting: 'Please ask your GP.' },
      { credentials: 'Medical student' }, { jurisdiction: 'us' }, {},
    ];
    const seen = new Set<string>();
    for (const settings of layers) {
      const mine = view(engine.check(text, { settings }));
      expect(mine).toEqual(view(new Engine().check(text, { settings })));
      seen.add(JSON.stringify(mine.findings));
    }
    // Each layer but the last changes what is reported: the comparison above was not vacuous.
    expect(seen.size).toBe(layers.length - 1);
  });

  it('keeps one draft per document: edits to several open drafts do not mix', () => {
    const engine = new Engine();
    const docs = [blog, thread, example('night-shift-post.md'), example('reply-antibiotics.md')];
    const texts = [...docs];
    for (let round = 0; round < 6; round++) {
      texts.forEach((t, i) => {
        const pos = Math.floor(((round + 1) * (i + 3) * 7919) % (t.length + 1));
        texts[i] = t.slice(0, pos) + (round % 2 ? '\n\n' : 'cures ') + t.slice(pos);
        expect(view(engine.check(texts[i]))).toEqual(view(new Engine().check(texts[i])));
      });
    }
  });
});
