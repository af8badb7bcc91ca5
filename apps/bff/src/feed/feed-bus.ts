import type { FeedEvent, Language } from "@callboard/contract";

/** A feed event with its SSE frame, serialised once for every client (sse-hub.ts). */
export interface FeedMessage {
  event: FeedEvent;
  /** The frame in English (and for events without text for people). */
  frame: Buffer;
  /** Frames of the same event in other languages, when it carries a message (a status error). */
  localized?: Partial<Record<Language, Buffer>>;
}

/**
 * Carries feed events from the one poller to every BFF instance's SSE clients (a seam for
 * several instances, docs/architecture.md). In-process by default; a Redis pub/sub implementation would publish `frame` and
 * rebuild `event` from it on the other side.
 */
export interface FeedBus {
  publish(message: FeedMessage): void;
  subscribe(listener: (message: FeedMessage) => void): () => void;
}

export function createInProcessFeedBus(): FeedBus {
  const listeners = new Set<(message: FeedMessage) => void>();
  return {
    publish(message) {
      for (const listener of listeners) listener(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * `id:` is the feed version, so a reconnecting EventSource sends it back as Last-Event-ID.
 * Status events carry no id: the browser's last id stays that of the last list it holds.
 */
export function serialiseFeedEvent(event: FeedEvent, version?: number): FeedMessage {
  const id = version === undefined ? "" : `id: ${version}\n`;
  const frame = `${id}event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
  return { event, frame: Buffer.from(frame, "utf8") };
}
