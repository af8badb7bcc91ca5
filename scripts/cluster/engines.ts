/**
 * Starts Redis, PostgreSQL and HAProxy from Debian's packages as child processes on loopback,
 * each with a throwaway data folder (the cluster script and the cluster test suite use them).
 * PostgreSQL refuses to run as root, so when we are root its initdb and server run as the
 * `postgres` user (runuser). Run `node scripts/ensure-services.mjs` first to install them.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Engine {
  url: string;
  port: number;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and removes its data folder. */
  stop(): Promise<void>;
  /** Stops the process only: it can be started again with `restart` on the same port. */
  kill(): Promise<void>;
  restart(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (the kernel picks one; it may be taken again before use). */
export function freePort(): Promise<number> {
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

/** Resolves once something accepts TCP connections on the port. */
export async function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once("connect", () => resolve(true)).once("error", () => resolve(false));
      socket.connect(port, "127.0.0.1");
    }).finally(() => undefined);
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

export async function startRedis(options: { port?: number } = {}): Promise<Engine> {
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), "callboard-redis-"));
  let child: ChildProcess;
  const launch = async () => {
    child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { cwd: dir, stdio: "ignore" },
    );
    await waitForPort(port);
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => stopChild(child),
    restart: launch,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** initdb, pg_ctl and postgres of the newest PostgreSQL server package installed. */
export function postgresBin(name: "initdb" | "postgres"): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root).filter((v) => existsSync(join(root, v, "bin", name)))
    : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions[0])
    throw new Error("PostgreSQL is not installed: node scripts/ensure-services.mjs");
  return join(root, versions[0], "bin", name);
}

/** `runuser -u postgres --` when root (PostgreSQL will not run as root), nothing otherwise. */
function asPostgres(command: string, args: string[]): [string, string[]] {
  return isRoot() ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

export async function startPostgres(options: { port?: number } = {}): Promise<Engine> {
  const port = options.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), "callboard-pg-"));
  chmodSync(dir, 0o700);
  if (isRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const [initdb, initArgs] = asPostgres(postgresBin("initdb"), [
    "-D",
    dir,
    "-U",
    "callboard",
    "--auth=trust",
    "--no-sync",
    "-E",
    "UTF8",
  ]);
  execFileSync(initdb, initArgs, { stdio: "ignore" });
  let child: ChildProcess;
  const launch = async () => {
    const [cmd, args] = asPostgres(postgresBin("postgres"), [
      "-D",
      dir,
      "-p",
      String(port),
      "-k",
      dir,
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "fsync=off",
      "-c",
      "max_connections=200",
    ]);
    child = spawn(cmd, args, { stdio: "ignore" });
    await waitForPort(port);
  };
  await launch();
  return {
    url: `postgres://callboard@127.0.0.1:${port}/postgres`,
    port,
    kill: () => stopChild(child),
    restart: launch,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** HAProxy with the given configuration file; `port` is the frontend it binds (for waiting). */
export async function startHaproxy(configFile: string, port: number): Promise<Engine> {
  let child: ChildProcess;
  const launch = async () => {
    child = spawn("haproxy", ["-db", "-f", configFile], { stdio: ["ignore", "ignore", "inherit"] });
    await waitForPort(port);
  };
  await launch();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    kill: () => stopChild(child),
    restart: launch,
    stop: () => stopChild(child),
  };
}
