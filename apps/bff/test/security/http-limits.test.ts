import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHardenedServer } from "../../src/http/harden-server";
import { type Harness, startHarness, waitFor } from "../harness";
import { loginCookie, openEventStream } from "../sse-client";

const REQUEST_TIMEOUT_MS = 1_000;
const KEEP_ALIVE_MS = 300;
/** Node's checking interval for these timeouts (harden-server: a quarter of the shorter one). */
const CHECK_MS = REQUEST_TIMEOUT_MS / 4;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    heartbeatMs: 100,
    env: {
      CALLBOARD_HTTP_HEADERS_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      CALLBOARD_HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      CALLBOARD_HTTP_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_MS),
    },
  });
});
afterAll(async () => {
  await h?.close();
});

/** A raw client socket: everything it received, and when the server closed it. */
async function rawClient(port: number) {
  const socket: Socket = connect(port, "127.0.0.1");
  const client = { socket, received: "", closedAt: undefined as number | undefined };
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => {
    client.received += chunk;
  });
  socket.on("error", () => {});
  socket.on("close", () => {
    client.closedAt = Date.now();
  });
  await new Promise<void>((resolve) => socket.once("connect", resolve));
  return client;
}

const port = () => Number(new URL(h.baseUrl()).port);

/** Sends one byte of `text` every `everyMs` until the socket closes; returns when it started. */
function trickle(socket: Socket, text: string, everyMs = 100): number {
  let at = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || at >= text.length) clearInterval(timer);
    else socket.write(text[at++] ?? "");
  }, everyMs);
  socket.once("close", () => clearInterval(timer));
  return Date.now();
}

describe("the HTTP server's timeouts and connection cap", () => {
  it("cuts a body sent slowly (headers sent, body trickled) at the request timeout with 408", async () => {
    const client = await rawClient(port());
    client.socket.write(
      "POST /api/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n",
    );
    const started = trickle(client.socket, `{"username":"operator","password":"${"x".repeat(150)}`);
    await waitFor(() => client.closedAt, REQUEST_TIMEOUT_MS * 5, "the slow body to be cut");
    expect(client.received).toMatch(/^HTTP\/1\.1 408/);
    expect((client.closedAt ?? 0) - started).toBeLessThan(REQUEST_TIMEOUT_MS + CHECK_MS + 1_000);
  });

  it("cuts headers sent slowly at the headers timeout", async () => {
    const client = await rawClient(port());
    const started = trickle(
      client.socket,
      `GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ${"y".repeat(200)}`,
    );
    await waitFor(() => client.closedAt, REQUEST_TIMEOUT_MS * 5, "the slow headers to be cut");
    expect(client.received).not.toMatch(/^HTTP\/1\.1 200/);
    expect((client.closedAt ?? 0) - started).toBeLessThan(REQUEST_TIMEOUT_MS + CHECK_MS + 1_000);
  });

  it("closes a kept-alive connection left idle after its answer", async () => {
    const client = await rawClient(port());
    client.socket.write(
      "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n",
    );
    await waitFor(() => /\r\n\r\n/.test(client.received), 2_000, "the answer");
    const answeredAt = Date.now();
    expect(client.received).toMatch(/^HTTP\/1\.1 200/);
    expect(client.received).toMatch(/Keep-Alive: timeout=/i);
    await waitFor(() => client.closedAt, KEEP_ALIVE_MS * 10, "the idle connection to close");
    // Node closes it a second after the advertised timeout (its grace for clients in flight).
    expect((client.closedAt ?? 0) - answeredAt).toBeLessThan(KEEP_ALIVE_MS + 1_000 + 1_000);
  });

  it("keeps an event stream open well past the request timeout", async () => {
    const cookie = await loginCookie(h.baseUrl(), "operator");
    const stream = openEventStream(`${h.baseUrl()}/api/calls/events`, { cookie });
    expect(await stream.ready).toBe(200);
    const openedAt = Date.now();
    // Heartbeats (every 100 ms) mark time passing; the stream must outlive two request timeouts
    // and as many checks of them.
    await waitFor(
      () => Date.now() - openedAt > 2 * (REQUEST_TIMEOUT_MS + CHECK_MS) && stream.comments.length,
      REQUEST_TIMEOUT_MS * 10,
      "heartbeats past the request timeout",
    );
    expect(stream.endedAt).toBeUndefined();
    const heartbeats = stream.comments.length;
    await waitFor(() => stream.comments.length > heartbeats, 2_000, "one more heartbeat");
    expect(stream.endedAt).toBeUndefined();
    stream.close();
  });

  it("refuses connections past the cap, and admits again once one closes", async () => {
    const MAX = 10;
    const drops: number[] = [];
    const capped: Server = createHardenedServer(
      h.app.app,
      {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 10_000,
        keepAliveTimeoutMs: 10_000,
        maxConnections: MAX,
      },
      (dropped) => drops.push(dropped),
    );
    await new Promise<void>((resolve) => capped.listen(0, "127.0.0.1", resolve));
    const cappedPort = (capped.address() as AddressInfo).port;
    const answered = async () => {
      const client = await rawClient(cappedPort);
      client.socket.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
      await waitFor(
        () => /^HTTP\/1\.1 200/.test(client.received) || client.closedAt,
        2_000,
        "an answer or a close",
      );
      return client;
    };
    try {
      const held = [];
      for (let i = 0; i < MAX; i++) held.push(await answered());
      expect(held.every((c) => c.received.startsWith("HTTP/1.1 200") && !c.closedAt)).toBe(true);

      const refused = await answered();
      expect(refused.received).toBe("");
      expect(refused.closedAt).toBeDefined();
      expect(drops).toEqual([1]);

      held[0]?.socket.destroy();
      const admitted = await waitFor(
        async () => {
          const client = await answered();
          return client.received.startsWith("HTTP/1.1 200") ? client : undefined;
        },
        2_000,
        "a connection admitted after one closed",
      );
      expect(admitted.closedAt).toBeUndefined();
      for (const client of [...held, admitted]) client.socket.destroy();
    } finally {
      capped.closeAllConnections();
      await new Promise<void>((resolve) => capped.close(() => resolve()));
    }
  });
});
