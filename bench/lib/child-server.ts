import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { inheritedEnv } from "./env";
import { repoRoot } from "./report";
import { freePort } from "./stack";

export interface ChildServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts a small server script of bench/lib (`node --import tsx <script> ...args <port>`) as its
 * own process on a free port; resolves once it prints a line starting with `ready`.
 */
export async function startChildServer(
  script: string,
  args: string[],
  ready: string,
): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args, String(port)], {
    cwd: repoRoot,
    env: inheritedEnv({}),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 30 s`)), 30_000);
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
    lines.on("line", (line) => {
      if (!line.startsWith(ready)) return;
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** bench/lib/fake-upstream.ts: a JSON-RPC responder that answers every request with success. */
export function startFakeUpstream(): Promise<ChildServer> {
  return startChildServer("bench/lib/fake-upstream.ts", [], "fake upstream on");
}
