// The built language server under abuse: broken frames, wrong params, positions past the end, edits
// for documents it never saw, a burst of 1,000 incremental edits, and a huge draft. It must stay up,
// keep answering, and end with the diagnostics a fresh check of the final text gives.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../server/src/engine/engine.js';
import { toDiagnostic } from '../../server/src/lsp/convert.js';
import { ROOT } from './cli.js';
import { RawLsp } from './raw-lsp.js';

const DOC = 'file:///tmp/probity-reliability/draft.md';
const TEXT = 'Use code GLOWUP20 for money off my serum, link in bio to buy.\n\nDM me photos of your rash and I will tell you what it is.\n';

/** The diagnostics the server should publish for `text`: a fresh engine, the server's own conversion. */
function expectedDiagnostics(uri: string, version: number, text: string) {
  const doc = TextDocument.create(uri, 'markdown', version, text);
  const href = (rule: string) => {
    const page = join(ROOT, 'docs', 'rules', `${encodeURIComponent(rule)}.md`);
    return existsSync(page) ? pathToFileURL(page).href : undefined;
  };
  const result = new Engine().check(text);
  expect(result.problems).toEqual([]); // the texts used here have no settings of their own
  return result.findings.map((f) => toDiagnostic(f, doc, 'utf-16', href(f.rule)));
}

/** A small deterministic generator, so the burst of edits is the same on every run. */
function prng(seed: number) {
  return () => { seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff; return seed / 0x7fffffff; };
}

let server: RawLsp;
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'server', 'dist', 'server.js'))) throw new Error('server/dist/server.js is missing: run `npm run build`');
  server = new RawLsp();
  await server.initialize({});
  server.notify('textDocument/didOpen', { textDocument: { uri: DOC, languageId: 'markdown', version: 1, text: TEXT } });
  await server.diagnostics(DOC, 1);
});
afterAll(async () => {
  const code = await Promise.race([server.shutdown(), new Promise((r) => setTimeout(() => r('timeout'), 10_000))]);
  server.kill();
  expect(code).toBe(0);
});

const hoverStillWorks = async () => {
  const r = await server.request('textDocument/hover', { textDocument: { uri: DOC }, position: { line: 0, character: 10 } });
  expect(r.error).toBeUndefined();
  expect(r.result?.contents?.value).toMatch(/advert|label/i);
};

describe('the language server under abuse', () => {
  it('survives malformed frames: a bad Content-Length, invalid JSON, JSON that is not a message', async () => {
    // Each broken frame is written in the same chunk as a valid hover request right behind it: the
    // request must still be answered (vscode-jsonrpc's reader used to stall after a bad header until
    // more bytes came; server/src/lsp/stdio.ts makes it read on).
    const junk = '{"jsonrpc":"2.0","id":99,"method":';
    const broken = [
      'Content-Length: banana\r\n\r\n',
      'Content-Type: text/plain\r\n\r\n',
      `Content-Length: ${Buffer.byteLength(junk)}\r\n\r\n${junk}`,
      ...['[1,2,3]', '"just a string"', 'null', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":{"x":1},"method":"textDocument/hover"}']
        .map((body) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`),
    ];
    for (const raw of broken) {
      const id = 10_000 + broken.indexOf(raw);
      const hover = { jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri: DOC }, position: { line: 0, character: 10 } } };
      const body = JSON.stringify(hover);
      const reply = server.waitFor((m) => m.id === id && m.method === undefined, 10_000);
      server.writeRaw(`${raw}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const r = await reply;
      expect(r.error, raw).toBeUndefined();
      expect(r.result?.contents?.value, raw).toMatch(/advert|label/i);
    }
    await hoverStillWorks();
    expect(server.child.exitCode).toBeNull();
  }, 120_000);

  it('answers wrong params with an error, not a crash', async () => {
    for (const [method, params] of [
      ['textDocument/hover', null], ['textDocument/hover', { textDocument: { uri: DOC }, position: { line: 'one', character: -1 } }],
      ['textDocument/codeAction', { textDocument: { uri: DOC } }], ['textDocument/completion', { position: {} }],
      ['textDocument/diagnostic', { textDocument: 42 }],
    ] as const) {
      const r = await server.request(method, params);
      expect(r.error?.code, `${method} ${JSON.stringify(params)}`).toBeLessThan(0);
    }
    const unknown = await server.request('probity/noSuchMethod', {});
    expect(unknown.error?.code).toBe(-32601);
    await hoverStillWorks();
  });

  it('takes positions past the end of a line or of the document', async () => {
    const far = { line: 10_000, character: 10_000 };
    const hover = await server.request('textDocument/hover', { textDocument: { uri: DOC }, position: far });
    expect(hover.error).toBeUndefined();
    const actions = await server.request('textDocument/codeAction', {
      textDocument: { uri: DOC }, range: { start: { line: 0, character: 5000 }, end: far }, context: { diagnostics: [] },
    });
    expect(actions.error).toBeUndefined();
    const completion = await server.request('textDocument/completion', { textDocument: { uri: DOC }, position: far });
    expect(completion.error).toBeUndefined();
    await hoverStillWorks();
  });

  it('ignores edits, closes and requests for documents it never opened', async () => {
    const ghost = 'file:///tmp/probity-reliability/never-opened.md';
    server.notify('textDocument/didChange', { textDocument: { uri: ghost, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    server.notify('textDocument/didClose', { textDocument: { uri: ghost } });
    const hover = await server.request('textDocument/hover', { textDocument: { uri: ghost }, position: { line: 0, character: 0 } });
    expect(hover.error).toBeUndefined();
    expect(hover.result).toBeNull();
    await hoverStillWorks();
  });

  it('after 1,000 rapid incremental edits, publishes exactly what a fresh check of the final text gives', async () => {
    const uri = 'file:///tmp/probity-reliability/burst.md';
    let doc = TextDocument.create(uri, 'markdown', 1, TEXT);
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: TEXT } });
    const random = prng(2024);
    const pieces = ['a', ' ', '\n', '\r\n', '😀', '👩‍👩‍👧‍👦', 'e\u0301', '#ad ', 'cures eczema. ', 'frequent flyer ', '\n---\n', '@jo in your case stop taking it. ', ''];
    for (let version = 2; version <= 1001; version++) {
      const text = doc.getText();
      const a = Math.floor(random() * (text.length + 1));
      const b = Math.min(text.length, a + (random() < 0.3 ? Math.floor(random() * 8) : 0));
      const change = { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: pieces[Math.floor(random() * pieces.length)] };
      doc = TextDocument.update(doc, [change], version);
      server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    }
    const published = await server.diagnostics(uri, 1001);
    expect(published.params.diagnostics).toEqual(expectedDiagnostics(uri, 1001, doc.getText()));
    // No diagnostics were ever published for a version other than the ones the server was sent.
    const versions = server.received.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).map((m) => m.params.version);
    expect(versions.every((v) => Number.isInteger(v) && v >= 1 && v <= 1001)).toBe(true);
    expect(server.child.exitCode).toBeNull();
  }, 120_000);

  it('answers hover within 100 ms while it checks a huge draft', async () => {
    const uri = 'file:///tmp/probity-reliability/huge.md';
    // ~5 MB of varied paragraphs (each distinct, so no parse is shared between them).
    const lines = ['Hay fever is common', 'Use code GLOWUP20 for money off my serum', 'As a GP I see rashes every day', 'Honey cures hay fever 😀', 'DM me a photo of your rash'];
    const huge = Array.from({ length: 80_000 }, (_, i) => `${lines[i % lines.length]}, note ${i}. It was ${i % 7 ? 'fine' : 'busy'} today.\n\n`).join('');
    expect(huge.length).toBeGreaterThan(4_500_000);
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: huge } });
    let checked = false;
    const published = server.diagnostics(uri, 1, 120_000).then((m) => { checked = true; return m; });
    // The first hover waits for the server to read the 5 MB message itself; the ones after it are
    // answered between the steps of the check.
    await hoverStillWorks();
    const during: number[] = [];
    while (!checked) {
      const t0 = performance.now();
      await hoverStillWorks();
      if (!checked) during.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 10));
    }
    const diags = await published;
    expect(diags.params.diagnostics.some((d: { code: string }) => d.code === 'check-limit')).toBe(true);
    // The check lasted long enough for hovers to be answered while it ran, and each was quick.
    expect(during.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...during), `hover times during the check (ms): ${during.map((t) => t.toFixed(0)).join(', ')}`).toBeLessThan(100);
    await hoverStillWorks();
  }, 180_000);
});

