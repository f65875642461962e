// Issue 18: a writer typing into a long draft made the server keep every keystroke's work, until a
// heap capped at 120 MB ran out. Here the built server runs with a 64 MB heap and takes 5,000 edits
// of the typist (words typed at random places, half deleted again) into half the issue's
// draft (2,250 words in lines with no blank line between them: one chunk of 14,000 characters,
// which every burst makes anew), 50 at a time. The server checks only the last of each burst, as
// it does when a writer outpaces it, which is what made it keep old layouts. What it keeps (its
// heap after a garbage collection, read through bench/heap-report.mjs) must not grow from the
// first bursts to the last, and at the end it must be running, answer a request, and publish for
// the last version what a fresh server publishes for the same text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Typist } from '../../bench/typist.mjs';
import { TestClient } from '../protocol/lsp-client.js';
import { ROOT } from './cli.js';

const URI = 'file:///tmp/probity-typing/draft.md';
const EDITS = 5000;
const BURST = 50;
/** What the server may keep beyond its level after the first bursts (the engine before issue 18's fix kept 12 MB more). */
const GROWTH_MB = 5;
const DRAFT = readFileSync(join(ROOT, '..', 'shared', 'guidance', 'sources', 'mdu-medical-influencers-2024.txt'), 'utf8').replace(/\r\n?/g, '\n');

const clients: TestClient[] = [];
afterAll(() => { for (const c of clients) c.kill(); });

/** The server's heap after a garbage collection, in MB. */
function liveHeapMB(client: TestClient): Promise<number> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('the server did not report its heap')), 20_000);
    const onData = (d: Buffer) => {
      seen += String(d);
      const m = /probity-heap (\{.*\})\n/.exec(seen);
      if (!m) return;
      clearTimeout(timer);
      client.proc!.stderr!.off('data', onData);
      resolve(JSON.parse(m[1]).heapUsed / (1024 * 1024));
    };
    client.proc!.stderr!.on('data', onData);
    client.proc!.kill('SIGUSR2');
  });
}

async function started(nodeArgs: string[] = []): Promise<TestClient> {
  const client = TestClient.spawnStdio(nodeArgs);
  clients.push(client);
  await client.initialize();
  return client;
}

describe('typing for a long time', () => {
  it(`takes ${EDITS} edits with a 64 MB heap and ends with a fresh check's diagnostics`, async () => {
    const heapReport = pathToFileURL(join(ROOT, 'bench', 'heap-report.mjs')).href;
    const server = await started(['--max-old-space-size=64', '--expose-gc', `--import=${heapReport}`]);
    await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DRAFT } });
    await server.diagnostics(URI, 1);
    const typist = new Typist(DRAFT);
    let version = 1, early = 0;
    for (let burst = 1; version - 1 < EDITS; burst++) {
      for (let k = 0; k < BURST && version - 1 < EDITS; k++) {
        await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: ++version }, contentChanges: [typist.next()] });
      }
      await server.diagnostics(URI, version);
      if (burst === 10) early = await liveHeapMB(server);
    }
    const last = await server.diagnostics(URI, version);
    expect(version - 1).toBe(EDITS);
    expect(await liveHeapMB(server)).toBeLessThan(early + GROWTH_MB);

    expect(server.proc!.exitCode).toBeNull();
    expect(server.stderr).not.toMatch(/heap out of memory|FATAL/i);
    const hover = await server.request('textDocument/hover', { textDocument: { uri: URI }, position: last[0].range.start });
    expect(hover?.contents?.value).toContain(last[0].code);

    const fresh = await started();
    await fresh.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version, text: typist.text } });
    expect(last).toEqual(await fresh.diagnostics(URI, version));
    // The typist's words leave findings of their own: the comparison is not of two empty lists.
    expect(last.length).toBeGreaterThan(5);
  }, 120_000);
});
