// The browser entry, for a Web Worker (the Obsidian plugin): the same server speaking JSON-RPC over
// postMessage. It imports nothing that needs Node, so there is no probity.json here: settings come
// from the client (workspace/configuration, didChangeConfiguration or initializationOptions).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createServer } from './server.js';

declare const self: DedicatedWorkerGlobalScope;

createServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)));
