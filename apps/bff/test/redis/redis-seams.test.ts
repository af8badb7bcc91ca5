import type { FeedDelta } from "@callboard/contract";
import { Redis } from "ioredis";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Engine, startRedis } from "../../../../scripts/cluster/engines";
import { type FeedMessage, serialiseFeedEvent } from "../../src/feed/feed-bus";
import { FeedState } from "../../src/feed/feed-state";
import { createLimitsTracker } from "../../src/limits/tracker";
import { NoticeIngest } from "../../src/notifications/notice-ingest";
import { connectRedis, type RedisSeams } from "../../src/redis/connect-redis";

let engine: Engine;
let admin: Redis;
const silent = pino({ level: "silent" });
const opened: RedisSeams[] = [];
let prefixes = 0;

beforeAll(async () => {
  engine = await startRedis();
  admin = new Redis(engine.url);
});
afterAll(async () => {
  for (const seams of opened) await seams.close();
  admin.disconnect();
  await engine.stop();
});

/** One instance's seams; `prefix` shared by the instances of one test. */
async function instance(prefix: string, instanceId: string, ttlMs = 1_000) {
  const seams = await connectRedis({
    url: engine.url,
    instanceId,
    leaderTtlMs: ttlMs,
    limits: createLimitsTracker({}),
    logger: silent,
    prefix,
  });
  opened.push(seams);
  const state = new FeedState();
  const heard: FeedMessage[] = [];
  seams.bus.subscribe((message) => {
    state.apply(message);
    heard.push(message);
  });
  seams.bus.attachSnapshot(() => state.snapshot());
  await seams.bus.resync();
  return { seams, state, heard };
}

const call = (id: number, phase = "ringing") =>
  ({ id, phase }) as unknown as FeedDelta["upserted"][number];

/** The leader's next delta on its own state (as CallFeed.pollOnce builds it). */
function nextDelta(state: FeedState, ids: number[]): FeedMessage {
  const delta = state.diff(
    ids.map((id) => call(id)),
    new Date().toISOString(),
  );
  if (!delta) throw new Error("no change");
  return serialiseFeedEvent(delta, delta.version);
}

/** The versions of the deltas an instance delivered (its first contact is a snapshot). */
const versions = (heard: FeedMessage[]) =>
  heard.filter((m) => m.event.type === "delta").map((m) => (m.event as FeedDelta).version);

describe("Redis leader lock", () => {
  it("lets one instance lead; a release or an expiry hands it to another", async () => {
    const prefix = `t${prefixes++}:`;
    const a = await instance(prefix, "a", 400);
    const b = await instance(prefix, "b", 400);
    expect(await a.seams.lock.acquire()).toBe(true);
    expect(await b.seams.lock.acquire()).toBe(false);
    expect(await a.seams.lock.acquire()).toBe(true); // renews
    await a.seams.lock.release();
    expect(await b.seams.lock.acquire()).toBe(true);
    expect(a.seams.lock.held()).toBe(false);
  });

  it("drops a deposed leader's publish inside Redis (fencing)", async () => {
    const prefix = `t${prefixes++}:`;
    const a = await instance(prefix, "a");
    const b = await instance(prefix, "b");
    expect(await a.seams.lock.acquire()).toBe(true);
    a.seams.bus.publish(nextDelta(a.state, [1]));
    await expect.poll(() => versions(b.heard).length).toBe(1);
    // The lock expires while `a` still believes it leads (a pause, a partition): b takes over.
    await admin.del(`${prefix}feed:leader`);
    expect(await b.seams.lock.acquire()).toBe(true);
    expect(a.seams.lock.held()).toBe(true);
    a.seams.bus.publish(nextDelta(a.state, [1, 2]));
    b.seams.bus.publish(nextDelta(b.state, [1, 3]));
    await expect.poll(() => versions(a.heard).length).toBe(2);
    expect(b.state.calls().map((c) => c.id)).toEqual([1, 3]);
    expect(a.state.calls().map((c) => c.id)).toEqual([1, 3]);
    expect(versions(a.heard)).toEqual(versions(b.heard));
  });
});

describe("Redis feed bus", () => {
  it("delivers the leader's deltas in order to every instance, the leader's own included", async () => {
    const prefix = `t${prefixes++}:`;
    const a = await instance(prefix, "a");
    const b = await instance(prefix, "b");
    await a.seams.lock.acquire();
    for (let n = 1; n <= 30; n++) {
      const message = nextDelta(a.state, [n]);
      a.seams.bus.publish(message);
      await expect.poll(() => a.state.version).toBe((message.event as FeedDelta).version);
    }
    await expect.poll(() => b.state.version).toBe(a.state.version);
    const seen = versions(b.heard);
    expect(seen).toHaveLength(30);
    expect(seen.every((v, i) => i === 0 || v === seen[i - 1]! + 1)).toBe(true);
  });

  it("carries a missed-call update from any instance, leader or not, to every instance", async () => {
    const prefix = `t${prefixes++}:`;
    const a = await instance(prefix, "a");
    const b = await instance(prefix, "b");
    // Nobody leads: the update does not depend on the live list's lock.
    b.seams.bus.publish(
      serialiseFeedEvent({
        type: "missed",
        item: null,
        summary: { waiting: 3, claimed: 0, oldestAt: null },
        at: new Date().toISOString(),
      }),
    );
    const missed = (heard: FeedMessage[]) => heard.filter((m) => m.event.type === "missed").length;
    expect(missed(b.heard)).toBe(1);
    await expect.poll(() => missed(a.heard)).toBe(1);
    expect(missed(b.heard)).toBe(1);
  });

  it("lets an instance started later resume from the stored snapshot and deltas", async () => {
    const prefix = `t${prefixes++}:`;
    const a = await instance(prefix, "a");
    await a.seams.lock.acquire();
    for (let n = 1; n <= 40; n++) {
      const message = nextDelta(a.state, [n, n + 1]);
      a.seams.bus.publish(message);
      await expect.poll(() => a.state.version).toBe((message.event as FeedDelta).version);
    }
    const late = await instance(prefix, "late");
    expect(late.state.version).toBe(a.state.version);
    expect(late.state.calls().map((c) => c.id)).toEqual([40, 41]);
    // A client that left at an older version resumes from the deltas without a snapshot.
    const missed = late.state.deltasSince(a.state.version - 5);
    expect(missed?.map((m) => (m.event as FeedDelta).version)).toHaveLength(5);
  });
});

describe("shared limits and directory cache", () => {
  it("records the metadata any instance saw on every instance", async () => {
    const prefix = `t${prefixes++}:`;
    const a = await instance(prefix, "a");
    const b = await instance(prefix, "b");
    a.seams.limits.record(
      {
        limits: {
          minute_limit: 100,
          minute_remaining: 42,
          day_limit: 1000,
          day_remaining: 900,
          minute_reset: 30,
          day_reset: 3600,
        },
      } as never,
      "list.calls",
      "success",
    );
    await expect.poll(() => b.seams.limits.current()?.minuteRemaining).toBe(42);
    expect(b.seams.limits.report(1000).spent.polling).toBe(1);
  });

  it("serves a list loaded by one instance to the others", async () => {
    const prefix = `t${prefixes++}:`;
    const a = await instance(prefix, "a");
    const b = await instance(prefix, "b");
    let loads = 0;
    const load = async () => {
      loads++;
      return [{ id: 1, name: "Sales" }];
    };
    expect(await a.seams.directoryCache.get("tags", load)).toEqual([{ id: 1, name: "Sales" }]);
    expect(await b.seams.directoryCache.get("tags", load)).toEqual([{ id: 1, name: "Sales" }]);
    expect(loads).toBe(1);
  });

  it("hands a notification taken by one instance to every instance's feed, once each", async () => {
    const prefix = `t${prefixes++}:`;
    const a = await instance(prefix, "a");
    const b = await instance(prefix, "b");
    const ingestA = new NoticeIngest();
    const ingestB = new NoticeIngest();
    const heardA: number[] = [];
    const heardB: number[] = [];
    a.seams.shareNotices(ingestA).subscribe((notice) => heardA.push(notice.callSessionId));
    b.seams.shareNotices(ingestB).subscribe((notice) => heardB.push(notice.callSessionId));
    ingestB.ingest({ event: "incoming_call", call_session_id: 7001 });
    // The instance that took it hears it at once, without waiting for Redis.
    expect(heardB).toEqual([7001]);
    await expect.poll(() => heardA).toEqual([7001]);
    expect(heardB).toEqual([7001]);
  });

  it("lets one instance claim a background job's run until the claim expires", async () => {
    const prefix = `t${prefixes++}:`;
    const a = await instance(prefix, "a");
    const b = await instance(prefix, "b");
    expect(await a.seams.claim("reconcile", 300)).toBe(true);
    expect(await b.seams.claim("reconcile", 300)).toBe(false);
    expect(await b.seams.claim("prune", 300)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await b.seams.claim("reconcile", 300)).toBe(true);
  });
});
