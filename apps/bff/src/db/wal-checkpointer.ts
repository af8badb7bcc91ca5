import { Worker } from "node:worker_threads";
import type { Db } from "./open-database";
import type {
  CheckpointerRequest,
  CheckpointerSettings,
  CheckpointResult,
  WorkerReply,
} from "./wal-checkpoint-protocol";

export type { CheckpointResult } from "./wal-checkpoint-protocol";

export interface WalCheckpointer {
  /** One PASSIVE checkpoint now, in the worker (tests, and before a backup). */
  checkpoint(): Promise<CheckpointResult>;
  /** Ends the worker; the caller closes the main connection afterwards. */
  stop(): Promise<void>;
}

/** SQLite's own default, restored on the main connection when the worker is gone. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

/**
 * Starts the worker module. In the production bundle it is `wal-checkpoint-worker.mjs`, an entry
 * of its own beside server.mjs, which holds this module (scripts/build-bff.ts). Run from source
 * (tsx, Vitest) it is the TypeScript file beside this one, which a worker thread cannot load by
 * itself: Node 20 does not apply an `--import` loader given in a worker's execArgv, so a one-line
 * script has tsx's API import it.
 */
function startWorker(settings: CheckpointerSettings): Worker {
  if (!import.meta.url.endsWith(".ts")) {
    return new Worker(new URL("./wal-checkpoint-worker.mjs", import.meta.url), {
      workerData: settings,
    });
  }
  const source = new URL("./wal-checkpoint-worker.ts", import.meta.url).href;
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const load = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}));`;
  return new Worker(load, { eval: true, workerData: settings });
}

/**
 * Moves the WAL checkpoint off the event loop. With SQLite's automatic checkpoint the connection
 * that commits the 1,000th WAL page copies the WAL back into the database and fsyncs both files,
 * inline: with an audit insert per action, the request that happens to commit that page waits
 * for two fsyncs, which is what set the action benchmark's p99 (docs/performance.md). Here the
 * main connection never checkpoints (wal_autocheckpoint=0) and a worker thread with its own
 * connection runs a PASSIVE checkpoint every `everyMs`: PASSIVE never blocks the writer, and the
 * fsyncs wait in the worker. If the worker fails, the main connection gets its automatic
 * checkpoint back, so the WAL can never grow without bound.
 *
 * The writer starts the WAL over only when, as it begins, every frame has been copied back; under
 * a steady stream of audit inserts a PASSIVE checkpoint rarely ends in such a gap, so the WAL
 * would keep growing. Past `restartAtFrames` (8,192 pages, 32 MB) the worker therefore runs a
 * RESTART checkpoint, which holds new writers back (the event loop waits in its busy handler)
 * for that one checkpoint: a rare stall instead of an unbounded file.
 */
export function startWalCheckpointer(
  db: Db,
  options: { everyMs?: number; restartAtFrames?: number; onError?: (error: Error) => void } = {},
): WalCheckpointer {
  const worker = startWorker({
    file: db.name,
    everyMs: options.everyMs ?? 1_000,
    restartAtFrames: options.restartAtFrames ?? 8_192,
  });
  const send = (request: CheckpointerRequest) => worker.postMessage(request);
  worker.unref();
  db.pragma("wal_autocheckpoint = 0");

  let nextId = 1;
  let stopped = false;
  /** Why the worker is gone (stopped, failed or exited): later checkpoints are refused with it. */
  let gone: Error | undefined;
  const waiting = new Map<number, { resolve(r: CheckpointResult): void; reject(e: Error): void }>();
  const fallBack = (error: Error) => {
    gone ??= error;
    if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };

  worker.on("message", (reply: WorkerReply) => {
    const pending = reply.id === undefined ? undefined : waiting.get(reply.id);
    if (reply.id !== undefined) waiting.delete(reply.id);
    if (reply.error !== undefined) {
      const error = new Error(`WAL checkpoint failed: ${reply.error}`);
      if (pending) pending.reject(error);
      else options.onError?.(error);
    } else if (pending && reply.result) pending.resolve(reply.result);
  });
  worker.on("error", (error) => {
    fallBack(error);
    options.onError?.(error);
  });
  worker.on("exit", () => {
    if (!stopped) fallBack(new Error("WAL checkpointer exited"));
  });

  return {
    checkpoint() {
      if (stopped) return Promise.reject(new Error("WAL checkpointer stopped"));
      // A dead worker would never answer: the caller hears why instead of waiting forever.
      if (gone) return Promise.reject(gone);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        send({ type: "checkpoint", id });
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      // A worker that already exited sends no second "exit": nothing to wait for.
      if (!gone) {
        const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
        send({ type: "stop" });
        await exited;
      }
      fallBack(new Error("WAL checkpointer stopped"));
    },
  };
}
