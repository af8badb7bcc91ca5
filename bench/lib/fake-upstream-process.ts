import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { inheritedEnv } from "./env";
import { repoRoot } from "./report";
import { freePort } from "./stack";

/** Starts bench/lib/fake-upstream.ts as its own process; resolves once it listens. */
export async function startFakeUpstream(): Promise<{
  url: string;
  pid: number;
  stop(): Promise<void>;
}> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "bench/lib/fake-upstream.ts", String(port)],
    { cwd: repoRoot, env: inheritedEnv({}), stdio: ["ignore", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout! });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("fake upstream did not start in 30 s")),
      30_000,
    );
    child.once("exit", (code) => reject(new Error(`fake upstream exited with ${code}`)));
    lines.on("line", (line) => {
      if (!line.startsWith("fake upstream on")) return;
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
