// Starts the language server's browser build (server/dist/worker.js, inlined into main.js at
// build time) in a Web Worker from a Blob URL: a plugin is one main.js file, and a Blob worker
// needs no file access, so it runs on Obsidian mobile as on desktop.
import source from 'probity:worker-source';
import { BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageserver-protocol/browser';
import type { Transport } from './lsp-client.js';

export function startWorker(): Transport {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url, { name: 'probity-language-server' });
  return {
    reader: new BrowserMessageReader(worker),
    writer: new BrowserMessageWriter(worker),
    dispose() {
      worker.terminate();
      // Revoked only now: the worker may still be fetching its script just after construction.
      URL.revokeObjectURL(url);
    },
  };
}
