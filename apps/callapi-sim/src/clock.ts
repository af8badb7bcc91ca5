/**
 * The simulator's notion of time. Every timer in the simulator is driven by this clock, so a
 * test that advances it by 30 s moves calls along exactly as 30 real seconds would.
 */
export interface SimClock {
  readonly kind: "real" | "manual";
  /** Milliseconds since the Unix epoch, simulated. */
  now(): number;
  /** Moves simulated time forward (real clocks keep an offset). */
  advance(ms: number): void;
  /** Back to the start: the manual clock's fixed date, or wall time without offset. */
  reset(): void;
}

/** The manual clock starts here: a Monday morning, so demo calls look like office hours. */
export const MANUAL_CLOCK_START = Date.parse("2026-03-02T09:00:00.000Z");

export function createClock(kind: "real" | "manual", wallClock: () => number = Date.now): SimClock {
  let offset = 0;
  let manualNow = MANUAL_CLOCK_START;
  return {
    kind,
    now: () => (kind === "manual" ? manualNow : wallClock() + offset),
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error("the clock only moves forward");
      if (kind === "manual") manualNow += ms;
      else offset += ms;
    },
    reset() {
      offset = 0;
      manualNow = MANUAL_CLOCK_START;
    },
  };
}
