import { chmodSync, existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrations";

export type Db = Database.Database;

/**
 * Opens (or creates) the BFF's SQLite database in `dataDir` with WAL and synchronous=NORMAL
 * (an audit insert then waits for no fsync of its own; a crash loses at most the last few
 * commits, never the file's consistency), then migrates it.
 * `:memory:` is accepted for unit tests.
 */
export function openDatabase(dataDir: string | ":memory:"): Db {
  const file = dataDir === ":memory:" ? ":memory:" : join(dataDir, "callboard.sqlite");
  const db = new Database(file);
  // Password hashes, session HMACs and the audit log: readable by the BFF's user only.
  if (file !== ":memory:") {
    for (const path of [file, `${file}-wal`, `${file}-shm`])
      if (existsSync(path)) chmodSync(path, 0o600);
  }
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}
