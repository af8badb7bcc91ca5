import { limitsReportSchema } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { createLimitsTracker } from "./tracker";

const start = Date.parse("2026-11-26T10:00:00.000Z");

function trackerAt(options: { weights?: Record<string, number>; historySeconds?: number } = {}) {
  let nowMs = start;
  const tracker = createLimitsTracker({ now: () => nowMs, ...options });
  return { tracker, advance: (ms: number) => (nowMs += ms) };
}

const limits = (minuteRemaining: number, extra: Record<string, number> = {}) => ({
  limits: {
    day_limit: 750,
    day_remaining: 741,
    day_reset: 31492,
    minute_limit: 150,
    minute_remaining: minuteRemaining,
    minute_reset: 52,
    ...extra,
  },
});

describe("limits tracker", () => {
  it("knows nothing before the first reply", () => {
    const { tracker } = trackerAt();
    expect(tracker.current()).toBeNull();
    expect(tracker.budget()).toBeNull();
    expect(tracker.minuteRemainingRatio()).toBeNull();
    expect(tracker.report(2000)).toMatchObject({ current: null, history: [], apiVersion: null });
  });

  it("keeps the latest limits and computes reset times from when they were seen", () => {
    const { tracker } = trackerAt();
    tracker.record(limits(149), "list.calls", "success");
    expect(tracker.current()).toEqual({
      at: "2026-11-26T10:00:00.000Z",
      minuteLimit: 150,
      minuteRemaining: 149,
      dayLimit: 750,
      dayRemaining: 741,
    });
    expect(tracker.budget()).toEqual({
      minuteRemaining: 149,
      minuteLimit: 150,
      dayRemaining: 741,
      dayLimit: 750,
      minuteResetAt: "2026-11-26T10:00:52.000Z",
      dayResetAt: new Date(start + 31492_000).toISOString(),
      deprecated: false,
    });
    expect(tracker.minuteRemainingRatio()).toBeCloseTo(149 / 150);
  });

  it("restores the minute budget once its reset time has passed", () => {
    const { tracker, advance } = trackerAt();
    tracker.record(limits(3), "hold.call", "success");
    expect(tracker.minuteRemainingRatio()).toBeCloseTo(3 / 150);
    advance(53_000);
    expect(tracker.budget()).toMatchObject({
      minuteRemaining: 150,
      minuteResetAt: "2026-11-26T10:01:52.000Z",
      dayRemaining: 741,
    });
    expect(tracker.minuteRemainingRatio()).toBe(1);
  });

  it("merges a reply that carries only part of the limits, and ignores `{}`", () => {
    const { tracker, advance } = trackerAt();
    tracker.record(limits(100), "list.calls", "success");
    advance(1000);
    tracker.record({ limits: {} }, "hold.call", "error");
    tracker.record({ limits: { minute_remaining: 90 } }, "list.calls", "success");
    expect(tracker.current()).toMatchObject({ minuteRemaining: 90, dayRemaining: 741 });
  });

  it("keeps at most one sample per second, for the configured history", () => {
    const { tracker, advance } = trackerAt({ historySeconds: 10 });
    tracker.record(limits(149), "list.calls", "success");
    advance(300);
    tracker.record(limits(148), "list.calls", "success");
    expect(tracker.report(1000).history.map((sample) => sample.minuteRemaining)).toEqual([148]);
    for (let second = 1; second <= 20; second++) {
      advance(1000);
      tracker.record(limits(148 - second), "list.calls", "success");
    }
    const history = tracker.report(1000).history;
    expect(history).toHaveLength(11);
    expect(history[0]?.minuteRemaining).toBe(138);
    expect(history.at(-1)?.minuteRemaining).toBe(128);
  });

  it("counts points spent by category, on success only, with configured weights", () => {
    const { tracker } = trackerAt({ weights: { "start.simple_call": 3 } });
    tracker.record(limits(149), "list.calls", "success");
    tracker.record(limits(148), "list.calls", "success");
    tracker.record(limits(147), "get.tags", "success");
    tracker.record(limits(146), "list.talk_options", "success");
    tracker.record(limits(143), "start.simple_call", "success");
    tracker.record(limits(143), "hold.call", "error");
    tracker.record(limits(142), "hold.call", "success");
    tracker.record(limits(142), "hold.call");
    expect(tracker.report(2000).spent).toEqual({ polling: 2, directory: 2, actions: 4 });
  });

  it("reports the deprecation of the API version", () => {
    const { tracker } = trackerAt();
    tracker.record(
      {
        ...limits(149),
        api_version: {
          current_version_depricated: true,
          current_version: "4.0",
          latest_version: "5.0",
        },
      },
      "list.calls",
      "success",
    );
    expect(tracker.budget()?.deprecated).toBe(true);
    const report = tracker.report(2500);
    expect(report.apiVersion).toEqual({ current: "4.0", latest: "5.0", deprecated: true });
    expect(report.pollIntervalMs).toBe(2500);
    expect(limitsReportSchema.omit({ plan: true }).safeParse(report).success).toBe(true);
  });
});
