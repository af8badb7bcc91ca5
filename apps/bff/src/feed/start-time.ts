const QUARTER_HOUR = 15 * 60 * 1000;
const MAX_ZONE_OFFSET = 14 * 60 * 60 * 1000;
const zoned = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Turns list.calls `start_time` into an ISO UTC instant. The live service sends local time
 * without a zone ("2016-10-19T12:26:48.418") in the account's time zone,
 * which the API never names. The zone is learned from sessions as they appear: a session first
 * seen seconds after it started shows the zone's offset, rounded to a quarter hour (every real
 * zone offset is a multiple of 15 minutes); an offset beyond any zone is taken as clock skew,
 * as is. Unparseable times, and implausible ones before anything was learned, fall back to when
 * the session was first seen.
 * Each session's estimate is kept, so its timer does not jump between polls.
 */
export class StartTimeEstimator {
  private offsetMs: number | undefined;
  private readonly known = new Map<number, string>();

  constructor(private readonly now: () => number = Date.now) {}

  /** `isNew`: the session appeared since the previous poll (so it started moments ago). */
  estimate(sessionId: number, startTime: string | null, isNew: boolean): string {
    const kept = this.known.get(sessionId);
    if (kept) return kept;
    const at = this.now();
    let startedAt = at;
    if (startTime) {
      const text = startTime.trim().replace(" ", "T");
      if (zoned.test(text)) {
        const parsed = Date.parse(text);
        if (Number.isFinite(parsed)) startedAt = parsed;
      } else {
        const asUtc = Date.parse(`${text}Z`);
        if (Number.isFinite(asUtc)) {
          const raw = at - asUtc;
          const rounded = Math.round(raw / QUARTER_HOUR) * QUARTER_HOUR;
          const isZone = Math.abs(rounded) <= MAX_ZONE_OFFSET;
          // A new session started moments ago: its offset is the zone's, or, when no zone is
          // that far off, a clock that is simply elsewhere (the simulator's manual clock).
          if (this.offsetMs === undefined && isNew) this.offsetMs = isZone ? rounded : raw;
          if (this.offsetMs !== undefined) startedAt = asUtc + this.offsetMs;
          else if (isZone) startedAt = asUtc + rounded;
        }
      }
    }
    const iso = new Date(Math.min(startedAt, at)).toISOString();
    this.known.set(sessionId, iso);
    return iso;
  }

  /** Drops sessions that ended. */
  retain(ids: Set<number>): void {
    for (const id of this.known.keys()) if (!ids.has(id)) this.known.delete(id);
  }
}
