import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { inheritedEnv } from "./env";
import { benchDir } from "./report";

export interface FleetReport {
  opened: number;
  snapshots: number;
  deltas: number;
  statuses: number;
  gaps: number;
  errorCount: number;
  errors: string[];
  sendToReceipt: number[];
  /** call session id -> receipt times (ms wall clock), one per client that saw it. */
  firstSeen: Map<number, number[]>;
}

type WorkerReply =
  | { type: "ready"; opened: number }
  | ({ type: "report"; firstSeen: [number, number[]][] } & Omit<FleetReport, "firstSeen">);

/** How many SSE clients one worker process holds (2 cores: few processes, many sockets each). */
const CLIENTS_PER_WORKER = 2_500;

function ask<T extends WorkerReply["type"]>(
  worker: ChildProcess,
  message: object,
  replyType: T,
  timeoutMs: number,
): Promise<Extract<WorkerReply, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.off("message", onMessage);
      reject(new Error(`SSE worker: no ${replyType} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (reply: WorkerReply) => {
      if (reply.type !== replyType) return;
      clearTimeout(timer);
      worker.off("message", onMessage);
      resolve(reply as Extract<WorkerReply, { type: T }>);
    };
    worker.on("message", onMessage);
    worker.send(message);
  });
}

/**
 * Forks worker processes holding `clients` SSE connections to the feed in all. `client`: bare
 * TCP sockets (the default, sse-raw-client.ts says why) or node's HTTP client, as before.
 */
export async function startSseFleet(
  url: string,
  cookie: string,
  clients: number,
  client: "raw" | "http" = "raw",
) {
  const workerCount = Math.max(1, Math.ceil(clients / CLIENTS_PER_WORKER));
  const workers: ChildProcess[] = [];
  for (let i = 0; i < workerCount; i++) {
    workers.push(
      fork(join(benchDir, "lib/sse-worker.ts"), [], {
        execArgv: ["--import", "tsx"],
        env: inheritedEnv(),
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      }),
    );
  }
  const share = (i: number) =>
    Math.floor(clients / workerCount) + (i < clients % workerCount ? 1 : 0);
  const ready = await Promise.all(
    workers.map((worker, i) =>
      ask(worker, { type: "start", url, cookie, clients: share(i), client }, "ready", 120_000),
    ),
  );
  const opened = ready.reduce((sum, reply) => sum + reply.opened, 0);

  return {
    opened,
    /** Everything the clients saw since the last report (the call clears the workers' tallies). */
    async report(): Promise<FleetReport> {
      const replies = await Promise.all(
        workers.map((w) => ask(w, { type: "report" }, "report", 60_000)),
      );
      const merged: FleetReport = {
        opened: 0,
        snapshots: 0,
        deltas: 0,
        statuses: 0,
        gaps: 0,
        errorCount: 0,
        errors: [],
        sendToReceipt: [],
        firstSeen: new Map(),
      };
      for (const reply of replies) {
        merged.opened += reply.opened;
        merged.snapshots += reply.snapshots;
        merged.deltas += reply.deltas;
        merged.statuses += reply.statuses;
        merged.gaps += reply.gaps;
        merged.errorCount += reply.errorCount;
        merged.errors.push(...reply.errors);
        for (const value of reply.sendToReceipt) merged.sendToReceipt.push(value);
        for (const [id, times] of reply.firstSeen) {
          const all = merged.firstSeen.get(id) ?? [];
          for (const time of times) all.push(time);
          merged.firstSeen.set(id, all);
        }
      }
      return merged;
    },
    async stop(): Promise<void> {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.exitCode !== null) return resolve();
              const timer = setTimeout(() => {
                worker.kill("SIGKILL");
                resolve();
              }, 5_000);
              worker.once("exit", () => {
                clearTimeout(timer);
                resolve();
              });
              worker.send({ type: "stop" });
            }),
        ),
      );
    },
  };
}

export type SseFleet = Awaited<ReturnType<typeof startSseFleet>>;
