import { describe, expect, it } from "vitest";
import {
  currentFreshness,
  describeFreshness,
  type FeedConnection,
  markDataAsOf,
  updateFeedConnection,
} from "./feed-status-store";

const now = Date.parse("2026-01-01T10:00:30Z");
const base: FeedConnection = {
  mode: "live",
  upstream: "ok",
  dataAsOf: now - 1_000,
  pollIntervalMs: 1_000,
  error: null,
  source: "polling",
  slowdown: null,
};

describe("describeFreshness", () => {
  it("is live on the stream with fresh data from a working upstream", () => {
    expect(describeFreshness(base, now)).toEqual({ kind: "live" });
  });

  it("gives the age once the data is older than the poll interval allows", () => {
    expect(describeFreshness({ ...base, dataAsOf: now - 20_000 }, now)).toEqual({
      kind: "stale",
      ageSeconds: 20,
    });
    // A stretched poll interval (budget running low) allows older data before calling it stale,
    // and says how far apart the polls are instead of "live".
    expect(
      describeFreshness({ ...base, dataAsOf: now - 20_000, pollIntervalMs: 10_000 }, now),
    ).toEqual({
      kind: "slow",
      seconds: 10,
    });
  });

  it("is stale while the upstream is failing, however new the last event", () => {
    expect(
      describeFreshness({ ...base, upstream: "degraded", dataAsOf: now - 3_000 }, now),
    ).toEqual({
      kind: "stale",
      ageSeconds: 3,
    });
  });

  it("says reconnecting after a drop, until the data gets old", () => {
    expect(describeFreshness({ ...base, mode: "reconnecting" }, now)).toEqual({
      kind: "reconnecting",
    });
    expect(describeFreshness({ ...base, mode: "connecting", dataAsOf: null }, now)).toEqual({
      kind: "reconnecting",
    });
    expect(
      describeFreshness({ ...base, mode: "reconnecting", dataAsOf: now - 60_000 }, now),
    ).toEqual({
      kind: "stale",
      ageSeconds: 60,
    });
  });

  it("is live on CallGear's events however far apart the reconciliations are", () => {
    const onEvents = { ...base, source: "events" as const, pollIntervalMs: 192_000 };
    expect(describeFreshness(onEvents, now)).toEqual({ kind: "live" });
  });

  it("says 'polling every N s', not live, on polls alone more than 5 s apart", () => {
    const slow = { ...base, pollIntervalMs: 192_000 };
    expect(describeFreshness(slow, now)).toEqual({ kind: "slow", seconds: 192 });
    expect(describeFreshness({ ...base, pollIntervalMs: 5_000 }, now)).toEqual({ kind: "live" });
  });

  it("says polling when the fallback keeps the data fresh", () => {
    expect(describeFreshness({ ...base, mode: "polling" }, now)).toEqual({ kind: "polling" });
  });
});

describe("currentFreshness", () => {
  it("keeps the same label object while what the indicator says does not change", () => {
    const at = Date.now();
    updateFeedConnection({ mode: "live", upstream: "ok", error: null, pollIntervalMs: 1_000 });
    markDataAsOf(new Date(at).toISOString());
    const live = currentFreshness();
    expect(live).toEqual({ kind: "live" });

    // A newer event moves dataAsOf; the label is still "live", so no re-render is due.
    markDataAsOf(new Date(at + 500).toISOString());
    expect(currentFreshness()).toBe(live);

    // The upstream failing changes the words: a new label.
    updateFeedConnection({ upstream: "degraded" });
    const stale = currentFreshness();
    expect(stale).not.toBe(live);
    expect(stale.kind).toBe("stale");
    expect(currentFreshness()).toBe(stale);
  });
});
