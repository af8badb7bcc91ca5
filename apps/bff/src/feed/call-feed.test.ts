import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLimitsTracker } from "../limits/tracker";
import { type CallApiClient, UpstreamError } from "../upstream";
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

  it("wait out a spent minute, unless an action shows the minute has points again", async () => {
    let calls = 0;
    let spent = true;
    const callApi = {
      call: async () => {
        calls++;
        if (spent) {
          throw new UpstreamError({
            kind: "rpc",
            method: "list.calls",
            mnemonic: "limit_exceeded",
            params: { limit_type: "minute" },
            metadata: { limits: { minute_limit: 150, minute_remaining: 0, minute_reset: 50 } },
          });
        }
        return [];
      },
    } as unknown as CallApiClient;
    const limits = createLimitsTracker({ now: () => Date.now() });
    const feed = new CallFeed({ callApi, limits, baseIntervalMs: 1_000, now: () => Date.now() });
    const release = feed.watch();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    expect(feed.status().slowdown?.reason).toBe("limit_exceeded");

    // An action refused for the same reason changes nothing: the poll waits for the reset.
    feed.requestReconcile("action");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(1);

    // The minute was topped up; an action's reply says so, and the feed polls at once.
    spent = false;
    limits.record(
      { limits: { minute_limit: 150, minute_remaining: 149, day_limit: 750, day_remaining: 700 } },
      "hold.call",
      "success",
    );
    feed.requestReconcile("action");
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(2);
    expect(feed.status().upstream).toBe("ok");

    release();
    feed.close();
  });
});
