/**
 * Starts Redis and HAProxy from Debian's packages as child processes on loopback, Redis with a
 * throwaway data folder (the cluster script and the cluster test suite use them). Run
 * `node scripts/ensure-services.mjs` first to install them.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
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
