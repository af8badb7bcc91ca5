interface Counter {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

/**
 * Failure counters with a hard cap on their number. Two maps, each in order of last change
 * (a Map keeps insertion order; a changed counter is moved to the end): counters that are not
 * locked, and locked ones. Past the cap the oldest open counter goes; a locked one only when no
 * open one is left, so a flood of new keys pushes out other one-off failures, never a lock.
 */
export class BoundedCounters {
  private readonly open = new Map<string, Counter>();
  private readonly locked = new Map<string, Counter>();

  constructor(
    private readonly maxEntries: number,
    /** A counter with no failure for this long (and no lock) is forgotten. */
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.open.size + this.locked.size;
  }

  /** When the key's lock ends (0 or in the past: not locked). */
  lockedUntil(key: string): number {
    return this.current(key)?.lockedUntil ?? 0;
  }

  /** Counts one failure; `delayMs(failures)` says how long the key is locked from now. */
  fail(key: string, delayMs: (failures: number) => number): void {
    const at = this.now();
    const counter = this.current(key) ?? { failures: 0, lastFailureAt: at, lockedUntil: 0 };
    this.open.delete(key);
    this.locked.delete(key);
    counter.failures += 1;
    counter.lastFailureAt = at;
    const delay = delayMs(counter.failures);
    if (delay > 0) counter.lockedUntil = Math.max(counter.lockedUntil, at + delay);
    (counter.lockedUntil > at ? this.locked : this.open).set(key, counter);
    this.evict();
  }

  clear(key: string): void {
    this.open.delete(key);
    this.locked.delete(key);
  }

  /** The key's counter, or undefined once it lapsed (dropped then). */
  private current(key: string): Counter | undefined {
    const counter = this.open.get(key) ?? this.locked.get(key);
    if (!counter) return undefined;
    const at = this.now();
    if (counter.lockedUntil <= at && counter.lastFailureAt + this.windowMs <= at) {
      this.clear(key);
      return undefined;
    }
    return counter;
  }

  private evict(): void {
    while (this.size > this.maxEntries) {
      const oldestLock = this.locked.entries().next().value;
      const lapsed = oldestLock !== undefined && oldestLock[1].lockedUntil <= this.now();
      const from = lapsed || this.open.size === 0 ? this.locked : this.open;
      const oldest = from.keys().next().value;
      if (oldest === undefined) return;
      from.delete(oldest);
    }
  }
}
