// The stdio transport, with one repair. vscode-jsonrpc's stream reader stops reading the chunk it is
// in when a frame's header is bad (no or non-numeric Content-Length): a valid request that arrived
// in the same chunk then waits until more bytes come, which may be never. After each reader error
// we let it read on from what is already buffered.
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

export function stdioTransport(): [StreamMessageReader, StreamMessageWriter] {
  const reader = new StreamMessageReader(process.stdin);
  // onData is not part of the typed surface; it is the reader's own "data arrived" handler.
  const readOn = (reader as unknown as { onData?: (data: Uint8Array) => void }).onData;
  if (typeof readOn === 'function') {
    reader.onError(() => setImmediate(() => readOn.call(reader, new Uint8Array(0))));
  }
  return [reader, new StreamMessageWriter(process.stdout)];
}
