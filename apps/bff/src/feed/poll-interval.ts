import type { Budget } from "@callboard/contract";

export interface PollIntervalOptions {
  /** The configured interval (CALLBOARD_POLL_INTERVAL_MS). */
  baseMs: number;
  /** Share of each budget kept for operators' actions: polling never spends it. */
  reserveRatio?: number;
  /** Points one list.calls costs (the reference publishes no weights; 1 by default). */
  pollCost?: number;
  /** Slowest polling once the day budget is down to its reserve. */
  dayReserveIntervalMs?: number;
}

/**
 * How long to wait before the next list.calls, so background polling never spends the points
 * that actions need (documented in apps/bff/README.md, "Poll interval"):
 *
 *   spare      = minute_remaining - reserve * minute_limit    (points polling may still spend)
 *   untilReset = time until the minute budget resets (at least base, at most 60 s)
 *   needed     = ceil(untilReset / base) * pollCost           (polls at the base rate until then)
 *   interval   = base                          when spare >= needed
 *              = untilReset                    when spare < pollCost (wait for the reset)
 *              = untilReset / floor(spare / pollCost), within [base, untilReset], otherwise
 *
 * i.e. the spare points are spread evenly over the rest of the minute. When the day budget is
 * down to its reserve, polling slows to at most once per `dayReserveIntervalMs` (60 s).
 * Without any limits seen yet, the base interval.
 */
export function computePollInterval(
  budget: Budget | null,
  now: number,
  options: PollIntervalOptions,
): number {
  const base = options.baseMs;
  if (!budget || budget.minuteLimit <= 0) return base;
  const reserveRatio = options.reserveRatio ?? 0.3;
  const pollCost = options.pollCost ?? 1;

  const resetIn = Date.parse(budget.minuteResetAt) - now;
  const untilReset = Math.min(60_000, Math.max(base, Number.isFinite(resetIn) ? resetIn : 60_000));
  const spare = budget.minuteRemaining - reserveRatio * budget.minuteLimit;
  const needed = Math.ceil(untilReset / base) * pollCost;

  let interval: number;
  if (spare >= needed) interval = base;
  else if (spare < pollCost) interval = untilReset;
  else interval = Math.min(untilReset, Math.max(base, untilReset / Math.floor(spare / pollCost)));

  if (budget.dayLimit > 0 && budget.dayRemaining < reserveRatio * budget.dayLimit) {
    interval = Math.max(interval, options.dayReserveIntervalMs ?? 60_000);
  }
  return Math.round(interval);
}
