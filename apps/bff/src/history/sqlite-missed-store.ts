import type { MissedCall, MissedSummary } from "@callboard/contract";
import type { Db } from "../db/open-database";
import { parseJson } from "./history-rows";
import type { Claimant, ClaimOutcome, LostCall, MissedCallStore } from "./history-store";

interface MissedRow {
  id: number;
  contact_number: string;
  contact_name: string | null;
  virtual_number: string | null;
  first_lost_at: number;
  last_lost_at: number;
  lost_count: number;
  lost_session_ids: string;
  wait_seconds: number | null;
  tried: string;
  state: MissedCall["state"];
  claimed_by: number | null;
  claimed_by_name: string | null;
  claimed_at: number | null;
  attempts: string;
  callback_session_id: number | null;
  closed_at: number | null;
  closed_reason: MissedCall["closedReason"];
}

interface StoredAttempt {
  at: number;
  username: string;
  callSessionId: number | null;
  outcome: MissedCall["attempts"][number]["outcome"];
}

const iso = (ms: number) => new Date(ms).toISOString();

function toMissedCall(row: MissedRow): MissedCall {
  return {
    id: row.id,
    contactNumber: row.contact_number,
    contactName: row.contact_name,
    virtualNumber: row.virtual_number,
    firstLostAt: iso(row.first_lost_at),
    lastLostAt: iso(row.last_lost_at),
    lostCount: row.lost_count,
    waitSeconds: row.wait_seconds,
    tried: parseJson(row.tried, []),
    state: row.state,
    claimedBy:
      row.claimed_by === null ? null : { userId: row.claimed_by, name: row.claimed_by_name ?? "" },
    claimedAt: row.claimed_at === null ? null : iso(row.claimed_at),
    attempts: parseJson<StoredAttempt[]>(row.attempts, []).map((a) => ({ ...a, at: iso(a.at) })),
    closedAt: row.closed_at === null ? null : iso(row.closed_at),
    closedReason: row.closed_reason,
  };
}

/**
 * The missed-call queue in SQLite. Each change reads and writes in one transaction; better-sqlite3
 * runs it synchronously, so no other request can slip in between the check and the write.
 */
export class SqliteMissedCallStore implements MissedCallStore {
  private readonly byId;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {
    this.byId = db.prepare<[number], MissedRow>("SELECT * FROM missed_calls WHERE id = ?");
  }

  private set(id: number, fields: Partial<MissedRow>): MissedRow {
    const names = Object.keys(fields);
    this.db
      .prepare(
        `UPDATE missed_calls SET ${names.map((n) => `${n} = @${n}`).join(", ")} WHERE id = @id`,
      )
      .run({ ...fields, id });
    return this.byId.get(id) as MissedRow;
  }

  private change(
    id: number,
    decide: (row: MissedRow) => ClaimOutcome | Partial<MissedRow>,
  ): Promise<ClaimOutcome> {
    const run = this.db.transaction((): ClaimOutcome => {
      const row = this.byId.get(id);
      if (!row) return { kind: "not_found" };
      const decision = decide(row);
      if ("kind" in decision) return decision as ClaimOutcome;
      return { kind: "ok", item: toMissedCall(this.set(id, decision)) };
    });
    return Promise.resolve(run());
  }

  async addLost(lost: LostCall): Promise<MissedCall | undefined> {
    const run = this.db.transaction(() => {
      const seen = this.db
        .prepare<[string, number], { id: number }>(
          `SELECT id FROM missed_calls WHERE contact_number = ?
           AND EXISTS (SELECT 1 FROM json_each(lost_session_ids) WHERE value = ?)`,
        )
        .get(lost.contactNumber, lost.callSessionId);
      if (seen) return undefined;
      const waiting = this.db
        .prepare<[string, string | null], MissedRow>(
          `SELECT * FROM missed_calls WHERE contact_number = ? AND virtual_number IS ?
           AND state != 'closed' ORDER BY id LIMIT 1`,
        )
        .get(lost.contactNumber, lost.virtualNumber ?? null);
      if (waiting) {
        const tried = parseJson<{ id: number; name: string | null }[]>(waiting.tried, []);
        for (const employee of lost.tried)
          if (!tried.some((t) => t.id === employee.id)) tried.push(employee);
        const sessions = [...parseJson<number[]>(waiting.lost_session_ids, []), lost.callSessionId];
        return toMissedCall(
          this.set(waiting.id, {
            first_lost_at: Math.min(waiting.first_lost_at, lost.lostAt),
            last_lost_at: Math.max(waiting.last_lost_at, lost.lostAt),
            lost_count: waiting.lost_count + 1,
            lost_session_ids: JSON.stringify(sessions),
            wait_seconds: lost.waitSeconds ?? waiting.wait_seconds,
            tried: JSON.stringify(tried),
            contact_name: waiting.contact_name ?? lost.contactName ?? null,
          }),
        );
      }
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO missed_calls (contact_number, contact_name, virtual_number, first_lost_at,
             last_lost_at, lost_session_ids, wait_seconds, tried, state)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')`,
        )
        .run(
          lost.contactNumber,
          lost.contactName ?? null,
          lost.virtualNumber ?? null,
          lost.lostAt,
          lost.lostAt,
          JSON.stringify([lost.callSessionId]),
          lost.waitSeconds ?? null,
          JSON.stringify(lost.tried),
        );
      return toMissedCall(this.byId.get(Number(lastInsertRowid)) as MissedRow);
    });
    return run();
  }

  async list(includeClosedSince?: number): Promise<MissedCall[]> {
    const rows = this.db
      .prepare<[number], MissedRow>(
        `SELECT * FROM missed_calls WHERE state != 'closed' OR closed_at >= ?
         ORDER BY state = 'closed', first_lost_at, id LIMIT 500`,
      )
      .all(includeClosedSince ?? Number.MAX_SAFE_INTEGER);
    return rows.map(toMissedCall);
  }

  async get(id: number): Promise<MissedCall | undefined> {
    const row = this.byId.get(id);
    return row && toMissedCall(row);
  }

  async summary(): Promise<MissedSummary> {
    const row = this.db
      .prepare<[], { waiting: number; claimed: number | null; oldest: number | null }>(
        `SELECT count(*) AS waiting, sum(state != 'open') AS claimed, min(first_lost_at) AS oldest
         FROM missed_calls WHERE state != 'closed'`,
      )
      .get();
    return {
      waiting: row?.waiting ?? 0,
      claimed: row?.claimed ?? 0,
      oldestAt: row?.oldest == null ? null : iso(row.oldest),
    };
  }

  async waitingFor(contactNumber: string): Promise<MissedCall | undefined> {
    const row = this.db
      .prepare<[string], MissedRow>(
        `SELECT * FROM missed_calls WHERE contact_number = ? AND state != 'closed'
         ORDER BY first_lost_at LIMIT 1`,
      )
      .get(contactNumber);
    return row && toMissedCall(row);
  }

  claim(id: number, by: Claimant): Promise<ClaimOutcome> {
    return this.change(id, (row) => {
      if (row.state === "closed") return { kind: "closed", item: toMissedCall(row) };
      if (row.claimed_by !== null && row.claimed_by !== by.userId)
        return { kind: "claimed_by_other", item: toMissedCall(row) };
      if (row.claimed_by === by.userId) return { kind: "ok", item: toMissedCall(row) };
      return {
        state: "claimed",
        claimed_by: by.userId,
        claimed_by_name: by.name,
        claimed_at: this.now(),
      };
    });
  }

  release(id: number, by: Claimant, force: boolean): Promise<ClaimOutcome> {
    return this.change(id, (row) => {
      if (row.state === "closed") return { kind: "closed", item: toMissedCall(row) };
      if (row.state === "calling") return { kind: "busy", item: toMissedCall(row) };
      if (row.claimed_by !== null && row.claimed_by !== by.userId && !force)
        return { kind: "claimed_by_other", item: toMissedCall(row) };
      return { state: "open", claimed_by: null, claimed_by_name: null, claimed_at: null };
    });
  }

  beginCallBack(id: number, by: Claimant): Promise<ClaimOutcome> {
    return this.change(id, (row) => {
      if (row.state === "closed") return { kind: "closed", item: toMissedCall(row) };
      if (row.claimed_by !== null && row.claimed_by !== by.userId)
        return { kind: "claimed_by_other", item: toMissedCall(row) };
      if (row.state === "calling") return { kind: "busy", item: toMissedCall(row) };
      return {
        state: "calling",
        claimed_by: by.userId,
        claimed_by_name: by.name,
        claimed_at: row.claimed_at ?? this.now(),
      };
    });
  }

  private addAttempt(row: MissedRow, attempt: StoredAttempt): string {
    return JSON.stringify([...parseJson<StoredAttempt[]>(row.attempts, []), attempt]);
  }

  async callBackStarted(id: number, by: Claimant, callSessionId: number): Promise<MissedCall> {
    const row = this.byId.get(id) as MissedRow;
    const attempt = {
      at: this.now(),
      username: by.name,
      callSessionId,
      outcome: "pending" as const,
    };
    return toMissedCall(
      this.set(id, { attempts: this.addAttempt(row, attempt), callback_session_id: callSessionId }),
    );
  }

  async callBackFailed(id: number, by: Claimant): Promise<MissedCall> {
    const row = this.byId.get(id) as MissedRow;
    const attempt = {
      at: this.now(),
      username: by.name,
      callSessionId: null,
      outcome: "failed" as const,
    };
    return toMissedCall(
      this.set(id, {
        attempts: this.addAttempt(row, attempt),
        state: row.state === "calling" ? "claimed" : row.state,
      }),
    );
  }

  async callBackFinished(
    callSessionId: number,
    answered: boolean,
  ): Promise<MissedCall | undefined> {
    const run = this.db.transaction(() => {
      const row = this.db
        .prepare<[number], MissedRow>(
          "SELECT * FROM missed_calls WHERE callback_session_id = ? AND state = 'calling'",
        )
        .get(callSessionId);
      if (!row) return undefined;
      const attempts = parseJson<StoredAttempt[]>(row.attempts, []).map((a) =>
        a.callSessionId === callSessionId && a.outcome === "pending"
          ? { ...a, outcome: answered ? ("answered" as const) : ("not_answered" as const) }
          : a,
      );
      const fields: Partial<MissedRow> = answered
        ? { state: "closed", closed_at: this.now(), closed_reason: "called_back" }
        : { state: "open", claimed_by: null, claimed_by_name: null, claimed_at: null };
      return toMissedCall(
        this.set(row.id, {
          ...fields,
          attempts: JSON.stringify(attempts),
          callback_session_id: null,
        }),
      );
    });
    return run();
  }

  async closeForContact(contactNumber: string, at: number): Promise<MissedCall[]> {
    const run = this.db.transaction(() => {
      const rows = this.db
        .prepare<[string, number], MissedRow>(
          `SELECT * FROM missed_calls WHERE contact_number = ? AND state != 'closed'
           AND state != 'calling' AND first_lost_at <= ?`,
        )
        .all(contactNumber, at);
      return rows.map((row) =>
        toMissedCall(
          this.set(row.id, {
            state: "closed",
            closed_at: this.now(),
            closed_reason: "caller_answered",
          }),
        ),
      );
    });
    return run();
  }
}
