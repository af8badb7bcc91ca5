import { describe, expect, it } from "vitest";
import { StartTimeEstimator } from "./start-time";

describe("start time estimates", () => {
  it("learns the account's zone from a new session and applies it to zoneless times", () => {
    let now = Date.parse("2026-03-01T09:00:10Z");
    const estimator = new StartTimeEstimator(() => now);
    // Moscow (UTC+3) local time of a call that began 10 s ago.
    expect(estimator.estimate(1, "2026-03-01T12:00:00.000", true)).toBe("2026-03-01T09:00:00.000Z");
    now += 60_000;
    expect(estimator.estimate(2, "2026-03-01 11:40:00", false)).toBe("2026-03-01T08:40:00.000Z");
  });

  it("uses a zone when the time has one, and keeps each estimate stable", () => {
    let now = Date.parse("2026-03-01T09:00:00Z");
    const estimator = new StartTimeEstimator(() => now);
    expect(estimator.estimate(3, "2026-03-01T08:59:00Z", false)).toBe("2026-03-01T08:59:00.000Z");
    now += 5_000;
    expect(estimator.estimate(3, "garbage", false)).toBe("2026-03-01T08:59:00.000Z");
  });

  it("falls back to when the session was first seen for an unreadable time", () => {
    const now = Date.parse("2026-03-01T09:00:00Z");
    const estimator = new StartTimeEstimator(() => now);
    expect(estimator.estimate(4, "not a time", true)).toBe("2026-03-01T09:00:00.000Z");
    expect(estimator.estimate(5, null, true)).toBe("2026-03-01T09:00:00.000Z");
  });

  it("takes an offset beyond any zone as clock skew (the simulator's manual clock)", () => {
    let now = Date.parse("2026-11-26T20:00:05Z");
    const estimator = new StartTimeEstimator(() => now);
    expect(estimator.estimate(6, "2026-03-02T09:00:00.000", false)).toBe(
      "2026-11-26T20:00:05.000Z",
    );
    expect(estimator.estimate(7, "2026-03-02T09:01:00.000", true)).toBe("2026-11-26T20:00:05.000Z");
    now += 10_000;
    expect(estimator.estimate(8, "2026-03-02T09:01:05.000", false)).toBe(
      "2026-11-26T20:00:10.000Z",
    );
  });
});
