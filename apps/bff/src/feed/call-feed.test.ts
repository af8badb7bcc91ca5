import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLimitsTracker } from "../limits/tracker";
import type { CallApiClient } from "../upstream";
import { CallFeed } from "./call-feed";

describe("the poller's rhythm", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("counts the interval from each poll's start, so a slow fan-out does not stretch it", async () => {
    let calls = 0;
    const callApi = {
      call: async () => {
        calls++;
        return [];
      },
    } as unknown as CallApiClient;
    const feed = new CallFeed({
      callApi,
      limits: createLimitsTracker({}),
      baseIntervalMs: 1_000,
      now: () => Date.now(),
    });
    // Writing to thousands of SSE clients takes the event loop a while after each poll.
    feed.bus.subscribe(() => vi.setSystemTime(Date.now() + 300));
    const release = feed.watch();

    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    // 300 ms went to the fan-out: the next poll is due 700 ms later, not 1,000.
    await vi.advanceTimersByTimeAsync(699);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    // Nothing changed and no status was due: nothing went out, a full interval follows.
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(3);

    release();
    feed.close();
  });
});

describe("reconciliation requests", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("coalesce into one trailing list.calls, no sooner than the planned gap", async () => {
    let calls = 0;
    const callApi = {
      call: async () => {
        calls++;
        return [];
      },
    } as unknown as CallApiClient;
    const feed = new CallFeed({
      callApi,
      limits: createLimitsTracker({}),
      baseIntervalMs: 10_000,
      now: () => Date.now(),
    });
    const release = feed.watch();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);

    // A burst of events the feed cannot place, and actions, a second after that poll.
    await vi.advanceTimersByTimeAsync(1_000);
    for (let i = 0; i < 1_000; i++) feed.requestReconcile(i % 2 ? "action" : "unplaced_event");
    await vi.advanceTimersByTimeAsync(8_999);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toBe(2);
    // And nothing more until the next planned one.
    await vi.advanceTimersByTimeAsync(9_999);
    expect(calls).toBe(2);

    release();
    feed.close();
  });
});
