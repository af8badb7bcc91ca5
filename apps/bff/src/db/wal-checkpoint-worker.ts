/**
 * The WAL checkpointer's worker thread (started by wal-checkpointer.ts). It owns a second
 * connection to the same database file and only ever checkpoints: on a timer, and when asked.
 * An entry of its own in the production bundle (scripts/build-bff.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import type {
  CheckpointerRequest,
  CheckpointerSettings,
  CheckpointResult,
  WorkerReply,
} from "./wal-checkpoint-protocol";

interface WalCheckpointRow {
  busy: number;
  log: number;
  checkpointed: number;
}

const port = parentPort;
if (!port) throw new Error("wal-checkpoint-worker runs only as a worker thread");
const settings = workerData as CheckpointerSettings;
const db = new Database(settings.file, { fileMustExist: true });
db.pragma("busy_timeout = 1000");

function checkpoint(): CheckpointResult {
  const [passive] = db.pragma("wal_checkpoint(PASSIVE)") as WalCheckpointRow[];
  if (!passive) throw new Error("wal_checkpoint answered no row");
  if (passive.log <= settings.restartAtFrames) return { ...passive, restarted: false };
  const [restart] = db.pragma("wal_checkpoint(RESTART)") as WalCheckpointRow[];
  if (!restart) throw new Error("wal_checkpoint answered no row");
  return { ...restart, restarted: true };
}

const reason = (error: unknown) => String(error instanceof Error ? error.message : error);
const reply = (message: WorkerReply) => port.postMessage(message);

const timer = setInterval(() => {
  try {
    checkpoint();
  } catch (error) {
    reply({ error: reason(error) });
  }
}, settings.everyMs);

port.on("message", (request: CheckpointerRequest) => {
  if (request.type === "checkpoint") {
    try {
      reply({ id: request.id, result: checkpoint() });
    } catch (error) {
      reply({ id: request.id, error: reason(error) });
    }
  } else {
    clearInterval(timer);
    db.close();
    port.close();
  }
});
