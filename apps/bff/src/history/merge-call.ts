import { type CallRow, parseJson, type StoredRecording } from "./history-rows";
import type { CallPatch, CallSource } from "./history-store";

const rank: Record<CallSource, number> = { feed: 1, notice: 2, report: 3 };

function highestSource(sources: string): number {
  return Math.max(0, ...sources.split(",").map((s) => rank[s as CallSource] ?? 0));
}

type Scalar = "started_at" | "finished_at" | "direction" | "contact_number" | "contact_name";
type Scalar2 = "virtual_number" | "wait_seconds" | "talk_seconds" | "total_seconds" | "result";

const scalars: [keyof CallPatch, Scalar | Scalar2 | "ended_by"][] = [
  ["startedAt", "started_at"],
  ["finishedAt", "finished_at"],
  ["direction", "direction"],
  ["contactNumber", "contact_number"],
  ["contactName", "contact_name"],
  ["virtualNumber", "virtual_number"],
  ["waitSeconds", "wait_seconds"],
  ["talkSeconds", "talk_seconds"],
  ["totalSeconds", "total_seconds"],
  ["result", "result"],
  ["endedBy", "ended_by"],
];

/** An empty record of a call first seen now. */
export function emptyRow(callSessionId: number, startedAt: number): CallRow {
  return {
    call_session_id: callSessionId,
    started_at: startedAt,
    finished_at: null,
    direction: null,
    contact_number: null,
    contact_name: null,
    virtual_number: null,
    employees: "[]",
    wait_seconds: null,
    talk_seconds: null,
    total_seconds: null,
    tags: "[]",
    result: null,
    ended_by: null,
    recordings: "[]",
    note: null,
    disposition: null,
    wrap_up_by: null,
    sources: "",
  };
}

/**
 * Merges a patch into a record. A source at least as trusted as every earlier one (the report
 * over a notice over the live feed) overwrites what it knows; a less trusted one only fills gaps.
 * Employees, tags and recordings accumulate, each kept once.
 */
export function mergeCall(row: CallRow, patch: CallPatch): CallRow {
  const next: CallRow = { ...row };
  const overwrite = rank[patch.source] >= highestSource(row.sources);
  const target = next as unknown as Record<string, unknown>;
  for (const [from, to] of scalars) {
    const value = patch[from];
    if (value === undefined) continue;
    if (overwrite || target[to] === null) target[to] = value;
  }
  if (patch.employees?.length) {
    const employees = parseJson<{ id: number; name: string | null }[]>(row.employees, []);
    for (const employee of patch.employees) {
      const known = employees.find((e) => e.id === employee.id);
      if (!known) employees.push({ id: employee.id, name: employee.name });
      else if (employee.name) known.name = employee.name;
    }
    next.employees = JSON.stringify(employees);
  }
  if (patch.tags?.length) {
    const tags = parseJson<string[]>(row.tags, []);
    for (const tag of patch.tags) if (!tags.includes(tag)) tags.push(tag);
    next.tags = JSON.stringify(tags);
  }
  if (patch.recording) {
    const recordings = parseJson<StoredRecording[]>(row.recordings, []);
    const known = recordings.find((r) => r.link === patch.recording?.link);
    if (!known) recordings.push(patch.recording);
    else if (patch.recording.durationSeconds !== null)
      known.durationSeconds = patch.recording.durationSeconds;
    next.recordings = JSON.stringify(recordings);
  }
  const sources = new Set(row.sources.split(",").filter(Boolean));
  sources.add(patch.source);
  next.sources = [...sources].sort().join(",");
  return next;
}
