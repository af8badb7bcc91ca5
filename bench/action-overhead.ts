/**
 * Action overhead: hold/unhold at a steady rate directly against the simulator and through the
 * BFF (session, CSRF, validation, audit in SQLite, pino logging at info to a file), p50 / p99 of
 * each and their difference; then throughput at saturation with 10 connections.
 *
 *   npx tsx bench/action-overhead.ts [--rate 200] [--seconds 30] [--sat-seconds 15]
 *                                    [--connections 10] [--quick]
 */
import { positive, readFlags } from "./lib/args";
import { seedCalls } from "./lib/call-churn";
import { bffActions, directActions, HoldCycle } from "./lib/hold-cycle";
import { type LoadResult, saturate, steadyRate } from "./lib/load";
import { sampleProcess } from "./lib/proc-stats";
import { loadLine, log, table, writeResult } from "./lib/report";
import { createRpc } from "./lib/rpc";
import { login, startStack } from "./lib/stack";
import { fixed } from "./lib/stats";

const flags = readFlags({
  rate: { type: "string", default: "200" },
  seconds: { type: "string", default: "30" },
  "sat-seconds": { type: "string", default: "15" },
  connections: { type: "string", default: "10" },
  calls: { type: "string", default: "400" },
  quick: { type: "boolean", default: false },
  /** The BFF bundled on plain node instead of tsx (bench/lib/bundle-bff.ts). */
  bundled: { type: "boolean", default: false },
});
const rate = positive(flags.rate, "rate");
const seconds = flags.quick ? 5 : positive(flags.seconds, "seconds");
const satSeconds = flags.quick ? 5 : positive(flags["sat-seconds"], "sat-seconds");
const connections = positive(flags.connections, "connections");
const callCount = positive(flags.calls, "calls");

/** Round-robin over the calls: at `rate`, one call is acted on every calls/rate seconds. */
function roundRobin(calls: number[], act: (call: number) => Promise<boolean>) {
  let k = 0;
  return () => act(calls[k++ % calls.length]!);
}

/** Worker w owns the calls w, w + n, w + 2n ...: no two actions on one call overlap. */
function perWorker(calls: number[], n: number, act: (call: number) => Promise<boolean>) {
  return (worker: number) =>
    roundRobin(
      calls.filter((_, i) => i % n === worker),
      act,
    );
}

async function main() {
  const stack = await startStack({
    bundled: flags.bundled,
    name: "action-overhead",
    simEnv: { SIM_MINUTE_LIMIT: "100000000", SIM_DAY_LIMIT: "1000000000" },
  });
  const rpc = createRpc(stack.rpcUrl, stack.simKey, connections);
  try {
    const session = await login(stack.bffUrl);
    const calls = await seedCalls(stack.control, callCount);
    const cycle = new HoldCycle(calls);
    const direct = directActions(rpc, cycle);
    const bff = bffActions(stack.bffUrl, session, cycle, connections);
    try {
      log("warm-up");
      await steadyRate(roundRobin(calls, direct), rate, 2);
      await steadyRate(roundRobin(calls, bff.act), rate, 3);

      log(`steady ${rate}/s for ${seconds} s: direct`);
      const directSteady = await steadyRate(roundRobin(calls, direct), rate, seconds);
      log(`steady ${rate}/s for ${seconds} s: through the BFF`);
      const usage = sampleProcess(stack.bffPid, 1_000);
      const bffSteady = await steadyRate(roundRobin(calls, bff.act), rate, seconds);
      const steadyUsage = usage.stop();

      log(`saturation, ${connections} connections, ${satSeconds} s: direct`);
      const directSat = await saturate(
        perWorker(calls, connections, direct),
        connections,
        satSeconds,
      );
      log(`saturation, ${connections} connections, ${satSeconds} s: through the BFF`);
      const satUsage = sampleProcess(stack.bffPid, 1_000);
      const bffSat = await saturate(
        perWorker(calls, connections, bff.act),
        connections,
        satSeconds,
      );
      const satProc = satUsage.stop();

      const row = (name: string, r: LoadResult) => [
        name,
        r.sent,
        r.failed,
        fixed(r.throughput, 0),
        fixed(r.latencyMs.p50, 2),
        fixed(r.latencyMs.p95, 2),
        fixed(r.latencyMs.p99, 2),
      ];
      console.log(`\nAction overhead: hold/unhold on ${callCount} calls, BFF logging at info\n`);
      console.log(
        table(
          ["run", "actions", "failed", "actions/s", "p50 ms", "p95 ms", "p99 ms"],
          [
            row(`direct, steady ${rate}/s`, directSteady),
            row(`BFF, steady ${rate}/s`, bffSteady),
            row(`direct, saturation ${connections} conn.`, directSat),
            row(`BFF, saturation ${connections} conn.`, bffSat),
          ],
        ),
      );
      const overhead = {
        p50Ms: bffSteady.latencyMs.p50 - directSteady.latencyMs.p50,
        p99Ms: bffSteady.latencyMs.p99 - directSteady.latencyMs.p99,
        p50Ratio: bffSteady.latencyMs.p50 / directSteady.latencyMs.p50,
        p99Ratio: bffSteady.latencyMs.p99 / directSteady.latencyMs.p99,
      };
      console.log(
        `\nBFF overhead at ${rate}/s: p50 +${fixed(overhead.p50Ms, 2)} ms (x${fixed(overhead.p50Ratio, 2)}), ` +
          `p99 +${fixed(overhead.p99Ms, 2)} ms (x${fixed(overhead.p99Ratio, 2)}); ` +
          `BFF CPU ${fixed(steadyUsage.cpuPercent, 0)}% steady, ${fixed(satProc.cpuPercent, 0)}% at saturation; ` +
          `saturation ${fixed(bffSat.throughput, 0)} actions/s through the BFF vs ${fixed(directSat.throughput, 0)} direct`,
      );
      const file = writeResult(flags.bundled ? "action-overhead-bundled" : "action-overhead", {
        rate,
        seconds,
        satSeconds,
        connections,
        directSteady,
        bffSteady,
        directSat,
        bffSat,
        overhead,
        bffCpuSteadyPercent: steadyUsage.cpuPercent,
        bffCpuSaturationPercent: satProc.cpuPercent,
        bffRssPeakMb: satProc.rssPeakMb,
        bffFailures: Object.fromEntries(bff.failures),
      });
      console.log(
        `\n${loadLine()}\nBFF runtime: ${flags.bundled ? "bundled, plain node" : "tsx (as npm run serve)"}\n(JSON: ${file})`,
      );
    } finally {
      await bff.close();
    }
  } finally {
    await rpc.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
