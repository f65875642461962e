// Probity for Obsidian: lifecycle only. Settings are loaded and saved, the language server's
// worker started and stopped, the editor extension, commands, settings tab and status bar
// registered. Everything that decides anything lives in plain modules beside this one.
import { editorInfoField, MarkdownView, Notice, Plugin, type Editor } from 'obsidian';
import type { EditorView } from '@codemirror/view';
import { copyPostForPublishing, insertFromServer, probityEditor } from './editor.js';
import { FIRST_LOAD_NOTICE, isFirstLoad } from './first-run.js';
import { FindingsStore, statusText } from './findings-store.js';
import { ProbityClient } from './lsp-client.js';
import { ruleList } from './rule-list.js';
import { readSettings, serverSettings, type ProbitySettings } from './settings.js';
import { ProbitySettingTab } from './settings-tab.js';
import { COPY_POST_COMMAND, INSERT_COMMANDS } from './snippet-commands.js';
import { startWorker } from './worker.js';

const CHECKED = /\.(md|markdown)$/i;

// Obsidian's Editor wraps CodeMirror 6; its EditorView is `editor.cm`, as Obsidian's own docs on
// editor extensions show (it is not in the typings).
const cmOf = (editor: Editor): EditorView => (editor as unknown as { cm: EditorView }).cm;

export default class ProbityPlugin extends Plugin {
  override settings: ProbitySettings = readSettings(undefined);
  client!: ProbityClient;
  readonly findings = new FindingsStore();
  private statusEl?: HTMLElement;

  override async onload(): Promise<void> {
    const saved: unknown = await this.loadData();
    this.settings = readSettings(saved);
    if (isFirstLoad(saved)) new Notice(FIRST_LOAD_NOTICE, 15_000);
    this.client = new ProbityClient({
      connect: startWorker,
      settings: () => serverSettings(this.settings),
      showMessage: (message) => new Notice(message),
    });
    void this.client.start().catch((e: unknown) => new Notice(`Probity could not start its checker: ${String(e)}`));

    this.registerEditorExtension(probityEditor({
      client: this.client,
      fileOf: (view: EditorView) => {
        const path = view.state.field(editorInfoField, false)?.file?.path;
        return path && CHECKED.test(path) ? path : null;
      },
      onFindings: (path, list) => this.findings.set(path, list),
    }));

    for (const command of INSERT_COMMANDS) {
      this.addCommand({
        id: command.id, name: command.name,
        editorCallback: (editor: Editor) => {
          void insertFromServer(cmOf(editor), command.kind).then((why) => { if (why) new Notice(why); }, (e: unknown) => new Notice(`Probity: ${String(e)}`));
        },
      });
    }
    this.addCommand({
      id: COPY_POST_COMMAND.id, name: COPY_POST_COMMAND.name,
      editorCallback: (editor: Editor) => {
        void copyPostForPublishing(cmOf(editor)).then((message) => new Notice(message), (e: unknown) => new Notice(`Probity: ${String(e)}`));
      },
    });

    this.addSettingTab(new ProbitySettingTab(this.app, this, ruleList()));

    this.statusEl = this.addStatusBarItem();
    this.statusEl.addClass('probity-status');
    this.register(this.findings.onChange(() => this.updateStatus()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.updateStatus()));
    this.registerEvent(this.app.workspace.on('file-open', () => this.updateStatus()));
    this.updateStatus();
  }

  override async onunload(): Promise<void> {
    await this.client?.stop();
    this.findings.clear();
  }

  async saveSettings(next: ProbitySettings): Promise<void> {
    this.settings = readSettings(next);
    await this.saveData(this.settings);
    this.client.settingsChanged();
  }

  updateStatus(): void {
    const path = this.app.workspace.getActiveViewOfType(MarkdownView)?.file?.path;
    this.statusEl?.setText(path ? statusText(this.findings.get(path)) : '');
  }
}
