import { type CodeAction, type Diagnostic, type Hover, type MessageReader, type MessageWriter, type Position, type Range, type ServerCapabilities, type TextDocumentContentChangeEvent, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { ServerSettings } from './settings.js';
export interface Transport {
    reader: MessageReader;
    writer: MessageWriter;
    dispose(): void;
}
export interface ClientOptions {
    /** Starts the server and returns the channel to it (a Web Worker in the plugin). */
    connect(): Transport;
    settings(): ServerSettings;
    /** Messages the server wants the writer to see (an invalid setting, a rule that failed). */
    showMessage?(message: string, type: number): void;
    log?(message: string): void;
}
export interface DiagnosticsListener {
    (version: number | undefined, diagnostics: Diagnostic[]): void;
}
/** One open note, as the server knows it. `version` goes up by one with every change sent. */
export declare class OpenDocument {
    readonly uri: string;
    readonly path: string;
    private readonly client;
    version: number;
    listener?: DiagnosticsListener;
    /** Applies a workspace edit the server asks for (workspace/applyEdit) to this note's editor. */
    applyEdit?: (edit: WorkspaceEdit) => boolean;
    constructor(uri: string, path: string, client: ProbityClient);
    change(changes: TextDocumentContentChangeEvent[]): void;
    hover(position: Position): Promise<Hover | null>;
    codeActions(range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]>;
    close(): void;
}
export declare class ProbityClient {
    private readonly options;
    private connection?;
    private transport?;
    private ready?;
    private readonly docs;
    capabilities?: ServerCapabilities;
    constructor(options: ClientOptions);
    get started(): boolean;
    start(): Promise<void>;
    /** Polite shutdown; a server that does not answer within `graceMs` is stopped anyway. */
    stop(graceMs?: number): Promise<void>;
    /**
     * Opens a note. Two editors on one note (a split pane) each get their own document, with a
     * query added to the URI, because each editor numbers its own versions.
     */
    open(path: string, text: string): OpenDocument;
    close(doc: OpenDocument): void;
    /** The settings changed: the server asks for them again and re-checks every open note. */
    settingsChanged(): void;
    notify<P>(type: {
        method: string;
    } & object, params: P): void;
    request<R>(type: {
        method: string;
    } & object, params: unknown): Promise<R>;
}
