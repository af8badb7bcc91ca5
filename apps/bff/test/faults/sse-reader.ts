import { type ClientRequest, request } from "node:http";
import {
  type FeedDelta,
  type FeedEvent,
  type FeedSnapshot,
  type FeedStatus,
  feedEventSchema,
} from "@callboard/contract";
import { waitFor } from "../harness";

/** The session cookie of a fresh login, for clients that are not supertest agents. */
export async function sessionCookie(baseUrl: string, username: string): Promise<string> {
  const reply = await fetch(`${baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: "demo" }),
  });
  if (reply.status !== 200) throw new Error(`login ${username}: ${reply.status}`);
  const cookie = reply.headers.getSetCookie().find((line) => line.startsWith("callboard_session="));
  if (!cookie) throw new Error("no session cookie");
  return cookie.split(";")[0] ?? "";
}

export interface FeedReader {
  /** Every event so far, parsed with the contract's schema, in order. */
  events: FeedEvent[];
  /** Waits for the first status event after index `from` that `match` accepts. */
  nextStatus(
    match: (status: FeedStatus) => boolean,
    from?: number,
    timeoutMs?: number,
  ): Promise<FeedStatus>;
  /** Waits for the first snapshot or delta after index `from` that `match` accepts. */
  nextList(
    match: (event: FeedSnapshot | FeedDelta) => boolean,
    from?: number,
    timeoutMs?: number,
  ): Promise<FeedSnapshot | FeedDelta>;
  close(): void;
}

/** An EventSource stand-in: reads GET /api/calls/events and parses every SSE frame. */
export async function openFeed(baseUrl: string, cookie: string): Promise<FeedReader> {
  const events: FeedEvent[] = [];
  let buffer = "";
  let clientRequest: ClientRequest | undefined;
  await new Promise<void>((resolve, reject) => {
    clientRequest = request(
      `${baseUrl}/api/calls/events`,
      { headers: { cookie, accept: "text/event-stream" } },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`feed: HTTP ${response.statusCode}`));
          return;
        }
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          buffer += chunk;
          for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = frame
              .split("\n")
              .filter((line) => line.startsWith("data: "))
              .map((line) => line.slice(6))
              .join("\n");
            if (data) events.push(feedEventSchema.parse(JSON.parse(data)));
          }
        });
        resolve();
      },
    );
    clientRequest.on("error", reject);
    clientRequest.end();
  });
  return {
    events,
    nextStatus: (match, from = 0, timeoutMs = 5_000) =>
      waitFor(
        () => events.slice(from).find((e): e is FeedStatus => e.type === "status" && match(e)),
        timeoutMs,
        "a feed status",
      ),
    nextList: (match, from = 0, timeoutMs = 5_000) =>
      waitFor(
        () =>
          events
            .slice(from)
            .find(
              (e): e is FeedSnapshot | FeedDelta =>
                (e.type === "snapshot" || e.type === "delta") && match(e),
            ),
        timeoutMs,
        "a feed snapshot or delta",
      ),
    close: () => clientRequest?.destroy(),
  };
}
