import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSimControl, type SimControl } from "@callboard/callapi-sim";
import { bundledBff } from "./bundle-bff";
import { inheritedEnv } from "./env";
import { log, repoRoot, resultsDir } from "./report";

export const ADMIN = { username: "bench-admin", password: "bench-admin-password-1" };
const SIM_KEY = "demo-key";

export interface StackOptions {
  /** Name of the log files under bench/results/logs/. */
  name: string;
  simEnv?: Record<string, string>;
  bffEnv?: Record<string, string>;
  /** Start the simulator inside the BFF process (the demo set-up) instead of alone. */
  embeddedSim?: boolean;
  /**
   * How the BFF runs: `node` on the bundle `npm run build` makes (what `npm start` serves), the
   * default; or `tsx` on the TS source (what `npm run dev:bff` runs, and `npm run serve` did
   * before the bundle).
   */
  runtime?: "node" | "tsx";
  /** Older spelling: true is runtime "node", false is runtime "tsx". */
  bundled?: boolean;
  /** Extra node flags for the BFF, e.g. ["--cpu-prof", "--cpu-prof-dir=bench/results/prof"]. */
  bffNodeArgs?: string[];
}

export interface Stack {
  bffUrl: string;
  bffPid: number;
  simUrl: string;
  simPid: number | undefined;
  control: SimControl;
  /** Calls the simulator's Call API directly, as the BFF does (access key). */
  rpcUrl: string;
  simKey: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The node options of `npm run serve` (root package.json), so a benchmark's bundled BFF runs
 * exactly as `npm start` runs it (the flags are explained in docs/performance.md, "Node flags").
 */
export function serveNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const words = (manifest.scripts.serve ?? "").split(/\s+/);
  const node = words.indexOf("node");
  return node < 0 ? [] : words.slice(node + 1).filter((word) => word.startsWith("--"));
}

function startNode(
  script: string,
  env: Record<string, string>,
  logName: string,
  plainNode = false,
  nodeArgs: string[] = [],
): ChildProcess {
  const logs = join(resultsDir, "logs");
  mkdirSync(logs, { recursive: true });
  const out = openSync(join(logs, `${logName}.log`), "w");
  // node itself (not npx/tsx wrappers), so the pid is the server's for /proc sampling.
  const args = plainNode ? [...nodeArgs, script] : [...nodeArgs, "--import", "tsx", script];
  return spawn(process.execPath, args, {
    cwd: repoRoot,
    env: inheritedEnv(env),
    stdio: ["ignore", out, out],
  });
}

async function waitForUrl(url: string, child: ChildProcess, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timeout = new Promise<"late">((resolve) =>
    setTimeout(() => resolve("late"), 5_000).unref(),
  );
  if ((await Promise.race([exited, timeout])) === "late") child.kill("SIGKILL");
}

async function createAdmin(dataDir: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "apps/bff/src/cli/create-admin.ts", "--username", ADMIN.username],
    {
      cwd: repoRoot,
      env: inheritedEnv({ CALLBOARD_DATA_DIR: dataDir }),
      stdio: ["pipe", "ignore", "inherit"],
    },
  );
  child.stdin?.end(`${ADMIN.password}\n`);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`create-admin exited with ${code}`);
}

/** The runtime a stack's BFF runs on (StackOptions.runtime), for the report's last line. */
export function bffRuntime(options: Pick<StackOptions, "runtime" | "bundled">): "node" | "tsx" {
  if (options.runtime) return options.runtime;
  if (options.bundled !== undefined) return options.bundled ? "node" : "tsx";
  return "node";
}

export function describeRuntime(runtime: "node" | "tsx"): string {
  return runtime === "node"
    ? "bundled, plain node (as npm start / npm run serve)"
    : "tsx on the TS source (as npm run dev:bff)";
}

/**
 * The simulator and the BFF as two separate processes on loopback (the load generator is a
 * third), a fresh data dir with one admin, LOG_LEVEL=info with the log in bench/results/logs/.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), "callboard-bench-"));
  const simPort = await freePort();
  const bffPort = await freePort();
  const simEnv = {
    SIM_PORT: String(simPort),
    SIM_CONTROL: "1",
    SIM_INBOUND_PER_MINUTE: "0",
    // A day budget no run can drain (a real account's 750 would); benches set their own too.
    SIM_MINUTE_LIMIT: "150",
    SIM_DAY_LIMIT: "1000000",
    ...options.simEnv,
  };
  let sim: ChildProcess | undefined;
  let bff: ChildProcess | undefined;
  try {
    if (!options.embeddedSim) {
      sim = startNode("apps/callapi-sim/src/main.ts", simEnv, `${options.name}-sim`);
      await waitForUrl(`http://127.0.0.1:${simPort}/control/clock`, sim, "simulator");
    }
    await createAdmin(dataDir);
    const simUrl = `http://127.0.0.1:${simPort}`;
    const plainNode = bffRuntime(options) === "node";
    bff = startNode(
      plainNode ? await bundledBff() : "apps/bff/src/server.ts",
      {
        CALLBOARD_PORT: String(bffPort),
        CALLBOARD_DATA_DIR: dataDir,
        CALLBOARD_COOKIE_SECURE: "false",
        CALLBOARD_SESSION_SECRET: randomBytes(24).toString("hex"),
        LOG_LEVEL: "info",
        ...(options.embeddedSim
          ? simEnv
          : {
              CALLAPI_URL: `${simUrl}/v4.0`,
              DATAAPI_URL: `${simUrl}/v2.0`,
              CALLAPI_ACCESS_KEY: SIM_KEY,
            }),
        ...options.bffEnv,
      },
      `${options.name}-bff`,
      plainNode,
      [...(plainNode ? serveNodeFlags() : []), ...(options.bffNodeArgs ?? [])],
    );
    const bffUrl = `http://127.0.0.1:${bffPort}`;
    await waitForUrl(`${bffUrl}/api/health`, bff, "BFF");
    if (options.embeddedSim) await waitForUrl(`${simUrl}/control/clock`, bff, "simulator");
    log(
      `stack up: BFF ${bffUrl} (pid ${bff.pid}), simulator ${simUrl} (pid ${sim?.pid ?? bff.pid})`,
    );
    const children = { sim, bff };
    return {
      bffUrl,
      bffPid: bff.pid!,
      simUrl,
      simPid: sim?.pid,
      control: createSimControl(`${simUrl}/control`),
      rpcUrl: `${simUrl}/v4.0`,
      simKey: SIM_KEY,
      async stop() {
        await stopChild(children.bff);
        await stopChild(children.sim);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopChild(bff);
    await stopChild(sim);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export interface BffSession {
  cookie: string;
  csrfToken: string;
}

/** Signs in over HTTP; answers the session cookie and CSRF token to send with every request. */
export async function login(
  bffUrl: string,
  credentials: { username: string; password: string } = ADMIN,
): Promise<BffSession> {
  const response = await fetch(`${bffUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`login ${credentials.username}: ${response.status}`);
  const body = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { cookie, csrfToken: body.csrfToken };
}

/** Creates a dashboard user through the admin API (the budget shift's operators). */
export async function createUser(
  bffUrl: string,
  admin: BffSession,
  user: { username: string; password: string; role: "operator" | "supervisor" | "admin" },
): Promise<void> {
  const response = await fetch(`${bffUrl}/api/users`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      cookie: admin.cookie,
      "x-csrf-token": admin.csrfToken,
    },
    body: JSON.stringify({ ...user, displayName: user.username }),
  });
  if (!response.ok)
    throw new Error(`create user ${user.username}: ${response.status} ${await response.text()}`);
}
