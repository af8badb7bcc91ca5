/**
 * `npm run bench`: every benchmark but the soak (10 minutes: `npm run bench:soak`), one after
 * the other in its own process, so one's BFF never shares the machine with another's.
 * `npm run bench -- --quick` runs each in its short mode (a smoke run, a few minutes in all).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { readFlags } from "./lib/args";
import { benchDir, log, repoRoot } from "./lib/report";

const flags = readFlags({ quick: { type: "boolean", default: false } });
const benchmarks = [
  "feed-fanout.ts",
  "http-floor.ts",
  "action-overhead.ts",
  "budget-shift.ts",
  "console.ts",
];
const failed: string[] = [];
for (const script of benchmarks) {
  log(`bench/${script}${flags.quick ? " --quick" : ""}`);
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", join(benchDir, script), ...(flags.quick ? ["--quick"] : [])],
    { cwd: repoRoot, stdio: "inherit" },
  );
  if (run.status !== 0) failed.push(script);
}
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(", ")}`);
  process.exit(1);
}
