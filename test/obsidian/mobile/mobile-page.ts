// The mobile test's page: the released main.js loaded as Obsidian loads a plugin (its text run with
// `module`, `exports` and a `require` that hands out what Obsidian provides), against the DOM
// stand-in for the 'obsidian' module, in a phone-shaped screen: a note's editor made with the
// plugin's editor extension, a command list and a settings screen, opened by tapping.
import * as commands from '@codemirror/commands';
import * as state from '@codemirror/state';
import * as view from '@codemirror/view';
import * as obsidian from '../stand-in/obsidian-dom.js';

declare global {
  interface Window {
    probity: { view: view.EditorView; app: obsidian.App; notices: string[] };
  }
}

const provided: Record<string, unknown> = { obsidian, '@codemirror/commands': commands, '@codemirror/state': state, '@codemirror/view': view };

async function main() {
  obsidian.addDomHelpers();
  const [code, manifest] = await Promise.all([fetch('main.js').then((r) => r.text()), fetch('manifest.json').then((r) => r.json())]);
  const module = { exports: {} as { default: new (app: obsidian.App, manifest: unknown) => obsidian.Plugin } };
  const require = (name: string) => {
    if (!(name in provided)) throw new Error(`main.js required '${name}', which is not provided here`);
    return provided[name];
  };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);

  const app = new obsidian.App();
  const plugin = new module.exports.default(app, manifest);
  await plugin.load();

  const file = new obsidian.TFile('Drafts/serum.md');
  const editor = new view.EditorView({
    parent: document.getElementById('editor')!,
    state: state.EditorState.create({
      doc: '',
      extensions: [
        commands.history(), view.keymap.of([...commands.historyKeymap, ...commands.defaultKeymap]), view.EditorView.lineWrapping,
        obsidian.editorInfoField.init(() => ({ file })), ...(plugin.editorExtensions as state.Extension[]),
      ],
    }),
  });
  app.workspace.activeView = new obsidian.MarkdownView(file);

  // The command list, as the palette shows it: each command by name, run on the note's editor.
  const list = document.getElementById('command-list')!;
  for (const command of plugin.commands) {
    const item = document.createElement('button');
    item.className = 'suggestion-item';
    item.textContent = `Probity: ${command.name}`;
    item.addEventListener('click', () => {
      document.body.classList.remove('show-commands');
      void command.editorCallback?.({ cm: editor });
    });
    list.append(item);
  }
  document.getElementById('open-commands')!.addEventListener('click', () => document.body.classList.add('show-commands'));

  // The settings screen: the plugin's tab, drawn afresh each time it opens, as Obsidian does.
  const tab = plugin.settingTabs[0];
  document.getElementById('settings-body')!.append(tab.containerEl as unknown as HTMLElement);
  document.getElementById('open-settings')!.addEventListener('click', () => { tab.display(); document.body.classList.add('show-settings'); });
  document.getElementById('close-settings')!.addEventListener('click', () => document.body.classList.remove('show-settings'));

  window.probity = { view: editor, app, notices: obsidian.Notice.shown };
  document.body.dataset.ready = 'true';
}

main().catch((e) => { document.body.dataset.error = String(e?.stack ?? e); });
