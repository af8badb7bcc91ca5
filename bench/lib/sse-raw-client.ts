import { connect } from "node:net";
// Work on received bytes waits until every socket that became readable in this turn has had its
// arrival time taken (`later`, as in sse-client.ts).
import { later, parseEventBlock, type SseHandlers, wallClock } from "./sse-client";

/**
 * The same client as sse-client.ts's openSse, on a bare TCP socket that speaks the little
 * HTTP/1.1 an event stream needs (one GET, a chunked body). Why: node's HTTP client runs its
 * parser and a readable stream per chunk before the 'data' handler can take the arrival time,
 * which costs the client more per chunk than the BFF spends per socket.
 * One worker holding 1,000 such clients then fell behind the BFF, and the send->client figure
 * measured the load generator. A socket's 'data' event comes straight from the read.
 */
export function openRawSse(url: string, cookie: string, handlers: SseHandlers): { close(): void } {
  const target = new URL(url);
  let ended = false;
  let closing = false;
  const end = (reason: string) => {
    if (ended) return;
    ended = true;
    if (!closing) handlers.onEnd(reason);
  };
  const socket = connect(Number(target.port), target.hostname);
  socket.setNoDelay(true);
  socket.write(
    `GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\n` +
      `Accept: text/event-stream\r\nCookie: ${cookie}\r\n\r\n`,
  );

  // The wire as latin1 (one char per byte) while it is de-chunked; event text is utf8 again.
  let wire = "";
  let headerDone = false;
  let body = "";
  const onBytes = (bytes: Buffer, receivedAt: number) => {
    wire += bytes.toString("latin1");
    if (!headerDone) {
      const headEnd = wire.indexOf("\r\n\r\n");
      if (headEnd < 0) return;
      const head = wire.slice(0, headEnd);
      wire = wire.slice(headEnd + 4);
      const status = Number(head.split(" ")[1]);
      if (status !== 200) {
        end(`status ${status}`);
        socket.destroy();
        return;
      }
      if (!/\r\ntransfer-encoding: chunked/i.test(head)) {
        end("not a chunked body");
        socket.destroy();
        return;
      }
      headerDone = true;
      handlers.onOpen();
    }
    for (;;) {
      const sizeEnd = wire.indexOf("\r\n");
      if (sizeEnd < 0) break;
      const size = Number.parseInt(wire.slice(0, sizeEnd), 16);
      if (Number.isNaN(size)) {
        end("malformed chunk");
        socket.destroy();
        return;
      }
      if (size === 0) {
        end("stream ended");
        socket.destroy();
        return;
      }
      if (wire.length < sizeEnd + 2 + size + 2) break;
      body += wire.slice(sizeEnd + 2, sizeEnd + 2 + size);
      wire = wire.slice(sizeEnd + 2 + size + 2);
    }
    parseEvents(receivedAt);
  };
  const parseEvents = (receivedAt: number) => {
    let boundary = body.indexOf("\n\n");
    while (boundary !== -1) {
      const block = Buffer.from(body.slice(0, boundary), "latin1").toString("utf8");
      body = body.slice(boundary + 2);
      boundary = body.indexOf("\n\n");
      const event = parseEventBlock(block, receivedAt);
      if (event) handlers.onEvent(event);
    }
  };
  socket.on("data", (bytes: Buffer) => {
    const receivedAt = wallClock();
    later(() => onBytes(bytes, receivedAt));
  });
  socket.on("end", () => later(() => end("stream ended")));
  socket.on("error", (error) => end(error.message));
  return {
    close() {
      closing = true;
      socket.destroy();
    },
  };
}
