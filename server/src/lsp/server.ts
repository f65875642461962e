// The language server's wiring, shared by the Node and the Web Worker entries: one line per
// message, each handler a small function elsewhere that asks the session for the engine's result
// and converts it.
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ErrorCodes,
  ResponseError, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { warmUp } from '@probity/rules';
import { codeActions, FIX_ALL_KIND } from './actions.js';
import { completion } from './completion.js';
import { negotiateEncoding } from './convert.js';
import { publish, pull } from './diagnostics.js';
import { hover } from './hover.js';
import { insert, isInsertKind } from './insert.js';
import { postText } from './post-text.js';
import { INSERT, POST_FOR_PUBLISHING, SUPPRESSIONS } from './protocol.js';
import { Session, type ServerEnv } from './session.js';
import { SETTINGS_SECTION } from './settings.js';
import { suppressions } from './suppressions.js';

declare const PROBITY_VERSION: string;
const VERSION = typeof PROBITY_VERSION === 'string' ? PROBITY_VERSION : '0.0.0-dev';

export type { ServerEnv } from './session.js';

export function createServer(connection: Connection, env: ServerEnv = {}): Session {
  // The rules' patterns compiled before any draft's check, so no hover waits on them (rules/src/util/warm.ts).
  warmUp();
  const session = new Session(connection, env);
  const { documents } = session;
  connection.onInitialize((p) => initialize(session, p));
  connection.onInitialized(() => initialized(session));
  documents.onDidChangeContent((e) => session.schedule(e.document.uri, (a) => publish(session, a)));
  documents.onDidClose((e) => closed(session, e.document.uri));
  connection.onDidChangeConfiguration((p) => refresh(session, () => session.settingsChanged(pushedSection(session, p?.settings))));
  connection.onDidChangeWatchedFiles(() => refresh(session, () => session.configFilesChanged()));
  connection.languages.diagnostics.on(checked(hasDocument, (p) => pull(session, p)));
  connection.onCodeAction(checked(hasRange, (p) => codeActions(session, p)));
  connection.onHover(checked(hasPosition, (p) => hover(session, p)));
  connection.onCompletion(checked(hasPosition, (p) => completion(session, p)));
  connection.onRequest(INSERT, checked(isInsert, (p) => insert(session, p)));
  connection.onRequest(POST_FOR_PUBLISHING, checked(hasPosition, (p) => postText(session, p)));
  connection.onRequest(SUPPRESSIONS, checked(hasDocument, (p) => suppressions(session, p)));
  connection.onShutdown(() => undefined);
  documents.listen(connection);
  connection.listen();
  return session;
}

function initialize(session: Session, params: InitializeParams): InitializeResult {
  session.caps = params.capabilities ?? {};
  session.encoding = negotiateEncoding(session.caps as Parameters<typeof negotiateEncoding>[0]);
  session.useInitOptions(params.initializationOptions);
  const legacyOffsets = !session.caps.general?.positionEncodings && Array.isArray((session.caps as { offsetEncoding?: unknown }).offsetEncoding);
  return {
    capabilities: {
      positionEncoding: session.encoding,
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      completionProvider: { resolveProvider: false },
      ...(session.pullDiagnostics
        ? { diagnosticProvider: { identifier: 'probity', interFileDependencies: false, workspaceDiagnostics: false } }
        : {}),
    },
    serverInfo: { name: 'probity-language-server', version: VERSION },
    ...(legacyOffsets ? { offsetEncoding: session.encoding } : {}),
  } as InitializeResult;
}

function initialized(session: Session): void {
  const { connection, caps, env } = session;
  const node = typeof process === 'object' && process.versions?.node ? `, Node ${process.versions.node}` : '';
  connection.console.info(`Probity language server ${VERSION} started (positions in ${session.encoding}${node}; ${env.configFor ? 'reads probity.json' : 'settings from the editor only'})`);
  if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  }
  if (env.configFor && caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/probity.json' }] });
  }
}

/** The `probity` section of pushed settings, for clients that cannot be asked for it. */
function pushedSection(session: Session, settings: unknown): unknown {
  if (session.canAskSettings || !settings || typeof settings !== 'object') return undefined;
  return (settings as Record<string, unknown>)[SETTINGS_SECTION];
}

/** Settings or probity.json changed: every open draft is checked again. */
function refresh(session: Session, change: () => void): void {
  change();
  if (session.pullDiagnostics) {
    if (session.caps.workspace?.diagnostics?.refreshSupport) void session.connection.languages.diagnostics.refresh();
    return;
  }
  for (const doc of session.documents.all()) session.schedule(doc.uri, (a) => publish(session, a));
}

function closed(session: Session, uri: string): void {
  session.forget(uri);
  if (!session.pullDiagnostics) void session.connection.sendDiagnostics({ uri, diagnostics: [] });
}

// Malformed params get InvalidParams rather than a crash deep in a handler.
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isPosition = (x: unknown) => isObject(x) && Number.isInteger(x.line) && Number.isInteger(x.character)
  && (x.line as number) >= 0 && (x.character as number) >= 0;
const hasDocument = (p: unknown) => isObject(p) && isObject(p.textDocument) && typeof p.textDocument.uri === 'string';
const hasPosition = (p: unknown) => hasDocument(p) && isPosition((p as Record<string, unknown>).position);
const hasRange = (p: unknown) => {
  const r = isObject(p) ? p.range : undefined;
  return hasDocument(p) && isObject(r) && isPosition(r.start) && isPosition(r.end);
};
const isInsert = (p: unknown) => hasRange(p) && isInsertKind((p as Record<string, unknown>).kind);

function checked<P, R>(valid: (p: unknown) => boolean, handler: (p: P) => Promise<R>): (p: P) => Promise<R> {
  return (params) => {
    if (!valid(params)) throw new ResponseError(ErrorCodes.InvalidParams, 'Probity: malformed request parameters');
    return handler(params);
  };
}
