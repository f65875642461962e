// The soak in a browser: the server's Web Worker build (dist/worker.js, what the Obsidian plugin
// runs) spoken to over postMessage, typed into by the same Typist as the Node modes. The bench
// drives it with page.evaluate: start, sample, finish; the typing itself runs here, on the page's
// own timers, so no round trip to the bench sits between two keystrokes.
import { Typist, TYPING_PAUSE_MS } from './typist.mjs';

const URI = 'app://vault/soak.md';

class WorkerServer {
  constructor() {
    this.worker = new Worker('./worker.js');
    this.nextId = 1;
    this.replies = new Map();
    this.waiters = new Map();
    this.published = 0;
    this.worker.onmessage = ({ data }) => {
      if (data.method === 'textDocument/publishDiagnostics') {
        this.published++;
        const w = this.waiters.get(data.params.version);
        if (w) { this.waiters.delete(data.params.version); w(data.params.diagnostics); }
      } else if (data.method !== undefined && data.id !== undefined) {
        this.worker.postMessage({ jsonrpc: '2.0', id: data.id, result: null }); // registrations and the like
      } else if (data.id !== undefined) {
        this.replies.get(data.id)?.(data);
        this.replies.delete(data.id);
      }
    };
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.replies.set(id, resolve);
      this.worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) { this.worker.postMessage({ jsonrpc: '2.0', method, params }); }

  diagnostics(version) { return new Promise((resolve) => this.waiters.set(version, resolve)); }

  async open(text) {
    await this.request('initialize', { processId: null, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    this.notify('initialized', {});
    const done = this.diagnostics(1);
    this.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text } });
    return done;
  }

  change(version, change) {
    this.notify('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [change] });
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

window.soak = {
  edits: 0,
  async start(text, minutes) {
    this.server = new WorkerServer();
    await this.server.open(text);
    this.typist = new Typist(text);
    this.version = 1;
    const t0 = performance.now(), end = t0 + minutes * 60_000;
    this.typing = (async () => {
      for (let i = 1; t0 + i * TYPING_PAUSE_MS < end; i++) {
        const wait = t0 + i * TYPING_PAUSE_MS - performance.now();
        if (wait > 0) await sleep(wait);
        this.server.change(++this.version, this.typist.next());
        this.edits++;
      }
    })();
  },

  /** The worker's JavaScript heap (and the page's), in bytes. */
  async memory() {
    const m = await performance.measureUserAgentSpecificMemory();
    const bytesOf = (scope) => m.breakdown.filter((b) => b.attribution.some((a) => a.scope === scope)).reduce((n, b) => n + b.bytes, 0);
    return { worker: bytesOf('DedicatedWorkerGlobalScope'), page: bytesOf('Window'), edits: this.edits, published: this.server.published };
  },

  /** Waits for the typing to end, makes one more edit and returns the text and that version's diagnostics. */
  async finish() {
    await this.typing;
    const version = ++this.version;
    const done = this.server.diagnostics(version);
    this.server.change(version, this.typist.next());
    const diagnostics = await done;
    this.server.worker.terminate();
    return { text: this.typist.text, diagnostics, edits: this.edits + 1 };
  },

  /** A fresh worker's diagnostics for `text`, to compare with the long-lived one's. */
  async fresh(text) {
    const server = new WorkerServer();
    const diagnostics = await server.open(text);
    server.worker.terminate();
    return diagnostics;
  },
};
document.body.dataset.ready = 'true';
