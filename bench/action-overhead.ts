/**
 * Action overhead: hold/unhold at a steady rate directly against the simulator and through the
 * BFF (session, CSRF, validation, audit in SQLite, pino logging at info to a file), p50 / p99 of
 * each and their difference; then throughput at saturation with 10 connections. Then the same
 * against a minimal upstream that does nothing (bench/lib/fake-upstream.ts): the
 * simulator's own CPU per action (it keeps the state machine, checks every param) shares the
 * cores with the BFF and the load generator, so the first half cannot show the BFF's ceiling.
 *
 *   npx tsx bench/action-overhead.ts [--rate 200] [--seconds 30] [--sat-seconds 15]
 *                                    [--connections 10] [--no-fake] [--tsx] [--quick]
 */
import { positive, readFlags } from "./lib/args";
import { seedCalls } from "./lib/call-churn";
import { startFakeUpstream } from "./lib/child-server";
import { bffActions, directActions, HoldCycle } from "./lib/hold-cycle";
import { type LoadResult, saturate, steadyRate } from "./lib/load";
import { sampleProcess } from "./lib/proc-stats";
import { loadLine, log, table, writeResult } from "./lib/report";
import { createRpc } from "./lib/rpc";
import { describeRuntime, login, type Stack, startStack } from "./lib/stack";
import { fixed } from "./lib/stats";

const flags = readFlags({
  rate: { type: "string", default: "200" },
  seconds: { type: "string", default: "30" },
  "sat-seconds": { type: "string", default: "15" },
  connections: { type: "string", default: "10" },
  calls: { type: "string", default: "400" },
  quick: { type: "boolean", default: false },
  /** Run the BFF through tsx on the TS source instead of the production bundle. */
  tsx: { type: "boolean", default: false },
  /** Skip the second half: the same runs against a minimal upstream (the BFF's own cost). */
  "no-fake": { type: "boolean", default: false },
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

interface Runs {
  directSteady: LoadResult;
  bffSteady: LoadResult;
  directSat: LoadResult;
  bffSat: LoadResult;
  steadyCpu: number;
  satCpu: number;
  satRssPeakMb: number;
  failures: Record<string, number>;
}

/** The four runs (steady rate and saturation, direct and through the BFF) on one stack. */
async function measure(stack: Stack, upstreamUrl: string, calls: number[]): Promise<Runs> {
  const rpc = createRpc(upstreamUrl, stack.simKey, connections);
  const session = await login(stack.bffUrl);
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
    const bffSat = await saturate(perWorker(calls, connections, bff.act), connections, satSeconds);
    const satProc = satUsage.stop();
    return {
      directSteady,
      bffSteady,
      directSat,
      bffSat,
      steadyCpu: steadyUsage.cpuPercent,
      satCpu: satProc.cpuPercent,
      satRssPeakMb: satProc.rssPeakMb,
      failures: Object.fromEntries(bff.failures),
    };
  } finally {
    await bff.close();
    await rpc.close();
  }
}

function report(title: string, runs: Runs) {
  const row = (name: string, r: LoadResult) => [
    name,
    r.sent,
    r.failed,
    fixed(r.throughput, 0),
    fixed(r.latencyMs.p50, 2),
    fixed(r.latencyMs.p95, 2),
    fixed(r.latencyMs.p99, 2),
  ];
  console.log(`\n${title}\n`);
  console.log(
    table(
      ["run", "actions", "failed", "actions/s", "p50 ms", "p95 ms", "p99 ms"],
      [
        row(`direct, steady ${rate}/s`, runs.directSteady),
        row(`BFF, steady ${rate}/s`, runs.bffSteady),
        row(`direct, saturation ${connections} conn.`, runs.directSat),
        row(`BFF, saturation ${connections} conn.`, runs.bffSat),
      ],
    ),
  );
  const overhead = {
    p50Ms: runs.bffSteady.latencyMs.p50 - runs.directSteady.latencyMs.p50,
    p99Ms: runs.bffSteady.latencyMs.p99 - runs.directSteady.latencyMs.p99,
    p50Ratio: runs.bffSteady.latencyMs.p50 / runs.directSteady.latencyMs.p50,
    p99Ratio: runs.bffSteady.latencyMs.p99 / runs.directSteady.latencyMs.p99,
  };
  const cpuPerAction = (cpuPercent: number, r: LoadResult) =>
    (cpuPercent * 10) / Math.max(1, r.throughput);
  console.log(
    `\nBFF overhead at ${rate}/s: p50 +${fixed(overhead.p50Ms, 2)} ms (x${fixed(overhead.p50Ratio, 2)}), ` +
      `p99 +${fixed(overhead.p99Ms, 2)} ms (x${fixed(overhead.p99Ratio, 2)}); ` +
      `BFF CPU ${fixed(runs.steadyCpu, 0)}% steady, ${fixed(runs.satCpu, 0)}% at saturation ` +
      `(${fixed(cpuPerAction(runs.satCpu, runs.bffSat), 2)} ms an action); ` +
      `saturation ${fixed(runs.bffSat.throughput, 0)} actions/s through the BFF vs ${fixed(runs.directSat.throughput, 0)} direct`,
  );
  return { ...runs, overhead, cpuMsPerActionAtSaturation: cpuPerAction(runs.satCpu, runs.bffSat) };
}

async function main() {
  const runtime = flags.tsx ? "tsx" : "node";
  const stack = await startStack({
    runtime,
    name: "action-overhead",
    simEnv: { SIM_MINUTE_LIMIT: "100000000", SIM_DAY_LIMIT: "1000000000" },
  });
  let simulator: ReturnType<typeof report>;
  try {
    const calls = await seedCalls(stack.control, callCount);
    simulator = report(
      `Action overhead: hold/unhold on ${callCount} calls, upstream the simulator, BFF logging at info`,
      await measure(stack, stack.rpcUrl, calls),
    );
  } finally {
    await stack.stop();
  }

  let fake: ReturnType<typeof report> | undefined;
  if (!flags["no-fake"]) {
    const upstream = await startFakeUpstream();
    const fakeStack = await startStack({
      runtime,
      name: "action-overhead-fake",
      bffEnv: { CALLAPI_URL: `${upstream.url}/v4.0`, DATAAPI_URL: `${upstream.url}/v2.0` },
    });
    try {
      const calls = Array.from({ length: callCount }, (_, i) => 1_000_000 + i);
      fake = report(
        "The same, upstream a minimal JSON-RPC responder (bench/lib/fake-upstream.ts): the BFF's own cost",
        await measure(fakeStack, `${upstream.url}/v4.0`, calls),
      );
    } finally {
      await fakeStack.stop();
      await upstream.stop();
    }
  }

  const file = writeResult(runtime === "tsx" ? "action-overhead-tsx" : "action-overhead", {
    rate,
    seconds,
    satSeconds,
    connections,
    runtime,
    simulator,
    fake,
  });
  console.log(`\n${loadLine()}\nBFF runtime: ${describeRuntime(runtime)}\n(JSON: ${file})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
