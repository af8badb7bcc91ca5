import { expect } from "vitest";
import type { Harness } from "../harness";
import { type FaultCase, faultFor } from "./fault-cases";
import { openFeed } from "./sse-reader";

/** Persistent: every poll fails until the fault is cleared (reads are retried once). */
export const OUTAGE = 10_000;

/**
 * An SSE client watches through an outage of `fault` on list.calls: the feed says degraded with
 * the ApiError the console shows, and once the fault clears it says ok again and sends the call
 * that started while it was blind, with no reconnect and no restart.
 */
export async function expectFeedRidesOut(
  h: Harness,
  cookie: string,
  fault: FaultCase,
): Promise<void> {
  const feed = await openFeed(h.baseUrl(), cookie);
  try {
    await feed.nextStatus((e) => e.upstream === "ok" && e.lastPollAt !== null);

    await h.control.injectFault(faultFor(fault.kind, "list.calls", OUTAGE));
    const degraded = await feed.nextStatus((e) => e.upstream === "degraded", feed.events.length);
    expect(degraded.error).toMatchObject({
      status: fault.status,
      mnemonic: fault.mnemonic,
      message: fault.message,
    });
    expect(degraded.error?.retryAfterSeconds).toBe(fault.retryAfterSeconds);
    const lastGoodPoll = Date.parse(degraded.lastPollAt ?? "");

    const missed = await h.control.createCall({ state: "talk" });
    await h.control.clearFaults();
    const from = feed.events.length;
    // Recovery waits out a Retry-After where the failure carried one.
    const recovered = await feed.nextStatus(
      (e) => e.upstream === "ok",
      from,
      (fault.retryAfterSeconds ?? 0) * 1000 + 5_000,
    );
    expect(recovered.error).toBeUndefined();
    expect(Date.parse(recovered.lastPollAt ?? "")).toBeGreaterThan(lastGoodPoll);
    const update = await feed.nextList(
      (e) =>
        (e.type === "snapshot" ? e.calls : e.upserted).some((c) => c.id === missed.call_session_id),
      from,
    );
    expect(update.version).toBeGreaterThan(0);
  } finally {
    feed.close();
  }
}
