import type { Redis } from "ioredis";
import type { DirectoryCache } from "../directory/ttl-cache";

/**
 * The directory's lists cached in Redis for every instance (`prefix` + key, expiring after
 * `ttlMs`), with single flight inside each instance. When Redis does not answer, the list is
 * loaded from the upstream as without a cache: a picker keeps working.
 */
export class RedisDirectoryCache implements DirectoryCache {
  private readonly loading = new Map<string, Promise<unknown>>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs = 60_000,
  ) {}

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const pending = this.loading.get(key);
    if (pending) return pending as Promise<T>;
    const value = this.read(key, load).finally(() => this.loading.delete(key));
    this.loading.set(key, value);
    return value;
  }

  async clear(): Promise<void> {
    const keys = await this.redis.keys(`${this.prefix}*`);
    if (keys.length > 0) await this.redis.del(...keys);
  }

  private async read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const stored = await this.redis.get(this.prefix + key).catch(() => null);
    if (stored !== null) return JSON.parse(stored) as T;
    const value = await load();
    await this.redis
      .set(this.prefix + key, JSON.stringify(value), "PX", this.ttlMs)
      .catch(() => undefined);
    return value;
  }
}
