/**
 * Feed fan-out: N SSE clients of GET /api/calls/events for S seconds each, while the simulator
 * gets a new call about every second. Per N: upstream list.calls per minute, time from the change in
 * the simulator to the event at the client, from the BFF's send to the receipt, the BFF's RSS
 * and CPU. A fresh BFF + simulator per N, so peak RSS is that level's.
 *
 *   npx tsx bench/feed-fanout.ts [--clients 1,10,100,1000,5000] [--seconds 60] [--quick] [--tsx] [--http-client]
 */
import { numberList, positive, readFlags } from "./lib/args";
import { seedCalls, startCallChurn } from "./lib/call-churn";
import { readProc, sampleProcess } from "./lib/proc-stats";
import { loadLine, log, table, writeResult } from "./lib/report";
import { createRpc } from "./lib/rpc";
import { startSseFleet } from "./lib/sse-fleet";
import { describeRuntime, login, startStack } from "./lib/stack";
import { fixed, summarise } from "./lib/stats";

const flags = readFlags({
  clients: { type: "string", default: "1,10,100,1000,5000" },
  seconds: { type: "string", default: "60" },
  "poll-ms": { type: "string", default: "1000" },
  "board-size": { type: "string", default: "30" },
  quick: { type: "boolean", default: false },
  /**
   * SSE clients on node's HTTP client, the method before 26 Nov: its per-chunk work made one
   * worker of 1,000 clients slower than the BFF, so send->client measured the generator.
   */
  "http-client": { type: "boolean", default: false },
  /** The BFF through tsx on its TS source instead of the production bundle on plain node. */
  tsx: { type: "boolean", default: false },
  /** The default now (the production bundle, as npm start runs it); kept for older commands. */
  bundled: { type: "boolean", default: false },
});
const runtime = flags.tsx ? "tsx" : "node";

const levels = flags.quick ? [1, 10, 100] : numberList(flags.clients);
const seconds = flags.quick ? 10 : positive(flags.seconds, "seconds");
const boardSize = positive(flags["board-size"], "board-size");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runLevel(clients: number) {
  const stack = await startStack({
    runtime,
    name: `fanout-${clients}`,
    // The churn's release.call spends points too: a roomy minute keeps polling at its base rate.
    simEnv: { SIM_MINUTE_LIMIT: "1000", SIM_DAY_LIMIT: "1000000" },
    bffEnv: { CALLBOARD_POLL_INTERVAL_MS: flags["poll-ms"] },
  });
  const rpc = createRpc(stack.rpcUrl, stack.simKey, 2);
  try {
    const session = await login(stack.bffUrl);
    await seedCalls(stack.control, boardSize);
    log(`${clients} clients: connecting`);
    const fleet = await startSseFleet(
      `${stack.bffUrl}/api/calls/events`,
      session.cookie,
      clients,
      flags["http-client"] ? "http" : "raw",
    );
    try {
      await sleep(3_000);
      await fleet.report(); // drop the warm-up
      await stack.control.clearRequests();
      const usage = sampleProcess(stack.bffPid, 1_000);
      const churn = startCallChurn(stack.control, rpc, 1_000, boardSize);
      log(`${clients} clients: ${fleet.opened} open, measuring ${seconds} s`);
      await sleep(seconds * 1_000);
      await churn.stop();
      await sleep(1_500); // the last change's poll
      const proc = usage.stop();
      const peak = readProc(stack.bffPid).peakRssMb;
      const polls = (await stack.control.requests("list.calls")).length;
      const seen = await fleet.report();
      const changeToClient: number[] = [];
      for (const [id, times] of seen.firstSeen) {
        const createdAt = churn.created.get(id);
        if (createdAt !== undefined) for (const t of times) changeToClient.push(t - createdAt);
      }
      const windowSeconds = seconds + 1.5;
      return {
        clients,
        opened: fleet.opened,
        seconds,
        listCallsPerMinute: (polls / windowSeconds) * 60,
        changes: churn.created.size,
        churnFailures: churn.failures,
        changeToClientMs: summarise(changeToClient),
        sendToClientMs: summarise(seen.sendToReceipt),
        rssMedianMb: proc.rssMedianMb,
        rssPeakMb: peak,
        cpuPercent: proc.cpuPercent,
        deltasPerClient: seen.deltas / Math.max(1, fleet.opened),
        gaps: seen.gaps,
        errors: seen.errorCount,
        errorSamples: seen.errors,
        rssSamples: proc.samples,
      };
    } finally {
      await fleet.stop();
    }
  } finally {
    await rpc.close();
    await stack.stop();
  }
}

async function main() {
  const results = [];
  for (const clients of levels) results.push(await runLevel(clients));
  console.log(
    `\nFeed fan-out: ${seconds} s per level, a new call about every 1 s (random gaps), board of ${boardSize} calls, poll ${flags["poll-ms"]} ms\n`,
  );
  console.log(
    table(
      [
        "clients",
        "list.calls/min",
        "change→client p50 / p95 ms",
        "BFF send→client p50 / p95 / p99 ms",
        "RSS median (peak) MB",
        "BFF CPU %",
        "lost updates",
        "errors",
      ],
      results.map((r) => [
        r.opened === r.clients ? r.clients : `${r.clients} (${r.opened} open)`,
        fixed(r.listCallsPerMinute, 1),
        `${fixed(r.changeToClientMs.p50, 0)} / ${fixed(r.changeToClientMs.p95, 0)}`,
        `${fixed(r.sendToClientMs.p50)} / ${fixed(r.sendToClientMs.p95)} / ${fixed(r.sendToClientMs.p99)}`,
        `${fixed(r.rssMedianMb, 0)} (${fixed(r.rssPeakMb, 0)})`,
        fixed(r.cpuPercent, 1),
        r.gaps,
        r.errors,
      ]),
    ),
  );
  const file = writeResult(runtime === "tsx" ? "feed-fanout-tsx" : "feed-fanout", {
    seconds,
    results: results.map(({ rssSamples, ...rest }) => ({ ...rest, rssSamples })),
  });
  console.log(
    `\n${loadLine()}\nBFF runtime: ${describeRuntime(runtime)}\nSSE clients: ${flags["http-client"] ? "node:http client" : "bare TCP sockets"}\n(JSON: ${file})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
