import type { NotificationEvent, NotificationVariable } from "@callboard/callapi";
import { activePhone } from "../calls/call-engine";
import type { CallSession, Leg } from "../calls/session-types";
import type { World } from "../world/world-types";

/** A variable's value as the notification server writes it: JSON scalars and lists. */
export type VariableValue = string | number | number[] | string[] | null;
export type VariableValues = Partial<Record<NotificationVariable, VariableValue>>;

/** Where a recording of a session can be fetched, and how long it is. */
export interface RecordingRef {
  fileLink: string;
  durationSeconds: number;
}

export interface ValueContext {
  world: World;
  /** Simulated now, in ms. */
  now: number;
  /** The leg the event concerns (waiting_for_answer). */
  leg?: Leg;
  recording?: RecordingRef;
}

const seconds = (ms: number): number => Math.max(0, Math.round(ms / 1000));

/** Legs of employees who may take the call: the operator (B) and an employee dialled as (C). */
function employeeLegs(session: CallSession): Leg[] {
  return session.legs.filter(
    (leg) => leg.employeeId !== null && (leg.role === "operator" || leg.role === "third_party"),
  );
}

/** The employee the call is with now: the last who answered, else the one it was meant for. */
export function currentEmployeeId(session: CallSession): number | null {
  const answered = employeeLegs(session).filter((leg) => leg.answered);
  const live = answered.filter((leg) => !leg.disconnected);
  return (live.at(-1) ?? answered.at(-1))?.employeeId ?? session.employeeId;
}

/** Employees whose phones rang for the call, in order, each once. */
export function triedEmployeeIds(session: CallSession): number[] {
  const ids = employeeLegs(session).map((leg) => leg.employeeId as number);
  if (ids.length === 0 && session.employeeId !== null) ids.push(session.employeeId);
  return [...new Set(ids)];
}

/** Seconds from the call's start to the first talk (or to its end, if nobody answered). */
export function waitSeconds(session: CallSession, now: number): number {
  return seconds((session.talkStartedAt ?? session.finishedAt ?? now) - session.startedAt);
}

export function talkSeconds(session: CallSession, now: number): number {
  if (session.talkStartedAt === null) return 0;
  return seconds((session.talkEndedAt ?? now) - session.talkStartedAt);
}

export function callStatus(session: CallSession): "successful" | "lost" | "not_answered" {
  if (session.talkStartedAt !== null) return "successful";
  return session.direction === "in" ? "lost" : "not_answered";
}

/** Calls the subscriber made to a virtual number, or calls the API started. */
function callSource(session: CallSession): "va" | "callapi" {
  if (session.origin === "inbound") return "va";
  if (session.origin === "control") return session.direction === "in" ? "va" : "callapi";
  return "callapi";
}

/**
 * Every variable the notification server knows about a session at this moment. The trigger's
 * table picks which of them a body may use; the rest render as null.
 */
export function sessionValues(
  event: NotificationEvent,
  session: CallSession,
  context: ValueContext,
): VariableValues {
  const { world, now, leg, recording } = context;
  const employeeId = leg?.employeeId ?? currentEmployeeId(session);
  const employee = world.employees.find((candidate) => candidate.id === employeeId);
  const talkLegs = session.legs.filter(
    (candidate) =>
      candidate.answered &&
      candidate.role !== "coach" &&
      (event !== "talk_started" || !candidate.disconnected),
  );
  return {
    virtual_phone_number: session.virtualNumber,
    scenario_name: session.scenarioName,
    contact_phone_number: session.contactNumber,
    communication_number: String(session.communicationNumber),
    // The simulated account keeps no contact directory: the contact is unknown.
    contact_id: null,
    contact_full_name: null,
    call_session_id: session.id,
    external_id: session.externalId,
    employee_full_name: employee?.full_name ?? null,
    employee_id: employee?.id ?? null,
    employee_phone_number:
      (leg ?? employeeLegs(session).at(-1))?.calledNumber ??
      (employee ? (activePhone(employee) ?? null) : null),
    extension_phone_number: employee?.extension.extension_phone_number ?? null,
    employee_ids: triedEmployeeIds(session),
    call_source: callSource(session),
    direction: session.direction,
    leg_id: leg?.id ?? null,
    leg_ids: talkLegs.map((candidate) => candidate.id),
    talk_time_duration: talkSeconds(session, now),
    total_time_duration: seconds((session.finishedAt ?? now) - session.startedAt),
    wait_time_duration: waitSeconds(session, now),
    tag_ids: session.tags.map((tag) => tag.tag_id),
    tag_names: session.tags.map((tag) => tag.tag_name),
    call_status: callStatus(session),
    file_link: recording?.fileLink ?? null,
    file_duration: recording?.durationSeconds ?? null,
  };
}
