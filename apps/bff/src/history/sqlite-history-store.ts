import type { HistoryCall, HistoryPage } from "@callboard/contract";
import type { Db } from "../db/open-database";
import { type CallRow, normalizeNumber, parseJson, toHistoryCall } from "./history-rows";
import type { CallPatch, HistoryFilter, HistoryStore, WrapUp } from "./history-store";
import { emptyRow, mergeCall } from "./merge-call";

const columns = `call_session_id, started_at, finished_at, direction, contact_number, contact_name,
  virtual_number, employees, wait_seconds, talk_seconds, total_seconds, tags, result, ended_by,
  recordings, note, disposition, wrap_up_by, sources`;
const c = (alias: string) =>
  columns
    .split(",")
    .map((name) => `${alias}.${name.trim()}`)
    .join(", ");

/** Start and end (exclusive) of a filter's date or date-time, in ms. */
function bound(value: string, end: boolean): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = Date.parse(`${value}T00:00:00Z`);
    return end ? day + 86_400_000 : day;
  }
  return Date.parse(value);
}

/** The call history in the BFF's SQLite database (migrations.ts, step 2). */
export class SqliteHistoryStore implements HistoryStore {
  private readonly selectOne;
  private readonly write;
  private readonly writeMany;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
    /** How long after its end an operator may add a note and a disposition (ms). */
    private readonly wrapUpMs: number,
  ) {
    this.selectOne = db.prepare<[number], CallRow>(
      `SELECT ${columns} FROM call_history WHERE call_session_id = ?`,
    );
    const insert = db.prepare<CallRow>(
      `INSERT INTO call_history (${columns}) VALUES (@call_session_id, @started_at,
        @finished_at, @direction, @contact_number, @contact_name, @virtual_number, @employees,
        @wait_seconds, @talk_seconds, @total_seconds, @tags, @result, @ended_by, @recordings,
        @note, @disposition, @wrap_up_by, @sources)
       ON CONFLICT (call_session_id) DO UPDATE SET ${columns
         .split(",")
         .slice(1)
         .map((name) => `${name.trim()} = excluded.${name.trim()}`)
         .join(", ")}`,
    );
    const dropEmployees = db.prepare<[number]>(
      "DELETE FROM call_history_employees WHERE call_session_id = ?",
    );
    const addEmployee = db.prepare<[number, number, number]>(
      "INSERT OR IGNORE INTO call_history_employees (employee_id, call_session_id, started_at) VALUES (?, ?, ?)",
    );
    const apply = (patch: CallPatch) => {
      const before = this.selectOne.get(patch.callSessionId);
      const startedAt = patch.startedAt ?? patch.finishedAt ?? this.now();
      const next = mergeCall(before ?? emptyRow(patch.callSessionId, startedAt), patch);
      insert.run(next);
      dropEmployees.run(next.call_session_id);
      for (const employee of parseJson<{ id: number }[]>(next.employees, [])) {
        addEmployee.run(employee.id, next.call_session_id, next.started_at);
      }
    };
    this.write = db.transaction(apply);
    this.writeMany = db.transaction((patches: CallPatch[]) => {
      for (const patch of patches) apply(patch);
    });
  }

  async upsert(patch: CallPatch): Promise<void> {
    this.write(patch);
  }

  async upsertMany(patches: CallPatch[]): Promise<void> {
    this.writeMany(patches);
  }

  async get(callSessionId: number): Promise<HistoryCall | undefined> {
    const row = this.selectOne.get(callSessionId);
    return row && toHistoryCall(row, this.now(), this.wrapUpMs);
  }

  async recordingLink(callSessionId: number, index: number): Promise<string | undefined> {
    const row = this.selectOne.get(callSessionId);
    if (!row) return undefined;
    return parseJson<{ link: string }[]>(row.recordings, [])[index]?.link;
  }

  /**
   * Newest first, keyset-paged on (started_at, call_session_id). One employee (an operator's own
   * calls, or the employee filter) walks call_history_employees' primary key; a number walks
   * the contact and virtual-number indexes; otherwise call_history_started.
   */
  async page(filter: HistoryFilter): Promise<HistoryPage> {
    const where: string[] = [];
    const args: (string | number)[] = [];
    const employeeIds = filter.employeeIds;
    const single = employeeIds?.length === 1;
    const key = single ? "e" : "c";
    if (single) {
      where.push("e.employee_id = ?");
      args.push(employeeIds[0] as number);
    } else if (employeeIds) {
      if (employeeIds.length === 0) return { calls: [], nextCursor: null };
      where.push(
        `c.call_session_id IN (SELECT call_session_id FROM call_history_employees WHERE employee_id IN (${employeeIds.map(() => "?").join(",")}))`,
      );
      args.push(...employeeIds);
    }
    if (filter.from) {
      where.push(`${key}.started_at >= ?`);
      args.push(bound(filter.from, false));
    }
    if (filter.to) {
      where.push(`${key}.started_at < ?`);
      args.push(bound(filter.to, true));
    }
    if (filter.direction) {
      where.push("c.direction = ?");
      args.push(filter.direction);
    }
    if (filter.result) {
      where.push("c.result = ?");
      args.push(filter.result);
    }
    if (filter.cursor) {
      const [at, id] = filter.cursor.split("_").map(Number) as [number, number];
      where.push(`(${key}.started_at, ${key}.call_session_id) < (?, ?)`);
      args.push(at, id);
    }
    const from = single
      ? "call_history_employees e JOIN call_history c ON c.call_session_id = e.call_session_id"
      : "call_history c";
    const select = (extra: string[]) =>
      `SELECT ${c("c")} FROM ${from} ${extra.length ? `WHERE ${extra.join(" AND ")}` : ""}
       ORDER BY ${key}.started_at DESC, ${key}.call_session_id DESC LIMIT ?`;
    const number = normalizeNumber(filter.number);
    const rows = number
      ? // A contact or a virtual number: one ordered walk of each number's index, merged. An OR
        // would collect every call of the number and sort them (a busy line has thousands).
        this.db
          .prepare<unknown[], CallRow>(
            `SELECT * FROM (${select(["c.contact_number = ?", ...where])})
             UNION SELECT * FROM (${select(["c.virtual_number = ?", ...where])})
             ORDER BY started_at DESC, call_session_id DESC LIMIT ?`,
          )
          .all(
            ...[number, ...args, filter.limit + 1],
            ...[number, ...args, filter.limit + 1],
            filter.limit + 1,
          )
      : this.db.prepare<unknown[], CallRow>(select(where)).all(...args, filter.limit + 1);
    const more = rows.length > filter.limit;
    const pageRows = more ? rows.slice(0, filter.limit) : rows;
    const last = pageRows.at(-1);
    const now = this.now();
    return {
      calls: pageRows.map((row) => toHistoryCall(row, now, this.wrapUpMs)),
      nextCursor: more && last ? `${last.started_at}_${last.call_session_id}` : null,
    };
  }

  async contact(number: string, dayStart: number, limit: number) {
    const digits = normalizeNumber(number) ?? "";
    const rows = this.db
      .prepare<[string, number], CallRow>(
        `SELECT ${columns} FROM call_history WHERE contact_number = ?
         ORDER BY started_at DESC, call_session_id DESC LIMIT ?`,
      )
      .all(digits, limit);
    const today = this.db
      .prepare<[string, number], { calls: number; lost: number | null }>(
        `SELECT count(*) AS calls, sum(result = 'lost') AS lost FROM call_history
         WHERE contact_number = ? AND started_at >= ?`,
      )
      .get(digits, dayStart);
    const now = this.now();
    return {
      calls: rows.map((row) => toHistoryCall(row, now, this.wrapUpMs)),
      today: { calls: today?.calls ?? 0, lost: today?.lost ?? 0 },
    };
  }

  async wrapUp(callSessionId: number, wrapUp: WrapUp): Promise<void> {
    this.db
      .prepare(
        `UPDATE call_history SET note = coalesce(?, note), disposition = coalesce(?, disposition),
           wrap_up_by = ? WHERE call_session_id = ?`,
      )
      .run(wrapUp.note ?? null, wrapUp.disposition ?? null, wrapUp.by, callSessionId);
  }

  async latestFinishedAt(): Promise<number | null> {
    const row = this.db
      .prepare<[], { at: number | null }>("SELECT max(finished_at) AS at FROM call_history")
      .get();
    return row?.at ?? null;
  }

  async prune(before: number, batch: number): Promise<number> {
    return this.db
      .prepare(
        `DELETE FROM call_history WHERE call_session_id IN (SELECT call_session_id FROM call_history
           WHERE started_at < ? ORDER BY started_at LIMIT ?)`,
      )
      .run(before, batch).changes;
  }

  async getMeta(key: string): Promise<string | undefined> {
    return this.db
      .prepare<[string], { value: string }>("SELECT value FROM history_meta WHERE key = ?")
      .get(key)?.value;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.db
      .prepare("INSERT OR REPLACE INTO history_meta (key, value) VALUES (?, ?)")
      .run(key, value);
  }
}
