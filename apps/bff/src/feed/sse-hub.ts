import type { Language } from "@callboard/contract";
import type { Request, Response } from "express";
import { pickLanguage } from "../errors";
import type { CallFeed } from "./call-feed";
import { type FeedMessage, serialiseFeedEvent } from "./feed-bus";

const PING = Buffer.from(": ping\n\n");
/** A client this far behind is dropped; its EventSource reconnects and resumes with Last-Event-ID. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/**
 * The SSE clients of one BFF instance. Every bus message is written as the same Buffer to every
 * client (serialised once, performance-notes), and one shared timer sends the heartbeats.
 */
export class SseHub {
  /** Each client with the language of its Accept-Language (for status errors). */
  private readonly clients = new Map<Response, Language>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly feed: CallFeed,
    heartbeatMs = 15_000,
  ) {
    this.unsubscribe = feed.bus.subscribe((message) => this.broadcast(message));
    this.heartbeat = setInterval(() => {
      for (const client of this.clients.keys()) this.write(client, PING);
    }, heartbeatMs);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  /** Opens the event stream: the missed deltas (or a snapshot), the status, then every change. */
  open(req: Request, res: Response): void {
    res.status(200);
    res.set({
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    res.flushHeaders();
    req.socket.setNoDelay(true);
    res.write("retry: 3000\n\n");

    const lastEventId = Number(req.get("last-event-id") ?? Number.NaN);
    const missed = Number.isSafeInteger(lastEventId)
      ? this.feed.state.deltasSince(lastEventId)
      : undefined;
    for (const message of missed ?? [this.feed.state.snapshot()]) res.write(message.frame);
    const language = pickLanguage(req.get("accept-language"));
    res.write(serialiseFeedEvent(this.feed.status(language)).frame);

    this.clients.set(res, language);
    const release = this.feed.watch();
    const leave = () => {
      this.clients.delete(res);
      release();
    };
    req.on("close", leave);
    res.on("close", leave);
  }

  close(): void {
    this.unsubscribe();
    clearInterval(this.heartbeat);
    for (const client of this.clients.keys()) client.end();
    this.clients.clear();
  }

  private broadcast(message: FeedMessage): void {
    for (const [client, language] of this.clients) {
      this.write(client, message.localized?.[language] ?? message.frame);
    }
  }

  private write(client: Response, frame: Buffer): void {
    if (client.destroyed || client.writableEnded) {
      this.clients.delete(client);
      return;
    }
    if (client.writableLength > MAX_BUFFERED_BYTES) {
      client.destroy();
      this.clients.delete(client);
      return;
    }
    client.write(frame);
  }
}
