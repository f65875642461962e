// The server's own requests and behaviours that its editor clients build on, over stdio as the VS Code
// extension runs it: the insert commands' edits, "Copy post for publishing", the suppressions list,
// a selected "[add reason]" for clients with snippet edits, a bad probity.json shown in the file
// with one notification, what the log says, and no link to a page that does not exist.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BASE_CAPABILITIES, range, TestClient } from './lsp-client.js';

const DRAFT = [
  '# Winter skin',
  '',
  '1. Short days dry the skin. Use my code GLOW20 for 20% off.',
  '2. Moisturise after a shower.',
  '',
].join('\n');

let n = 0;
const uri = () => `untitled:requests-${++n}.md`;
const codes = (ds: any[]) => ds.map((d) => d.code);

describe('requests for the editors\' commands', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = TestClient.spawnStdio();
    client.settings = { author: 'Dr Sam Writer' };
    await client.initialize();
  });
  afterAll(() => client.kill());

  it('probity/insert: the ad label at the start of the post, inside the list item, wherever the cursor is', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    expect(codes(await client.diagnostics(u, 1))).toContain('ad-disclosure');
    const res = await client.request('probity/insert', { textDocument: { uri: u }, kind: 'ad-label', range: range(3, 5, 3, 5) });
    expect(res).toEqual({ version: 1, edit: { range: range(2, 3, 2, 3), newText: '#AD ' } });
    const version = await client.edit(u, [res.edit]);
    expect(client.text(u).split('\n')[2]).toBe('1. #AD Short days dry the skin. Use my code GLOW20 for 20% off.');
    expect(codes(await client.diagnostics(u, version))).not.toContain('ad-disclosure');
    const again = await client.request('probity/insert', { textDocument: { uri: u }, kind: 'ad-label', range: range(0, 0, 0, 0) });
    expect(again).toEqual({ version, message: 'The post already starts with #AD.' });
  });

  it('probity/insert: the credentials line from the settings, with its placeholders as tab stops when asked', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    const res = await client.request('probity/insert', { textDocument: { uri: u }, kind: 'credentials-line', range: range(0, 0, 0, 0), snippet: true });
    expect(res.edit).toEqual({ range: range(2, 0, 2, 0), newText: 'Written by Dr Sam Writer, [add your role].\n\n' });
    expect(res.snippet).toBe('Written by Dr Sam Writer, ${1:[add your role]}.\n\n');
  });

  it('rejects an unknown kind of insert', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    await expect(client.request('probity/insert', { textDocument: { uri: u }, kind: 'poem', range: range(0, 0, 0, 0) })).rejects.toThrow(/malformed/);
  });

  it('probity/postForPublishing: the post under the cursor without front matter or Probity comments', async () => {
    const u = uri();
    const thread = '---\nplatform: bluesky\n---\nFirst post.\n\n---\n\n<!-- probity-disable-next-line personal-advice -- general advice -->\nSecond post,  \nsecond line.\n';
    await client.open(u, thread);
    const res = await client.request('probity/postForPublishing', { textDocument: { uri: u }, position: { line: 8, character: 2 } });
    expect(res).toEqual({ text: 'Second post,\nsecond line.', post: 1, posts: 2, platform: 'bluesky' });
  });

  it('probity/suppressions: each suppression with its reason (none for the placeholder) and what it silences', async () => {
    const u = uri();
    const text = [
      '<!-- probity-disable-next-line professionalism -- [add reason] -->',
      'Some patients are frequent flyers in A&E.',
      '',
      '<!-- probity-disable-next-line credentials -- an anecdote, not advice -->',
      'Nothing here.',
      '',
    ].join('\n');
    await client.open(u, text);
    const list = await client.request('probity/suppressions', { textDocument: { uri: u } });
    expect(list).toEqual([
      { range: range(0, 0, 0, 66), kind: 'disable-next-line', rules: ['professionalism'], silenced: 1 },
      { range: range(3, 0, 3, 73), kind: 'disable-next-line', rules: ['credentials'], reason: 'an anecdote, not advice', silenced: 0 },
    ]);
  });
});

describe('"Ignore here…" for a client that takes snippet edits (VS Code)', () => {
  it('makes [add reason] a tab stop, so the editor selects it; other clients get plain text', async () => {
    const text = 'Some patients are frequent flyers in A&E.\n';
    const ask = async (snippetEditSupport: boolean) => {
      const client = TestClient.spawnStdio();
      try {
        await client.initialize({ ...BASE_CAPABILITIES, workspace: { ...BASE_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, snippetEditSupport } } });
        const u = uri();
        await client.open(u, text);
        await client.diagnostics(u, 1);
        const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: range(0, 20, 0, 20), context: { diagnostics: [] } });
        return actions.find((a: any) => a.title.startsWith('Ignore professionalism')).edit.documentChanges[0].edits;
      } finally {
        client.kill();
      }
    };
    expect(await ask(true)).toEqual([{ range: range(0, 0, 0, 0), snippet: { kind: 'snippet', value: '<!-- probity-disable-next-line professionalism -- ${1:[add reason]} -->\n' } }]);
    expect(await ask(false)).toEqual([{ range: range(0, 0, 0, 0), newText: '<!-- probity-disable-next-line professionalism -- [add reason] -->\n' }]);
  });
});

describe('a bad probity.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'probity-requests-'));
  const config = join(dir, 'probity.json');
  const configUri = pathToFileURL(config).href;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is underlined in probity.json itself, told once with a button that opens it, and logged', async () => {
    writeFileSync(config, '{\n  "jurisdiction": "fr",\n  "colour": "blue"\n}\n');
    const client = TestClient.spawnStdio();
    const asked: any[] = [], shown: any[] = [];
    client.conn.onRequest('window/showMessageRequest', (p: any) => { asked.push(p); return p.actions[0]; });
    client.conn.onRequest('window/showDocument', (p: any) => { shown.push(p); return { success: true }; });
    try {
      await client.initialize({ ...BASE_CAPABILITIES, window: { showDocument: { support: true } } });
      const drafts = [pathToFileURL(join(dir, 'a.md')).href, pathToFileURL(join(dir, 'b.md')).href];
      for (const d of drafts) await client.open(d, DRAFT);
      const published = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === configUri);
      expect(published.diagnostics.map((d: any) => [d.range, d.message])).toEqual([
        [range(1, 18, 1, 22), "'jurisdiction': unknown jurisdiction 'fr' (use one of uk, ie, us); using the default"],
        [range(2, 2, 2, 10), "'colour': unknown setting; using the default"],
      ]);
      for (const d of drafts) await client.diagnostics(d, 1);
      // Two drafts read it, and several checks ran: one notification, no absolute path in it.
      await client.waitFor('window/logMessage', (p) => p.message.includes(`${drafts[1]} is checked for jurisdiction uk`));
      expect(asked).toHaveLength(1);
      expect(asked[0].message).toMatch(/^Probity: probity\.json in '[^/']+' has 2 problems, each underlined in the file/);
      expect(asked[0].message).not.toContain(dir);
      expect(asked[0].actions).toEqual([{ title: 'Open probity.json' }]);
      await vi.waitFor(() => expect(shown).toEqual([{ uri: configUri, takeFocus: true }]));
      expect(client.notes.filter((x) => x.method === 'window/showMessage')).toEqual([]);

      const log = client.notes.filter((x) => x.method === 'window/logMessage').map((x) => x.params.message).join('\n');
      expect(log).toMatch(/^Probity language server \S+ started/);
      expect(log).toContain(`${configUri}: 'colour': unknown setting`);
      expect(log).toContain(`${drafts[0]} is checked for jurisdiction uk, platform blog; settings from probity.json (${configUri}): nothing; editor settings: nothing; front matter: nothing`);

      // Fixed on disk: the underlines go.
      writeFileSync(config, '{ "jurisdiction": "ie" }\n');
      const cleared = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === configUri, client.notes.length);
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      expect((await cleared).diagnostics).toEqual([]);
      expect(asked).toHaveLength(1);
    } finally {
      client.kill();
    }
  });
});

describe('rule links', () => {
  it('a finding that is not a rule\'s (check-limit) links to no page', async () => {
    const client = TestClient.spawnStdio();
    try {
      await client.initialize(BASE_CAPABILITIES, { ruleDocsUrl: 'command:probity.showGuidance?%5B%22{rule}%22%5D' });
      const u = uri();
      await client.open(u, `Use my code GLOW20 for 20% off.\n\n${'> '.repeat(17)}Too deep to check.\n`);
      const ds = await client.diagnostics(u, 1);
      expect(ds.find((d) => d.code === 'ad-disclosure').codeDescription).toEqual({ href: 'command:probity.showGuidance?%5B%22ad-disclosure%22%5D' });
      const limit = ds.find((d) => d.code === 'check-limit');
      expect(limit).toBeDefined();
      expect(limit.codeDescription).toBeUndefined();
    } finally {
      client.kill();
    }
  });
});
