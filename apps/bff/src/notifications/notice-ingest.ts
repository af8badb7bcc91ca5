import { type NotificationEvent, notificationEvents } from "@callboard/callapi";
import type { NoticeRefusal, NotificationStatus, TriggerSelfTest } from "@callboard/contract";
import type { CallNotice, CallNoticeSource } from "./call-notice";
import { parseNotice } from "./parse-notice";

/** How many accepted notifications are remembered to spot a repeat (a retry, a reorder). */
const REMEMBERED = 20_000;

interface Counters {
  lastAcceptedAt: number | null;
  accepted: number;
  duplicates: number;
  refused: Partial<Record<NoticeRefusal, number>>;
}

export type IngestOutcome =
  | { kind: "accepted"; notice: CallNotice }
  | { kind: "duplicate" }
  | { kind: "refused"; reason: NoticeRefusal; event: string | null };

/**
 * Where CallGear's notifications come in: each body is parsed tolerantly, a repeat of one
 * already accepted is dropped, and the rest go to every subscriber (the live feed, the call
 * history). Counts per trigger what came, what repeated and what was refused, for the kit's
 * self-test.
 */
export class NoticeIngest implements CallNoticeSource {
  private readonly listeners = new Set<(notice: CallNotice) => void>();
  private readonly seen = new Set<string>();
  private readonly counters = new Map<NotificationEvent, Counters>(
    notificationEvents.map((event) => [
      event,
      { lastAcceptedAt: null, accepted: 0, duplicates: 0, refused: {} },
    ]),
  );
  private readonly unattributed: Partial<Record<NoticeRefusal, number>> = {};
  private lastRefusal: NotificationStatus["lastRefusal"] = null;
  /** When the last notification was accepted (ms), null before any. */
  lastAcceptedAt: number | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  subscribe(listener: (notice: CallNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Takes one decoded body. Never throws: a body it cannot use is counted and reported. */
  ingest(body: unknown): IngestOutcome {
    const parsed = parseNotice(body, this.now());
    if (!parsed.ok) {
      this.refuse(parsed.reason, parsed.event);
      return { kind: "refused", reason: parsed.reason, event: parsed.event };
    }
    const { notice } = parsed;
    const counters = this.counters.get(notice.event);
    const key = dedupeKey(notice);
    if (this.seen.has(key)) {
      if (counters) counters.duplicates++;
      return { kind: "duplicate" };
    }
    this.remember(key);
    if (counters) {
      counters.accepted++;
      counters.lastAcceptedAt = notice.receivedAt;
    }
    this.lastAcceptedAt = notice.receivedAt;
    for (const listener of this.listeners) listener(notice);
    return { kind: "accepted", notice };
  }

  /** Counts a refusal the route decided (a wrong secret, a body that is not JSON). */
  refuse(reason: NoticeRefusal, event: string | null = null): void {
    const counters = event === null ? undefined : this.counters.get(event as NotificationEvent);
    const counts = counters ? counters.refused : this.unattributed;
    counts[reason] = (counts[reason] ?? 0) + 1;
    this.lastRefusal = { at: new Date(this.now()).toISOString(), reason, event };
  }

  status(enabled: boolean): NotificationStatus {
    const events: TriggerSelfTest[] = notificationEvents.map((event) => {
      const c = this.counters.get(event);
      return {
        event,
        lastAcceptedAt: c?.lastAcceptedAt ? new Date(c.lastAcceptedAt).toISOString() : null,
        accepted: c?.accepted ?? 0,
        duplicates: c?.duplicates ?? 0,
        refused: { ...c?.refused },
      };
    });
    return {
      enabled,
      events,
      unattributed: { ...this.unattributed },
      lastRefusal: this.lastRefusal,
    };
  }

  private remember(key: string): void {
    this.seen.add(key);
    if (this.seen.size > REMEMBERED) {
      // A Set iterates in insertion order: the first is the oldest.
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }
}

/** Two notifications are the same when everything but the moment of arrival is. */
function dedupeKey(notice: CallNotice): string {
  const { receivedAt: _receivedAt, ...rest } = notice;
  return JSON.stringify(rest);
}
