import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBff } from "../../../scripts/build-bff";

// What `npm run serve` runs: the esbuild bundle on plain node, no tsx, started in demo mode.
// Built into a folder of its own under node_modules/.cache (npm packages resolve from the
// repo's node_modules; config.ts finds the checkout by walking up, whatever the depth), not
// apps/bff/dist, which `npm run build` may clear at any time.
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const cacheDir = join(repoRoot, "node_modules/.cache");
mkdirSync(cacheDir, { recursive: true });
const outdir = mkdtempSync(join(cacheDir, "callboard-bff-bundle-"));
const dataDir = mkdtempSync(join(tmpdir(), "callboard-bff-data-"));
let entry: string;
let server: ChildProcess | undefined;
let output = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function health(url: string, timeoutMs: number): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`the bundle exited: ${output}`);
    try {
      const reply = await fetch(url);
      if (reply.ok) return await reply.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms: ${output}`);
}

beforeAll(async () => {
  entry = await buildBff(outdir);
}, 30_000);

afterAll(() => {
  if (server && server.exitCode === null) server.kill("SIGKILL");
  rmSync(outdir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the production bundle of the BFF", () => {
  it("bundles our workspaces in, leaves npm packages as imports, the simulator in its own chunk", () => {
    const code = readFileSync(entry, "utf8");
    expect(code).not.toMatch(/from "@callboard\//);
    expect(code).toMatch(/from "express"/);
    expect(code).toMatch(/import\("\.\/chunks\/[^"]+\.mjs"\)/);
    expect(code).not.toContain("function startSimulator");
  });

  it("has the WAL checkpointer's worker thread as an entry of its own beside server.mjs", () => {
    expect(readFileSync(entry, "utf8")).toContain('new URL("./wal-checkpoint-worker.mjs"');
    const worker = readFileSync(join(outdir, "wal-checkpoint-worker.mjs"), "utf8");
    expect(worker).toMatch(/from "better-sqlite3"/);
    expect(worker).toContain("wal_checkpoint(PASSIVE)");
  });

  it("starts on plain node in demo mode, answers /api/health and stops on SIGTERM", async () => {
    const port = await freePort();
    const simPort = await freePort();
    server = spawn(process.execPath, [entry], {
      env: {
        CALLBOARD_PORT: String(port),
        SIM_PORT: String(simPort),
        CALLBOARD_DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    server.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });

    expect(await health(`http://127.0.0.1:${port}/api/health`, 15_000)).toMatchObject({
      ok: true,
      upstream: "simulator",
    });
    const exited = new Promise<number | null>((resolve) => server?.once("exit", resolve));
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    // Stopping waits for the worker: a worker that failed to load would have logged by now.
    expect(output).not.toContain("WAL checkpointer failed");
  }, 20_000);
});
