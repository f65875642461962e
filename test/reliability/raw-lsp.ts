// A deliberately raw LSP client: it writes frames by hand (so it can also write broken ones) to the
// built server (`node server/bin/probity-language-server.js --stdio`) and reads what comes back.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const SERVER = join(ROOT, 'server', 'bin', 'probity-language-server.js');

export interface Message { jsonrpc: '2.0'; id?: number | string | null; method?: string; params?: any; result?: any; error?: { code: number; message: string } }

export class RawLsp {
  readonly child: ChildProcessWithoutNullStreams;
  readonly received: Message[] = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  readonly exited: Promise<number | null>;

  constructor(execArgv: string[] = [], env: NodeJS.ProcessEnv = process.env) {
    this.child = spawn(process.execPath, [...execArgv, SERVER, '--stdio'], { cwd: ROOT, env });
    this.child.stdout.on('data', (d: Buffer) => this.read(d));
    this.child.stderr.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  private read(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      const message = JSON.parse(body) as Message;
      this.received.push(message);
      // The server asks for settings; answer as an editor with none would.
      if (message.method === 'workspace/configuration' && message.id !== undefined) {
        this.send({ jsonrpc: '2.0', id: message.id, result: (message.params?.items ?? []).map(() => null) });
      } else if (message.method === 'client/registerCapability' && message.id !== undefined) {
        this.send({ jsonrpc: '2.0', id: message.id, result: null });
      }
      this.waiters = this.waiters.filter((w) => { if (w.test(message)) { w.resolve(message); return false; } return true; });
    }
  }

  /** Writes bytes as they are: for broken frames. */
  writeRaw(bytes: string | Buffer): void { this.child.stdin.write(bytes); }

  send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  notify(method: string, params: unknown): void { this.send({ jsonrpc: '2.0', method, params }); }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    const reply = this.waitFor((m) => m.id === id && m.method === undefined);
    this.send({ jsonrpc: '2.0', id, method, params });
    return reply;
  }

  waitFor(test: (m: Message) => boolean, timeoutMs = 60_000): Promise<Message> {
    const already = this.received.find(test);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message within ${timeoutMs} ms; stderr: ${this.stderr.slice(-2000)}`)), timeoutMs);
      this.waiters.push({ test, resolve: (m) => { clearTimeout(timer); resolve(m); } });
    });
  }

  /** The next diagnostics published for `uri` at `version`. */
  diagnostics(uri: string, version: number, timeoutMs?: number): Promise<Message> {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version, timeoutMs);
  }

  async initialize(capabilities: object = {}): Promise<Message> {
    const r = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities });
    this.notify('initialized', {});
    return r;
  }

  async shutdown(): Promise<number | null> {
    if (this.child.exitCode === null) {
      await this.request('shutdown', null);
      this.notify('exit', null);
    }
    return this.exited;
  }

  kill(): void { if (this.child.exitCode === null) this.child.kill(); }
}
