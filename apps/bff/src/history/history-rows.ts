import type { HistoryCall } from "@callboard/contract";

/** A call_history row as SQLite returns it. */
export interface CallRow {
  call_session_id: number;
  started_at: number;
  finished_at: number | null;
  direction: "in" | "out" | null;
  contact_number: string | null;
  contact_name: string | null;
  virtual_number: string | null;
  employees: string;
  wait_seconds: number | null;
  talk_seconds: number | null;
  total_seconds: number | null;
  tags: string;
  result: "answered" | "lost" | null;
  ended_by: string | null;
  recordings: string;
  note: string | null;
  disposition: string | null;
  wrap_up_by: string | null;
  sources: string;
}

export interface StoredRecording {
  link: string;
  durationSeconds: number | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * The row as the console shows it. Recording links stay in the BFF: the browser gets the BFF's
 * own URL, which streams the file (the upstream link may carry a key of the account).
 */
export function toHistoryCall(row: CallRow, now: number, wrapUpMs: number): HistoryCall {
  const recordings = parseJson<StoredRecording[]>(row.recordings, []);
  const wrapUpEnds = (row.finished_at ?? now) + wrapUpMs;
  return {
    callSessionId: row.call_session_id,
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
    direction: row.direction,
    contactNumber: row.contact_number,
    contactName: row.contact_name,
    virtualNumber: row.virtual_number,
    employees: parseJson(row.employees, []),
    waitSeconds: row.wait_seconds,
    talkSeconds: row.talk_seconds,
    totalSeconds: row.total_seconds,
    tags: parseJson(row.tags, []),
    result: row.result,
    endedBy: row.ended_by,
    recordings: recordings.map((recording, index) => ({
      index,
      url: `/api/history/${row.call_session_id}/recordings/${index}`,
      durationSeconds: recording.durationSeconds,
    })),
    note: row.note,
    disposition: row.disposition,
    wrapUpBy: row.wrap_up_by,
    wrapUpUntil: wrapUpEnds > now ? iso(wrapUpEnds) : null,
  };
}

/** Digits only: "+7 (499) 372-06-92" and "74993720692" are the same number. */
export function normalizeNumber(text: string | null | undefined): string | undefined {
  const digits = (text ?? "").replace(/\D/g, "");
  return digits === "" ? undefined : digits;
}
