/**
 * Soak: 1,000 SSE clients and a steady action load (hold/unhold through the BFF) with a new call
 * every second, for 10 minutes. Passes when no client stream or action fails, every client saw
 * every new call and no delta out of sequence (no lost update), and the BFF's memory is flat.
 *
 *   npm run bench:soak -- [--minutes 10] [--clients 1000] [--rate 20] [--quick]
 */
import { positive, readFlags } from "./lib/args";
import { seedCalls, startCallChurn } from "./lib/call-churn";
import { bffActions, HoldCycle } from "./lib/hold-cycle";
import { steadyRate } from "./lib/load";
import { sampleProcess } from "./lib/proc-stats";
import { loadLine, log, table, writeResult } from "./lib/report";
import { createRpc } from "./lib/rpc";
import { startSseFleet } from "./lib/sse-fleet";
import { describeRuntime, login, startStack } from "./lib/stack";
import { fixed, median, summarise } from "./lib/stats";

const flags = readFlags({
  minutes: { type: "string", default: "10" },
  clients: { type: "string", default: "1000" },
  rate: { type: "string", default: "20" },
  quick: { type: "boolean", default: false },
  /** The BFF through tsx on its TS source instead of the production bundle on plain node. */
  tsx: { type: "boolean", default: false },
  /** The default now (the production bundle, as npm start runs it); kept for older commands. */
  bundled: { type: "boolean", default: false },
});
const runtime = flags.tsx ? "tsx" : "node";

const minutes = flags.quick ? 1 : positive(flags.minutes, "minutes");
const clients = flags.quick ? 100 : positive(flags.clients, "clients");
const rate = positive(flags.rate, "rate");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Least-squares slope of RSS over time, MB per minute. */
function slopePerMinute(points: { t: number; rssMb: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mt = points.reduce((s, p) => s + p.t, 0) / n;
  const mr = points.reduce((s, p) => s + p.rssMb, 0) / n;
  const cov = points.reduce((s, p) => s + (p.t - mt) * (p.rssMb - mr), 0);
  const varT = points.reduce((s, p) => s + (p.t - mt) ** 2, 0);
  return varT === 0 ? 0 : (cov / varT) * 60_000;
}

async function main() {
  const stack = await startStack({
    runtime,
    name: "soak",
    simEnv: { SIM_MINUTE_LIMIT: "100000000", SIM_DAY_LIMIT: "1000000000" },
  });
  const rpc = createRpc(stack.rpcUrl, stack.simKey, 2);
  try {
    const session = await login(stack.bffUrl);
    const actionCalls = await seedCalls(stack.control, 400);
    const cycle = new HoldCycle(actionCalls);
    // Enough connections that a slow minute never queues two actions on one call in the client.
    const actions = bffActions(stack.bffUrl, session, cycle, 16);
    log(`${clients} clients: connecting`);
    const fleet = await startSseFleet(`${stack.bffUrl}/api/calls/events`, session.cookie, clients);
    try {
      await sleep(5_000);
      await fleet.report(); // drop the warm-up
      const usage = sampleProcess(stack.bffPid, 5_000);
      const churn = startCallChurn(stack.control, rpc, 1_000, 30);
      let k = 0;
      const next = () => actions.act(actionCalls[k++ % actionCalls.length]!);
      const perMinute = [];
      const seenBy = new Map<number, number>();
      let actionsSent = 0;
      let actionsFailed = 0;
      log(`soak: ${minutes} min, ${fleet.opened} clients, ${rate} actions/s`);
      for (let m = 1; m <= minutes; m++) {
        const load = await steadyRate(next, rate, 60);
        actionsSent += load.sent;
        actionsFailed += load.failed;
        const seen = await fleet.report();
        for (const [id, times] of seen.firstSeen)
          seenBy.set(id, (seenBy.get(id) ?? 0) + times.length);
        const rss = usage.samples.at(-1)?.rssMb ?? Number.NaN;
        const sendToClient = summarise(seen.sendToReceipt);
        perMinute.push({
          minute: m,
          rssMb: rss,
          actionP50Ms: load.latencyMs.p50,
          actionP99Ms: load.latencyMs.p99,
          actionsFailed: load.failed,
          deltas: seen.deltas,
          sendToClientP95Ms: sendToClient.p95,
          gaps: seen.gaps,
          errors: seen.errorCount,
          errorSamples: seen.errors,
        });
        log(
          `minute ${m}: RSS ${fixed(rss, 0)} MB, send→client p95 ${fixed(sendToClient.p95)} ms, gaps ${seen.gaps}, stream errors ${seen.errorCount}, failed actions ${load.failed}`,
        );
      }
      await churn.stop();
      await sleep(3_000);
      const tail = await fleet.report();
      for (const [id, times] of tail.firstSeen)
        seenBy.set(id, (seenBy.get(id) ?? 0) + times.length);
      const proc = usage.stop();
      // Every call created before the last seconds must have reached every client.
      const missedCalls = [...churn.created.keys()].filter(
        (id) => (seenBy.get(id) ?? 0) < fleet.opened,
      );
      const gaps = perMinute.reduce((s, m) => s + m.gaps, 0) + tail.gaps;
      const streamErrors = perMinute.reduce((s, m) => s + m.errors, 0) + tail.errorCount;
      const steady = proc.samples.filter((s) => s.t - (proc.samples[0]?.t ?? 0) >= 60_000);
      const firstMinute = proc.samples.filter((s) => s.t - (proc.samples[0]?.t ?? 0) < 60_000);
      const lastMinute = proc.samples.filter((s) => (proc.samples.at(-1)?.t ?? 0) - s.t < 60_000);
      const slope = slopePerMinute(steady);

      console.log(
        `\nSoak: ${fleet.opened} SSE clients, ${rate} hold/unhold per second through the BFF, a new call about every second, ${minutes} min\n`,
      );
      console.log(
        table(
          [
            "minute",
            "BFF RSS MB",
            "action p50 / p99 ms",
            "failed actions",
            "deltas received",
            "send→client p95 ms",
            "lost updates",
            "stream errors",
          ],
          perMinute.map((m) => [
            m.minute,
            fixed(m.rssMb, 0),
            `${fixed(m.actionP50Ms, 1)} / ${fixed(m.actionP99Ms, 1)}`,
            m.actionsFailed,
            m.deltas,
            fixed(m.sendToClientP95Ms),
            m.gaps,
            m.errors,
          ]),
        ),
      );
      const verdict = {
        actionsSent,
        actionsFailed,
        streamErrors,
        gaps,
        callsCreated: churn.created.size,
        callsMissedBySomeClient: missedCalls.length,
        churnFailures: churn.failures,
        rssFirstMinuteMedianMb: median(firstMinute.map((s) => s.rssMb)),
        rssLastMinuteMedianMb: median(lastMinute.map((s) => s.rssMb)),
        rssPeakMb: proc.rssPeakMb,
        rssSlopeMbPerMinuteAfterFirst: slope,
        cpuPercent: proc.cpuPercent,
      };
      const failureKinds = Object.fromEntries(actions.failures);
      const pass =
        actionsFailed === 0 && streamErrors === 0 && gaps === 0 && missedCalls.length === 0;
      console.log(
        `\n${pass ? "PASS" : "FAIL"}: ${actionsSent} actions (${actionsFailed} failed${actionsFailed ? ` ${JSON.stringify(failureKinds)}` : ""}), ${streamErrors} stream errors, ` +
          `${gaps} deltas out of sequence, ${missedCalls.length} of ${churn.created.size} new calls missed by some client; ` +
          `RSS first minute ${fixed(verdict.rssFirstMinuteMedianMb, 0)} MB, last minute ${fixed(verdict.rssLastMinuteMedianMb, 0)} MB, ` +
          `slope ${fixed(slope, 2)} MB/min after the first minute, peak ${fixed(proc.rssPeakMb, 0)} MB, BFF CPU ${fixed(proc.cpuPercent, 0)}%`,
      );
      const file = writeResult(runtime === "tsx" ? "soak-tsx" : "soak", {
        minutes,
        clients: fleet.opened,
        rate,
        failureKinds,
        pass,
        verdict,
        perMinute,
        rssSamples: proc.samples,
      });
      console.log(`\n${loadLine()}\nBFF runtime: ${describeRuntime(runtime)}\n(JSON: ${file})`);
      if (!pass) process.exitCode = 1;
    } finally {
      await fleet.stop();
      await actions.close();
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
