import type { CallSession } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { serialiseFeedEvent } from "./feed-bus";
import { FeedState } from "./feed-state";

const call = (id: number, phase: CallSession["phase"] = "talk"): CallSession => ({
  id,
  direction: "in",
  startTime: null,
  startedAt: "2026-01-01T00:00:00.000Z",
  virtualNumber: null,
  contactNumber: null,
  externalId: null,
  tags: [],
  legs: [],
  recording: false,
  phase,
  employeeIds: [],
});

function step(state: FeedState, calls: CallSession[]) {
  const delta = state.diff(calls, "2026-01-01T00:00:00.000Z");
  if (delta) state.apply(serialiseFeedEvent(delta, delta.version));
  return delta;
}

describe("feed versions", () => {
  it("emits deltas only for changes, chained by version", () => {
    const state = new FeedState(() => 1_000);
    const first = step(state, [call(1), call(2)]);
    expect(first).toMatchObject({ baseVersion: 1_000, version: 1_001, removed: [] });
    expect(first?.upserted.map((c) => c.id)).toEqual([1, 2]);
    expect(step(state, [call(1), call(2)])).toBeUndefined();
    const second = step(state, [call(1, "hold")]);
    expect(second).toMatchObject({ baseVersion: 1_001, version: 1_002, removed: [2] });
    expect(second?.upserted.map((c) => c.id)).toEqual([1]);
    expect(state.calls().map((c) => c.id)).toEqual([1]);
  });

  it("gives a reconnecting client the deltas it missed, or nothing to say it must resync", () => {
    const state = new FeedState(() => 5_000);
    for (let i = 1; i <= 110; i++) step(state, [call(i)]);
    expect(state.deltasSince(state.version)).toEqual([]);
    expect(state.deltasSince(state.version - 3)?.map((m) => m.event.type)).toEqual([
      "delta",
      "delta",
      "delta",
    ]);
    expect(state.deltasSince(5_000)).toBeUndefined(); // older than the last 100 deltas
    expect(state.deltasSince(42)).toBeUndefined();
  });

  it("serialises the snapshot once per version", () => {
    const state = new FeedState(() => 1);
    step(state, [call(1)]);
    const a = state.snapshot();
    expect(state.snapshot()).toBe(a);
    expect(a.frame.toString()).toMatch(/^id: 2\nevent: snapshot\ndata: /);
    step(state, [call(1), call(2)]);
    expect(state.snapshot()).not.toBe(a);
  });
});
