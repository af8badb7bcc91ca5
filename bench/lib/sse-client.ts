import { type ClientRequest, request } from "node:http";

export interface SseEvent {
  type: string;
  id: string | undefined;
  data: string;
  /** performance.timeOrigin + performance.now() at the chunk's arrival (sub-ms wall clock). */
  receivedAt: number;
}

export interface SseHandlers {
  onOpen(): void;
  onEvent(event: SseEvent): void;
  onEnd(reason: string): void;
}

export function wallClock(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Work on received chunks waits until every socket that became readable in this turn has had
 * its arrival time taken: otherwise parsing for the first clients would delay the timestamps
 * of the last ones, and the load generator's own work would count as the BFF's delay.
 */
const deferred: (() => void)[] = [];
export function later(work: () => void): void {
  if (deferred.length === 0) setImmediate(runDeferred);
  deferred.push(work);
}
function runDeferred(): void {
  const batch = deferred.splice(0);
  for (const work of batch) work();
}

/** One SSE event block (the lines between two blank lines); undefined when it has no data. */
export function parseEventBlock(block: string, receivedAt: number): SseEvent | undefined {
  let type = "message";
  let id: string | undefined;
  let data = "";
  for (const line of block.split("\n")) {
    if (line.startsWith("data: ")) data += line.slice(6);
    else if (line.startsWith("event: ")) type = line.slice(7);
    else if (line.startsWith("id: ")) id = line.slice(4);
  }
  return data === "" ? undefined : { type, id, data, receivedAt };
}

/**
 * One EventSource-like client on a raw http request (cheap: thousands per process). It does not
 * reconnect: for a benchmark a dropped stream is an error to count, not to hide.
 */
export function openSse(url: string, cookie: string, handlers: SseHandlers): { close(): void } {
  let buffer = "";
  let ended = false;
  let closing = false;
  const end = (reason: string) => {
    if (ended) return;
    ended = true;
    if (!closing) handlers.onEnd(reason);
  };
  const req: ClientRequest = request(url, {
    agent: false,
    headers: { accept: "text/event-stream", cookie },
  });
  req.on("response", (res) => {
    if (res.statusCode !== 200) {
      end(`status ${res.statusCode}`);
      res.resume();
      return;
    }
    res.setEncoding("utf8");
    handlers.onOpen();
    res.on("data", (chunk: string) => {
      const receivedAt = wallClock();
      later(() => parse(chunk, receivedAt));
    });
    const parse = (chunk: string, receivedAt: number) => {
      buffer += chunk;
      let boundary = buffer.indexOf("\n\n");
      while (boundary !== -1) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        boundary = buffer.indexOf("\n\n");
        const event = parseEventBlock(block, receivedAt);
        if (event) handlers.onEvent(event);
      }
    };
    res.on("end", () => later(() => end("stream ended")));
    res.on("error", (error) => end(error.message));
  });
  req.on("error", (error) => end(error.message));
  req.end();
  return {
    close() {
      closing = true;
      req.destroy();
    },
  };
}
