// The stdio transport: vscode-jsonrpc's reader with one repair, and a writer of our own.
//
// The reader stops reading the chunk it is in when a frame's header is bad (no or non-numeric
// Content-Length): a valid request that arrived in the same chunk then waits until more bytes come,
// which may be never. After each reader error we let it read on from what is already buffered.
//
// The library's stream writer takes a turn of the event loop before it encodes a message and waits
// for the header's write to call back before it writes the body: on a long draft that put half a
// millisecond to several (when a collection fell in between) between a check's end and its
// diagnostics leaving, on every keystroke. This one encodes header and body into one buffer
// (json-out.ts), kept from message to message, and writes it at once.
// Writes to one stream keep their order, so messages still go out in the order they were sent.
import type { Writable } from 'node:stream';
import { AbstractMessageWriter, StreamMessageReader, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { JsonOut, writesJson } from './json-out.js';

export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;
  private readonly json = new JsonOut();
  constructor(private readonly out: Writable) {
    super();
    out.on('error', (e: Error) => this.fireError(e));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let frame: Buffer;
    try {
      frame = this.encode(msg);
    } catch (e) {
      this.fireError(e, msg, ++this.errors);
      return Promise.reject(e);
    }
    return new Promise((resolve, reject) => {
      // Header and body are one buffer: they leave in one system call.
      this.out.write(frame, (e) => {
        this.json.release(frame);
        if (!e) return resolve();
        this.fireError(e, msg, ++this.errors);
        reject(e);
      });
    });
  }

  private encode(msg: Message): Buffer {
    const { params } = msg as { params?: unknown };
    if (writesJson(params)) {
      try {
        // Field for field what JSON.stringify makes of a notification or request.
        const { jsonrpc, id, method } = msg as { jsonrpc: string; id?: unknown; method: string };
        const out = this.json.begin().ascii('{"jsonrpc":').json(jsonrpc);
        if (id !== undefined) out.ascii(',"id":').json(id);
        out.ascii(',"method":').json(method).ascii(',"params":');
        params.writeJson(out);
        return out.ascii('}').frame();
      } catch {
        // Should params fail to write themselves, the message still goes, the usual way (toJSON).
      }
    }
    return this.json.begin().json(msg).frame();
  }

  end(): void {
    this.out.end();
  }
}

export function stdioTransport(): [StreamMessageReader, MessageWriter] {
  const reader = new StreamMessageReader(process.stdin);
  // onData is not part of the typed surface; it is the reader's own "data arrived" handler.
  const readOn = (reader as unknown as { onData?: (data: Uint8Array) => void }).onData;
  if (typeof readOn === 'function') {
    reader.onError(() => setImmediate(() => readOn.call(reader, new Uint8Array(0))));
  }
  return [reader, new StdioMessageWriter(process.stdout)];
}
