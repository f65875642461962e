// For the lifecycle test only: starts the real language server bundle (server/dist/worker.js, the
// file the plugin inlines) in a Node worker thread instead of a browser Web Worker, with a few
// lines standing in for the worker globals it uses (self.onmessage, self.postMessage).
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { PortMessageReader, PortMessageWriter } from 'vscode-languageserver-protocol/node';
import type { Transport } from '../../../clients/obsidian/src/lsp-client.js';

export const WORKER_FILE = join(import.meta.dirname, '..', '..', '..', 'server', 'dist', 'worker.js');

const SHIM = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.postMessage = (message) => parentPort.postMessage(message);
globalThis.addEventListener = () => {};
Object.defineProperty(globalThis, 'onmessage', {
  configurable: true,
  set(handler) { parentPort.on('message', (data) => handler({ data })); },
});
require('node:vm').runInThisContext(require('node:fs').readFileSync(workerData.file, 'utf8'), { filename: workerData.file });
`;

export const threads: { worker: Worker; exited: Promise<number> }[] = [];

export function startWorker(): Transport {
  const worker = new Worker(SHIM, { eval: true, workerData: { file: WORKER_FILE } });
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  threads.push({ worker, exited });
  return {
    reader: new PortMessageReader(worker),
    writer: new PortMessageWriter(worker),
    dispose: () => { void worker.terminate(); },
  };
}
