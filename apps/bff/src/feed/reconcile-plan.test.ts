import type { Budget } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { localMinuteOfDay, planReconciliation, type ReconcilePlanOptions } from "./reconcile-plan";

// 10:00 in Moscow (UTC+3, no DST): two hours into a 09:00-21:00 day, eleven to go.
const now = Date.parse("2026-12-05T07:00:00Z");
const options: ReconcilePlanOptions = {
  baseMs: 1000,
  workday: { startMinute: 9 * 60, endMinute: 21 * 60 },
  timeZone: "Europe/Moscow",
  actionReserve: 0.7,
  pollCost: 1,
};
const budget = (dayRemaining: number, extra: Partial<Budget> = {}): Budget => ({
  minuteRemaining: 150,
  minuteLimit: 150,
  dayRemaining,
  dayLimit: 750,
  minuteResetAt: new Date(now + 60_000).toISOString(),
  // The day budget resets at midnight Moscow time.
  dayResetAt: "2026-12-05T21:00:00Z",
  deprecated: false,
  ...extra,
});

describe("the reconciliation plan", () => {
  it("reads the time of day in the configured zone", () => {
    expect(localMinuteOfDay(now, "Europe/Moscow")).toBe(600);
    expect(localMinuteOfDay(now, "UTC")).toBe(420);
  });

  it("is the base interval before any limits are known", () => {
    expect(planReconciliation(null, now, options).intervalMs).toBe(1000);
  });

  it("spreads the points beyond the actions' reserve over the rest of the working day", () => {
    // spare = 700 - 0.7 * 750 = 175 points over 11 h.
    const plan = planReconciliation(budget(700), now, options);
    expect(plan.pollingPointsLeft).toBeCloseTo(175);
    expect(plan.intervalMs).toBe(Math.round((11 * 3_600_000) / 175));
    expect(plan.inWorkday).toBe(true);
    expect(plan.slowdown).toEqual({ reason: "day_budget", until: "2026-12-05T18:00:00.000Z" });
  });

  it("never spends the reserve: with no spare points it waits out the horizon", () => {
    const plan = planReconciliation(budget(500), now, options);
    expect(plan.pollingPointsLeft).toBe(0);
    expect(plan.intervalMs).toBe(11 * 3_600_000);
  });

  it("weighs list.calls by its configured points", () => {
    const plan = planReconciliation(budget(700), now, { ...options, pollCost: 5 });
    expect(plan.intervalMs).toBe(Math.round((11 * 3_600_000) / 35));
  });

  it("stays at the base interval on a budget that covers polling all day", () => {
    const big = budget(5_000_000, {
      dayLimit: 5_000_000,
      minuteLimit: 100_000,
      minuteRemaining: 100_000,
    });
    const plan = planReconciliation(big, now, options);
    expect(plan.intervalMs).toBe(1000);
    expect(plan.slowdown).toBeUndefined();
  });

  it("outside the working day spreads the spare until the budget resets", () => {
    // 22:00 Moscow: the day is over; the budget resets at midnight, two hours away.
    const late = Date.parse("2026-12-05T19:00:00Z");
    const plan = planReconciliation(budget(700), late, options);
    expect(plan.inWorkday).toBe(false);
    expect(plan.intervalMs).toBe(Math.round((2 * 3_600_000) / 175));
  });

  it("honours the minute budget's reserve too", () => {
    // 40 points left this minute, 45 of them reserved: wait for the minute's reset.
    const plan = planReconciliation(
      budget(5_000_000, { dayLimit: 5_000_000, minuteRemaining: 40 }),
      now,
      options,
    );
    expect(plan.intervalMs).toBe(60_000);
    expect(plan.slowdown?.reason).toBe("minute_budget");
  });
});
