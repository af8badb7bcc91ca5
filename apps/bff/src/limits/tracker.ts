import type { Metadata } from "@callboard/callapi";
import type { Budget, LimitsReport, LimitsSample } from "@callboard/contract";

export type ReplyOutcome = "success" | "error";

export interface LimitsTracker {
  /**
   * Wire as the client's `onMetadata` (it passes the outcome third). Points are counted as spent
   * only for a "success" (CallGear charges only successful requests); without an outcome the
   * reply updates the meters but spends nothing.
   */
  record(metadata: Metadata, method: string, outcome?: ReplyOutcome): void;
  current(): LimitsSample | null;
  budget(): Budget | null;
  /** The report without the feed's plan (the feed adds it). */
  report(pollIntervalMs: number): Omit<LimitsReport, "plan">;
  /**
   * When the day budget runs out at the rate it went down over the last hour (ms), null when
   * it did not go down (or nothing is known yet).
   */
  exhaustionAt(): number | null;
  /** minute_remaining / minute_limit, as of now (a passed reset restores the budget). */
  minuteRemainingRatio(): number | null;
}

export interface LimitsTrackerOptions {
  now?: () => number;
  /** How much history to keep; an hour by default. */
  historySeconds?: number;
  /** Points per method; the reference publishes none, so 1 unless configured. */
  weights?: Record<string, number>;
}

type Category = keyof LimitsReport["spent"];

/** list.calls is the feed's polling; directory reads fill pickers; the rest are operators' actions. */
export function spendingCategory(method: string): Category {
  if (method === "list.calls") return "polling";
  if (method === "list.talk_options" || method.startsWith("get.")) return "directory";
  return "actions";
}

interface Observed {
  sample: LimitsSample;
  atMs: number;
  minuteResetAtMs: number | null;
  dayResetAtMs: number | null;
}

const minuteMs = 60_000;
const dayMs = 86_400_000;
const finite = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/** The latest `metadata.limits`, its history (one sample per second at most) and points spent. */
export function createLimitsTracker(options: LimitsTrackerOptions = {}): LimitsTracker {
  const now = options.now ?? Date.now;
  const historyMs = (options.historySeconds ?? 3600) * 1000;
  const weights = options.weights ?? {};
  const history: LimitsSample[] = [];
  const historyAtMs: number[] = [];
  const spent = { polling: 0, actions: 0, directory: 0 };
  let latest: Observed | null = null;
  let apiVersion: LimitsReport["apiVersion"] = null;

  function observe(limits: NonNullable<Metadata["limits"]>, atMs: number): void {
    // A reply may carry part of the limits (or `{}`): the rest stays as last seen.
    const merged = {
      minuteLimit: limits.minute_limit ?? latest?.sample.minuteLimit,
      minuteRemaining: limits.minute_remaining ?? latest?.sample.minuteRemaining,
      dayLimit: limits.day_limit ?? latest?.sample.dayLimit,
      dayRemaining: limits.day_remaining ?? latest?.sample.dayRemaining,
    };
    if (
      !finite(merged.minuteLimit) ||
      !finite(merged.minuteRemaining) ||
      !finite(merged.dayLimit) ||
      !finite(merged.dayRemaining)
    ) {
      return;
    }
    const sample: LimitsSample = {
      at: new Date(atMs).toISOString(),
      minuteLimit: merged.minuteLimit,
      minuteRemaining: merged.minuteRemaining,
      dayLimit: merged.dayLimit,
      dayRemaining: merged.dayRemaining,
    };
    latest = {
      sample,
      atMs,
      minuteResetAtMs: finite(limits.minute_reset)
        ? atMs + limits.minute_reset * 1000
        : (latest?.minuteResetAtMs ?? null),
      dayResetAtMs: finite(limits.day_reset)
        ? atMs + limits.day_reset * 1000
        : (latest?.dayResetAtMs ?? null),
    };
    const second = Math.floor(atMs / 1000);
    const lastAt = historyAtMs[historyAtMs.length - 1];
    if (lastAt !== undefined && Math.floor(lastAt / 1000) === second) {
      history[history.length - 1] = sample;
      historyAtMs[historyAtMs.length - 1] = atMs;
    } else {
      history.push(sample);
      historyAtMs.push(atMs);
    }
    prune(atMs);
  }

  function prune(atMs: number): void {
    let drop = 0;
    while (drop < historyAtMs.length && historyAtMs[drop]! < atMs - historyMs) drop++;
    if (drop > 0) {
      history.splice(0, drop);
      historyAtMs.splice(0, drop);
    }
  }

  /** The latest budget as of `atMs`: a reset time that has passed restores its budget. */
  function budgetAt(atMs: number): Budget | null {
    if (!latest) return null;
    const { sample } = latest;
    let minuteRemaining = sample.minuteRemaining;
    let dayRemaining = sample.dayRemaining;
    let minuteResetAtMs = latest.minuteResetAtMs ?? nextBoundary(atMs, minuteMs);
    let dayResetAtMs = latest.dayResetAtMs ?? nextBoundary(atMs, dayMs);
    if (minuteResetAtMs <= atMs) {
      minuteRemaining = sample.minuteLimit;
      minuteResetAtMs += Math.ceil((atMs - minuteResetAtMs + 1) / minuteMs) * minuteMs;
    }
    if (dayResetAtMs <= atMs) {
      dayRemaining = sample.dayLimit;
      dayResetAtMs += Math.ceil((atMs - dayResetAtMs + 1) / dayMs) * dayMs;
    }
    return {
      minuteRemaining,
      minuteLimit: sample.minuteLimit,
      dayRemaining,
      dayLimit: sample.dayLimit,
      minuteResetAt: new Date(minuteResetAtMs).toISOString(),
      dayResetAt: new Date(dayResetAtMs).toISOString(),
      deprecated: apiVersion?.deprecated ?? false,
    };
  }

  return {
    record(metadata, method, outcome) {
      const atMs = now();
      if (metadata.limits) observe(metadata.limits, atMs);
      if (metadata.api_version) {
        apiVersion = {
          current: metadata.api_version.current_version ?? apiVersion?.current ?? null,
          latest: metadata.api_version.latest_version ?? apiVersion?.latest ?? null,
          deprecated: metadata.api_version.current_version_depricated ?? false,
        };
      }
      if (outcome === "success") spent[spendingCategory(method)] += weights[method] ?? 1;
    },
    current: () => latest?.sample ?? null,
    budget: () => budgetAt(now()),
    report(pollIntervalMs) {
      const atMs = now();
      prune(atMs);
      const budget = budgetAt(atMs);
      return {
        current: latest?.sample ?? null,
        minuteResetAt: budget?.minuteResetAt ?? null,
        dayResetAt: budget?.dayResetAt ?? null,
        apiVersion,
        history: [...history],
        pollIntervalMs: Math.round(pollIntervalMs),
        spent: { ...spent },
      };
    },
    exhaustionAt() {
      const atMs = now();
      prune(atMs);
      const budget = budgetAt(atMs);
      if (!budget || history.length < 2) return null;
      // Only the samples since the last day reset (the remainder went up there).
      let first = history.length - 1;
      while (first > 0 && history[first - 1]!.dayRemaining >= history[first]!.dayRemaining) first--;
      const spentPoints = history[first]!.dayRemaining - history[history.length - 1]!.dayRemaining;
      const spanMs = historyAtMs[historyAtMs.length - 1]! - historyAtMs[first]!;
      if (spentPoints <= 0 || spanMs <= 0) return null;
      return atMs + (budget.dayRemaining / spentPoints) * spanMs;
    },
    minuteRemainingRatio() {
      const budget = budgetAt(now());
      if (!budget || budget.minuteLimit <= 0) return null;
      return budget.minuteRemaining / budget.minuteLimit;
    },
  };
}

function nextBoundary(atMs: number, periodMs: number): number {
  return Math.floor(atMs / periodMs) * periodMs + periodMs;
}
