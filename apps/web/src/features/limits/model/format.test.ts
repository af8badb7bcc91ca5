import { describe, expect, it } from "vitest";
import { budgetLevel, formatCountdown, percentLeft, secondsUntil } from "./format";

describe("budget formatting", () => {
  it("counts whole seconds down to a reset and never below zero", () => {
    const now = Date.parse("2026-01-01T10:00:00.000Z");
    expect(secondsUntil("2026-01-01T10:00:42.300Z", now)).toBe(43);
    expect(secondsUntil("2026-01-01T09:59:00.000Z", now)).toBe(0);
    expect(secondsUntil(null, now)).toBeNull();
    expect(secondsUntil("soon", now)).toBeNull();
  });

  it("formats countdowns as m:ss and h:mm:ss", () => {
    expect(formatCountdown(7)).toBe("0:07");
    expect(formatCountdown(125)).toBe("2:05");
    expect(formatCountdown(3 * 3600 + 4 * 60 + 5)).toBe("3:04:05");
  });

  it("rates how low a budget is", () => {
    expect(budgetLevel(140, 150)).toBe("ok");
    expect(budgetLevel(30, 150)).toBe("low");
    expect(budgetLevel(5, 150)).toBe("critical");
    expect(budgetLevel(0, 0)).toBe("critical");
    expect(percentLeft(75, 150)).toBe(50);
    expect(percentLeft(200, 150)).toBe(100);
  });
});
