// The server driven in-process through the same client over a pair of streams: for what cannot be
// arranged from outside the built bundle (a rule that throws) and for the paths the browser worker
// takes (settings pushed by the client, no workspace/configuration, no probity.json).
import { PassThrough } from 'node:stream';
import { RULES, type Rule } from '@probity/rules';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { StreamMessageReader as ClientReader, StreamMessageWriter as ClientWriter } from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type ServerEnv } from '../../server/src/lsp/server.js';
import { BASE_CAPABILITIES, range, TestClient } from './lsp-client.js';

const DRAFT = 'Use my code GLOW20 for 20% off the serum.\n\nSome patients are frequent flyers in A&E.\n';

function inProcess(env: ServerEnv): { client: TestClient; close(): void } {
  const toServer = new PassThrough(), toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  createServer(server, env);
  const client = TestClient.over(new ClientReader(toClient), new ClientWriter(toServer));
  return { client, close: () => { client.conn.dispose(); server.dispose(); } };
}

const exploding: Rule = {
  id: 'exploding', title: 'A rule with a bug', severity: 'warning', rationale: 'Only for this test.',
  guidance: { uk: [], ie: [], us: [] },
  check() { throw new Error('boom: cannot read the draft'); },
};

describe('in-process server', () => {
  let close = () => {};
  afterEach(() => close());

  it('logs a rule that throws with window/logMessage, once, and the other rules still report', async () => {
    const s = inProcess({ rules: [exploding, ...RULES] });
    close = s.close;
    const { client } = s;
    await client.initialize();
    await client.open('untitled:a.md', DRAFT);
    const ds = await client.diagnostics('untitled:a.md', 1);
    expect(ds.map((d) => d.code)).toEqual(['ad-disclosure', 'professionalism']);
    const log = await client.waitFor('window/logMessage', (p) => p.message.includes('exploding'));
    expect(log.type).toBe(1);
    expect(log.message).toContain('boom: cannot read the draft');
    const v = await client.edit('untitled:a.md', [{ range: range(0, 0, 0, 0), newText: '#AD ' }]);
    expect((await client.diagnostics('untitled:a.md', v)).map((d) => d.code)).toEqual(['professionalism']);
    expect(client.notes.filter((n) => n.method === 'window/logMessage' && n.params.message.includes('exploding'))).toHaveLength(1);
  });

  it('takes settings from initializationOptions and pushed didChangeConfiguration when it cannot ask (the worker path)', async () => {
    const s = inProcess({});
    close = s.close;
    const { client } = s;
    const caps = { ...BASE_CAPABILITIES, workspace: { ...BASE_CAPABILITIES.workspace, configuration: false } };
    await client.initialize(caps, { settings: { jurisdiction: 'ie' }, ruleDocsUrl: 'https://probity.example/rules/{rule}.html' });
    await client.open('untitled:b.md', DRAFT);
    const ds = await client.diagnostics('untitled:b.md', 1);
    expect(ds[0].codeDescription.href).toBe('https://probity.example/rules/ad-disclosure.html');
    const hover = () => client.request('textDocument/hover', { textDocument: { uri: 'untitled:b.md' }, position: { line: 0, character: 14 } });
    expect((await hover()).contents.value).toContain('The label must be at the start of your content and clearly visible.');
    expect(client.configurationRequests).toEqual([]);

    const next = client.nextDiagnostics('untitled:b.md');
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { probity: { jurisdiction: 'us', rules: { professionalism: 'off' } } } });
    expect((await next).map((d) => d.code)).toEqual(['ad-disclosure']);
    expect((await hover()).contents.value).toContain('Guidance for the United States');
  });

  it('ignores a client-only key in the section (trace) but names an unknown one', async () => {
    const s = inProcess({});
    close = s.close;
    const { client } = s;
    client.settings = { trace: { server: 'verbose' }, jurisdicton: 'ie' };
    await client.initialize();
    await client.open('untitled:c.md', DRAFT);
    await client.diagnostics('untitled:c.md', 1);
    const shown = client.notes.filter((n) => n.method === 'window/showMessage').map((n) => n.params.message);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain("'jurisdicton'");
  });
});
