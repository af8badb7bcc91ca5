/** A post the notification server has yet to make. */
export interface Delivery {
  body: string;
  /** Real time (Date.now()) before which it is not posted. */
  dueAt: number;
  /** Counts the outcome: true = the receiver answered 2xx. */
  settle: (ok: boolean) => void;
}

/** A receiver that does not answer within this is given up (the server never waits long). */
const POST_TIMEOUT_MS = 2_000;
/** Posts waiting for one slow receiver beyond this are dropped (and counted as failed). */
const MAX_PENDING = 10_000;

/**
 * The posts to one URL, made one at a time in queue order on real timers (the simulated clock
 * may stand still). Order changes only when a delivery is queued to overtake the one before
 * it, so with reordering off a receiver sees a call's events in the order they happened.
 */
export class DeliveryQueue {
  private pending: Delivery[] = [];
  private posting = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly url: string) {}

  /** Queues a post; `overtake` puts it before the last one still waiting, if any. */
  enqueue(delivery: Delivery, overtake = false): void {
    if (this.closed) return;
    if (this.pending.length >= MAX_PENDING) {
      delivery.settle(false);
      return;
    }
    const before = overtake ? this.pending.at(-1) : undefined;
    if (before) {
      delivery.dueAt = Math.min(delivery.dueAt, before.dueAt);
      this.pending.splice(this.pending.length - 1, 0, delivery);
    } else {
      this.pending.push(delivery);
    }
    this.pump();
  }

  get size(): number {
    return this.pending.length + (this.posting ? 1 : 0);
  }

  /** Drops whatever waits; a post under way still finishes. */
  close(): void {
    this.closed = true;
    this.pending = [];
    clearTimeout(this.timer);
  }

  private pump(): void {
    if (this.posting || this.closed) return;
    const next = this.pending[0];
    if (!next) return;
    const wait = next.dueAt - Date.now();
    clearTimeout(this.timer);
    if (wait > 0) {
      this.timer = setTimeout(() => this.pump(), wait);
      this.timer.unref();
      return;
    }
    this.pending.shift();
    this.posting = true;
    void this.post(next).finally(() => {
      this.posting = false;
      this.pump();
    });
  }

  private async post(delivery: Delivery): Promise<void> {
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: delivery.body,
        signal: AbortSignal.timeout(POST_TIMEOUT_MS),
      });
      await response.arrayBuffer();
      delivery.settle(response.ok);
    } catch {
      delivery.settle(false);
    }
  }
}
