// The plugin's lifecycle (main.ts and the settings tab) against a STAND-IN for the 'obsidian'
// module (./stand-in/obsidian.ts: the npm package ships types only), with the real language server
// bundle running in a Node worker thread in place of the browser's Web Worker. What is checked is
// what Obsidian and the writer would see: settings read and saved, the editor extension, commands
// and settings tab registered, settings reaching the server, the status bar, and a clean unload.
import { readFileSync } from 'node:fs';
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
const { FIRST_LOAD_NOTICE, WELCOME } = await import('../../clients/obsidian/src/first-run.js');
type OpenDocument = import('../../clients/obsidian/src/lsp-client.js').OpenDocument;

const PATH = 'Drafts/serum.md';
const DRAFT = 'My favourite serum is back in stock.\nUse my code LEO20 for 20% off the serum I love.\n';
const LEO20 = { line: 1, character: DRAFT.split('\n')[1].indexOf('LEO20') + 2 };

const app = new App();
const manifest = JSON.parse(readFileSync(new URL('../../clients/obsidian/manifest.json', import.meta.url), 'utf8'));
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
    app.pluginData.probity = { jurisdiction: 'ie', author: 'Dr Róisín Byrne', credentials: 'GP in Galway', disabledRules: ['post-length'], welcomed: true };
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
      'insert-ad-label', 'insert-credentials-line', 'insert-signposting', 'insert-declaration-of-interests', 'copy-post-for-publishing',
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

describe('the first run (no saved settings yet)', () => {
  it('says where to set Probity up, and the settings tab opens once with a welcome', async () => {
    const fresh = new App();
    const first = new ProbityPlugin(fresh as never, manifest as never);
    const r = first as unknown as StandInPlugin;
    Notice.shown = [];
    await r.load();
    try {
      expect(Notice.shown).toEqual([FIRST_LOAD_NOTICE]);
      const tab = r.settingTabs[0];
      tab.display();
      const welcome = (tab.containerEl.children as StandInSetting[])[0];
      expect(welcome).toMatchObject({ name: WELCOME.title, desc: WELCOME.text, heading: true });
      expect((tab.containerEl.children as StandInSetting[])[1].name).toBe('Jurisdiction');
      await vi.waitFor(() => expect(fresh.pluginData.probity).toMatchObject({ welcomed: true }));
      tab.display();
      expect((tab.containerEl.children as StandInSetting[]).map((x) => x.name)).not.toContain(WELCOME.title);
    } finally {
      await r.unload();
    }
    // Loaded again, with its settings saved: no notice this time.
    Notice.shown = [];
    const again = new ProbityPlugin(fresh as never, manifest as never) as unknown as StandInPlugin;
    await again.load();
    await again.unload();
    expect(Notice.shown).toEqual([]);
  });
});
