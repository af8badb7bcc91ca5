import type { Socket } from "node:net";
import type { Language } from "@callboard/contract";
import type { Request, Response } from "express";
import { pickLanguage } from "../errors";
import type { CallFeed } from "./call-feed";
import { type FeedMessage, serialiseFeedEvent } from "./feed-bus";
import { httpChunk, LAST_CHUNK } from "./http-chunk";

const RETRY = Buffer.from("retry: 3000\n\n");
const PING = Buffer.from(": ping\n\n");
/** A client this far behind is dropped; its EventSource reconnects and resumes with Last-Event-ID. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/** What the hub keeps of one open stream (its socket is the key). */
interface SseClient {
  /** From Accept-Language, for the status event's error message. */
  language: Language;
  /** False for an HTTP/1.0 client: its body is not chunked but ends with the connection. */
  chunked: boolean;
}

/**
 * The SSE clients of one BFF instance. Every bus message is serialised once (performance-notes),
 * framed once as an HTTP chunk, and that same Buffer is written straight to every client's
 * socket. ServerResponse.write frames each write anew and corks the socket until a nextTick per
 * client: 35-60 us per client against 20-40 us for the direct write on this 2-core VM (1,000
 * loopback sockets, 837-byte delta), where the write syscall alone is 12-18 us. The last of
 * 1,000 clients waits for the whole loop. One shared timer sends the heartbeats.
 */
export class SseHub {
  private readonly clients = new Map<Socket, SseClient>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;
  /** The poller runs while the hub has any client (one watch for all of them). */
  private releaseWatch: (() => void) | undefined;
  /** One listener for every socket (`this` is the socket): no closure per client. */
  private readonly onSocketClose: (this: Socket) => void;

  constructor(
    private readonly feed: CallFeed,
    heartbeatMs = 15_000,
  ) {
    this.unsubscribe = feed.bus.subscribe((message) => this.broadcast(message));
    this.heartbeat = setInterval(() => this.writeToAll(PING), heartbeatMs);
    this.heartbeat.unref();
    const hub = this;
    this.onSocketClose = function (this: Socket) {
      hub.leave(this);
    };
  }

  get size(): number {
    return this.clients.size;
  }

  /** Opens the event stream: the missed deltas (or a snapshot), the status, then every change. */
  open(req: Request, res: Response): void {
    if (req.method === "HEAD") {
      res.status(200).type("text/event-stream").end();
      return;
    }
    res.status(200);
    res.set({
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    // The headers go out now; from here on the body is written to the socket directly, framed
    // as ServerResponse would (chunked unless the client spoke HTTP/1.0).
    res.flushHeaders();
    const socket = res.socket;
    if (!socket || socket.destroyed) {
      // Queued behind another response on a pipelined connection: the EventSource retries.
      res.end();
      return;
    }
    socket.setNoDelay(true);
    const client: SseClient = {
      language: pickLanguage(req.get("accept-language")),
      chunked: res.chunkedEncoding,
    };

    const lastEventId = Number(req.get("last-event-id") ?? Number.NaN);
    const missed = Number.isSafeInteger(lastEventId)
      ? this.feed.state.deltasSince(lastEventId)
      : undefined;
    socket.cork();
    this.send(socket, client, RETRY);
    for (const message of missed ?? [this.feed.state.snapshot()]) {
      this.send(socket, client, message.frame);
    }
    this.send(socket, client, serialiseFeedEvent(this.feed.status(client.language)).frame);
    socket.uncork();

    this.clients.set(socket, client);
    this.releaseWatch ??= this.feed.watch();
    socket.once("close", this.onSocketClose);
  }

  /**
   * Ends every stream. With `retryMs` (a draining instance) each first gets a `retry:` hint, so
   * its EventSource reconnects that soon, through the load balancer to another instance.
   */
  close(retryMs?: number): void {
    this.unsubscribe();
    clearInterval(this.heartbeat);
    const hint = retryMs === undefined ? undefined : Buffer.from(`retry: ${retryMs}\n\n`);
    for (const [socket, client] of this.clients) {
      if (hint && socket.writable) this.send(socket, client, hint);
      if (client.chunked) socket.end(LAST_CHUNK);
      else socket.end();
    }
    this.clients.clear();
    this.releaseWatch?.();
    this.releaseWatch = undefined;
  }

  private leave(socket: Socket): void {
    if (!this.clients.delete(socket) || this.clients.size > 0) return;
    this.releaseWatch?.();
    this.releaseWatch = undefined;
  }

  private broadcast(message: FeedMessage): void {
    const localized = message.localized;
    if (!localized) {
      this.writeToAll(message.frame);
      return;
    }
    for (const [socket, client] of this.clients) {
      this.write(socket, client, localized[client.language] ?? message.frame);
    }
  }

  /** The hot loop: one frame, framed once, to every socket in turn. */
  private writeToAll(frame: Buffer): void {
    const chunk = httpChunk(frame);
    for (const [socket, client] of this.clients) {
      this.write(socket, client, frame, chunk);
    }
  }

  private write(socket: Socket, client: SseClient, frame: Buffer, chunk?: Buffer): void {
    if (socket.destroyed || !socket.writable) {
      this.leave(socket);
      return;
    }
    if (socket.writableLength > MAX_BUFFERED_BYTES) {
      socket.destroy();
      this.leave(socket);
      return;
    }
    this.send(socket, client, frame, chunk);
  }

  private send(socket: Socket, client: SseClient, frame: Buffer, chunk?: Buffer): void {
    socket.write(client.chunked ? (chunk ?? httpChunk(frame)) : frame);
  }
}
