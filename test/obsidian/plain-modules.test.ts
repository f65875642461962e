// The plugin's plain modules, without Obsidian or a browser: the sync of CodeMirror changes to the
// server, the reading of the server's hover text, settings, and the first run.
import { ChangeSet, EditorState, Text } from '@codemirror/state';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { contentChanges, editsFor, editsToChanges, toFinding } from '../../clients/obsidian/src/convert.js';
import { readHoverMarkdown } from '../../clients/obsidian/src/hover-markdown.js';
import { readSettings, serverSettings, setRuleEnabled } from '../../clients/obsidian/src/settings.js';
import { isFirstLoad } from '../../clients/obsidian/src/first-run.js';
import { statusText } from '../../clients/obsidian/src/findings-store.js';

describe('document sync', () => {
  it('sends changes the server can replay to reach exactly the editor\'s text', () => {
    const before = 'Night 2 of 4 😴\nAnother frequent flyer.\n\nSee your GP.';
    const state = EditorState.create({ doc: before });
    const tr = state.update({ changes: [
      { from: 0, to: 5, insert: 'Shift' },
      { from: before.indexOf('frequent flyer'), to: before.indexOf('frequent flyer') + 14, insert: 'patient' },
      { from: before.length, insert: '\n\nWritten by Dr A,\nGP.' },
      { from: before.indexOf('😴') + 2, to: before.indexOf('\n'), insert: '' },
    ] });
    const server = TextDocument.create('file:///n.md', 'markdown', 1, before);
    TextDocument.update(server, contentChanges(state.doc, tr.changes), 2);
    expect(server.getText()).toBe(tr.state.doc.toString());
  });

  it('turns a server edit into CodeMirror changes and refuses one made for another version', () => {
    const doc = Text.of(['Use my code LEO20.', '']);
    const edit = { documentChanges: [{ textDocument: { uri: 'u', version: 3 }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '#AD ' }] }] };
    expect(editsFor(edit, 'u', 4)).toBeNull();
    const edits = editsFor(edit, 'u', 3)!;
    const changes = ChangeSet.of(editsToChanges(doc, edits), doc.length);
    expect(changes.apply(doc).toString()).toBe('#AD Use my code LEO20.\n');
  });

  it('gives a point finding something to underline', () => {
    const doc = Text.of(['Hello there.']);
    const f = toFinding(doc, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'm', severity: 2, code: 'credentials' });
    expect([f.from, f.to, f.severity, f.rule]).toEqual([0, 12, 'warning', 'credentials']);
  });
});

describe('hover text', () => {
  it('reads the title, the quote and its citation into one blockquote, as text', () => {
    const blocks = readHoverMarkdown('**Adverts need a label** (`ad-disclosure`)\n\nWhy \\*this\\* matters.\n\n> Must be <b>obviously</b> identifiable.\n>\n> — CAP Code, rule 2.1\n\n> Second quote.');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'quote', 'quote', 'quote']);
    expect(blocks[0].spans).toEqual([{ text: 'Adverts need a label', strong: true }, { text: ' (' }, { text: 'ad-disclosure', code: true }, { text: ')' }]);
    expect(blocks[1].spans.map((s) => s.text).join('')).toBe('Why *this* matters.');
    expect(blocks[2].spans[0].text).toBe('Must be <b>obviously</b> identifiable.');
    expect(blocks[2].group).toBe(blocks[3].group);
    expect(blocks[4].group).not.toBe(blocks[3].group);
  });
});

describe('settings', () => {
  it('falls back to defaults for anything unexpected in data.json', () => {
    const s = readSettings({ jurisdiction: 'fr', platform: 'x', author: 42, interests: 'Glow Clinic\nMy book', disabledRules: ['b', 'a', 'a', 3] });
    expect(s).toMatchObject({ jurisdiction: 'uk', platform: 'x', author: '', disabledRules: ['a', 'b'] });
    expect(serverSettings(s)).toEqual({ jurisdiction: 'uk', platform: 'x', interests: ['Glow Clinic', 'My book'], rules: { a: 'off', b: 'off' } });
    expect(setRuleEnabled(s, 'a', true).disabledRules).toEqual(['b']);
    expect(s.welcomed).toBe(false);
    expect(readSettings({ welcomed: true }).welcomed).toBe(true);
  });

  it('knows a first run by the absence of saved settings', () => {
    expect(isFirstLoad(null)).toBe(true);
    expect(isFirstLoad(undefined)).toBe(true);
    expect(isFirstLoad({})).toBe(false);
  });

  it('words the status bar', () => {
    expect(statusText(undefined)).toBe('');
    expect(statusText({ total: 1, bySeverity: { error: 0, warning: 1, information: 0, hint: 0 } })).toBe('Probity: 1 finding');
  });
});
