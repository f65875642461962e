// Lifecycle only: start the bundled language server for Markdown drafts, wire the status bar and
// commands, stop the server on deactivate. All checking happens in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverNodeArgs } from '@probity/server/launch';
import { registerCheckWorkspace } from './commands/checkWorkspace';
import { registerGuidance } from './commands/guidance';
import { registerInsertCommands } from './commands/insert';
import { pushDiagnostics } from './pushDiagnostics';
import { ruleDocsUrl } from './ruleDocs';
import { createStatusBar } from './statusBar';

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // stdio rather than node-ipc: the server's stdio writer sends diagnostics without building them
  // as objects first (server/src/lsp/json-out.ts); node-ipc serialises whatever it is given.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { execArgv: serverNodeArgs() } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [...serverNodeArgs(), '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // Uri.toString() would percent-encode the braces of the placeholder, so it goes on afterwards.
    initializationOptions: { ruleDocsUrl: ruleDocsUrl(context.extensionUri.toString()) },
  };
  const client = new LanguageClient('probity', 'Probity', serverOptions, clientOptions);
  client.registerFeature(pushDiagnostics);
  return client;
}

async function startOrStop(context: vscode.ExtensionContext): Promise<void> {
  const enabled = vscode.workspace.getConfiguration('probity').get<boolean>('enable', true);
  if (enabled && !client) {
    client = createClient(context);
    await client.start();
  } else if (!enabled && client) {
    const running = client;
    client = undefined;
    await running.stop();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    createStatusBar(),
    ...registerInsertCommands(),
    registerCheckWorkspace(),
    ...registerGuidance(),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('probity.enable')) void startOrStop(context);
    }),
  );
  await startOrStop(context);
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
