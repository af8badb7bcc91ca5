import type { Budget } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { computePollInterval } from "./poll-interval";

const now = Date.parse("2026-01-01T12:00:00Z");
const budget = (
  minuteRemaining: number,
  resetInSeconds: number,
  extra: Partial<Budget> = {},
): Budget => ({
  minuteRemaining,
  minuteLimit: 150,
  dayRemaining: 9_000,
  dayLimit: 10_000,
  minuteResetAt: new Date(now + resetInSeconds * 1000).toISOString(),
  dayResetAt: new Date(now + 3_600_000).toISOString(),
  deprecated: false,
  ...extra,
});
const options = { baseMs: 1000 };

describe("the poll interval keeps 30% of the minute budget for actions", () => {
  it("is the base interval before any limits are known", () => {
    expect(computePollInterval(null, now, options)).toBe(1000);
  });

  it("is the base interval while the spare points cover polling until the reset", () => {
    // spare = 150 - 45 = 105 points; 60 polls needed until the reset.
    expect(computePollInterval(budget(150, 60), now, options)).toBe(1000);
  });

  it("spreads the spare points over the rest of the minute when they run short", () => {
    // spare = 75 - 45 = 30 points for 60 s: one poll every 2 s.
    expect(computePollInterval(budget(75, 60), now, options)).toBe(2000);
    // spare = 55 - 45 = 10 points for 30 s: one poll every 3 s.
    expect(computePollInterval(budget(55, 30), now, options)).toBe(3000);
  });

  it("waits for the reset once only the reserve is left", () => {
    expect(computePollInterval(budget(45, 40), now, options)).toBe(40_000);
    expect(computePollInterval(budget(10, 12), now, options)).toBe(12_000);
    expect(computePollInterval(budget(0, 0.2), now, options)).toBe(1000);
  });

  it("never polls faster than the base nor slower than a minute", () => {
    expect(computePollInterval(budget(46, 600), now, options)).toBeLessThanOrEqual(60_000);
    expect(computePollInterval(budget(150, 1), now, options)).toBe(1000);
  });

  it("slows to once a minute when the day budget is down to its reserve", () => {
    expect(computePollInterval(budget(150, 60, { dayRemaining: 2_000 }), now, options)).toBe(
      60_000,
    );
  });

  it("keeps the reserve: the polls of one minute never spend it", () => {
    for (const remaining of [150, 120, 90, 70, 50]) {
      const interval = computePollInterval(budget(remaining, 60), now, options);
      const polls = Math.floor(60_000 / interval);
      expect(remaining - polls).toBeGreaterThanOrEqual(45);
    }
  });
});
