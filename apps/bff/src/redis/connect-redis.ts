import { Redis } from "ioredis";
import type { Logger } from "pino";
import type { LimitsTracker } from "../limits/tracker";
import type { CallNoticeSource } from "../notifications/call-notice";
import { RedisDirectoryCache } from "./redis-directory-cache";
import { RedisFeedBus } from "./redis-feed-bus";
import { RedisLeaderLock } from "./redis-leader-lock";
import { shareLimits } from "./shared-limits";
import { shareNotices } from "./shared-notices";

export interface RedisSeams {
  lock: RedisLeaderLock;
  bus: RedisFeedBus;
  limits: LimitsTracker;
  directoryCache: RedisDirectoryCache;
  /** Every instance's notifications, from this instance's own ingest and the others'. */
  shareNotices(local: CallNoticeSource): CallNoticeSource;
  /** Claims a background job's run for `ms` (SET NX PX); true when this instance got it. */
  claim(job: string, ms: number): Promise<boolean>;
  /** GET /readyz's Redis check. */
  ping(): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Connects to REDIS_URL (two connections: commands, and pub/sub) and builds every seam that
 * several instances share there. Commands fail at once while Redis is away (no offline queue,
 * one retry), so a request gets a clear error instead of hanging; the client reconnects by
 * itself and the subscriber resubscribes.
 */
export async function connectRedis(options: {
  url: string;
  instanceId: string;
  leaderTtlMs: number;
  limits: LimitsTracker;
  logger: Logger;
  /** Key prefix (tests use their own); `callboard:` by default. */
  prefix?: string;
}): Promise<RedisSeams> {
  const prefix = options.prefix ?? "callboard:";
  const logger = options.logger.child({ component: "redis" });
  const clientOptions = {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2_000,
    retryStrategy: (attempt: number) => Math.min(attempt * 100, 2_000),
  };
  const redis = new Redis(options.url, clientOptions);
  // The subscriber queues its SUBSCRIBE until it is connected again.
  const subscriber = new Redis(options.url, { ...clientOptions, enableOfflineQueue: true });
  let down = false;
  for (const client of [redis, subscriber]) {
    client.on("error", (error: Error) => {
      if (!down) logger.warn({ err: { message: error.message } }, "Redis connection failed");
      down = true;
    });
    client.on("ready", () => {
      if (down) logger.info("Redis connection back");
      down = false;
    });
  }
  await Promise.all([redis.connect(), subscriber.connect()]);

  const lock = new RedisLeaderLock({
    redis,
    key: RedisFeedBus.lockKey(prefix),
    instanceId: options.instanceId,
    ttlMs: options.leaderTtlMs,
    logger,
  });
  const bus = new RedisFeedBus({
    redis,
    subscriber,
    lock,
    prefix,
    instanceId: options.instanceId,
    logger,
  });
  const limits = shareLimits({
    tracker: options.limits,
    redis,
    subscriber,
    channel: `${prefix}limits`,
    instanceId: options.instanceId,
    logger,
  });
  const noticesChannel = `${prefix}notices`;
  await Promise.all([bus.start(), limits.start(), subscriber.subscribe(noticesChannel)]);
  return {
    lock,
    bus,
    limits,
    directoryCache: new RedisDirectoryCache(redis, `${prefix}directory:`),
    shareNotices: (local) =>
      shareNotices({
        local,
        redis,
        subscriber,
        channel: noticesChannel,
        instanceId: options.instanceId,
        logger,
      }),
    async claim(job, ms) {
      try {
        const key = `${prefix}job:${job}`;
        return (await redis.set(key, options.instanceId, "PX", Math.round(ms), "NX")) === "OK";
      } catch (error) {
        // Redis away: run it here rather than let nobody run it.
        logger.warn({ err: error, job }, "job not claimed (Redis); running it here");
        return true;
      }
    },
    ping: () => redis.ping(),
    async close() {
      await lock.release();
      redis.disconnect();
      subscriber.disconnect();
    },
  };
}
