import type { FeedEvent } from "@callboard/contract";
import type { Redis } from "ioredis";
import type { FeedBus, FeedMessage } from "../feed/feed-bus";
import type { RedisLeaderLock } from "./redis-leader-lock";

/**
 * The fenced publish, atomic in Redis. KEYS: lock, version, deltas, snapshot. ARGV: fencing
 * token, channel, payload, kind ("delta"/"status"), baseVersion, version, snapshot frame ("" for
 * none), deltas kept. Answers 1 (published), 0 (the token no longer holds the lock: a deposed
 * leader) or -1 (the delta does not build on the stored version: this instance missed one).
 */
const PUBLISH = `
if redis.call("GET", KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[4] == "delta" then
  local current = redis.call("GET", KEYS[2])
  if current and current ~= ARGV[5] then return -1 end
  redis.call("SET", KEYS[2], ARGV[6])
  if ARGV[7] ~= "" then redis.call("SET", KEYS[4], ARGV[7]) end
  redis.call("RPUSH", KEYS[3], ARGV[3])
  redis.call("LTRIM", KEYS[3], -tonumber(ARGV[8]), -1)
end
redis.call("PUBLISH", ARGV[2], ARGV[3])
return 1`;

/** Deltas kept in Redis for instances that start or fall behind (the resume buffer). */
const KEPT_DELTAS = 200;
/** A snapshot is stored with every this many deltas (and whenever Redis holds none). */
const SNAPSHOT_EVERY = 25;

interface Wire {
  from: string;
  frame: string;
  localized?: Record<string, string>;
}

export interface RedisFeedBusOptions {
  redis: Redis;
  /** A second connection, in subscriber mode. */
  subscriber: Redis;
  lock: RedisLeaderLock;
  /** Key prefix, e.g. `callboard:`. */
  prefix: string;
  instanceId: string;
  logger?: { warn(obj: object, msg?: string): void };
}

/**
 * The feed bus on Redis pub/sub. The leader's publishes run one Lua script that checks its
 * fencing token and that the delta builds on the last published version, appends the delta to
 * the resume buffer (a capped list, with a snapshot now and then) and publishes it; a publish
 * reaches this instance's own listeners only once Redis accepted it. Every instance delivers
 * deltas only in version order: a gap (a message lost while Redis was away, a fresh start)
 * makes it reload the snapshot and the deltas after it from Redis, so its SSE clients, and the
 * clients that reconnect to it with Last-Event-ID from another instance, resume without a gap.
 */
export class RedisFeedBus implements FeedBus {
  private readonly listeners = new Set<(message: FeedMessage) => void>();
  private readonly keys;
  private snapshotSource: (() => FeedMessage) | undefined;
  private deltasSinceSnapshot = Number.POSITIVE_INFINITY;
  /** The version of the last delta or snapshot delivered here. */
  private delivered: number | undefined;
  private syncing: Promise<void> | undefined;
  /** Publishes waiting for Redis, in order (a delta must not overtake the one before). */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: RedisFeedBusOptions) {
    const p = options.prefix;
    this.keys = {
      lock: `${p}feed:leader`,
      version: `${p}feed:version`,
      deltas: `${p}feed:deltas`,
      snapshot: `${p}feed:snapshot`,
      channel: `${p}feed:events`,
    };
    options.subscriber.on("message", (channel: string, payload: string) => {
      if (channel === this.keys.channel) this.receive(payload);
    });
  }

  static lockKey(prefix: string): string {
    return `${prefix}feed:leader`;
  }

  /** Subscribes; then, once the feed listens, `resync()` loads the stored state. */
  async start(): Promise<void> {
    await this.options.subscriber.subscribe(this.keys.channel);
  }

  /** Where snapshots for Redis come from: the feed's state (before the delta being published). */
  attachSnapshot(source: () => FeedMessage): void {
    this.snapshotSource = source;
  }

  publish(message: FeedMessage): void {
    const event = message.event;
    const payload = JSON.stringify(toWire(this.options.instanceId, message));
    if (event.type !== "delta" && event.type !== "status") {
      // Not the live list's (a missed-call update, from whichever instance took the
      // notification): no version, no fence; delivered here now and to the others by pub/sub.
      this.deliver(message);
      this.chain = this.chain
        .then(() => this.options.redis.publish(this.keys.channel, payload))
        .catch((error: unknown) => {
          this.options.logger?.warn({ err: error }, "feed publish failed (Redis)");
        });
      return;
    }
    const token = this.options.lock.fence;
    if (!token) return;
    let snapshot = "";
    if (
      event.type === "delta" &&
      this.deltasSinceSnapshot >= SNAPSHOT_EVERY &&
      this.snapshotSource
    ) {
      snapshot = JSON.stringify(toWire(this.options.instanceId, this.snapshotSource()));
    }
    const { keys } = this;
    const args = [
      token,
      keys.channel,
      payload,
      event.type === "delta" ? "delta" : "status",
      event.type === "delta" ? String(event.baseVersion) : "",
      event.type === "delta" ? String(event.version) : "",
      snapshot,
      String(KEPT_DELTAS),
    ];
    const run = () =>
      this.options.redis.eval(
        PUBLISH,
        4,
        keys.lock,
        keys.version,
        keys.deltas,
        keys.snapshot,
        ...args,
      );
    this.chain = this.chain
      .then(run)
      .then((answer) => {
        const result = Number(answer);
        if (result === 1) {
          if (event.type === "delta") {
            this.deltasSinceSnapshot = snapshot ? 1 : this.deltasSinceSnapshot + 1;
          }
          this.deliver(message);
        } else if (result === 0) {
          this.options.logger?.warn({ type: event.type }, "feed publish refused: not the leader");
        } else {
          this.options.logger?.warn({ type: event.type }, "feed publish out of order: reloading");
          return this.resync();
        }
      })
      .catch((error: unknown) => {
        this.options.logger?.warn({ err: error }, "feed publish failed (Redis)");
      });
  }

  subscribe(listener: (message: FeedMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The stored snapshot and the deltas after it, delivered here (replacing the local state). */
  resync(): Promise<void> {
    this.syncing ??= this.load().finally(() => {
      this.syncing = undefined;
    });
    return this.syncing;
  }

  private async load(): Promise<void> {
    const [snapshot, deltas] = await Promise.all([
      this.options.redis.get(this.keys.snapshot),
      this.options.redis.lrange(this.keys.deltas, 0, -1),
    ]);
    if (!snapshot) return;
    const first = fromWire(JSON.parse(snapshot) as Wire);
    this.delivered = undefined;
    this.deliver(first);
    for (const payload of deltas) this.deliverInOrder(fromWire(JSON.parse(payload) as Wire));
  }

  private receive(payload: string): void {
    const wire = JSON.parse(payload) as Wire;
    if (wire.from === this.options.instanceId) return; // delivered when Redis accepted it
    const message = fromWire(wire);
    if (this.syncing) {
      // The reload reads the list, which holds this delta already.
      if (message.event.type !== "delta") void this.syncing.then(() => this.deliver(message));
      return;
    }
    if (message.event.type === "delta" && message.event.baseVersion !== this.delivered) {
      if (this.delivered !== undefined && message.event.version <= this.delivered) return;
      void this.resync().catch((error: unknown) =>
        this.options.logger?.warn({ err: error }, "feed reload failed (Redis)"),
      );
      return;
    }
    this.deliver(message);
  }

  private deliverInOrder(message: FeedMessage): void {
    const event = message.event;
    if (event.type === "delta" && event.baseVersion !== this.delivered) return;
    this.deliver(message);
  }

  private deliver(message: FeedMessage): void {
    const event = message.event;
    if (event.type === "delta" || event.type === "snapshot") this.delivered = event.version;
    for (const listener of this.listeners) listener(message);
  }
}

function toWire(from: string, message: FeedMessage): Wire {
  const wire: Wire = { from, frame: message.frame.toString("utf8") };
  if (message.localized) {
    wire.localized = {};
    for (const [language, frame] of Object.entries(message.localized)) {
      if (frame) wire.localized[language] = frame.toString("utf8");
    }
  }
  return wire;
}

/** Rebuilds the message from its SSE frame: the event is the JSON of its `data:` line. */
export function fromWire(wire: Wire): FeedMessage {
  const start = wire.frame.indexOf("data: ") + "data: ".length;
  const end = wire.frame.indexOf("\n", start);
  const event = JSON.parse(wire.frame.slice(start, end)) as FeedEvent;
  const message: FeedMessage = { event, frame: Buffer.from(wire.frame, "utf8") };
  if (wire.localized) {
    message.localized = Object.fromEntries(
      Object.entries(wire.localized).map(([language, frame]) => [language, Buffer.from(frame)]),
    ) as FeedMessage["localized"];
  }
  return message;
}
