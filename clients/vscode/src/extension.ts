// Lifecycle only: start the bundled language server for Markdown drafts, wire the status bar, the
// output channel and the commands, stop the server on deactivate. All checking happens in the server.
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverNodeArgs } from '@probity/server/launch';
import type { ClientRef } from './commands/ask';
import { registerCheckWorkspace } from './commands/checkWorkspace';
import { registerCopyPost } from './commands/copyPost';
import { registerFindingCommands } from './commands/findings';
import { registerFirstRun } from './commands/firstRun';
import { registerGuidance } from './commands/guidance';
import { registerInsertCommands } from './commands/insert';
import { registerServerCommands } from './commands/server';
import { ConfigDiagnostics } from './configDiagnostics';
import { crashPolicy } from './crashPolicy';
import { pushDiagnostics } from './pushDiagnostics';
import { GUIDANCE_COMMAND, RULE_DOCS_URL } from './ruleDocs';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, status: StatusBar, config: ConfigDiagnostics): LanguageClient {
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
    initializationOptions: { ruleDocsUrl: RULE_DOCS_URL },
    // The hover's "About this check" runs the guidance command, and nothing else.
    markdown: { isTrusted: { enabledCommands: [GUIDANCE_COMMAND] } },
    outputChannel: output,
    errorHandler: crashPolicy(output),
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        if (config.handle(uri, diagnostics)) return;
        next(uri, diagnostics);
        status.reportedOn(uri);
      },
    },
  };
  const made = new LanguageClient('probity', 'Probity', serverOptions, clientOptions);
  made.registerFeature(pushDiagnostics);
  made.onDidChangeState(({ newState }) => {
    // A client being replaced (restart, or turned off) no longer speaks for the status bar.
    if (client !== made) return;
    status.setServer(newState === State.Running ? 'running' : newState === State.Starting ? 'starting' : 'stopped');
  });
  return made;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Probity', { log: true });
  const status = new StatusBar();
  const config = new ConfigDiagnostics(() => client?.diagnostics);
  const enabled = () => vscode.workspace.getConfiguration('probity').get<boolean>('enable', true);
  const ref: ClientRef = () => client;

  const startOrStop = async () => {
    if (enabled() && !client) {
      output.info(`Probity ${context.extension.packageJSON.version} is starting its checker (${context.asAbsolutePath('dist/server.js')}).`);
      client = createClient(context, output, status, config);
      await client.start();
    } else if (!enabled() && client) {
      const running = client;
      client = undefined;
      status.setServer('off');
      output.info('Probity is turned off (probity.enable is false).');
      await running.stop();
    }
    if (!enabled()) status.setServer('off');
  };

  const restart = async () => {
    if (!enabled()) {
      void vscode.window.showInformationMessage('Probity is turned off in the settings (probity.enable).');
      return;
    }
    output.info('Restarting the checker, as asked.');
    // A fresh client, not the old one started again: a client whose server died while starting keeps
    // that failed start and would only hand it back.
    const old = client;
    client = undefined;
    await old?.dispose(2_000).catch((e: unknown) => output.warn(`Probity: the old checker did not stop cleanly: ${String(e)}`));
    await startOrStop();
  };

  context.subscriptions.push(
    output, status, config,
    ...registerInsertCommands(ref),
    registerCopyPost(ref),
    ...registerFindingCommands(ref),
    ...registerServerCommands(restart, output),
    ...registerFirstRun(),
    registerCheckWorkspace(),
    ...registerGuidance(),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('probity.enable')) void startOrStop();
    }),
  );
  await startOrStop();
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
