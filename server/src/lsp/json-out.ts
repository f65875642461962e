// A message's JSON written straight into bytes. On a long draft every keystroke publishes a couple
// of hundred diagnostics, nearly all as they were a keystroke ago; building them as objects, then
// as one JSON string, then as a Buffer made ~200 KB of garbage a keystroke, and so a collection
// every few keystrokes. Params that can write themselves (`WritesJson`) copy their unchanged parts
// as bytes kept from before; everything else goes through JSON.stringify as usual.

/** Params that write their own JSON, byte for byte what JSON.stringify would make of their toJSON(). */
export interface WritesJson {
  toJSON(): unknown;
  writeJson(out: JsonOut): void;
}

export const writesJson = (x: unknown): x is WritesJson =>
  typeof x === 'object' && x !== null && typeof (x as Partial<WritesJson>).writeJson === 'function';

/** Room kept in front of a message for its Content-Length header, written once the length is known. */
const HEADER_ROOM = 32;
/** Buffers up to this size are kept for later messages; a larger one (a pasted book's) is let go. */
const KEEP_AT_MOST = 1 << 20;
const NONE = Buffer.alloc(0);

export class JsonOut {
  private size: number;
  private buf: Buffer;
  private at = HEADER_ROOM;
  /** Buffers whose frames the stream has finished with, to write the next messages into. */
  private readonly spare: Buffer[] = [];

  constructor(size = 64 * 1024) {
    this.size = size;
    this.buf = NONE;
  }

  /** Starts a message, in a buffer the stream is done with when there is one. */
  begin(): this {
    if (this.buf === NONE) this.buf = this.spare.pop() ?? this.fresh(this.size);
    this.at = HEADER_ROOM;
    return this;
  }

  /** Text known to be ASCII (field names, punctuation). */
  ascii(s: string): this {
    this.room(s.length);
    // A loop, not buf.write: the pieces are short, and a call into C++ for each cost more than the
    // copying (a fifth of the time it took to write a long draft's diagnostics).
    const { buf } = this;
    for (let i = 0, at = this.at; i < s.length; i++, at++) buf[at] = s.charCodeAt(i);
    this.at += s.length;
    return this;
  }

  bytes(b: Uint8Array): this {
    this.room(b.byteLength);
    this.buf.set(b, this.at);
    this.at += b.byteLength;
    return this;
  }

  /** A non-negative integer, without making a string of it. */
  int(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) return this.ascii(JSON.stringify(n));
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    this.room(digits);
    for (let i = this.at + digits - 1; i >= this.at; i--, n = Math.floor(n / 10)) this.buf[i] = 48 + (n % 10);
    this.at += digits;
    return this;
  }

  /** Any JSON value, through JSON.stringify. */
  json(value: unknown): this {
    const s = JSON.stringify(value) ?? 'null';
    this.room(s.length * 3); // UTF-8 takes at most three bytes per UTF-16 code unit
    this.at += this.buf.write(s, this.at, 'utf8');
    return this;
  }

  /**
   * The message written since `begin`, as a frame (header and body) ready for the stream. It is
   * the writer's own buffer: the stream may hold it until its write calls back, so the next message
   * goes into another one until `release` hands this one back.
   */
  frame(): Buffer {
    const header = `Content-Length: ${this.at - HEADER_ROOM}\r\n\r\n`;
    const from = HEADER_ROOM - header.length;
    this.buf.write(header, from, 'latin1');
    const frame = this.buf.subarray(from, this.at);
    this.size = Math.min(KEEP_AT_MOST, Math.max(this.size, this.buf.length));
    this.buf = NONE;
    return frame;
  }

  release(frame: Buffer): void {
    const { byteLength } = frame.buffer;
    if (this.spare.length < 2 && byteLength >= this.size && byteLength <= KEEP_AT_MOST) this.spare.push(Buffer.from(frame.buffer));
  }

  private fresh(size: number): Buffer {
    // Not from Node's shared pool: the whole buffer is ours, to write into again.
    return Buffer.allocUnsafeSlow(size);
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = this.fresh(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }
}
