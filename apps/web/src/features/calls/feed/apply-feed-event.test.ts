import type { CallList, CallSession } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { callSession } from "../test-support/call-session";
import { applyFeedEvent } from "./apply-feed-event";

function call(id: number, phase: CallSession["phase"] = "talk"): CallSession {
  return callSession(id, { phase, virtualNumber: null, contactNumber: null });
}
const at = "2026-01-01T10:00:05Z";

describe("applyFeedEvent", () => {
  const current: CallList = { version: 4, calls: [call(1), call(2), call(3)], fetchedAt: at };

  it("applies a delta: updates in place, removes, appends; unchanged sessions keep identity", () => {
    const result = applyFeedEvent(current, {
      type: "delta",
      version: 5,
      baseVersion: 4,
      upserted: [call(2, "hold"), call(9)],
      removed: [3],
      at,
    });
    expect(result.kind).toBe("applied");
    if (result.kind !== "applied") return;
    expect(result.list.version).toBe(5);
    expect(result.list.calls.map((c) => [c.id, c.phase])).toEqual([
      [1, "talk"],
      [2, "hold"],
      [9, "talk"],
    ]);
    expect(result.list.calls[0]).toBe(current.calls[0]);
  });

  it("asks for a resync when a delta does not follow the version held", () => {
    const result = applyFeedEvent(current, {
      type: "delta",
      version: 7,
      baseVersion: 6,
      upserted: [],
      removed: [],
      at,
    });
    expect(result).toEqual({ kind: "resync" });
    expect(
      applyFeedEvent(undefined, {
        type: "delta",
        version: 1,
        baseVersion: 0,
        upserted: [],
        removed: [],
        at,
      }),
    ).toEqual({
      kind: "resync",
    });
  });

  it("ignores a delta already contained in the list", () => {
    const result = applyFeedEvent(current, {
      type: "delta",
      version: 3,
      baseVersion: 2,
      upserted: [call(1, "hold")],
      removed: [],
      at,
    });
    expect(result).toEqual({ kind: "applied", list: current });
  });

  it("replaces the list on a snapshot, keeping identity of unchanged sessions", () => {
    const result = applyFeedEvent(current, {
      type: "snapshot",
      version: 10,
      calls: [call(1), call(2, "hold")],
      at,
    });
    if (result.kind !== "applied") throw new Error("expected applied");
    expect(result.list.version).toBe(10);
    expect(result.list.calls[0]).toBe(current.calls[0]);
    expect(result.list.calls[1]?.phase).toBe("hold");
  });

  it("keeps the list itself for the same snapshot again (the primed first render's, replayed)", () => {
    const snapshot = { type: "snapshot" as const, version: 4, calls: current.calls, at };
    expect(applyFeedEvent(current, snapshot)).toEqual({ kind: "applied", list: current });
    expect(applyFeedEvent(current, { ...snapshot, calls: [call(1), call(2), call(3)] })).toEqual({
      kind: "applied",
      list: current,
    });
    const primed = applyFeedEvent(undefined, snapshot);
    if (primed.kind !== "applied") throw new Error("expected applied");
    const replayed = applyFeedEvent(primed.list, snapshot);
    if (replayed.kind !== "applied") throw new Error("expected applied");
    expect(replayed.list).toBe(primed.list);
  });

  it("gives a new list when a snapshot reorders, changes or re-versions the same sessions", () => {
    const snapshot = { type: "snapshot" as const, version: 4, calls: current.calls, at };
    const reordered = applyFeedEvent(current, { ...snapshot, calls: [...current.calls].reverse() });
    const newer = applyFeedEvent(current, { ...snapshot, version: 5 });
    const changed = applyFeedEvent(current, {
      ...snapshot,
      calls: [call(1), call(2, "hold"), call(3)],
    });
    for (const result of [reordered, newer, changed]) {
      if (result.kind !== "applied") throw new Error("expected applied");
      expect(result.list).not.toBe(current);
    }
  });
});
