// Every cache the server and the engine keep has a bound (issue 18), and what a closed document or a
// replaced version no longer needs goes. One test per cache, each driving it well past its bound.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { StreamMessageReader as ClientReader, StreamMessageWriter as ClientWriter } from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import { Typist } from '../../bench/typist.mjs';
import { buildDraft, ChunkCache, type BuiltDraft } from '../../server/src/draft/index.js';
import { Engine, type Finding } from '../../server/src/engine/engine.js';
import { JsonOut } from '../../server/src/lsp/json-out.js';
import { keptBodyBytes, MAX_BODY_BYTES, publishParams } from '../../server/src/lsp/diagnostics.js';
import { createServer } from '../../server/src/lsp/server.js';
import type { Session } from '../../server/src/lsp/session.js';
import { Snapshot } from '../../server/src/lsp/snapshot.js';
import { configLookupsKept, findConfig } from '../../server/src/settings/load.js';
import { ROOT } from '../helpers/cli.js';
import { TestClient } from '../protocol/lsp-client.js';

const example = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
// A long chunk (guidance text in lines with no blank line between them) and a blog of short ones.
const GUIDANCE = readFileSync(join(ROOT, '..', 'shared', 'guidance', 'sources', 'mdu-medical-influencers-2024.txt'), 'utf8').replace(/\r\n?/g, '\n');
const DRAFT = `${example('hay-fever-blog.md').replace(/\r\n?/g, '\n')}\n${GUIDANCE.slice(0, 2500)}\n`;
const chunksOf = (text: string) => (new Engine().check(text).draft as BuiltDraft).layout.posts.reduce((n, p) => n + p.slots.length, 0);

/** Applies an LSP change to a text with no CR (positions by lines), with the edit in offsets. */
function apply(text: string, change: ReturnType<Typist['next']>) {
  const offset = ({ line, character }: { line: number; character: number }) => {
    let at = 0;
    for (let l = 0; l < line; l++) at = text.indexOf('\n', at) + 1;
    return at + character;
  };
  const start = offset(change.range.start), oldEnd = offset(change.range.end);
  return { text: text.slice(0, start) + change.text + text.slice(oldEnd), edit: { start, oldEnd, newEnd: start + change.text.length } };
}

describe('the engine\'s chunk cache', () => {
  it('keeps one layout per document and only its chunks, however its versions arrive, and drops them when it closes', () => {
    const engine = new Engine();
    const typist = new Typist(DRAFT, 7);
    let text = DRAFT;
    engine.check(text, { document: 'a' });
    for (let i = 1; i <= 300; i++) {
      const before = text;
      const next = apply(text, typist.next());
      text = next.text;
      // Two versions in three are never checked, as when a writer outpaces the server: the edit the
      // check is told of is the last one, made to a text it never saw.
      if (i % 3 === 0) engine.check(text, { document: 'a', previous: { text: before, edit: next.edit } });
    }
    expect(typist.text).toBe(text);
    const size = engine.cacheSize();
    expect(size.documents).toBe(1);
    expect(size.chunks).toBe(chunksOf(text));
    expect(size.chars).toBeLessThanOrEqual(text.length);
    engine.forget('a');
    expect(engine.cacheSize()).toMatchObject({ documents: 0, chunks: 0, chars: 0 });
  });

  it('keeps the layouts of at most 32 documents, the least recently checked dropped first', () => {
    const engine = new Engine();
    for (let i = 0; i < 40; i++) engine.check(`Draft ${i}: use my code GLOW${i} for money off.\n`, { document: `d${i}` });
    expect(engine.cacheSize().documents).toBe(32);
  });

  it('keeps 8 layouts of unnamed drafts, and chunks no layout uses up to about twice its bound in characters', () => {
    const spare = 8_000;
    const cache = new ChunkCache(spare, 32, 8);
    const settings = new Engine().check('').draft.settings;
    let largest = 0;
    for (let i = 0; i < 100; i++) {
      // Distinct paragraphs in every draft, as a CLI run over many files meets them.
      const text = Array.from({ length: 6 }, (_, k) => `Paragraph ${k} of draft ${i}: ${'some words '.repeat(30)}`).join('\n\n');
      largest = Math.max(largest, text.length);
      buildDraft({ text, cache, resolveSettings: () => settings });
      const size = cache.size();
      expect(size.anonymous).toBeLessThanOrEqual(8);
      expect(size.chars).toBeLessThanOrEqual(8 * largest + 2 * spare + largest);
    }
  });
});

describe('the engine\'s memo tables', () => {
  it('keep the memos of at most 16 settings keys', () => {
    const engine = new Engine();
    // Typing an interest into the settings, a letter at a time: a new key at every keystroke.
    const name = 'Glow Clinic and DermaDew Labs';
    for (let n = 1; n <= name.length; n++) engine.check(DRAFT, { document: 'a', settings: { interests: [name.slice(0, n)] } });
    expect(engine.cacheSize().settingsKeys).toBe(16);
  });
});

describe('diagnostic bodies kept as bytes', () => {
  it('stay under their bound in bytes whatever the messages', () => {
    const doc = Snapshot.create('file:///a.md', 'markdown', 1, 'x'.repeat(100));
    const session = { encoding: 'utf-16', ruleHref: () => undefined, env: { writesJson: true } } as unknown as Session;
    for (let round = 0; round < 40; round++) {
      // Messages that quote the draft differ at every keystroke.
      const findings: Finding[] = Array.from({ length: 50 }, (_, i) => ({
        rule: 'ad-disclosure', severity: 'warning', title: 'Label ads', message: `'${'quoted words '.repeat(60)}${round}-${i}' looks like an advert.`,
        start: 0, end: 5, fixes: [], guidance: [],
      }));
      const analysis = { doc, result: { findings, suppressions: [], suppressed: [], problems: [], failures: [] }, generation: 0 } as never;
      publishParams(session, analysis).writeJson(new JsonOut().begin());
      expect(keptBodyBytes()).toBeLessThanOrEqual(MAX_BODY_BYTES);
    }
    expect(keptBodyBytes()).toBeGreaterThan(0);
  });
});

describe('probity.json lookups', () => {
  it('remember at most about 2,048 directories', () => {
    const base = mkdtempSync(join(tmpdir(), 'probity-lookups-'));
    for (let i = 0; i < 2500; i++) {
      const dir = join(base, `d${i}`);
      mkdirSync(dir);
      findConfig(dir);
      expect(configLookupsKept()).toBeLessThanOrEqual(2049 + 64); // a lookup also remembers the directories above it
    }
  });
});

describe('the session', () => {
  let close = () => {};
  afterEach(() => close());

  function inProcess(): { client: TestClient; session: Session } {
    const toServer = new PassThrough(), toClient = new PassThrough();
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const session = createServer(server, {});
    const client = TestClient.over(new ClientReader(toClient), new ClientWriter(toServer));
    close = () => { client.conn.dispose(); server.dispose(); };
    return { client, session };
  }

  it('keeps nothing of a closed document, and at most 501 log lines and settings messages remembered', async () => {
    const { client, session } = inProcess();
    await client.initialize();
    for (let i = 0; i < 12; i++) {
      const uri = `untitled:draft-${i}.md`;
      await client.open(uri, `---\njurisdiction: nowhere${i}\n---\nUse my code GLOW${i} for 20% off.\n`);
      await client.diagnostics(uri, 1);
      await client.edit(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: 'Botox cures. ' }]);
      await client.diagnostics(uri, 2);
    }
    expect(session.retained()).toMatchObject({ documents: 12, results: 12, published: 12 });
    for (let i = 0; i < 12; i++) await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: `untitled:draft-${i}.md` } });
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'untitled:draft-11.md' && p.diagnostics.length === 0);
    expect(session.retained()).toMatchObject({
      documents: 0, results: 0, published: 0, editorSettings: 0, configs: 0, inflight: 0, dirty: 0, running: 0,
      engine: { documents: 0, chunks: 0 },
    });
    for (let i = 0; i < 2000; i++) session.logOnce(`Probity: message ${i}`);
    expect(session.retained().logged).toBeLessThanOrEqual(501);
  });
});
