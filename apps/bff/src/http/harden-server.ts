import { createServer, type RequestListener, type Server } from "node:http";
import type { SecurityLimits } from "../config-limits";

export type ServerLimits = Pick<
  SecurityLimits,
  "headersTimeoutMs" | "requestTimeoutMs" | "keepAliveTimeoutMs" | "maxConnections"
>;

/**
 * The BFF's HTTP server, bounded against slow and idle clients:
 * - `headersTimeout` and `requestTimeout` cut a client that has not finished sending its headers,
 *   or its whole request (headers and body), in time; Node answers 408 and closes the socket.
 *   Both count only while a request is still arriving: once it is received (an event stream's GET
 *   is, at once) the response may stream for as long as it likes.
 * - `keepAliveTimeout` closes a kept-alive connection that stays idle between requests.
 * - `maxConnections` refuses sockets past the cap: Node closes them unanswered and emits `drop`.
 * Node checks the two request timeouts only every `connectionsCheckingInterval` (30 s by
 * default), so the interval follows the shorter timeout: a slow client is cut soon after its
 * time, not up to 30 s later.
 */
export function createHardenedServer(
  handler: RequestListener,
  limits: ServerLimits,
  onDrop?: (dropped: number) => void,
): Server {
  // Node refuses a headers timeout longer than the request timeout; the request's bound wins.
  const headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, Math.max(50, Math.floor(headersTimeout / 4))),
    },
    handler,
  );
  server.maxConnections = limits.maxConnections;
  if (onDrop) server.on("drop", droppedReporter(onDrop));
  return server;
}

/** Reports refused connections at most once a minute, with how many, so a flood floods no log. */
function droppedReporter(report: (dropped: number) => void, intervalMs = 60_000) {
  let dropped = 0;
  let timer: NodeJS.Timeout | undefined;
  return () => {
    dropped += 1;
    if (timer) return;
    report(dropped);
    dropped = 0;
    timer = setTimeout(() => {
      timer = undefined;
      if (dropped > 0) report(dropped);
      dropped = 0;
    }, intervalMs);
    timer.unref();
  };
}
