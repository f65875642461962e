// The browser test's page: a bare CodeMirror 6 editor (the @codemirror versions Obsidian ships)
// with the plugin's editor extension, talking to the language server in a Blob Web Worker exactly
// as the plugin does. Obsidian itself is not here; this is the part of the plugin that runs in it.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { copyPostForPublishing, insertFromServer, probityEditor } from '../../../clients/obsidian/src/editor.js';
import { ProbityClient } from '../../../clients/obsidian/src/lsp-client.js';
import { readSettings, serverSettings } from '../../../clients/obsidian/src/settings.js';
import { startWorker } from '../../../clients/obsidian/src/worker.js';

declare global {
  interface Window {
    probity: {
      view: EditorView; client: ProbityClient; counts: Record<string, number>;
      /** What the plugin's commands run on the editor (main.ts passes them Obsidian's editor.cm). */
      insert: typeof insertFromServer; copyPost: typeof copyPostForPublishing;
    };
  }
}

async function main() {
  const settings = readSettings({ jurisdiction: 'uk' });
  const client = new ProbityClient({ connect: startWorker, settings: () => serverSettings(settings) });
  await client.start();
  const counts: Record<string, number> = {};
  const view = new EditorView({
    parent: document.getElementById('editor')!,
    state: EditorState.create({
      doc: '',
      extensions: [
        history(), keymap.of([...historyKeymap, ...defaultKeymap]), EditorView.lineWrapping,
        probityEditor({ client, fileOf: () => 'Drafts/serum.md', onFindings: (path, list) => { counts[path] = list.length; } }),
      ],
    }),
  });
  window.probity = { view, client, counts, insert: insertFromServer, copyPost: copyPostForPublishing };
  document.body.dataset.ready = 'true';
}

main().catch((e) => { document.body.dataset.error = String(e?.stack ?? e); });
