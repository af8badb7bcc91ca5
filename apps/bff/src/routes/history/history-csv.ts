import type { HistoryCall } from "@callboard/contract";

const header = [
  "call_session_id",
  "started_at",
  "finished_at",
  "direction",
  "contact_number",
  "virtual_number",
  "employees",
  "wait_seconds",
  "talk_seconds",
  "total_seconds",
  "tags",
  "result",
  "ended_by",
  "disposition",
  "note",
  "recordings",
];

/**
 * One CSV cell (RFC 4180 quoting). A text that a spreadsheet would run as a formula gets a
 * leading apostrophe: notes and tags are typed by people.
 */
function cell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvHeader = `${header.join(",")}\r\n`;

export function csvRow(call: HistoryCall): string {
  return `${[
    call.callSessionId,
    call.startedAt,
    call.finishedAt,
    call.direction,
    call.contactNumber,
    call.virtualNumber,
    call.employees.map((e) => e.name ?? String(e.id)).join("; "),
    call.waitSeconds,
    call.talkSeconds,
    call.totalSeconds,
    call.tags.join("; "),
    call.result,
    call.endedBy,
    call.disposition,
    call.note,
    call.recordings.length,
  ]
    .map(cell)
    .join(",")}\r\n`;
}
