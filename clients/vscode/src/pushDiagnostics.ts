// Asks the server to push diagnostics rather than have them pulled. In pull mode
// vscode-languageclient only reports findings for drafts shown in a tab, so the drafts that "Check
// every Markdown file" opens in the background would never show in the Problems panel.
import type { ClientCapabilities, StaticFeature } from 'vscode-languageclient';

export const pushDiagnostics: StaticFeature = {
  fillClientCapabilities(capabilities: ClientCapabilities) {
    // Registered after the built-in features, so this runs after the diagnostic feature filled these in.
    delete capabilities.textDocument?.diagnostic;
    if (capabilities.workspace) delete capabilities.workspace.diagnostics;
  },
  initialize() {},
  getState: () => ({ kind: 'static' }),
  clear() {},
};
