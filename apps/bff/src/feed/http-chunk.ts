/** The HTTP/1.1 chunked body's last chunk: the stream ends cleanly. */
export const LAST_CHUNK = Buffer.from("0\r\n\r\n", "latin1");

const chunks = new WeakMap<Buffer, Buffer>();

/**
 * `payload` framed as one chunk of an HTTP/1.1 chunked body (size in hex, CRLF, the bytes,
 * CRLF), built once per payload and kept as long as the payload is. ServerResponse.write frames
 * every write itself (three buffers, a cork and a nextTick per socket); the SSE hub writes the
 * same frame to a thousand sockets, so it frames it once and writes it to each socket as is.
 */
export function httpChunk(payload: Buffer): Buffer {
  let chunk = chunks.get(payload);
  if (!chunk) {
    chunk = Buffer.concat([
      Buffer.from(`${payload.length.toString(16)}\r\n`, "latin1"),
      payload,
      Buffer.from("\r\n", "latin1"),
    ]);
    chunks.set(payload, chunk);
  }
  return chunk;
}
