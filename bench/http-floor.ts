/**
 * The HTTP floor of this machine: requests per second and CPU per request of a server that does
 * nothing but answer, as plain node:http and as an Express 5 app with one route, driven like the
 * action benchmark's saturation run (10 connections, closed loop, POST with a small JSON body).
 * It shows what the BFF's own work is measured against: an empty Express route costs several
 * times node:http's CPU per request on this machine.
 *
 *   npx tsx bench/http-floor.ts [--seconds 10] [--connections 10] [--quick]
 */
import { Pool } from "undici";
import { positive, readFlags } from "./lib/args";
import { startChildServer } from "./lib/child-server";
import { saturate } from "./lib/load";
import { sampleProcess } from "./lib/proc-stats";
import { loadLine, log, table, writeResult } from "./lib/report";
import { fixed } from "./lib/stats";

const flags = readFlags({
  seconds: { type: "string", default: "10" },
  connections: { type: "string", default: "10" },
  quick: { type: "boolean", default: false },
});
const seconds = flags.quick ? 3 : positive(flags.seconds, "seconds");
const connections = positive(flags.connections, "connections");

async function main() {
  const rows: (string | number)[][] = [];
  const results: Record<string, unknown> = {};
  for (const kind of ["http", "express", "express-json"]) {
    const server = await startChildServer("bench/lib/floor-server.ts", [kind], "listening");
    const pool = new Pool(server.url, { connections, pipelining: 1 });
    const attempt = async () => {
      const response = await pool.request({
        method: "POST",
        path: "/x",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      await response.body.text();
      return response.statusCode === 200;
    };
    try {
      log(`${kind}: warm-up, then ${seconds} s at ${connections} connections`);
      await saturate(() => attempt, connections, 2);
      const usage = sampleProcess(server.pid, 1_000);
      const run = await saturate(() => attempt, connections, seconds);
      const proc = usage.stop();
      const cpuMs = (proc.cpuPercent * 10) / Math.max(1, run.throughput);
      rows.push([
        kind === "http"
          ? "node:http"
          : kind === "express"
            ? "Express 5, res.end"
            : "Express 5, res.json",
        fixed(run.throughput, 0),
        fixed(proc.cpuPercent, 0),
        fixed(cpuMs, 3),
        fixed(run.latencyMs.p50, 2),
      ]);
      results[kind] = { run, cpuPercent: proc.cpuPercent, cpuMsPerRequest: cpuMs };
    } finally {
      await pool.close();
      await server.stop();
    }
  }
  console.log(`\nHTTP floor: an empty answer, ${connections} connections, ${seconds} s\n`);
  console.log(table(["server", "requests/s", "server CPU %", "CPU ms a request", "p50 ms"], rows));
  const file = writeResult("http-floor", { seconds, connections, results });
  console.log(`\n${loadLine()}\n(JSON: ${file})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
