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
  // The call history and the missed-call queue. Times are ms since the epoch (keyset paging on
  // (started_at, call_session_id)); numbers are stored as digits only, so a filter is an index seek.
  `CREATE TABLE call_history (
     call_session_id INTEGER PRIMARY KEY,
     started_at INTEGER NOT NULL,
     finished_at INTEGER,
     direction TEXT,
     contact_number TEXT,
     contact_name TEXT,
     virtual_number TEXT,
     employees TEXT NOT NULL DEFAULT '[]',
     wait_seconds REAL,
     talk_seconds REAL,
     total_seconds REAL,
     tags TEXT NOT NULL DEFAULT '[]',
     result TEXT CHECK (result IN ('answered', 'lost')),
     ended_by TEXT,
     recordings TEXT NOT NULL DEFAULT '[]',
     note TEXT,
     disposition TEXT,
     wrap_up_by TEXT,
     sources TEXT NOT NULL DEFAULT ''
   );
   CREATE INDEX call_history_started ON call_history(started_at, call_session_id);
   CREATE INDEX call_history_contact ON call_history(contact_number, started_at, call_session_id);
   CREATE INDEX call_history_virtual ON call_history(virtual_number, started_at, call_session_id);
   CREATE TABLE call_history_employees (
     employee_id INTEGER NOT NULL,
     call_session_id INTEGER NOT NULL REFERENCES call_history(call_session_id) ON DELETE CASCADE,
     started_at INTEGER NOT NULL,
     PRIMARY KEY (employee_id, started_at, call_session_id)
   ) WITHOUT ROWID;
   CREATE INDEX call_history_employees_call ON call_history_employees(call_session_id);
   CREATE TABLE missed_calls (
     id INTEGER PRIMARY KEY,
     contact_number TEXT NOT NULL,
     contact_name TEXT,
     virtual_number TEXT,
     first_lost_at INTEGER NOT NULL,
     last_lost_at INTEGER NOT NULL,
     lost_count INTEGER NOT NULL DEFAULT 1,
     lost_session_ids TEXT NOT NULL DEFAULT '[]',
     wait_seconds REAL,
     tried TEXT NOT NULL DEFAULT '[]',
     state TEXT NOT NULL CHECK (state IN ('open', 'claimed', 'calling', 'closed')),
     claimed_by INTEGER,
     claimed_by_name TEXT,
     claimed_at INTEGER,
     attempts TEXT NOT NULL DEFAULT '[]',
     callback_session_id INTEGER,
     closed_at INTEGER,
     closed_reason TEXT
   );
   CREATE INDEX missed_calls_waiting ON missed_calls(state, first_lost_at);
   CREATE INDEX missed_calls_contact ON missed_calls(contact_number, state);
   CREATE INDEX missed_calls_callback ON missed_calls(callback_session_id);
   CREATE TABLE history_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
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
