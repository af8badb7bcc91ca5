import type { Socket } from "node:net";
import type { Language } from "@callboard/contract";
import type { Request, Response } from "express";
import { pickLanguage } from "../errors";
import type { SessionEvent, SessionEvents } from "../session/session-events";
import type { CallFeed } from "./call-feed";
import { type FeedMessage, serialiseFeedEvent } from "./feed-bus";
import { httpChunk, LAST_CHUNK } from "./http-chunk";

const RETRY = Buffer.from("retry: 3000\n\n");
const PING = Buffer.from(": ping\n\n");
/** A client this far behind is dropped; its EventSource reconnects and resumes with Last-Event-ID. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/** Whose stream it is: the session it was opened in, and how to ask whether that still holds. */
export interface StreamOwner {
  sessionId: string;
  userId: number;
  /** The client's address, for the per-address cap. */
  address: string;
  /** False once the session ended or the user lost the right to the stream (disabled, demoted). */
  stillAuthorized(): boolean;
}

export interface SseHubOptions {
  /** Session ends and account changes: the streams they concern are closed at once. */
  sessionEvents?: SessionEvents;
  /** Open streams per user and per client address (5 and 20 by default). */
  maxPerUser?: number;
  maxPerAddress?: number;
}

/** What the hub keeps of one open stream (its socket is the key). */
interface SseClient {
  /** From Accept-Language, for the status event's error message. */
  language: Language;
  /** False for an HTTP/1.0 client: its body is not chunked but ends with the connection. */
  chunked: boolean;
  owner: StreamOwner | undefined;
}

/**
 * The SSE clients of one BFF instance. Every bus message is serialised once,
 * framed once as an HTTP chunk, and that same Buffer is written straight to every client's
 * socket. ServerResponse.write frames each write anew and corks the socket until a nextTick per
 * client, so per client it costs well over the write syscall itself; the direct write costs
 * little more than that syscall (bench:fanout, docs/performance.md). The last of
 * 1,000 clients waits for the whole loop. One shared timer sends the heartbeats.
 *
 * Each stream belongs to a session (its StreamOwner): a session-ended or user-changed event
 * closes the streams it concerns at once, and every heartbeat asks each owner again, so a
 * session that ended some other way (expiry, another instance) closes its stream within one
 * heartbeat period.
 */
export class SseHub {
  private readonly clients = new Map<Socket, SseClient>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;
  /** The poller runs while the hub has any client (one watch for all of them). */
  private releaseWatch: (() => void) | undefined;
  /** One listener for every socket (`this` is the socket): no closure per client. */
  private readonly onSocketClose: (this: Socket) => void;
  private readonly unsubscribeSessions: () => void;
  private readonly perUser = new Map<number, number>();
  private readonly perAddress = new Map<string, number>();
  private readonly maxPerUser: number;
  private readonly maxPerAddress: number;

  constructor(
    private readonly feed: CallFeed,
    heartbeatMs = 15_000,
    options: SseHubOptions = {},
  ) {
    this.unsubscribe = feed.bus.subscribe((message) => this.broadcast(message));
    this.unsubscribeSessions =
      options.sessionEvents?.subscribe((event) => this.onSessionEvent(event)) ?? (() => {});
    this.maxPerUser = options.maxPerUser ?? 5;
    this.maxPerAddress = options.maxPerAddress ?? 20;
    this.heartbeat = setInterval(() => {
      this.recheckOwners();
      this.writeToAll(PING);
    }, heartbeatMs);
    this.heartbeat.unref();
    const hub = this;
    this.onSocketClose = function (this: Socket) {
      hub.leave(this);
    };
  }

  get size(): number {
    return this.clients.size;
  }

  /** Whether one more stream of this owner stays within the per-user and per-address caps. */
  admits(owner: Pick<StreamOwner, "userId" | "address">): boolean {
    return (
      (this.perUser.get(owner.userId) ?? 0) < this.maxPerUser &&
      (this.perAddress.get(owner.address) ?? 0) < this.maxPerAddress
    );
  }

  /** Opens the event stream: the missed deltas (or a snapshot), the status, then every change. */
  open(req: Request, res: Response, owner?: StreamOwner): void {
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
      owner,
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
    if (owner) {
      bump(this.perUser, owner.userId, 1);
      bump(this.perAddress, owner.address, 1);
    }
    this.releaseWatch ??= this.feed.watch();
    socket.once("close", this.onSocketClose);
  }

  /**
   * Ends every stream. With `retryMs` (a draining instance) each first gets a `retry:` hint, so
   * its EventSource reconnects that soon, through the load balancer to another instance.
   */
  close(retryMs?: number): void {
    this.unsubscribe();
    this.unsubscribeSessions();
    clearInterval(this.heartbeat);
    const hint = retryMs === undefined ? undefined : Buffer.from(`retry: ${retryMs}\n\n`);
    for (const [socket, client] of this.clients) {
      if (hint && socket.writable) this.send(socket, client, hint);
      endStream(socket, client);
    }
    this.clients.clear();
    this.perUser.clear();
    this.perAddress.clear();
    this.releaseWatch?.();
    this.releaseWatch = undefined;
  }

  private onSessionEvent(event: SessionEvent): void {
    for (const [socket, client] of this.clients) {
      const owner = client.owner;
      if (!owner) continue;
      const ended =
        event.kind === "session-ended"
          ? owner.sessionId === event.sessionId
          : owner.userId === event.userId && !owner.stillAuthorized();
      if (ended) this.end(socket, client);
    }
  }

  private recheckOwners(): void {
    for (const [socket, client] of this.clients) {
      if (client.owner && !client.owner.stillAuthorized()) this.end(socket, client);
    }
  }

  /** Ends one stream cleanly (the client sees the end of the body, and its EventSource retries). */
  private end(socket: Socket, client: SseClient): void {
    this.leave(socket);
    endStream(socket, client);
  }

  private leave(socket: Socket): void {
    const client = this.clients.get(socket);
    if (!client) return;
    this.clients.delete(socket);
    if (client.owner) {
      bump(this.perUser, client.owner.userId, -1);
      bump(this.perAddress, client.owner.address, -1);
    }
    if (this.clients.size > 0) return;
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

function endStream(socket: Socket, client: SseClient): void {
  if (client.chunked) socket.end(LAST_CHUNK);
  else socket.end();
}

function bump<K>(counts: Map<K, number>, key: K, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}
