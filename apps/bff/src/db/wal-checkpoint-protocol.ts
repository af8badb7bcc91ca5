/** The messages between the WAL checkpointer (main thread) and its worker. */

/** SQLite's answer to `PRAGMA wal_checkpoint`: frames in the WAL and frames copied back. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
  /** A RESTART checkpoint followed the PASSIVE one (the WAL had outgrown `restartAtFrames`). */
  restarted: boolean;
}

/** The worker's `workerData`. */
export interface CheckpointerSettings {
  /** The database file (the main connection's `db.name`). */
  file: string;
  everyMs: number;
  restartAtFrames: number;
}

export type CheckpointerRequest = { type: "checkpoint"; id: number } | { type: "stop" };

/** An answer to a `checkpoint` request (with its id), or a failed timed checkpoint (no id). */
export interface WorkerReply {
  id?: number;
  result?: CheckpointResult;
  error?: string;
}
