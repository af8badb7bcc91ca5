/**
 * A Callboard cluster on loopback: Redis, the simulator, N BFF instances (the production
 * bundle, apps/bff/dist/server.mjs) sharing Redis and one SQLite data folder, and HAProxy in
 * front. The simulator posts its call notifications to HAProxy, as CallGear would, so whichever
 * instance takes one, every instance's viewers see it. Used by `npm run cluster` and the cluster
 * test suite.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildNotificationKit } from "../../apps/bff/src/notifications/notification-kit";
import { createSimControl } from "../../apps/callapi-sim/src/control-client";
import { type Engine, freePort, startHaproxy, startRedis, waitForPort } from "./engines";
import { haproxyConfig } from "./haproxy-config";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface BffInstance {
  id: string;
  port: number;
  url: string;
  readonly child: ChildProcess;
  /** SIGTERM (a graceful drain) and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: the instance dies without draining. */
  kill(): Promise<void>;
  start(): Promise<void>;
}

export interface Cluster {
  url: string;
  simUrl: string;
  /** The secret of the notifications' URL (the kit's `?secret=`). */
  webhookSecret: string;
  redis: Engine;
  haproxy: Engine;
  instances: BffInstance[];
  stop(): Promise<void>;
}

export interface ClusterOptions {
  instances?: number;
  /** HAProxy's port (a free one when unset). */
  port?: number;
  pollIntervalMs?: number;
  leaderTtlMs?: number;
  /** Extra environment for the simulator (SIM_*). */
  simEnv?: Record<string, string>;
  /** The BFF bundle to run (apps/bff/dist/server.mjs by default). */
  bundle?: string;
  /** Where the instances write their logs ("inherit", or "ignore"). */
  logs?: "inherit" | "ignore";
  /** Extra environment for every BFF instance (CALLBOARD_*). */
  bffEnv?: Record<string, string>;
}

function waitExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts everything; the BFF bundle must be built (npm run build). */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const logs = options.logs ?? "ignore";
  const dataDir = mkdtempSync(join(tmpdir(), "callboard-cluster-"));
  const started: (() => Promise<void>)[] = [];
  try {
    return await startAll(options, logs, dataDir, started);
  } catch (error) {
    for (const stop of started.reverse()) await stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function startAll(
  options: ClusterOptions,
  logs: "inherit" | "ignore",
  dataDir: string,
  started: (() => Promise<void>)[],
): Promise<Cluster> {
  const redis = await startRedis();
  started.push(() => redis.stop());
  const simPort = await freePort();
  const sim = spawn(process.execPath, ["--import", "tsx", "apps/callapi-sim/src/main.ts"], {
    cwd: repoRoot,
    env: { ...process.env, SIM_PORT: String(simPort), SIM_CONTROL: "1", ...options.simEnv },
    stdio: ["ignore", "ignore", "inherit"],
  });
  started.push(async () => {
    const exited = waitExit(sim);
    sim.kill("SIGTERM");
    await exited;
  });
  await waitForPort(simPort, 30_000);
  const simUrl = `http://127.0.0.1:${simPort}`;
  const secret = randomBytes(32).toString("hex");
  const webhookSecret = randomBytes(24).toString("hex");

  const instances: BffInstance[] = [];
  for (let n = 1; n <= (options.instances ?? 3); n++) {
    const port = await freePort();
    const id = `bff-${n}`;
    const env = {
      ...process.env,
      CALLBOARD_PORT: String(port),
      CALLBOARD_INSTANCE_ID: id,
      CALLAPI_URL: `${simUrl}/v4.0`,
      DATAAPI_URL: `${simUrl}/v2.0`,
      CALLAPI_LOGIN: "demo",
      CALLAPI_PASSWORD: "demo",
      CALLBOARD_SESSION_SECRET: secret,
      CALLBOARD_DATA_DIR: dataDir,
      CALLBOARD_DEMO_USERS: "1",
      CALLBOARD_COOKIE_SECURE: "false",
      CALLBOARD_TRUST_PROXY: "1",
      CALLBOARD_POLL_INTERVAL_MS: String(options.pollIntervalMs ?? 1000),
      CALLBOARD_LEADER_TTL_MS: String(options.leaderTtlMs ?? 3000),
      REDIS_URL: redis.url,
      CALLBOARD_WEBHOOK_SECRET: webhookSecret,
      ...options.bffEnv,
    };
    let child: ChildProcess | undefined;
    const instance: BffInstance = {
      id,
      port,
      url: `http://127.0.0.1:${port}`,
      get child() {
        return child!;
      },
      async start() {
        child = spawn(process.execPath, [options.bundle ?? "apps/bff/dist/server.mjs"], {
          cwd: repoRoot,
          env,
          stdio: ["ignore", logs, "inherit"],
        });
        const running = child;
        await Promise.race([
          waitForPort(port, 30_000),
          waitExit(running).then(() => {
            throw new Error(`${id} exited with ${running.exitCode}`);
          }),
        ]);
      },
      async stop() {
        if (!child) return;
        const exited = waitExit(child);
        child.kill("SIGTERM");
        await exited;
      },
      async kill() {
        if (!child) return;
        const exited = waitExit(child);
        child.kill("SIGKILL");
        await exited;
      },
    };
    // One at a time: the first migrates and seeds the shared database.
    started.push(() => instance.kill());
    await instance.start();
    instances.push(instance);
  }

  const port = options.port ?? (await freePort());
  const configFile = join(dataDir, "haproxy.cfg");
  writeFileSync(
    configFile,
    haproxyConfig({ port, backends: instances.map((i) => ({ name: i.id, port: i.port })) }),
  );
  const haproxy = await startHaproxy(configFile, port);
  started.push(() => haproxy.stop());
  // The account's notifications, as an admin pastes the kit into CallGear: to the balancer.
  const kit = buildNotificationKit(haproxy.url, webhookSecret);
  await createSimControl(`${simUrl}/control`).configureNotifications(
    kit.events.map((entry) => ({ trigger: entry.event, url: kit.url, body: entry.body })),
  );
  return {
    url: haproxy.url,
    simUrl,
    webhookSecret,
    redis,
    haproxy,
    instances,
    async stop() {
      await haproxy.stop();
      await Promise.all(instances.map((i) => i.stop()));
      const simExited = waitExit(sim);
      sim.kill("SIGTERM");
      await simExited;
      await redis.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
