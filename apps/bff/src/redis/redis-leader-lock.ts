import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { LeaderLock } from "../feed/leader-lock";

/** Extends the lock's TTL only while it still holds our token. */
const RENEW = `if redis.call("GET", KEYS[1]) == ARGV[1] then
  return redis.call("PEXPIRE", KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call("GET", KEYS[1]) == ARGV[1] then
  return redis.call("DEL", KEYS[1]) else return 0 end`;

export interface RedisLeaderLockOptions {
  redis: Redis;
  /** The lock's key, e.g. `callboard:feed:leader`. */
  key: string;
  instanceId: string;
  ttlMs: number;
  logger?: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
}

/**
 * The feed's leader lock in Redis: SET NX PX with a token unique to this tenure
 * (`instance:uuid`), renewed every third of the TTL while held. The token is the fencing
 * token: every feed publish checks it inside Redis (RedisFeedBus), so an instance that lost
 * the lock (paused, partitioned, expired) cannot publish even if it still believes it leads.
 * Any Redis error counts as "not leader".
 */
export class RedisLeaderLock implements LeaderLock {
  private token: string | undefined;
  private renewTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: RedisLeaderLockOptions) {}

  /** The fencing token while this instance believes it holds the lock. */
  get fence(): string | undefined {
    return this.token;
  }

  held(): boolean {
    return this.token !== undefined;
  }

  async acquire(): Promise<boolean> {
    const { redis, key, ttlMs } = this.options;
    try {
      if (this.token) {
        if (Number(await redis.eval(RENEW, 1, key, this.token, ttlMs)) === 1) return true;
        this.lose("lock taken or expired");
      }
      const token = `${this.options.instanceId}:${randomUUID()}`;
      if ((await redis.set(key, token, "PX", ttlMs, "NX")) !== "OK") return false;
      this.token = token;
      this.options.logger?.info({ key }, "leader lock acquired: this instance polls");
      this.renewTimer = setInterval(() => void this.renew(), Math.max(100, ttlMs / 3));
      this.renewTimer.unref();
      return true;
    } catch {
      if (this.token) this.lose("Redis unreachable");
      return false;
    }
  }

  async release(): Promise<void> {
    const token = this.token;
    if (!token) return;
    this.stopRenewing();
    this.token = undefined;
    await this.options.redis.eval(RELEASE, 1, this.options.key, token).catch(() => undefined);
  }

  private async renew(): Promise<void> {
    const token = this.token;
    if (!token) return;
    try {
      const kept = await this.options.redis.eval(
        RENEW,
        1,
        this.options.key,
        token,
        this.options.ttlMs,
      );
      if (Number(kept) !== 1 && this.token === token) this.lose("lock taken or expired");
    } catch {
      if (this.token === token) this.lose("Redis unreachable");
    }
  }

  private lose(reason: string): void {
    this.stopRenewing();
    this.token = undefined;
    this.options.logger?.warn({ key: this.options.key, reason }, "leader lock lost");
  }

  private stopRenewing(): void {
    if (this.renewTimer) clearInterval(this.renewTimer);
    this.renewTimer = undefined;
  }
}
