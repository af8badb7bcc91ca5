import { legStateText } from "@callboard/callapi";
import type { CallSession, Leg, LegStatus } from "./session-types";

const HOLDING = new Set(["HOLD", "WAITING_INPUT", "DIALING", "OPERATOR_TALK"]);

/** The state of a leg, derived from the session's state and the leg's own progress. */
export function legStatus(session: CallSession, leg: Leg, now: number): LegStatus {
  if (leg.disconnected || session.state === "FINISHING") return "disconnected";
  if (!leg.answered) return "dialing";
  if (leg.sendingDtmfUntil > now) return "sending_dtmf";
  if (leg.role === "contact") {
    if (session.transferPending) return "transferring";
    if (HOLDING.has(session.state)) return "on_hold";
    // A subscriber who called in waits in line while an employee rings.
    if (
      session.state === "SESSION" &&
      (session.origin === "inbound" || session.origin === "control")
    ) {
      const operatorAnswered = session.legs.some(
        (other) => other.role === "operator" && other.answered,
      );
      if (!operatorAnswered) return "queued";
    }
    return "talking";
  }
  if (session.state === "OPERATOR_TALK" && leg.role !== "coach") return "operators_talking";
  return "talking";
}

/** Legs list.calls shows: the live ones, and while the session ends, the dropped ones too. */
function visibleLegs(session: CallSession): Leg[] {
  if (session.state === "POST_TALK" || session.state === "FINISHING") return session.legs;
  return session.legs.filter((leg) => !leg.disconnected);
}

/** "2016-10-19T12:26:48.418": the live service's start_time, no zone. */
export function formatStartTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23);
}

/** One session as list.calls reports it, leg states in the account's language. */
export function toListedCall(session: CallSession, language: "en" | "ru", now: number) {
  return {
    call_session_id: session.id,
    direction: session.direction,
    start_time: formatStartTime(session.startedAt),
    virtual_phone_number: session.virtualNumber,
    contact_phone_number: session.contactNumber,
    external_id: session.externalId,
    tags: session.tags.map((tag) => ({ ...tag })),
    legs: visibleLegs(session).map((leg) => ({
      leg_id: leg.id,
      calling_phone_number: leg.callingNumber,
      called_phone_number: leg.calledNumber,
      is_operator: leg.isOperator,
      employee_id: leg.employeeId,
      employee_full_name: leg.employeeName,
      record_call_enabled: session.recording,
      state: legStateText(legStatus(session, leg, now), language),
    })),
  };
}

/** The control API's view: the state machine's own names and everything tests may assert. */
export function toControlView(session: CallSession, language: "en" | "ru", now: number) {
  const coach = session.legs.find((leg) => leg.role === "coach" && !leg.disconnected);
  return {
    call_session_id: session.id,
    state: session.state,
    direction: session.direction,
    origin: session.origin,
    virtual_phone_number: session.virtualNumber,
    contact_phone_number: session.contactNumber,
    external_id: session.externalId,
    started_at: new Date(session.startedAt).toISOString(),
    recording: session.recording,
    universal_recording: session.universalRecording,
    tags: session.tags.map((tag) => ({ ...tag })),
    hold_message: session.holdMessage,
    transfer_pending: session.transferPending,
    coach: coach
      ? {
          leg_id: coach.id,
          phone_number: coach.calledNumber,
          status: legStatus(session, coach, now),
        }
      : null,
    dtmf_sent: [...session.dtmfSent],
    history: session.history.map((step) => ({ ...step, at: new Date(step.at).toISOString() })),
    legs: session.legs.map((leg) => ({
      leg_id: leg.id,
      role: leg.role,
      status: legStatus(session, leg, now),
      state: legStateText(legStatus(session, leg, now), language),
      calling_phone_number: leg.callingNumber,
      called_phone_number: leg.calledNumber,
      is_operator: leg.isOperator,
      employee_id: leg.employeeId,
      employee_full_name: leg.employeeName,
      answered: leg.answered,
      disconnected: leg.disconnected,
    })),
  };
}
