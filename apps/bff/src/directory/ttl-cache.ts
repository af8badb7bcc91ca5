/**
 * Where the directory's lists are cached: this process (TtlCache) by default, Redis with several
 * instances (so one Data API request serves them all). Values must be plain JSON.
 */
export interface DirectoryCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void | Promise<void>;
}

/**
 * A small cache with single flight: concurrent misses share one load, a value lives `ttlMs`,
 * a failed load is not kept (the next request tries again).
 */
export class TtlCache implements DirectoryCache {
  private readonly entries = new Map<string, { expiresAt: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) return entry.value as Promise<T>;
    const value = load();
    this.entries.set(key, { expiresAt: this.now() + this.ttlMs, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
