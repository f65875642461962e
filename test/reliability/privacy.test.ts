// Nothing leaves the machine: the CLI over the corpus and the examples, and the language server
// through a whole editing session, run with every network entry point replaced by a trap
// (fixtures/no-network.mjs, preloaded with `node --import`) that records the attempt and throws.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, probity, ROOT, tempDir } from './cli.js';
import { RawLsp } from './raw-lsp.js';

const PRELOAD = join(import.meta.dirname, 'fixtures', 'no-network.mjs');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const EXAMPLES = join(ROOT, 'examples');

let tmp: ReturnType<typeof tempDir>;
let n = 0;
/** A fresh, empty record file for one run. */
function record(): string {
  const file = join(tmp.dir, `net-${n++}.log`);
  writeFileSync(file, '');
  return file;
}
const attempts = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

beforeAll(() => { assertBuilt(); tmp = tempDir(); });
afterAll(() => tmp.cleanup());

describe('privacy: no network use', () => {
  it('the trap works: a script that reaches for the network is caught at every entry point', () => {
    const log = record();
    const script = `
      const tries = [
        () => fetch('https://example.com'), () => require('node:net').connect(80, 'example.com'),
        () => new (require('node:net').Socket)().connect(80, 'example.com'), () => require('node:tls').connect(443, 'example.com'),
        () => require('node:http').get('http://example.com'), () => require('node:https').request('https://example.com'),
        () => require('node:dns').lookup('example.com', () => {}), () => require('node:dns').promises.resolve4('example.com'),
        () => require('node:dgram').createSocket('udp4'), () => new WebSocket('wss://example.com'),
      ];
      let thrown = 0;
      for (const t of tries) { try { t(); } catch { thrown++; } }
      import('node:net').then((m) => { try { m.connect(80, 'example.com'); } catch { thrown++; } console.log(thrown); });`;
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(PRELOAD).href, '-e', script], { encoding: 'utf8', env: { ...process.env, PROBITY_NET_LOG: log } });
    expect(r.stdout.trim()).toBe('11');
    expect(attempts(log)).toHaveLength(11);
  });

  it.each([['the corpus', CORPUS], ['the examples', EXAMPLES]])('the CLI checks %s without touching the network', (_name, dir) => {
    expect(existsSync(dir)).toBe(true);
    const log = record();
    for (const format of ['text', 'json', 'sarif']) {
      const r = probity(['check', '--no-exit', '--format', format, dir], { execArgv: ['--import', pathToFileURL(PRELOAD).href], env: { PROBITY_NET_LOG: log } });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout.length).toBeGreaterThan(100);
    }
    const rules = probity(['rules', '--format', 'markdown'], { execArgv: ['--import', pathToFileURL(PRELOAD).href], env: { PROBITY_NET_LOG: log } });
    expect(rules.status).toBe(0);
    expect(attempts(log)).toEqual([]);
  }, 120_000);

  it('the language server goes through a whole session without touching the network', async () => {
    const log = record();
    const server = new RawLsp(['--import', pathToFileURL(PRELOAD).href], { ...process.env, PROBITY_NET_LOG: log });
    try {
      const init = await server.initialize({
        workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
        textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } },
      });
      expect(init.result?.capabilities).toBeDefined();
      const uri = pathToFileURL(join(CORPUS, '04-botox-offer-caption.md')).href;
      const text = readFileSync(join(CORPUS, '04-botox-offer-caption.md'), 'utf8');
      server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const first = await server.diagnostics(uri, 1);
      expect(first.params.diagnostics.length).toBeGreaterThan(0);
      server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Hello 😀 ' }] });
      const second = await server.diagnostics(uri, 2);
      const d = second.params.diagnostics[0];
      const hover = await server.request('textDocument/hover', { textDocument: { uri }, position: d.range.start });
      expect(hover.error).toBeUndefined();
      expect(hover.result).not.toBeNull();
      const actions = await server.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      expect(actions.error).toBeUndefined();
      expect(actions.result.length).toBeGreaterThan(0);
      const completion = await server.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } });
      expect(completion.error).toBeUndefined();
      expect(completion.result.length).toBeGreaterThan(0);
      server.notify('textDocument/didClose', { textDocument: { uri } });
      expect(await server.shutdown()).toBe(0);
    } finally {
      server.kill();
    }
    expect(server.stderr).not.toMatch(/must not use the network/);
    expect(attempts(log)).toEqual([]);
  }, 120_000);
});
