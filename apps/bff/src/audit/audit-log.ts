import type { AuditEntry, AuditPage, AuditQuery, Role } from "@callboard/contract";
import type { Db } from "../db/open-database";
import { sanitizeParams } from "./sanitize-params";

export interface AuditRecord {
  userId: number | null;
  username: string;
  role: Role | null;
  action: string;
  callSessionId?: number | null;
  legId?: number | null;
  params?: Record<string, unknown> | null;
  result: "ok" | "error";
  status: number;
  mnemonic?: string | null;
  requestId?: string | null;
  durationMs?: number | null;
}

interface AuditRow {
  id: number;
  at: string;
  user_id: number | null;
  username: string;
  role: Role | null;
  action: string;
  call_session_id: number | null;
  leg_id: number | null;
  params: string | null;
  result: "ok" | "error";
  status: number;
  mnemonic: string | null;
  request_id: string | null;
  duration_ms: number | null;
}

type AuditValues = [
  string,
  number | null,
  string,
  Role | null,
  string,
  number | null,
  number | null,
  string | null,
  "ok" | "error",
  number,
  string | null,
  string | null,
  number | null,
];

/**
 * Every action a user takes through Callboard, kept in SQLite: who, when, on which call, the outcome.
 * Records written in one turn of the event loop are inserted together in one transaction just
 * after it: a commit per action blocked the loop ~0.3 ms (WAL append, checkpoints) on this disk.
 * Reads and close() flush first, so nothing reads around a pending record.
 */
export class AuditLog {
  private readonly insertAll;
  private pending: AuditValues[] = [];
  private flushTimer: NodeJS.Immediate | undefined;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
    /** A deferred insert has no request to fail: it is reported here (the app logs it). */
    private readonly onFlushError: (error: unknown, lost: number) => void = (error) => {
      throw error;
    },
  ) {
    const insert = db.prepare<AuditValues>(
      `INSERT INTO audit_log (at, user_id, username, role, action, call_session_id, leg_id, params, result,
         status, mnemonic, request_id, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertAll = db.transaction((rows: AuditValues[]) => {
      for (const row of rows) insert.run(...row);
    });
  }

  write(record: AuditRecord): void {
    const params = record.params ? JSON.stringify(sanitizeParams(record.params)) : null;
    this.pending.push([
      new Date(this.now()).toISOString(),
      record.userId,
      record.username,
      record.role,
      record.action,
      record.callSessionId ?? null,
      record.legId ?? null,
      params,
      record.result,
      record.status,
      record.mnemonic ?? null,
      record.requestId ?? null,
      record.durationMs === undefined || record.durationMs === null
        ? null
        : Math.round(record.durationMs * 10) / 10,
    ]);
    this.flushTimer ??= setImmediate(() => {
      const count = this.pending.length;
      try {
        this.flush();
      } catch (error) {
        this.onFlushError(error, count);
      }
    });
  }

  /** Inserts the pending records now (before a read, and before the database closes). */
  flush(): void {
    if (this.flushTimer) clearImmediate(this.flushTimer);
    this.flushTimer = undefined;
    if (this.pending.length === 0 || !this.db.open) return;
    const rows = this.pending;
    this.pending = [];
    this.insertAll(rows);
  }

  /** Newest first; `before` pages to older entries. */
  query(filter: AuditQuery): AuditPage {
    this.flush();
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      where.push(clause);
      values.push(value);
    };
    if (filter.username) add("username = ? COLLATE NOCASE", filter.username);
    if (filter.action) add("action = ?", filter.action);
    if (filter.callSessionId) add("call_session_id = ?", filter.callSessionId);
    if (filter.result) add("result = ?", filter.result);
    if (filter.from) add("at >= ?", new Date(filter.from).toISOString());
    if (filter.to) add("at <= ?", new Date(filter.to).toISOString());
    if (filter.before) add("id < ?", filter.before);
    const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY id DESC LIMIT ?`;
    const rows = this.db.prepare<unknown[], AuditRow>(sql).all(...values, filter.limit + 1);
    const page = rows.slice(0, filter.limit).map(toEntry);
    const last = page[page.length - 1];
    return { entries: page, nextBefore: rows.length > filter.limit && last ? last.id : null };
  }
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    username: row.username,
    role: row.role,
    action: row.action,
    callSessionId: row.call_session_id,
    legId: row.leg_id,
    params: row.params ? (JSON.parse(row.params) as Record<string, unknown>) : null,
    result: row.result,
    status: row.status,
    mnemonic: row.mnemonic,
    requestId: row.request_id,
    durationMs: row.duration_ms,
  };
}
