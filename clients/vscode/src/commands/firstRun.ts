// The walkthrough's steps ("Get started with Probity"): choose a jurisdiction, set the credentials
// line, try it on a sample draft. Each writes the ordinary settings, so nothing here is special state.
import * as vscode from 'vscode';
import sample from '../sample-draft.md';

const JURISDICTIONS = [
  { label: 'United Kingdom', value: 'uk', detail: 'The GMC, the CAP Code (ASA) and the Human Medicines Regulations' },
  { label: 'Ireland', value: 'ie', detail: 'The Medical Council and the ASAI' },
  { label: 'United States', value: 'us', detail: 'The FTC and the AMA' },
];

export function registerFirstRun(): vscode.Disposable[] {
  const config = () => vscode.workspace.getConfiguration('probity');
  return [
    vscode.commands.registerCommand('probity.chooseJurisdiction', async () => {
      const current = config().get<string>('jurisdiction');
      const picked = await vscode.window.showQuickPick(
        JURISDICTIONS.map((j) => ({ ...j, description: j.value === current ? 'current' : undefined })),
        { title: 'Probity: whose guidance do your drafts answer to?' },
      );
      if (picked) await config().update('jurisdiction', picked.value, vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand('probity.setCredentials', async () => {
      const author = await vscode.window.showInputBox({
        title: 'Probity: your credentials line (1 of 2)', prompt: 'Your name as readers should see it',
        placeHolder: 'Dr Jane Smith', value: config().get<string>('author'), ignoreFocusOut: true,
      });
      if (author === undefined) return;
      const credentials = await vscode.window.showInputBox({
        title: 'Probity: your credentials line (2 of 2)', prompt: 'Your role and qualifications',
        placeHolder: 'GP in Leeds, GMC 1234567', value: config().get<string>('credentials'), ignoreFocusOut: true,
      });
      if (credentials === undefined) return;
      await config().update('author', author.trim(), vscode.ConfigurationTarget.Global);
      await config().update('credentials', credentials.trim(), vscode.ConfigurationTarget.Global);
      void vscode.window.showInformationMessage(`Probity: your credentials line will read "Written by ${author.trim() || '[add your name]'}, ${credentials.trim() || '[add your role]'}."`);
    }),
    vscode.commands.registerCommand('probity.openSample', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: sample });
      await vscode.window.showTextDocument(doc);
    }),
  ];
}
