import type { CallNotice } from "../notifications/call-notice";
import { normalizeNumber } from "./history-rows";
import type { CallPatch, LostCall } from "./history-store";

const direction = (text: string | undefined) =>
  text === "in" || text === "out" ? text : undefined;

/** What a notice says of its call, as a history patch; undefined for events the history ignores. */
export function noticePatch(notice: CallNotice): CallPatch | undefined {
  const base: CallPatch = {
    callSessionId: notice.callSessionId,
    source: "notice",
    direction: direction(notice.direction),
    contactNumber: normalizeNumber(notice.contactPhoneNumber),
    contactName: notice.contactFullName,
    virtualNumber: normalizeNumber(notice.virtualPhoneNumber),
    tags: notice.tagNames,
  };
  const employee =
    notice.employeeId !== undefined
      ? [{ id: notice.employeeId, name: notice.employeeFullName ?? null }]
      : undefined;
  switch (notice.event) {
    case "call_finished": {
      const talk = notice.talkTimeDuration;
      const total = notice.totalTimeDuration;
      return {
        ...base,
        finishedAt: notice.receivedAt,
        startedAt: total !== undefined ? notice.receivedAt - total * 1000 : undefined,
        employees: employee,
        waitSeconds: notice.waitTimeDuration,
        talkSeconds: talk,
        totalSeconds: total,
        result: talk === undefined ? undefined : talk > 0 ? "answered" : "lost",
      };
    }
    case "lost_call": {
      const wait = notice.waitTimeDuration;
      return {
        ...base,
        direction: base.direction ?? "in",
        finishedAt: notice.receivedAt,
        startedAt: wait !== undefined ? notice.receivedAt - wait * 1000 : undefined,
        employees: notice.employeeIds?.map((id) => ({ id, name: null })),
        waitSeconds: wait,
        talkSeconds: 0,
        result: "lost",
      };
    }
    case "recording_completed":
      return {
        ...base,
        employees: employee,
        recording: notice.fileLink
          ? { link: notice.fileLink, durationSeconds: notice.fileDuration ?? null }
          : undefined,
      };
    default:
      return undefined;
  }
}

/** A lost-call notice as the missed-call queue takes it; undefined without a number to call. */
export function noticeLostCall(notice: CallNotice): LostCall | undefined {
  const contactNumber = normalizeNumber(notice.contactPhoneNumber);
  if (notice.event !== "lost_call" || !contactNumber) return undefined;
  return {
    callSessionId: notice.callSessionId,
    contactNumber,
    contactName: notice.contactFullName,
    virtualNumber: normalizeNumber(notice.virtualPhoneNumber),
    lostAt: notice.receivedAt,
    waitSeconds: notice.waitTimeDuration,
    tried: (notice.employeeIds ?? []).map((id) => ({ id, name: null })),
  };
}
