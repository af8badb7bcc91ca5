import type { Metadata } from "@callboard/callapi";
import type { Redis } from "ioredis";
import type { LimitsTracker } from "../limits/tracker";

interface LimitsWire {
  from: string;
  metadata: Metadata;
  method: string;
  outcome?: "success" | "error";
}

/**
 * A limits tracker that sees the upstream metadata of every instance: each reply's metadata is
 * recorded here and published on Redis; the other instances record it too. So the limits page,
 * the budget banner and the poll interval on any instance follow the points spent by all of
 * them (the leader's polling above all), and "spent" counts the whole cluster's requests.
 */
export function shareLimits(options: {
  tracker: LimitsTracker;
  redis: Redis;
  subscriber: Redis;
  channel: string;
  instanceId: string;
  logger?: { warn(obj: object, msg?: string): void };
}): LimitsTracker & { start(): Promise<void> } {
  const { tracker, redis, subscriber, channel, instanceId } = options;
  subscriber.on("message", (from: string, payload: string) => {
    if (from !== channel) return;
    const wire = JSON.parse(payload) as LimitsWire;
    if (wire.from !== instanceId) tracker.record(wire.metadata, wire.method, wire.outcome);
  });
  return {
    ...tracker,
    async start() {
      await subscriber.subscribe(channel);
    },
    record(metadata, method, outcome) {
      tracker.record(metadata, method, outcome);
      const wire: LimitsWire = { from: instanceId, metadata, method, outcome };
      redis.publish(channel, JSON.stringify(wire)).catch((error: unknown) => {
        options.logger?.warn({ err: error }, "limits not shared (Redis)");
      });
    },
  };
}
