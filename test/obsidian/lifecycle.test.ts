// The plugin's lifecycle (main.ts and the settings tab) against a STAND-IN for the 'obsidian'
// module (./stand-in/obsidian.ts: the npm package ships types only), with the real language server
// bundle running in a Node worker thread in place of the browser's Web Worker. What is checked is
// what Obsidian and the writer would see: settings read and saved, the editor extension, commands
// and settings tab registered, settings reaching the server, the status bar, and a clean unload.
import { EditorState, type Extension } from '@codemirror/state';
import { RULES } from '@probity/rules';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('obsidian', () => import('./stand-in/obsidian.js'));
vi.mock('../../clients/obsidian/src/worker.js', () => import('./stand-in/node-worker.js'));

const { App, MarkdownView, Notice, TFile } = await import('./stand-in/obsidian.js');
type StandInSetting = import('./stand-in/obsidian.js').Setting;
type StandInElement = import('./stand-in/obsidian.js').StandInElement;
type StandInPlugin = import('./stand-in/obsidian.js').Plugin;
const { threads } = await import('./stand-in/node-worker.js');
// The settings tab lists the rules that build.mjs compiles in; here they come from the registry.
(globalThis as Record<string, unknown>).PROBITY_RULES = RULES.map((r) => ({ id: r.id, title: r.title, severity: r.severity }));
const { default: ProbityPlugin } = await import('../../clients/obsidian/src/main.js');
const { findingsField } = await import('../../clients/obsidian/src/editor.js');
type OpenDocument = import('../../clients/obsidian/src/lsp-client.js').OpenDocument;

const PATH = 'Drafts/serum.md';
const DRAFT = 'My favourite serum is back in stock.\nUse my code LEO20 for 20% off the serum I love.\n';
const LEO20 = { line: 1, character: DRAFT.split('\n')[1].indexOf('LEO20') + 2 };

/** Obsidian's Editor over a plain string: the calls the insert commands make. Also a stand-in. */
class StandInEditor {
  from = 0;
  to = 0;
  constructor(public text: string) {}
  getValue() { return this.text; }
  getCursor(which: 'from' | 'to') { return this.offsetToPos(which === 'from' ? this.from : this.to); }
  posToOffset(pos: { line: number; ch: number }) {
    const lines = this.text.split('\n');
    return lines.slice(0, pos.line).reduce((n, l) => n + l.length + 1, 0) + pos.ch;
  }
  offsetToPos(offset: number) {
    const before = this.text.slice(0, offset).split('\n');
    return { line: before.length - 1, ch: before[before.length - 1].length };
  }
  replaceRange(text: string, from: { line: number; ch: number }, to: { line: number; ch: number }) {
    this.text = this.text.slice(0, this.posToOffset(from)) + text + this.text.slice(this.posToOffset(to));
  }
  setSelection(anchor: { line: number; ch: number }, head: { line: number; ch: number }) {
    this.from = this.posToOffset(anchor);
    this.to = this.posToOffset(head);
  }
  get selection() { return this.text.slice(this.from, this.to); }
}

const app = new App();
const manifest = { id: 'probity', name: 'Probity', version: '0.1.0', minAppVersion: '1.5.0' };
let plugin: InstanceType<typeof ProbityPlugin>;
/** The same object, seen through the stand-in's records of what was registered. */
let rec: StandInPlugin;
let doc: OpenDocument;
let waiting: ((d: Diagnostic[]) => void)[] = [];

/** The next diagnostics the server publishes for the note. */
const nextDiagnostics = () => new Promise<Diagnostic[]>((resolve) => waiting.push(resolve));
const hoverText = async () => {
  const h = await doc.hover(LEO20);
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
};
const settingNamed = (name: string) => {
  const tab = rec.settingTabs[0];
  tab.display();
  return (tab.containerEl.children as StandInSetting[]).find((s) => s.name === name)!;
};

describe('the plugin lifecycle (with a stand-in for the obsidian module)', () => {
  beforeAll(async () => {
    app.pluginData.probity = { jurisdiction: 'ie', author: 'Dr Róisín Byrne', credentials: 'GP in Galway', disabledRules: ['post-length'] };
    plugin = new ProbityPlugin(app as never, manifest as never);
    rec = plugin as unknown as StandInPlugin;
    await rec.load();
    await plugin.client.start();
    doc = plugin.client.open(PATH, DRAFT);
    doc.listener = (_v, d) => { const w = waiting; waiting = []; w.forEach((r) => r(d)); };
  });

  afterAll(async () => { if (rec?.loaded) await rec.unload(); });

  it('loads its settings and registers the extension, commands, settings tab and status bar', async () => {
    expect(plugin.settings).toMatchObject({ jurisdiction: 'ie', author: 'Dr Róisín Byrne', disabledRules: ['post-length'] });
    expect(rec.editorExtensions).toHaveLength(1);
    const state = EditorState.create({ extensions: rec.editorExtensions as Extension[] });
    expect(state.field(findingsField, false)).toEqual(expect.objectContaining({ list: [] }));
    expect(rec.commands.map((c) => c.id)).toEqual([
      'insert-ad-label', 'insert-credentials-line', 'insert-signposting', 'insert-declaration-of-interests',
    ]);
    expect(rec.settingTabs).toHaveLength(1);
    expect(rec.statusBarItems).toHaveLength(1);
    expect(Notice.shown).toEqual([]);
  });

  it('starts the language server and sends it the settings (Irish guidance on hover)', async () => {
    const first = await nextDiagnostics();
    expect(first.map((d) => d.code)).toContain('ad-disclosure');
    expect(await hoverText()).toContain('Guidance for Ireland');
  });

  it('saves a change made in the settings tab and the server re-checks with it', async () => {
    const jurisdiction = settingNamed('Jurisdiction').controls[0];
    expect(jurisdiction.value).toBe('ie');
    expect(Object.keys(jurisdiction.options)).toEqual(['uk', 'ie', 'us']);
    const rechecked = nextDiagnostics();
    await jurisdiction.change('uk');
    await rechecked;
    expect(app.pluginData.probity).toMatchObject({ jurisdiction: 'uk', author: 'Dr Róisín Byrne' });
    expect(await hoverText()).toContain('Guidance for the UK');

    const adRule = RULES.find((r) => r.id === 'ad-disclosure')!;
    const toggle = settingNamed(adRule.title).controls[0];
    expect(toggle.value).toBe(true);
    const withoutRule = nextDiagnostics();
    await toggle.change(false);
    expect((await withoutRule).map((d) => d.code)).not.toContain('ad-disclosure');
    expect(app.pluginData.probity).toMatchObject({ disabledRules: ['ad-disclosure', 'post-length'] });
    expect(settingNamed(adRule.title).controls[0].value).toBe(false);
    expect(settingNamed(RULES.find((r) => r.id === 'post-length')!.title).controls[0].value).toBe(false);
  });

  it('inserts the snippets, filled from the settings, with the first placeholder selected', () => {
    const run = (id: string, editor: StandInEditor) => rec.commands.find((c) => c.id === id)!.editorCallback!(editor);

    const credentials = new StandInEditor('Intro.\n');
    credentials.from = credentials.to = credentials.text.length;
    run('insert-credentials-line', credentials);
    expect(credentials.text).toBe('Intro.\nWritten by Dr Róisín Byrne, GP in Galway.');

    const interests = new StandInEditor('');
    run('insert-declaration-of-interests', interests);
    expect(interests.text).toBe('Declaration of interests: [add your interests]');
    expect(interests.selection).toBe('[add your interests]');

    const thread = new StandInEditor('---\nplatform: x\n---\nFirst post.\n\n---\n\n# Serum\n\nUse my code LEO20.\n');
    thread.from = thread.to = thread.text.indexOf('LEO20');
    run('insert-ad-label', thread);
    expect(thread.text).toBe('---\nplatform: x\n---\nFirst post.\n\n---\n\n# Serum\n\n#AD Use my code LEO20.\n');
  });

  it('shows the active note\'s count in the status bar', () => {
    const status = rec.statusBarItems[0] as StandInElement;
    app.workspace.activeView = new MarkdownView(new TFile(PATH));
    const finding = (severity: 'error' | 'warning') => ({ from: 0, to: 1, severity, rule: 'x', message: 'm', diagnostic: {} as Diagnostic });
    plugin.findings.set(PATH, [finding('error'), finding('warning')]);
    expect(status.text).toBe('Probity: 2 findings (1 error)');
    app.workspace.activeView = new MarkdownView(new TFile('Other.md'));
    app.workspace.trigger('active-leaf-change');
    expect(status.text).toBe('');
    plugin.findings.set('Other.md', []);
    expect(status.text).toBe('Probity: no findings');
  });

  it('stops the server and removes its event handlers on unload', async () => {
    expect(app.workspace.count('active-leaf-change')).toBe(1);
    await rec.unload();
    expect(await threads[0].exited).toBeTypeOf('number');
    expect(threads).toHaveLength(1);
    expect(app.workspace.count('active-leaf-change')).toBe(0);
    expect(app.workspace.count('file-open')).toBe(0);
  });
});
