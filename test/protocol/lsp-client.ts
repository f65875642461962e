// A small LSP client for the protocol tests: a real JSON-RPC connection (vscode-languageserver-protocol)
// to the built server over stdio, or to an in-process server over streams. It keeps its own copy of
// each document, applies edits the way an editor would, and waits for notifications by event.
import { spawn, fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
  type MessageReader, type MessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type {
  ClientCapabilities, InitializeResult, Position, Range, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';

export const SERVER_BIN = fileURLToPath(new URL('../../server/bin/probity-language-server.js', import.meta.url));

export type Encoding = 'utf-8' | 'utf-16' | 'utf-32';

interface Note { method: string; params: any }

/** Column units of one character in an encoding, computed independently of the server's code. */
const units = (ch: string, enc: Encoding) => (enc === 'utf-8' ? Buffer.byteLength(ch, 'utf8') : enc === 'utf-16' ? ch.length : 1);

export function offsetAt(text: string, pos: Position, enc: Encoding): number {
  let lineStart = 0;
  for (let l = 0; l < pos.line; l++) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) return text.length;
    lineStart = nl + 1;
  }
  let i = lineStart, col = 0;
  for (const ch of text.slice(lineStart)) {
    if (ch === '\n' || ch === '\r' || col >= pos.character) break;
    col += units(ch, enc);
    i += ch.length;
  }
  return i;
}

export function positionAt(text: string, offset: number, enc: Encoding): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const lineText = before.slice(before.lastIndexOf('\n') + 1);
  let character = 0;
  for (const ch of lineText) character += units(ch, enc);
  return { line, character };
}

export function applyTextEdits(text: string, edits: TextEdit[], enc: Encoding): string {
  const spans = edits.map((e) => ({ start: offsetAt(text, e.range.start, enc), end: offsetAt(text, e.range.end, enc), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  for (const s of spans) text = text.slice(0, s.start) + s.newText + text.slice(s.end);
  return text;
}

export const BASE_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
  },
};

export class TestClient {
  readonly notes: Note[] = [];
  readonly configurationRequests: any[] = [];
  readonly registrations: any[] = [];
  /** What the client answers to workspace/configuration for the `probity` section. */
  settings: Record<string, unknown> = {};
  encoding: Encoding = 'utf-16';
  stderr = '';
  private readonly waiters: { from: number; test: (n: Note) => boolean; resolve: (n: Note) => void }[] = [];
  private readonly docs = new Map<string, { text: string; version: number }>();

  constructor(readonly conn: ProtocolConnection, readonly proc?: ChildProcess) {
    // Every notification from the server lands here: the client registers no handler of its own.
    conn.onUnhandledNotification(({ method, params }) => {
      const note = { method, params: params as any };
      this.notes.push(note);
      for (const w of [...this.waiters]) {
        if (w.test(note)) { this.waiters.splice(this.waiters.indexOf(w), 1); w.resolve(note); }
      }
    });
    conn.onRequest('workspace/configuration', (params: any) => {
      this.configurationRequests.push(params);
      return params.items.map((item: { section?: string }) => (item.section === 'probity' ? this.settings : null));
    });
    conn.onRequest('client/registerCapability', (params: any) => { this.registrations.push(...params.registrations); return null; });
    conn.onRequest('workspace/diagnostic/refresh', () => null);
    conn.onRequest('window/showMessageRequest', () => null);
    conn.listen();
  }

  /** The server over stdio; `nodeArgs` go to Node, before the script. */
  static spawnStdio(nodeArgs: string[] = []): TestClient {
    const proc = spawn(process.execPath, [...nodeArgs, SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new TestClient(createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!)), proc);
    proc.stderr!.on('data', (d) => { client.stderr += String(d); });
    return client;
  }

  static forkIpc(): TestClient {
    const proc = fork(SERVER_BIN, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    return new TestClient(createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc)), proc);
  }

  static over(reader: MessageReader, writer: MessageWriter): TestClient {
    return new TestClient(createProtocolConnection(reader, writer));
  }

  async initialize(capabilities: ClientCapabilities = BASE_CAPABILITIES, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.conn.sendRequest<InitializeResult>('initialize', {
      processId: null, rootUri: null, capabilities, initializationOptions, workspaceFolders: null,
    });
    this.encoding = (result.capabilities.positionEncoding as Encoding | undefined) ?? 'utf-16';
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** The first notification from index `from` on that passes `test`, already received or still to come. */
  waitFor(method: string, test: (params: any) => boolean = () => true, from = 0): Promise<any> {
    const match = (n: Note) => n.method === method && test(n.params);
    const seen = this.notes.slice(from).find(match);
    if (seen) return Promise.resolve(seen.params);
    return new Promise((resolve, reject) => {
      const waiter = { from, test: match, resolve: (n: Note) => { clearTimeout(timer); resolve(n.params); } };
      // Not a sleep: a deadline so a missing notification fails with a message instead of a hang.
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no ${method} notification arrived; got: ${this.notes.map((n) => n.method).join(', ')}\n${this.stderr}`));
      }, 20_000);
      this.waiters.push(waiter);
    });
  }

  diagnostics(uri: string, version: number): Promise<any[]> {
    return this.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version).then((p) => p.diagnostics);
  }

  /** Diagnostics published after now (for re-checks of an unchanged version). */
  nextDiagnostics(uri: string): Promise<any[]> {
    return this.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, this.notes.length).then((p) => p.diagnostics);
  }

  text(uri: string): string { return this.docs.get(uri)!.text; }
  version(uri: string): number { return this.docs.get(uri)!.version; }

  async open(uri: string, text: string): Promise<void> {
    this.docs.set(uri, { text, version: 1 });
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /** Sends edits as incremental changes (latest first, so each range still means the same text). */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const doc = this.docs.get(uri)!;
    const ordered = [...edits].sort((a, b) => offsetAt(doc.text, b.range.start, this.encoding) - offsetAt(doc.text, a.range.start, this.encoding));
    const contentChanges = ordered.map((e) => ({ range: e.range, text: e.newText }));
    doc.text = applyTextEdits(doc.text, edits, this.encoding);
    doc.version++;
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges });
    return doc.version;
  }

  /** Applies a WorkspaceEdit as an editor would: refuses one made for another version of the text. */
  async applyWorkspaceEdit(edit: WorkspaceEdit, uri: string): Promise<{ edits: TextEdit[]; version: number }> {
    let edits: TextEdit[] = [];
    if (edit.documentChanges) {
      for (const dc of edit.documentChanges as any[]) {
        if (dc.textDocument.uri !== uri) throw new Error(`edit for another document: ${dc.textDocument.uri}`);
        if (dc.textDocument.version !== this.version(uri)) throw new Error(`edit for version ${dc.textDocument.version}, text is at ${this.version(uri)}`);
        edits.push(...dc.edits);
      }
    } else {
      edits = edit.changes?.[uri] ?? [];
    }
    const version = await this.edit(uri, edits);
    return { edits, version };
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest<R>(method, params);
  }

  /** shutdown then exit; resolves with the process's exit code. */
  async shutdown(): Promise<number | null> {
    await this.conn.sendRequest('shutdown');
    const exited = this.proc ? new Promise<number | null>((r) => this.proc!.once('exit', (code) => r(code))) : Promise.resolve(null);
    await this.conn.sendNotification('exit');
    const code = await exited;
    this.conn.dispose();
    return code;
  }

  kill(): void {
    this.conn.dispose();
    if (this.proc && this.proc.exitCode === null) this.proc.kill();
  }
}

export const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
