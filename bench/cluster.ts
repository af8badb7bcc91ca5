/**
 * Several instances against one: list.calls polls per minute with 300 viewers on 1 and on 3
 * BFF instances behind HAProxy on Redis, and the failover gap the viewers see when the leader
 * is killed (from the SIGKILL to the first delta on a surviving viewer, while the simulator
 * makes a call every 200 ms). Needs redis-server and haproxy (npm run ensure-services).
 *
 *   npx tsx bench/cluster.ts [--quick]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createSimControl } from "@callboard/callapi-sim";
import { Redis } from "ioredis";
import { buildBff } from "../scripts/build-bff";
import { type Cluster, startCluster } from "../scripts/cluster/cluster";
import { login, openViewer, type SseViewer } from "../scripts/cluster/sse-viewer";
import { loadLine, log, repoRoot, table, writeResult } from "./lib/report";

const quick = process.argv.includes("--quick");
const VIEWERS = 300;
const POLL_MS = 1_000;
const TTL_MS = 3_000;
const WINDOW_MS = quick ? 10_000 : 30_000;
const FAILOVERS = quick ? 3 : 8;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

async function withCluster<T>(
  instances: number,
  bundle: string,
  run: (cluster: Cluster, viewers: SseViewer[]) => Promise<T>,
): Promise<T> {
  const cluster = await startCluster({
    instances,
    bundle,
    pollIntervalMs: POLL_MS,
    leaderTtlMs: TTL_MS,
    simEnv: { SIM_INBOUND_PER_MINUTE: "0" },
  });
  const viewers: SseViewer[] = [];
  try {
    const { cookie } = await login(cluster.url, "operator");
    for (let n = 0; n < VIEWERS; n += 50) {
      const batch = Array.from({ length: 50 }, () => openViewer(cluster.url, cookie));
      viewers.push(...(await Promise.all(batch)));
    }
    return await run(cluster, viewers);
  } finally {
    for (const viewer of viewers) viewer.close();
    await cluster.stop();
  }
}

async function pollsPerMinute(cluster: Cluster): Promise<number> {
  const control = createSimControl(`${cluster.simUrl}/control`);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await control.clearRequests();
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
  return ((await control.requests("list.calls")).length * 60_000) / WINDOW_MS;
}

async function failoverGaps(cluster: Cluster, viewers: SseViewer[]): Promise<number[]> {
  const control = createSimControl(`${cluster.simUrl}/control`);
  const redis = new Redis(cluster.redis.url);
  const maker = setInterval(() => void control.createCall().catch(() => undefined), 200);
  const gaps: number[] = [];
  try {
    for (let round = 0; round < FAILOVERS; round++) {
      const leader = (await redis.get("callboard:feed:leader"))?.split(":")[0];
      const dead = cluster.instances.find((i) => i.id === leader);
      if (!dead) throw new Error("no leader");
      const killedAt = Date.now();
      await dead.kill();
      const survivors = viewers.filter((v) => !v.closed);
      for (;;) {
        const first = survivors
          .map((v) => v.events.find((e) => e.at > killedAt && e.type === "delta")?.at)
          .filter((at): at is number => at !== undefined);
        if (first.length > 0) {
          gaps.push(Math.min(...first) - killedAt);
          break;
        }
        if (Date.now() - killedAt > 30_000) throw new Error("no delta after the failover");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await dead.start();
      log(`failover ${round + 1}: ${gaps.at(-1)} ms`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } finally {
    clearInterval(maker);
    redis.disconnect();
  }
  return gaps;
}

execFileSync(process.execPath, ["scripts/ensure-services.mjs"], {
  stdio: "inherit",
  cwd: repoRoot,
});
const cacheDir = join(repoRoot, "node_modules/.cache");
mkdirSync(cacheDir, { recursive: true });
const bundleDir = mkdtempSync(join(cacheDir, "callboard-bench-cluster-"));
try {
  const bundle = await buildBff(bundleDir);
  log("1 instance");
  const one = await withCluster(1, bundle, (cluster) => pollsPerMinute(cluster));
  log("3 instances");
  const { three, gaps } = await withCluster(3, bundle, async (cluster, viewers) => ({
    three: await pollsPerMinute(cluster),
    gaps: await failoverGaps(cluster, viewers),
  }));
  console.log(`Cluster: ${VIEWERS} viewers, poll interval ${POLL_MS} ms, leader TTL ${TTL_MS} ms`);
  console.log(
    table(
      ["measure", "1 instance", "3 instances"],
      [
        ["list.calls per minute", one.toFixed(1), three.toFixed(1)],
        ["failover gap p50 (ms)", "-", percentile(gaps, 50)],
        ["failover gap p95 (ms)", "-", percentile(gaps, 95)],
      ],
    ),
  );
  console.log(loadLine());
  writeResult("cluster", { viewers: VIEWERS, pollMs: POLL_MS, ttlMs: TTL_MS, one, three, gaps });
} finally {
  rmSync(bundleDir, { recursive: true, force: true });
}
