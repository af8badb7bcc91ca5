import { describe, expect, it } from "vitest";
import { BoundedCounters } from "./bounded-counters";

describe("bounded failure counters", () => {
  it("never holds more than its cap, dropping the oldest unlocked counter first", () => {
    const counters = new BoundedCounters(3, 60_000, () => 0);
    counters.fail("locked", () => 10_000);
    for (const key of ["a", "b", "c", "d"]) counters.fail(key, () => 0);
    expect(counters.size).toBe(3);
    expect(counters.lockedUntil("locked")).toBe(10_000);
  });

  it("drops the oldest lock only when every counter is locked", () => {
    const counters = new BoundedCounters(2, 60_000, () => 0);
    counters.fail("first", () => 1_000);
    counters.fail("second", () => 1_000);
    counters.fail("third", () => 1_000);
    expect(counters.size).toBe(2);
    expect(counters.lockedUntil("first")).toBe(0);
    expect(counters.lockedUntil("third")).toBe(1_000);
  });
});
