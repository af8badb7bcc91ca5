import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createSimControl, type SimControl } from "@callboard/callapi-sim";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBff } from "../../../../scripts/build-bff";
import { type Cluster, startCluster } from "../../../../scripts/cluster/cluster";
import {
  continuous,
  login,
  openViewer,
  type SseViewer,
} from "../../../../scripts/cluster/sse-viewer";

// Three BFF instances on Redis behind HAProxy, against real redis-server and haproxy
// (installed by scripts/ensure-services.mjs when missing and we are root).
const POLL_MS = 500;
const TTL_MS = 1_500;
const VIEWERS = 300;

let cluster: Cluster;
let control: SimControl;
let redis: Redis;
let bundleDir: string;
const viewers: SseViewer[] = [];
/** An instance restarted by a test: it has no viewers of its own. */
let revived: string | undefined;

beforeAll(async () => {
  execFileSync(process.execPath, ["scripts/ensure-services.mjs"], { stdio: "inherit" });
  // Under node_modules/.cache: the bundle's npm imports resolve from the repo's node_modules.
  const cacheDir = join(process.cwd(), "node_modules/.cache");
  mkdirSync(cacheDir, { recursive: true });
  bundleDir = mkdtempSync(join(cacheDir, "callboard-cluster-bundle-"));
  const bundle = await buildBff(bundleDir);
  cluster = await startCluster({
    bundle,
    pollIntervalMs: POLL_MS,
    leaderTtlMs: TTL_MS,
    // A budget the reconciliation plan never stretches: one poll every POLL_MS, as measured.
    simEnv: {
      SIM_INBOUND_PER_MINUTE: "0",
      SIM_EXAMPLE_CALLS: "0",
      SIM_MINUTE_LIMIT: "100000",
      SIM_DAY_LIMIT: "100000000",
    },
    // Every viewer here is one operator's, from one address.
    bffEnv: { CALLBOARD_SSE_PER_USER: "1000", CALLBOARD_SSE_PER_ADDRESS: "10000" },
  });
  control = createSimControl(`${cluster.simUrl}/control`);
  redis = new Redis(cluster.redis.url);
  const { cookie } = await login(cluster.url, "operator");
  // HAProxy's round robin spreads them over the three instances.
  for (let n = 0; n < VIEWERS; n += 50) {
    const batch = Array.from({ length: 50 }, () => openViewer(cluster.url, cookie));
    viewers.push(...(await Promise.all(batch)));
  }
}, 120_000);

afterAll(async () => {
  for (const viewer of viewers) viewer.close();
  redis?.disconnect();
  await cluster?.stop();
  rmSync(bundleDir, { recursive: true, force: true });
}, 60_000);

async function leaderId(): Promise<string | undefined> {
  const value = await redis.get("callboard:feed:leader");
  return value?.split(":")[0];
}

async function listCallsIn(ms: number): Promise<number> {
  await control.clearRequests();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return (await control.requests("list.calls")).length;
}

describe("a cluster of three BFF instances on Redis", () => {
  it("polls list.calls from one instance only, however many viewers watch", async () => {
    await expect.poll(leaderId, { timeout: 10_000 }).toMatch(/^bff-\d$/);
    // One poller every POLL_MS: about 6 in 3 s (three pollers would make about 18).
    const polls = await listCallsIn(3_000);
    expect(polls).toBeGreaterThanOrEqual(3);
    expect(polls).toBeLessThanOrEqual(8);
  });

  it("a notification taken by any instance reaches the viewers of all of them", async () => {
    const leader = await leaderId();
    const follower = cluster.instances.find((i) => i.id !== leader)!;
    // A call the simulator does not have, so no poll can be what brings it: only the relay.
    const id = 990_000_000 + Math.floor(Math.random() * 1_000_000);
    const response = await fetch(
      `${follower.url}/api/hooks/callgear?secret=${cluster.webhookSecret}`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          event: "incoming_call",
          call_session_id: id,
          contact_phone_number: "79035550101",
          virtual_phone_number: "74993720692",
          direction: "in",
          notification_time: "2026-12-05 12:00:00.000",
        }),
      },
    );
    expect(response.ok).toBe(true);
    await expect
      .poll(() => viewers.every((v) => v.events.some((e) => e.upserted.includes(id))), {
        timeout: 5_000,
      })
      .toBe(true);
  });

  it("hands polling to another instance when the leader dies; viewers miss no delta", async () => {
    const leader = await leaderId();
    const dead = cluster.instances.find((i) => i.id === leader)!;
    await control.createCall();
    await expect
      .poll(() => viewers.every((v) => v.events.length >= 2), { timeout: 10_000 })
      .toBe(true);
    const killedAt = Date.now();
    await dead.kill();
    await expect
      .poll(leaderId, { timeout: TTL_MS + POLL_MS + 3_000, interval: 50 })
      .not.toBe(leader);
    const handover = Date.now() - killedAt;
    expect(handover).toBeLessThanOrEqual(TTL_MS + POLL_MS + 1_000);
    // Changes after the failover reach the viewers of the surviving instances, in order.
    const survivors = viewers.filter((v) => !v.closed);
    expect(survivors.length).toBeGreaterThan(0);
    const before = survivors.map((v) => v.events.length);
    await control.createCall();
    await expect
      .poll(() => survivors.every((v, i) => v.events.length > before[i]!), { timeout: 10_000 })
      .toBe(true);
    for (const viewer of survivors) expect(continuous(viewer)).toBe(true);
    await dead.start();
    revived = dead.id;
  });

  it("drains on SIGTERM: its viewers resume on another instance by Last-Event-ID", async () => {
    const leader = await leaderId();
    // An instance with viewers of its own: not the leader, not one restarted without any.
    const drained = cluster.instances.find((i) => i.id !== leader && i.id !== revived)!;
    const open = viewers.filter((v) => !v.closed);
    await drained.stop();
    const moved = open.filter((v) => v.closed);
    expect(moved.length).toBeGreaterThan(0);
    const { cookie } = await login(cluster.url, "operator");
    const resumed = await Promise.all(
      moved.slice(0, 20).map((v) => openViewer(cluster.url, cookie, v.events.at(-1)!.version)),
    );
    viewers.push(...resumed);
    await control.createCall();
    await expect
      .poll(() => resumed.every((v) => v.events.length > 0), { timeout: 10_000 })
      .toBe(true);
    moved.slice(0, 20).forEach((before, i) => {
      // No snapshot: the first event is the delta that builds on the version the viewer held.
      expect(resumed[i]!.events[0]).toMatchObject({
        type: "delta",
        baseVersion: before.events.at(-1)!.version,
      });
    });
    await drained.start();
  });
});
