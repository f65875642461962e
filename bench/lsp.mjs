// A minimal LSP client for the benchmark: spawns the built server (`server/dist/server.js --stdio`),
// speaks JSON-RPC to it with vscode-languageserver-protocol, and resolves when diagnostics for a
// given document version are published.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

export class LspServer {
  /**
   * Spawns the server with Node's arguments `nodeArgs` (the VS Code extension's, `serverNodeArgs()`);
   * `startedAt` is taken just before the spawn, for cold-start timing; `env` is the process's environment.
   */
  constructor(serverPath, nodeArgs = [], env = process.env) {
    this.startedAt = performance.now();
    this.proc = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => { this.stderr += d; });
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.waiters = new Map();
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const at = performance.now();
      const key = `${p.uri}#${p.version}`;
      const w = this.waiters.get(key);
      if (w) { this.waiters.delete(key); w({ at, count: p.diagnostics.length, diagnostics: p.diagnostics }); }
    });
    // Answer anything the server asks (configuration, registrations) with nothing.
    this.conn.onRequest(() => null);
    this.conn.onNotification(() => undefined);
    this.conn.listen();
  }

  get pid() { return this.proc.pid; }

  async initialize() {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid, rootUri: null, workspaceFolders: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } } },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the time the diagnostics of `uri` at `version` arrived. */
  diagnostics(uri, version, timeoutMs = 60_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.set(`${uri}#${version}`, (v) => { clearTimeout(timer); resolve(v); });
    });
  }

  open(uri, text, version = 1) {
    const done = this.diagnostics(uri, version);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    return done;
  }

  change(uri, version, changes) {
    const done = this.diagnostics(uri, version);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return done;
  }

  /** Peak and current resident set size of the server process, in MB (Linux /proc). */
  memory() {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 };
  }

  async stop() {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch { /* already gone */ }
    const exited = new Promise((r) => this.proc.once('exit', r));
    setTimeout(() => this.proc.kill(), 2000).unref();
    await exited;
    this.conn.dispose();
  }
}

/** LSP position (UTF-16) of an offset, from a sorted array of line starts. */
export function positionOf(lineStarts, offset) {
  let lo = 0, hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

export function lineStartsOf(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
