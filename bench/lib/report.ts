import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = resolve(benchDir, "..");
export const resultsDir = join(benchDir, "results");

/** A markdown table, ready to paste into docs/performance.md. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Writes bench/results/<name>.json (gitignored) and answers its path. */
export function writeResult(name: string, data: unknown): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name}.json`);
  const machine = { loadAverage1m: loadavg()[0], loadAverage5m: loadavg()[1] };
  writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), machine, ...(data as object) }, null, 2)}\n`,
  );
  return file;
}

/** Other work on this shared machine skews every figure: each run states the load it ran under. */
export function loadLine(): string {
  const [one, five] = loadavg();
  return `machine load average: ${one?.toFixed(1)} (1 min), ${five?.toFixed(1)} (5 min)`;
}

export function log(message: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
