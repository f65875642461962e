import type { Transport } from './lsp-client.js';
export declare function startWorker(): Transport;
