// The browser build (dist/worker.js, for the Obsidian plugin's Web Worker), loaded into a bare
// JavaScript context with only what a worker has: no require, no process, no Node modules. It is
// spoken to as a worker is, with postMessage in both directions.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const WORKER = new URL('../../server/dist/worker.js', import.meta.url);

function startWorker() {
  const fromWorker: any[] = [];
  const listeners: ((m: any) => void)[] = [];
  const scope: Record<string, any> = {
    console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL,
    postMessage: (m: any) => { fromWorker.push(structuredClone(m)); for (const l of [...listeners]) l(m); },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  scope.self = scope;
  scope.globalThis = scope;
  runInNewContext(readFileSync(WORKER, 'utf8'), scope, { filename: 'worker.js' });
  const send = (m: unknown) => scope.onmessage({ data: structuredClone(m) });
  const next = (test: (m: any) => boolean) => new Promise<any>((resolve) => {
    const seen = fromWorker.find(test);
    if (seen) return resolve(seen);
    const l = (m: any) => { if (test(m)) { listeners.splice(listeners.indexOf(l), 1); resolve(m); } };
    listeners.push(l);
  });
  return { send, next, fromWorker };
}

describe('browser worker build', () => {
  it('needs nothing from Node, and answers initialize, diagnostics and hover over postMessage', async () => {
    expect(readFileSync(WORKER, 'utf8')).not.toMatch(/\brequire\(["']node:|from ["']node:/);
    const w = startWorker();
    w.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { settings: { jurisdiction: 'us' } } } });
    const init = await w.next((m) => m.id === 1);
    expect(init.result.capabilities.positionEncoding).toBe('utf-16');
    w.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    w.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'app://vault/Draft.md', languageId: 'markdown', version: 1, text: 'Use my code GLOW20 for 20% off the serum.\n' } } });
    const pub = await w.next((m) => m.method === 'textDocument/publishDiagnostics');
    expect(pub.params.version).toBe(1);
    expect(pub.params.diagnostics.map((d: any) => d.code)).toEqual(['ad-disclosure']);
    // No probity.json in a browser, and no rule pages to link to unless the client names them.
    expect(pub.params.diagnostics[0].codeDescription).toBeUndefined();
    w.send({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'app://vault/Draft.md' }, position: { line: 0, character: 14 } } });
    const hover = await w.next((m) => m.id === 2);
    expect(hover.result.contents.value).toContain('Guidance for the United States');
  });
});
