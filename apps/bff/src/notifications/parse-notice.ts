import { isNotificationEvent } from "@callboard/callapi";
import type { NoticeRefusal } from "@callboard/contract";
import { z } from "zod";
import type { CallNotice } from "./call-notice";

// CallGear renders each `{{variable}}` as a JSON value the admin did not quote, so the same field
// may come as a number or a string, an empty value as null, "" or not at all, and a list as an
// array or a comma-separated string. Every field is optional and anything unusable becomes
// absent: one odd field never costs the whole notification.

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** A whole number, sent as a number or as its digits. */
const integer = z.preprocess((value) => {
  if (isEmpty(value)) return undefined;
  const n = typeof value === "string" ? Number(value.trim()) : value;
  return typeof n === "number" && Number.isSafeInteger(n) ? n : undefined;
}, z.number().int().optional());

/** Seconds, possibly fractional. */
const seconds = z.preprocess((value) => {
  if (isEmpty(value)) return undefined;
  const n = typeof value === "string" ? Number(value.trim()) : value;
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? n : undefined;
}, z.number().optional());

/** Text; a phone number rendered unquoted arrives as a number and is read back as its digits. */
const text = z.preprocess((value) => {
  if (isEmpty(value)) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" ? value.trim() : undefined;
}, z.string().optional());

function listOf(value: unknown): unknown[] | undefined {
  if (isEmpty(value)) return undefined;
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return value.split(",");
  return [value];
}

const integerList = z.preprocess((value) => {
  const items = listOf(value)
    ?.map((item) => (typeof item === "string" ? Number(item.trim()) : item))
    .filter((n): n is number => typeof n === "number" && Number.isSafeInteger(n));
  return items && items.length > 0 ? items : undefined;
}, z.array(z.number().int()).optional());

const textList = z.preprocess((value) => {
  const items = listOf(value)
    ?.map((item) => (typeof item === "number" ? String(item) : item))
    .filter((item): item is string => typeof item === "string" && item.trim() !== "")
    .map((item) => item.trim());
  return items && items.length > 0 ? items : undefined;
}, z.array(z.string()).optional());

/** A notification body as the kit's templates render it; unknown fields are dropped. */
export const noticeBodySchema = z.object({
  event: z.unknown().optional(),
  call_session_id: integer,
  notification_time: text,
  virtual_phone_number: text,
  contact_phone_number: text,
  communication_number: text,
  contact_id: integer,
  contact_full_name: text,
  scenario_name: text,
  external_id: text,
  employee_id: integer,
  employee_full_name: text,
  employee_phone_number: text,
  extension_phone_number: text,
  employee_ids: integerList,
  call_source: text,
  direction: text,
  leg_id: integer,
  leg_ids: integerList,
  talk_time_duration: seconds,
  total_time_duration: seconds,
  wait_time_duration: seconds,
  tag_ids: integerList,
  tag_names: textList,
  call_status: text,
  file_link: text,
  file_duration: seconds,
});

export type ParsedNotice =
  | { ok: true; notice: CallNotice }
  | { ok: false; reason: NoticeRefusal; event: string | null };

/** Reads one notification body (already JSON-decoded, or the raw text when it was not JSON). */
export function parseNotice(body: unknown, receivedAt: number): ParsedNotice {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, reason: "not_an_object", event: null };
  }
  const b = noticeBodySchema.parse(body);
  if (!isNotificationEvent(b.event)) {
    return {
      ok: false,
      reason: "unknown_event",
      event: typeof b.event === "string" ? b.event.slice(0, 64) : null,
    };
  }
  if (b.call_session_id === undefined) {
    return { ok: false, reason: "no_call_session_id", event: b.event };
  }
  const notice: CallNotice = {
    event: b.event,
    callSessionId: b.call_session_id,
    receivedAt,
    notificationTime: b.notification_time,
    virtualPhoneNumber: b.virtual_phone_number,
    contactPhoneNumber: b.contact_phone_number,
    communicationNumber: b.communication_number,
    contactId: b.contact_id,
    contactFullName: b.contact_full_name,
    scenarioName: b.scenario_name,
    externalId: b.external_id,
    employeeId: b.employee_id,
    employeeFullName: b.employee_full_name,
    employeePhoneNumber: b.employee_phone_number,
    extensionPhoneNumber: b.extension_phone_number,
    employeeIds: b.employee_ids,
    callSource: b.call_source,
    direction: b.direction,
    legId: b.leg_id,
    legIds: b.leg_ids,
    talkTimeDuration: b.talk_time_duration,
    totalTimeDuration: b.total_time_duration,
    waitTimeDuration: b.wait_time_duration,
    tagIds: b.tag_ids,
    tagNames: b.tag_names,
    callStatus: b.call_status,
    fileLink: b.file_link,
    fileDuration: b.file_duration,
  };
  for (const key of Object.keys(notice) as (keyof CallNotice)[]) {
    if (notice[key] === undefined) delete notice[key];
  }
  return { ok: true, notice };
}
