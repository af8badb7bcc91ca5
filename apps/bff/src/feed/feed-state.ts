import type { CallSession, FeedDelta, FeedSnapshot, FeedStatus } from "@callboard/contract";
import { type FeedMessage, serialiseFeedEvent } from "./feed-bus";

/** How many deltas a reconnecting browser may catch up with before it gets a snapshot instead. */
const KEPT_DELTAS = 100;

/**
 * The live call list with its version history. Versions start at the clock's milliseconds, so a
 * browser holding a version from before a BFF restart never matches a new one by chance.
 */
export class FeedState {
  private sessions = new Map<number, { session: CallSession; json: string }>();
  private deltas: FeedMessage[] = [];
  private snapshotCache: FeedMessage | undefined;
  private statusMessage: FeedMessage | undefined;
  version: number;
  fetchedAt: string | null = null;

  constructor(private readonly now: () => number = Date.now) {
    this.version = now();
  }

  calls(): CallSession[] {
    return [...this.sessions.values()].map((entry) => entry.session);
  }

  has(id: number): boolean {
    return this.sessions.has(id);
  }

  get(id: number): CallSession | undefined {
    return this.sessions.get(id)?.session;
  }

  ids(): number[] {
    return [...this.sessions.keys()];
  }

  /** The delta that upserts and removes the given sessions (an event's change), or undefined. */
  change(upserted: CallSession[], removed: number[], at: string): FeedDelta | undefined {
    const changed = upserted.filter(
      (session) => this.sessions.get(session.id)?.json !== JSON.stringify(session),
    );
    const gone = removed.filter((id) => this.sessions.has(id));
    if (changed.length === 0 && gone.length === 0) return undefined;
    return {
      type: "delta",
      version: this.version + 1,
      baseVersion: this.version,
      upserted: changed,
      removed: gone,
      at,
    };
  }

  /**
   * The delta from the current list to `next`, or undefined when nothing changed. Does not
   * change the state: the delta goes out on the bus and comes back through `apply`.
   */
  diff(next: CallSession[], at: string): FeedDelta | undefined {
    const upserted: CallSession[] = [];
    const seen = new Set<number>();
    for (const session of next) {
      seen.add(session.id);
      const before = this.sessions.get(session.id);
      if (!before || before.json !== JSON.stringify(session)) upserted.push(session);
    }
    const removed = [...this.sessions.keys()].filter((id) => !seen.has(id));
    if (upserted.length === 0 && removed.length === 0) return undefined;
    return {
      type: "delta",
      version: this.version + 1,
      baseVersion: this.version,
      upserted,
      removed,
      at,
    };
  }

  /** Applies a delta from the bus; ignored unless it builds on the current version. */
  apply(message: FeedMessage): void {
    const event = message.event;
    // The missed-call queue's events ride the same bus to the same clients; no list change.
    if (event.type === "missed") return;
    if (event.type === "status") {
      this.statusMessage = message;
      this.fetchedAt = event.lastPollAt ?? this.fetchedAt;
      return;
    }
    if (event.type === "snapshot") {
      this.sessions = new Map(
        event.calls.map((s) => [s.id, { session: s, json: JSON.stringify(s) }]),
      );
      this.version = event.version;
      this.deltas = [];
      this.snapshotCache = message;
      return;
    }
    if (event.baseVersion !== this.version) return;
    for (const id of event.removed) this.sessions.delete(id);
    for (const session of event.upserted) {
      this.sessions.set(session.id, { session, json: JSON.stringify(session) });
    }
    this.version = event.version;
    this.fetchedAt = event.at;
    this.snapshotCache = undefined;
    this.deltas.push(message);
    if (this.deltas.length > KEPT_DELTAS) this.deltas.shift();
  }

  markFetched(at: string): void {
    this.fetchedAt = at;
  }

  /** The current list as one snapshot event, serialised once per version. */
  snapshot(): FeedMessage {
    if (!this.snapshotCache) {
      const event: FeedSnapshot = {
        type: "snapshot",
        version: this.version,
        calls: this.calls(),
        at: new Date(this.now()).toISOString(),
      };
      this.snapshotCache = serialiseFeedEvent(event, this.version);
    }
    return this.snapshotCache;
  }

  /** The deltas after `version`, or undefined when they are gone (or the version is unknown). */
  deltasSince(version: number): FeedMessage[] | undefined {
    if (version === this.version) return [];
    const index = this.deltas.findIndex(
      (message) => message.event.type === "delta" && message.event.baseVersion === version,
    );
    return index < 0 ? undefined : this.deltas.slice(index);
  }

  lastStatus(): FeedMessage | undefined {
    return this.statusMessage;
  }

  status(): FeedStatus | undefined {
    const event = this.statusMessage?.event;
    return event?.type === "status" ? event : undefined;
  }
}
