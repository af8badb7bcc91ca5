import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const loggerModule = fileURLToPath(new URL("./logger.ts", import.meta.url));

/** Runs `body` in a fresh node with `logger` = createLogger("info") on the real stdout. */
function runWithLogger(body: string) {
  const code = `import { createLogger } from ${JSON.stringify(loggerModule)};
const logger = createLogger("info");
${body}`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, exited, output: () => output };
}

describe("createLogger's default destination (stdout, buffered)", () => {
  it("writes a line while the process keeps running, without waiting for more lines", async () => {
    const run = runWithLogger(`logger.info({ reqId: "r-1" }, "request completed");
setTimeout(() => {}, 20_000);`);
    try {
      const deadline = Date.now() + 10_000;
      while (!run.output().includes('"reqId":"r-1"') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(run.output()).toContain('"msg":"request completed"');
    } finally {
      run.child.kill("SIGKILL");
    }
  }, 15_000);

  it("writes every pending line when the process exits at once", async () => {
    const run = runWithLogger(`for (let i = 0; i < 5; i++) logger.info({ n: i }, "line");
process.exit(0);`);
    expect(await run.exited).toBe(0);
    const lines = run
      .output()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { n: number });
    expect(lines.map((line) => line.n)).toEqual([0, 1, 2, 3, 4]);
  }, 15_000);
});
