import { get, type IncomingMessage, request } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import express from "express";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLimitsTracker } from "../limits/tracker";
import type { CallApiClient } from "../upstream";
import { CallFeed } from "./call-feed";
import { type FeedMessage, serialiseFeedEvent } from "./feed-bus";
import { SseHub } from "./sse-hub";

// The hub against real sockets: an Express app with only the event stream, a feed whose
// upstream answers an empty list, and node's own HTTP client, which refuses a malformed chunk.
let feed: CallFeed;
let hub: SseHub;
let baseUrl: string;
let close: () => Promise<void>;

beforeEach(async () => {
  const callApi = { call: async () => [] } as unknown as CallApiClient;
  feed = new CallFeed({ callApi, limits: createLimitsTracker({}), baseIntervalMs: 60_000 });
  hub = new SseHub(feed, 60_000);
  const app = express();
  app.get("/events", (req, res) => hub.open(req, res));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => {
    hub.close();
    feed.close();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
});
afterEach(() => close());

async function waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** An SSE client on node's HTTP client: the body text as it arrives, and how the stream ended. */
function openStream(headers: Record<string, string> = {}) {
  const stream = { text: "", response: undefined as IncomingMessage | undefined, ended: "" };
  const req = get(`${baseUrl}/events`, { headers }, (response) => {
    stream.response = response;
    response.setEncoding("utf8");
    response.on("data", (chunk: string) => {
      stream.text += chunk;
    });
    response.on("end", () => {
      stream.ended ||= "end";
    });
    response.on("aborted", () => {
      stream.ended ||= "aborted";
    });
  });
  req.on("error", () => {
    stream.ended ||= "error";
  });
  return { stream, req };
}

function statusMessage(frame: Buffer): FeedMessage {
  return { event: feed.status(), frame };
}

describe("the SSE hub's write path", () => {
  it("writes each event as an HTTP chunk a real client parses, in order, to every client", async () => {
    const clients = [openStream(), openStream(), openStream()];
    await waitFor(() => hub.size === 3, "3 clients");
    const first = feed.state.version;
    const delta = {
      type: "delta" as const,
      version: first + 1,
      baseVersion: first,
      upserted: [],
      removed: [42],
      at: new Date().toISOString(),
    };
    feed.bus.publish(serialiseFeedEvent(delta, delta.version));
    feed.bus.publish(statusMessage(Buffer.from(": ping\n\n")));

    for (const { stream } of clients) {
      await waitFor(() => stream.text.endsWith(": ping\n\n"), "the ping");
      expect(stream.response?.headers["transfer-encoding"]).toBe("chunked");
      expect(stream.response?.headers["content-type"]).toBe("text/event-stream; charset=utf-8");
      const blocks = stream.text.split("\n\n").filter(Boolean);
      expect(blocks[0]).toBe("retry: 3000");
      expect(blocks[1]).toMatch(/^id: \d+\nevent: snapshot\ndata: \{/);
      expect(blocks[2]).toMatch(/^event: status\ndata: \{/);
      // The first poll's status may come in between, depending on when this client connected.
      const rest = blocks.slice(3).filter((block) => !block.startsWith("event: status\n"));
      expect(rest).toEqual([
        `id: ${delta.version}\nevent: delta\ndata: ${JSON.stringify(delta)}`,
        ": ping",
      ]);
    }
  });

  it("ends every stream with the last chunk on close, so clients see a clean end", async () => {
    const { stream } = openStream();
    await waitFor(() => hub.size === 1, "the client");
    hub.close();
    await waitFor(() => stream.ended !== "", "the end of the stream");
    expect(stream.ended).toBe("end");
  });

  it("drops a client that stops reading once 1 MB waits for it; the others keep their feed", async () => {
    const reader = openStream();
    const stalled = openStream();
    await waitFor(() => hub.size === 2 && stalled.stream.response !== undefined, "2 clients");
    stalled.stream.response?.pause();
    stalled.req.socket?.pause();

    const frame = Buffer.from(`: ${"x".repeat(256 * 1024)}\n\n`);
    let sent = 0;
    // Loopback buffers a few MB in the kernel before the BFF's own queue grows: keep sending.
    while (hub.size === 2 && sent < 400) {
      feed.bus.publish(statusMessage(frame));
      sent++;
      await waitFor(() => reader.stream.text.length >= sent * frame.length, "the reader");
    }
    expect(hub.size).toBe(1);
    expect(sent).toBeLessThan(400);
    feed.bus.publish(statusMessage(Buffer.from(": after\n\n")));
    await waitFor(() => reader.stream.text.endsWith(": after\n\n"), "the next event");
  });

  it("keeps the poller running while any client is open, and only then", async () => {
    expect(feed.isPolling()).toBe(false);
    const a = openStream();
    const b = openStream();
    await waitFor(() => hub.size === 2, "2 clients");
    expect(feed.isPolling()).toBe(true);
    expect(feed.watcherCount()).toBeGreaterThan(0);
    a.req.destroy();
    await waitFor(() => hub.size === 1, "one left");
    expect(feed.watcherCount()).toBeGreaterThan(0);
    b.req.destroy();
    await waitFor(() => hub.size === 0, "none left");
    expect(feed.watcherCount()).toBe(0);
  });

  it("streams unchunked to an HTTP/1.0 client, ended by the connection", async () => {
    const socket = connect(Number(new URL(baseUrl).port), "127.0.0.1");
    let raw = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      raw += chunk;
    });
    socket.write("GET /events HTTP/1.0\r\nAccept: text/event-stream\r\n\r\n");
    await waitFor(() => hub.size === 1 && raw.includes("event: status"), "the status event");
    feed.bus.publish(statusMessage(Buffer.from(": ping\n\n")));
    await waitFor(() => raw.endsWith(": ping\n\n"), "the ping");
    const [head, body] = raw.split("\r\n\r\n");
    expect(head).not.toMatch(/transfer-encoding/i);
    expect(body?.startsWith("retry: 3000\n\nid: ")).toBe(true);
    socket.destroy();
  });

  it("answers HEAD with the headers only and keeps no client", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${baseUrl}/events`, { method: "HEAD" }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(200);
    expect(hub.size).toBe(0);
  });
});
