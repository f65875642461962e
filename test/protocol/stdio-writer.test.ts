// The stdio writer, byte for byte: what it writes for publishDiagnostics (whose params write their
// own JSON) must be exactly the frame JSON.stringify would make of the same message, for every
// corpus and example draft, in every position encoding, and no frame may change once handed to the
// stream, even while the stream still holds it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../server/src/engine/engine.js';
import type { Encoding } from '../../server/src/lsp/convert.js';
import { publishParams } from '../../server/src/lsp/diagnostics.js';
import type { Session } from '../../server/src/lsp/session.js';
import { Snapshot } from '../../server/src/lsp/snapshot.js';
import { StdioMessageWriter } from '../../server/src/lsp/stdio.js';
import { ROOT } from '../helpers/cli.js';

const drafts = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const DRAFTS = [
  ...drafts(join(ROOT, 'examples')),
  ...drafts(join(ROOT, '..', 'shared', 'corpus')),
  ...readdirSync(join(ROOT, 'test')).filter((d) => d.startsWith('corpus-')).flatMap((d) => drafts(join(ROOT, 'test', d))),
  // Findings on lines with emoji, a curly quote and a CRLF, and a settings problem from front matter.
  { name: 'non-ascii', text: '---\nplatform: nowhere\n---\n\r\n😀 “Use my code GLOW20” for 20% off 🧑‍⚕️ the serum.\r\n\r\nSome patients are frequent flyers in A&E. 𝄞\n' },
];

/**
 * A stream that reads each chunk only when it finishes with it: holding, it calls back when told
 * (`drain`), and the chunks written meanwhile wait in it, as they would in a slow pipe.
 */
class SlowStream extends Writable {
  readonly received: string[] = [];
  private readonly pending: { chunk: Buffer; done: () => void }[] = [];
  constructor(private readonly hold: boolean) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.pending.push({ chunk, done });
    if (!this.hold) void this.drain();
  }
  async drain(): Promise<void> {
    while (this.pending.length > 0) {
      for (const { chunk, done } of this.pending.splice(0)) {
        this.received.push(chunk.toString('utf8'));
        done();
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  text(): string {
    return this.received.join('');
  }
}

const frame = (msg: unknown) => {
  const body = JSON.stringify(msg);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

function analysisOf(text: string, version: number) {
  const doc = Snapshot.create('file:///drafts/a%20draft.md', 'markdown', version, text);
  return { doc, result: new Engine().check(text), generation: 0 };
}

const sessionWith = (encoding: Encoding, href: (rule: string) => string | undefined) =>
  ({ encoding, ruleHref: href, env: { writesJson: true } }) as unknown as Session;

const notification = (params: unknown) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params });

describe('stdio writer', () => {
  it.each(['utf-8', 'utf-16', 'utf-32'] as const)('%s: publishDiagnostics frames equal JSON.stringify of the same diagnostics', async (enc) => {
    const hrefs = [(rule: string) => `file:///docs/rules/${rule}.md`, () => undefined];
    let compared = 0;
    for (const [i, { name, text }] of DRAFTS.entries()) {
      const session = sessionWith(enc, hrefs[i % 2]);
      const params = publishParams(session, analysisOf(text, i + 1));
      const out = new SlowStream(false);
      await new StdioMessageWriter(out).write(notification(params) as never);
      const expected = frame(notification(params.toJSON()));
      expect(out.text(), name).toBe(expected);
      compared += params.diagnostics.length;
    }
    expect(compared).toBeGreaterThan(200); // the drafts gave plenty of diagnostics to compare
  });

  it('writes other messages as JSON.stringify does, non-ASCII included', async () => {
    const out = new SlowStream(false);
    const writer = new StdioMessageWriter(out);
    const messages = [
      { jsonrpc: '2.0', id: 7, result: { contents: { kind: 'markdown', value: '“Quoted” guidance 😀 — §14' } } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 1, message: 'x'.repeat(200_000) } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 1, message: 'é'.repeat(1_500_000) } },
      { jsonrpc: '2.0', id: 'a', error: { code: -32602, message: 'Probity: malformed request parameters' } },
    ];
    await Promise.all(messages.map((m) => writer.write(m as never)));
    expect(out.text()).toBe(messages.map(frame).join(''));
  });

  it('sends the message the usual way when its params fail to write themselves part-way', async () => {
    const out = new SlowStream(false);
    const writer = new StdioMessageWriter(out);
    const failing = {
      toJSON: () => ({ uri: 'untitled:x.md', diagnostics: [] }),
      writeJson(json: { ascii(s: string): unknown }) {
        json.ascii('{"uri":"untitled:x.md","diag');
        throw new Error('a bug in writeJson');
      },
    };
    await writer.write(notification(failing) as never);
    await writer.write({ jsonrpc: '2.0', id: 1, result: null } as never);
    expect(out.text()).toBe(frame(notification(failing.toJSON())) + frame({ jsonrpc: '2.0', id: 1, result: null }));
  });

  it('never writes into a frame the stream still holds', async () => {
    const out = new SlowStream(true);
    const writer = new StdioMessageWriter(out);
    const session = sessionWith('utf-16', (rule) => `file:///docs/rules/${rule}.md`);
    const texts = DRAFTS.slice(0, 6).map((d) => d.text);
    const first = texts.map((text, i) => publishParams(session, analysisOf(text, i + 1)));
    // Every frame is written before the stream has finished with any of them.
    const held = first.map((p) => writer.write(notification(p) as never));
    await out.drain();
    await Promise.all(held);
    expect(out.text()).toBe(first.map((p) => frame(notification(p.toJSON()))).join(''));
    // Once the stream is done with them, their buffers are written into again.
    const second = texts.map((text, i) => publishParams(session, analysisOf(`${text}\n\nDM me.\n`, i + 10)));
    for (const p of second) {
      const written = writer.write(notification(p) as never);
      await out.drain();
      await written;
    }
    expect(out.received.slice(first.length)).toEqual(second.map((p) => frame(notification(p.toJSON()))));
  });
});
