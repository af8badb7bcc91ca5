import type { CallReportRow } from "@callboard/callapi";
import { parseAccountTime } from "@callboard/callapi";
import { normalizeNumber } from "./history-rows";
import type { CallPatch, LostCall } from "./history-store";

/** The columns the reconciliation asks the report for. */
export const reportFields = [
  "id",
  "start_time",
  "finish_time",
  "finish_reason",
  "direction",
  "is_lost",
  "contact_phone_number",
  "virtual_phone_number",
  "total_duration",
  "talk_duration",
  "wait_duration",
  "tags",
  "call_records",
  "employees",
];

const nonNull = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** One report row as a history patch (the most trusted source), and the lost call it may be. */
export function reportPatch(
  row: CallReportRow,
  timeZone: string,
  recordingsUrl: string | undefined,
): { patch: CallPatch; lost?: LostCall } {
  const startedAt = row.start_time
    ? (parseAccountTime(row.start_time, timeZone) ?? Number.NaN)
    : Number.NaN;
  const finishedAt = row.finish_time
    ? (parseAccountTime(row.finish_time, timeZone) ?? Number.NaN)
    : Number.NaN;
  const talk = nonNull(row.talk_duration);
  const isLost = row.is_lost ?? (talk !== undefined ? talk === 0 : undefined);
  const employees = (row.employees ?? [])
    .filter((e) => typeof e.employee_id === "number")
    .map((e) => ({ id: e.employee_id as number, name: e.employee_full_name ?? null }));
  const record = row.call_records?.[0];
  const contactNumber = normalizeNumber(row.contact_phone_number);
  const virtualNumber = normalizeNumber(row.virtual_phone_number);
  const direction = row.direction === "in" || row.direction === "out" ? row.direction : undefined;
  const patch: CallPatch = {
    callSessionId: row.id,
    source: "report",
    startedAt: Number.isNaN(startedAt) ? undefined : startedAt,
    finishedAt: Number.isNaN(finishedAt) ? undefined : finishedAt,
    direction,
    contactNumber,
    virtualNumber,
    employees,
    waitSeconds: nonNull(row.wait_duration),
    talkSeconds: talk,
    totalSeconds: nonNull(row.total_duration),
    tags: (row.tags ?? []).flatMap((tag) => (tag.tag_name ? [tag.tag_name] : [])),
    result: isLost === undefined ? undefined : isLost ? "lost" : "answered",
    endedBy: nonNull(row.finish_reason),
    recording:
      record !== undefined && recordingsUrl
        ? {
            link: `${recordingsUrl}/system/media/talk/${row.id}/${encodeURIComponent(String(record))}/`,
            durationSeconds: talk ?? null,
          }
        : undefined,
  };
  const lost: LostCall | undefined =
    isLost && direction !== "out" && contactNumber
      ? {
          callSessionId: row.id,
          contactNumber,
          virtualNumber,
          lostAt: patch.finishedAt ?? patch.startedAt ?? Date.now(),
          waitSeconds: patch.waitSeconds,
          tried: employees,
        }
      : undefined;
  return { patch, lost };
}
