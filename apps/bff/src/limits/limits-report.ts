import type { LimitsReport } from "@callboard/contract";
import type { AppContext } from "../app-context";

/** GET /api/limits: the tracker's report with the feed's reconciliation plan and its outlook. */
export function limitsReport(app: AppContext): LimitsReport {
  const report = app.limits.report(app.feed.intervalMs);
  const plan = app.feed.plan();
  const budget = app.limits.budget();
  const { workday, timeZone, actionReserve } = app.config.reconcile;
  const pollingPointsLeft = Number.isFinite(plan.pollingPointsLeft) ? plan.pollingPointsLeft : 0;
  const exhaustion = app.limits.exhaustionAt();
  const dayReset = budget ? Date.parse(budget.dayResetAt) : Number.NaN;
  // Past the reset the budget is whole again: "until HH:MM" is only said of today.
  const lastsUntil =
    exhaustion !== null && !(exhaustion >= dayReset) ? new Date(exhaustion).toISOString() : null;
  return {
    ...report,
    plan: {
      intervalMs: plan.intervalMs,
      workday: workday.text,
      timeZone,
      inWorkday: plan.inWorkday,
      actionReserve,
      pollingPointsLeft: Math.floor(pollingPointsLeft),
      actionPointsLeft: budget
        ? Math.max(0, budget.dayRemaining - Math.floor(pollingPointsLeft))
        : 0,
      lastsUntil,
      lastsTheDay: exhaustion === null || exhaustion >= Math.min(dayReset, plan.horizonEndsAt),
    },
  };
}
