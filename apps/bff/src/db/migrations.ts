import type Database from "better-sqlite3";

/** Schema steps in order; `user_version` records how many have run. Never edit a shipped step. */
const steps: string[] = [
  `CREATE TABLE users (
     id INTEGER PRIMARY KEY,
     username TEXT NOT NULL UNIQUE COLLATE NOCASE,
     display_name TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('operator', 'supervisor', 'admin')),
     password_hash TEXT NOT NULL,
     employee_id INTEGER,
     phone_number TEXT,
     disabled INTEGER NOT NULL DEFAULT 0,
     is_demo INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL,
     last_login_at TEXT
   );
   CREATE TABLE sessions (
     id_hash TEXT PRIMARY KEY,
     user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     created_at INTEGER NOT NULL,
     last_seen_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX sessions_user ON sessions(user_id);
   CREATE TABLE audit_log (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     user_id INTEGER,
     username TEXT NOT NULL,
     role TEXT,
     action TEXT NOT NULL,
     call_session_id INTEGER,
     leg_id INTEGER,
     params TEXT,
     result TEXT NOT NULL CHECK (result IN ('ok', 'error')),
     status INTEGER NOT NULL,
     mnemonic TEXT,
     request_id TEXT,
     duration_ms REAL
   );
   CREATE INDEX audit_call ON audit_log(call_session_id);
   CREATE INDEX audit_at ON audit_log(at);`,
];

export function migrate(db: Database.Database): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  for (let index = version; index < steps.length; index++) {
    const step = steps[index] as string;
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${index + 1}`);
    })();
  }
}
