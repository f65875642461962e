// Probity for Obsidian: lifecycle only. Settings are loaded and saved, the language server's
// worker started and stopped, the editor extension, commands, settings tab and status bar
// registered. Everything that decides anything lives in plain modules beside this one.
import { editorInfoField, MarkdownView, Notice, Plugin, type Editor } from 'obsidian';
import type { EditorView } from '@codemirror/view';
import { probityEditor } from './editor.js';
import { FindingsStore, statusText } from './findings-store.js';
import { ProbityClient } from './lsp-client.js';
import { ruleList } from './rule-list.js';
import { readSettings, serverSettings, type ProbitySettings } from './settings.js';
import { ProbitySettingTab } from './settings-tab.js';
import { planInsertion, SNIPPET_COMMANDS } from './snippet-commands.js';
import { startWorker } from './worker.js';

const CHECKED = /\.(md|markdown)$/i;

export default class ProbityPlugin extends Plugin {
  override settings: ProbitySettings = readSettings(undefined);
  client!: ProbityClient;
  readonly findings = new FindingsStore();
  private statusEl?: HTMLElement;

  override async onload(): Promise<void> {
    this.settings = readSettings(await this.loadData());
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

    for (const command of SNIPPET_COMMANDS) {
      this.addCommand({
        id: command.id, name: command.name,
        editorCallback: (editor: Editor) => {
          const { from, to, insert, select } = planInsertion(command, this.settings, editor.getValue(), {
            from: editor.posToOffset(editor.getCursor('from')), to: editor.posToOffset(editor.getCursor('to')),
          });
          editor.replaceRange(insert, editor.offsetToPos(from), editor.offsetToPos(to));
          editor.setSelection(editor.offsetToPos(select.from), editor.offsetToPos(select.to));
        },
      });
    }

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
