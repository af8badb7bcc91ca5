import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Db } from "./open-database";

/** SQLite's answer to `PRAGMA wal_checkpoint`: frames in the WAL and frames copied back. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
  /** A RESTART checkpoint followed the PASSIVE one (the WAL had outgrown `restartAtFrames`). */
  restarted: boolean;
}

export interface WalCheckpointer {
  /** One PASSIVE checkpoint now, in the worker (tests, and before a backup). */
  checkpoint(): Promise<CheckpointResult>;
  /** Ends the worker; the caller closes the main connection afterwards. */
  stop(): Promise<void>;
}

/** SQLite's own default, restored on the main connection when the worker is gone. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

// CommonJS run by the worker (eval: the production bundle is one file, so the worker cannot be a
// module of its own). It owns a second connection to the same file and only ever checkpoints.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 1000");
const checkpoint = () => {
  const passive = db.pragma("wal_checkpoint(PASSIVE)")[0];
  if (passive.log <= workerData.restartAtFrames) return { ...passive, restarted: false };
  return { ...db.pragma("wal_checkpoint(RESTART)")[0], restarted: true };
};
const timer = setInterval(() => {
  try { checkpoint(); } catch (error) { parentPort.postMessage({ error: String(error && error.message) }); }
}, workerData.everyMs);
parentPort.on("message", (message) => {
  if (message.type === "checkpoint") {
    try { parentPort.postMessage({ id: message.id, result: checkpoint() }); }
    catch (error) { parentPort.postMessage({ id: message.id, error: String(error && error.message) }); }
  } else if (message.type === "stop") {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

interface WorkerReply {
  id?: number;
  result?: CheckpointResult;
  error?: string;
}

/**
 * Moves the WAL checkpoint off the event loop. With SQLite's automatic checkpoint the connection
 * that commits the 1,000th WAL page copies the WAL back into the database and fsyncs both files,
 * inline: with an audit insert per action that stalled the BFF's event loop 15-20 ms every ~2 s
 * at 200 actions/s (strace -T: fsync of the WAL 15-18 ms, of the database 1.5 ms), which was the
 * action benchmark's p99. Here the main connection never checkpoints (wal_autocheckpoint=0) and a
 * worker thread with its own connection runs a PASSIVE checkpoint every `everyMs`: PASSIVE never
 * blocks the writer, and the fsyncs wait in the worker. If the worker fails, the main connection
 * gets its automatic checkpoint back, so the WAL can never grow without bound.
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
  const require = createRequire(import.meta.url);
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: {
      driver: require.resolve("better-sqlite3"),
      file: db.name,
      everyMs: options.everyMs ?? 1_000,
      restartAtFrames: options.restartAtFrames ?? 8_192,
    },
  });
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
        worker.postMessage({ type: "checkpoint", id });
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.postMessage({ type: "stop" });
      await exited;
      fallBack(new Error("WAL checkpointer stopped"));
    },
  };
}
