// The plugin's side of LSP: one connection to the Probity language server, the open notes and
// their versions, diagnostics fanned out to the editors that show them, and the `probity`
// settings section answered from the plugin's settings. Plain module: no Obsidian, no DOM.
//
// Why vscode-jsonrpc (through vscode-languageserver-protocol) rather than @codemirror/lsp-client:
// the server's worker entry speaks vscode-jsonrpc's browser transport, so both ends share one
// framing; and @codemirror/lsp-client needs @codemirror/state ^6.5.2 while Obsidian pins 6.5.0, and
// would bring its own tooltips, lint panel and Markdown renderer where the plugin wants Obsidian's
// look. The transport itself is passed in (see worker.ts), so this module runs in tests too.
import {
  ApplyWorkspaceEditRequest, CodeActionRequest, ConfigurationRequest, DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  ExitNotification, HoverRequest, InitializedNotification, InitializeRequest, LogMessageNotification,
  PublishDiagnosticsNotification, RegistrationRequest, RequestType, ShowMessageNotification, ShutdownRequest,
  UnregistrationRequest, WorkDoneProgressCreateRequest, createProtocolConnection,
  type CodeAction, type Command, type Diagnostic, type Hover, type MessageReader, type MessageWriter,
  type Position, type ProtocolConnection, type Range, type ServerCapabilities,
  type TextDocumentContentChangeEvent, type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import {
  INSERT, POST_FOR_PUBLISHING, type InsertKind, type InsertParams, type InsertResult, type PostForPublishingParams,
  type PostForPublishingResult,
} from '../../../server/src/lsp/protocol.js';
import type { ServerSettings } from './settings.js';

export interface Transport { reader: MessageReader; writer: MessageWriter; dispose(): void }

export interface ClientOptions {
  /** Starts the server and returns the channel to it (a Web Worker in the plugin). */
  connect(): Transport;
  settings(): ServerSettings;
  /** Messages the server wants the writer to see (an invalid setting, a rule that failed). */
  showMessage?(message: string, type: number): void;
  log?(message: string): void;
}

export interface DiagnosticsListener { (version: number | undefined, diagnostics: Diagnostic[]): void }

/** One open note, as the server knows it. `version` goes up by one with every change sent. */
export class OpenDocument {
  version = 1;
  listener?: DiagnosticsListener;
  /** Applies a workspace edit the server asks for (workspace/applyEdit) to this note's editor. */
  applyEdit?: (edit: WorkspaceEdit) => boolean;
  constructor(readonly uri: string, readonly path: string, private readonly client: ProbityClient) {}

  change(changes: TextDocumentContentChangeEvent[]): void {
    if (changes.length === 0) return;
    this.version++;
    this.client.notify(DidChangeTextDocumentNotification.type, { textDocument: { uri: this.uri, version: this.version }, contentChanges: changes });
  }

  hover(position: Position): Promise<Hover | null> {
    return this.client.request<Hover | null>(HoverRequest.type, { textDocument: { uri: this.uri }, position });
  }

  async codeActions(range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const result = await this.client.request<(Command | CodeAction)[] | null>(CodeActionRequest.type, {
      textDocument: { uri: this.uri }, range, context: { diagnostics, only: ['quickfix'] },
    });
    return (result ?? []).filter((a): a is CodeAction => !isCommand(a));
  }

  /** The server's edit for an insert command (the same place and text as in every editor). */
  insert(kind: InsertKind, range: Range): Promise<InsertResult | null> {
    const params: InsertParams = { textDocument: { uri: this.uri }, kind, range };
    return this.client.request<InsertResult | null>(new RequestType<InsertParams, InsertResult | null, void>(INSERT), params);
  }

  /** The post under `position`, as it goes on the platform. */
  postForPublishing(position: Position): Promise<PostForPublishingResult | null> {
    const params: PostForPublishingParams = { textDocument: { uri: this.uri }, position };
    return this.client.request<PostForPublishingResult | null>(new RequestType<PostForPublishingParams, PostForPublishingResult | null, void>(POST_FOR_PUBLISHING), params);
  }

  close(): void { this.client.close(this); }
}

const isCommand = (a: Command | CodeAction): a is Command => typeof (a as Command).command === 'string';

export class ProbityClient {
  private connection?: ProtocolConnection;
  private transport?: Transport;
  private ready?: Promise<void>;
  private readonly docs = new Map<string, OpenDocument>();
  capabilities?: ServerCapabilities;

  constructor(private readonly options: ClientOptions) {}

  get started(): boolean { return this.ready !== undefined; }

  start(): Promise<void> {
    if (this.ready) return this.ready;
    const transport = this.options.connect();
    const c = createProtocolConnection(transport.reader, transport.writer);
    this.transport = transport;
    this.connection = c;
    c.onNotification(PublishDiagnosticsNotification.type, (p) => this.docs.get(p.uri)?.listener?.(p.version, p.diagnostics));
    c.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => {
      if (item.section === 'probity') return this.options.settings();
      return item.section ? null : { probity: this.options.settings() };
    }));
    c.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      const applied = [...this.docs.values()].some((d) => d.applyEdit?.(p.edit) ?? false);
      return applied ? { applied } : { applied, failureReason: 'Probity: the note is not open in an editor' };
    });
    c.onRequest(RegistrationRequest.type, () => undefined);
    c.onRequest(UnregistrationRequest.type, () => undefined);
    c.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    c.onNotification(ShowMessageNotification.type, (p) => this.options.showMessage?.(p.message, p.type));
    c.onNotification(LogMessageNotification.type, (p) => this.options.log?.(p.message));
    c.listen();
    this.ready = c.sendRequest(InitializeRequest.type, {
      processId: null, rootUri: null, workspaceFolders: null,
      clientInfo: { name: 'Probity for Obsidian' },
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: false, willSave: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
        },
      },
    }).then((result) => {
      this.capabilities = result.capabilities;
      void c.sendNotification(InitializedNotification.type, {});
    });
    return this.ready;
  }

  /** Polite shutdown; a server that does not answer within `graceMs` is stopped anyway. */
  async stop(graceMs = 1000): Promise<void> {
    const c = this.connection, t = this.transport;
    if (!c || !t) return;
    this.connection = undefined;
    this.transport = undefined;
    this.ready = undefined;
    this.docs.clear();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        c.sendRequest(ShutdownRequest.type).then(() => c.sendNotification(ExitNotification.type)),
        new Promise((resolve) => { timer = setTimeout(resolve, graceMs); }),
      ]);
    } catch { /* the server is going away either way */ } finally {
      clearTimeout(timer);
      c.dispose();
      t.dispose();
    }
  }

  /**
   * Opens a note. Two editors on one note (a split pane) each get their own document, with a
   * query added to the URI, because each editor numbers its own versions.
   */
  open(path: string, text: string): OpenDocument {
    const base = `file:///${path.split('/').map(encodeURIComponent).join('/')}`;
    let uri = base;
    for (let n = 2; this.docs.has(uri); n++) uri = `${base}?pane=${n}`;
    const doc = new OpenDocument(uri, path, this);
    this.docs.set(uri, doc);
    this.notify(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: doc.version, text } });
    return doc;
  }

  close(doc: OpenDocument): void {
    if (this.docs.get(doc.uri) !== doc) return;
    this.docs.delete(doc.uri);
    this.notify(DidCloseTextDocumentNotification.type, { textDocument: { uri: doc.uri } });
  }

  /** The settings changed: the server asks for them again and re-checks every open note. */
  settingsChanged(): void {
    this.notify(DidChangeConfigurationNotification.type, { settings: { probity: this.options.settings() } });
  }

  // Every message waits for the initialize handshake; `then` callbacks run in the order they were
  // registered, so notifications reach the server in the order the editor produced them. Before
  // start() and after stop() there is no server, and editors' messages are dropped.
  notify<P>(type: { method: string } & object, params: P): void {
    const { ready, connection } = this;
    if (!ready || !connection) return;
    void ready.then(() => connection.sendNotification(type as never, params as never));
  }

  async request<R>(type: { method: string } & object, params: unknown): Promise<R> {
    const { ready, connection } = this;
    if (!ready || !connection) throw new Error('Probity: the language server is not running');
    await ready;
    return connection.sendRequest(type as never, params as never) as Promise<R>;
  }
}
