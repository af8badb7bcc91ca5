import { rpcError } from "../rpc/error-factory";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** `metadata.limits` as the reference names its fields. */
export interface LimitsSnapshot {
  day_limit: number;
  day_remaining: number;
  day_reset: number;
  minute_limit: number;
  minute_remaining: number;
  minute_reset: number;
}

/**
 * The account's points budget: a minute window and a day window on the simulated clock, both
 * reset at the clock's minute and day (UTC) boundaries. Only successful requests are charged.
 */
export class Budget {
  minuteLimit: number;
  dayLimit: number;
  private minuteWindow = -1;
  private minuteUsed = 0;
  private dayWindow = -1;
  private dayUsed = 0;

  constructor(
    limits: { minute: number; day: number },
    private weights: Partial<Record<string, number>>,
  ) {
    this.minuteLimit = limits.minute;
    this.dayLimit = limits.day;
  }

  weightOf(method: string): number {
    return this.weights[method] ?? 1;
  }

  setWeights(weights: Partial<Record<string, number>>): void {
    this.weights = { ...this.weights, ...weights };
  }

  private roll(now: number): void {
    const minute = Math.floor(now / MINUTE_MS);
    if (minute !== this.minuteWindow) {
      this.minuteWindow = minute;
      this.minuteUsed = 0;
    }
    const day = Math.floor(now / DAY_MS);
    if (day !== this.dayWindow) {
      this.dayWindow = day;
      this.dayUsed = 0;
    }
  }

  /** Throws limit_exceeded when the method's weight would take either budget below zero. */
  ensureAvailable(method: string, now: number): void {
    this.roll(now);
    const weight = this.weightOf(method);
    if (this.minuteUsed + weight > this.minuteLimit) {
      throw rpcError("limit_exceeded", {
        params: { limit_type: "minute", limit_max_value: this.minuteLimit },
      });
    }
    if (this.dayUsed + weight > this.dayLimit) {
      throw rpcError("limit_exceeded", {
        params: { limit_type: "day", limit_max_value: this.dayLimit },
      });
    }
  }

  charge(method: string, now: number): void {
    this.roll(now);
    const weight = this.weightOf(method);
    this.minuteUsed += weight;
    this.dayUsed += weight;
  }

  snapshot(now: number): LimitsSnapshot {
    this.roll(now);
    return {
      day_limit: this.dayLimit,
      day_remaining: Math.max(0, this.dayLimit - this.dayUsed),
      day_reset: Math.ceil(((this.dayWindow + 1) * DAY_MS - now) / 1000),
      minute_limit: this.minuteLimit,
      minute_remaining: Math.max(0, this.minuteLimit - this.minuteUsed),
      minute_reset: Math.ceil(((this.minuteWindow + 1) * MINUTE_MS - now) / 1000),
    };
  }

  /** The control API: set limits and/or what is left of them in the current windows. */
  set(
    now: number,
    update: {
      minute_limit?: number;
      minute_remaining?: number;
      day_limit?: number;
      day_remaining?: number;
    },
  ): void {
    this.roll(now);
    if (update.minute_limit !== undefined) this.minuteLimit = update.minute_limit;
    if (update.day_limit !== undefined) this.dayLimit = update.day_limit;
    if (update.minute_remaining !== undefined) {
      this.minuteUsed = this.minuteLimit - update.minute_remaining;
    }
    if (update.day_remaining !== undefined) this.dayUsed = this.dayLimit - update.day_remaining;
  }

  resetUsage(): void {
    this.minuteWindow = -1;
    this.dayWindow = -1;
    this.minuteUsed = 0;
    this.dayUsed = 0;
  }
}
