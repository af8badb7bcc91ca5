import type { Budget, FeedSlowdown } from "@callboard/contract";
import { computePollInterval } from "./poll-interval";

export interface ReconcilePlanOptions {
  /** The shortest gap between two list.calls (CALLBOARD_POLL_INTERVAL_MS). */
  baseMs: number;
  /** The working day as minutes since local midnight (CALLBOARD_WORKDAY). */
  workday: { startMinute: number; endMinute: number };
  /** The zone the working day is in (CALLBOARD_TIMEZONE). */
  timeZone: string;
  /** Share of each budget kept for actions (CALLBOARD_ACTION_RESERVE). */
  actionReserve: number;
  /** Points one list.calls costs. */
  pollCost: number;
}

export interface ReconcilePlanNow {
  intervalMs: number;
  /** Points polling may still spend today without touching the actions' reserve. */
  pollingPointsLeft: number;
  inWorkday: boolean;
  /** When the current planning horizon ends (the working day's end, or the day budget's reset). */
  horizonEndsAt: number;
  slowdown?: FeedSlowdown;
}

const minuteMs = 60_000;
/** Above this the board is no longer "live" on polls alone, and the operators are told why. */
export const LIVE_POLL_MS = 5_000;

/** Minutes (with fractions) since midnight in `timeZone` at `now`. */
export function localMinuteOfDay(now: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(now));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part("hour") * 60 + part("minute") + part("second") / 60 + (now % 1000) / minuteMs;
}

/**
 * When the next working day ends, as an instant: today's end while the day is on or to come,
 * tomorrow's once it is over (a day of 24 h local time; a DST change is off by its hour).
 */
export function nextWorkdayEnd(now: number, options: ReconcilePlanOptions): number {
  const minute = localMinuteOfDay(now, options.timeZone);
  const untilEnd = options.workday.endMinute - minute;
  return now + (untilEnd > 0 ? untilEnd : untilEnd + 24 * 60) * minuteMs;
}

/**
 * The gap between list.calls reconciliations, planned so polling spends only the day's points
 * beyond the actions' reserve, spread evenly until the next working day ends or the day budget
 * resets, whichever comes first (documented in apps/bff/README.md, "Reconciliation plan"):
 *
 *   spare    = day_remaining - reserve * day_limit
 *   horizon  = min(day budget reset, end of the next working day) - now
 *   day gap  = horizon / floor(spare / cost)      (the whole horizon when spare < cost)
 *   gap      = max(base, minute gap, day gap)     (minute gap: computePollInterval's)
 *
 * Outside the working day the same spare is spread up to the next day's end, so the evening
 * and the night never spend what the working day needs.
 */
export function planReconciliation(
  budget: Budget | null,
  now: number,
  options: ReconcilePlanOptions,
): ReconcilePlanNow {
  const minute = localMinuteOfDay(now, options.timeZone);
  const inWorkday = minute >= options.workday.startMinute && minute < options.workday.endMinute;
  const workdayEnd = nextWorkdayEnd(now, options);
  if (!budget || budget.dayLimit <= 0) {
    return {
      intervalMs: options.baseMs,
      pollingPointsLeft: Number.POSITIVE_INFINITY,
      inWorkday,
      horizonEndsAt: workdayEnd,
    };
  }
  const dayResetAt = Date.parse(budget.dayResetAt);
  const horizonEndsAt = Number.isFinite(dayResetAt) ? Math.min(dayResetAt, workdayEnd) : workdayEnd;
  const horizon = Math.max(horizonEndsAt - now, options.baseMs);
  const spare = Math.max(0, budget.dayRemaining - options.actionReserve * budget.dayLimit);
  const polls = Math.floor(spare / options.pollCost);
  const dayGap = polls >= 1 ? horizon / polls : horizon;
  const minuteGap = computePollInterval(budget, now, {
    baseMs: options.baseMs,
    reserveRatio: options.actionReserve,
    pollCost: options.pollCost,
    // The day is planned here; the minute rule must not add its own day clamp.
    dayReserveIntervalMs: 0,
  });
  const intervalMs = Math.round(Math.max(options.baseMs, minuteGap, dayGap));
  const plan: ReconcilePlanNow = { intervalMs, pollingPointsLeft: spare, inWorkday, horizonEndsAt };
  if (intervalMs > Math.max(options.baseMs, LIVE_POLL_MS)) {
    plan.slowdown =
      minuteGap >= dayGap
        ? { reason: "minute_budget", until: budget.minuteResetAt }
        : { reason: "day_budget", until: new Date(horizonEndsAt).toISOString() };
  }
  return plan;
}
