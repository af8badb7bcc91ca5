import type { Employee } from "../world/world-types";
import type { CallEngine, NewLeg } from "./call-engine";
import type { CallSession } from "./session-types";
import { DIAL_TIMEOUT_MS, RING_MS } from "./timings";

/** A two-party start.* call, its parties resolved and its messages turned into seconds. */
export interface TwoPartyCall {
  session: CallSession;
  /** "operator" stands for the employee or the simple call's operator (B). */
  first: "contact" | "operator";
  contact: NewLeg;
  operator: NewLeg;
  contactMessageMs: number;
  operatorMessageMs: number;
  switchAtOnce: boolean;
}

/**
 * Rings the parties of a start.* call in the order its params ask for and reaches TALK as the
 * reference's first_call / switch_at_once description says. A party that does not answer ends
 * the session.
 */
export function connectTwoParty(engine: CallEngine, call: TwoPartyCall): void {
  const { session } = call;
  const ring = { ringMs: RING_MS, timeoutMs: DIAL_TIMEOUT_MS };
  const failed = () => engine.finish(session, "no_answer");
  const toTalk = () => {
    if (!engine.isLive(session) || session.state !== "SESSION") return;
    engine.setState(session, "TALK", "answered");
    engine.scheduleAutoHangup(session);
  };

  if (call.first === "operator") {
    const operator = engine.addLeg(session, "operator", { ...call.operator, isOperator: true });
    engine.dial(session, operator, ring, {
      failed,
      // (B) hears its message to the end, then (A) is dialled.
      answered: () =>
        engine.scheduler.after(call.operatorMessageMs, () => {
          if (!engine.isLive(session)) return;
          const contact = engine.addLeg(session, "contact", call.contact);
          engine.dial(session, contact, ring, {
            failed,
            answered: () =>
              engine.scheduler.after(call.switchAtOnce ? 0 : call.contactMessageMs, toTalk),
          });
        }),
    });
    return;
  }

  const contact = engine.addLeg(session, "contact", call.contact);
  engine.dial(session, contact, ring, {
    failed,
    // (A) listens to its message while (B) is dialled.
    answered: () => {
      const contactMessageEnds = engine.now() + call.contactMessageMs;
      const operator = engine.addLeg(session, "operator", { ...call.operator, isOperator: true });
      engine.dial(session, operator, ring, {
        failed,
        answered: () => {
          const talkAt = call.switchAtOnce
            ? engine.now()
            : Math.max(contactMessageEnds, engine.now() + call.operatorMessageMs);
          engine.scheduler.at(talkAt, toTalk);
        },
      });
    },
  });
}

/** start.informer_call: (A) is dialled, hears the message, and the call ends by itself. */
export function connectInformer(
  engine: CallEngine,
  session: CallSession,
  contact: NewLeg,
  messageMs: number,
  dialingTimeoutMs: number,
): void {
  const leg = engine.addLeg(session, "contact", contact);
  engine.dial(
    session,
    leg,
    { ringMs: RING_MS, timeoutMs: dialingTimeoutMs },
    {
      failed: () => engine.finish(session, "no_answer"),
      answered: () =>
        engine.scheduler.after(messageMs, () => {
          if (engine.isLive(session)) engine.finish(session, "message_played");
        }),
    },
  );
}

/** A subscriber calls a virtual number: (A) waits in line while the employee (B) rings. */
export function startInbound(
  engine: CallEngine,
  call: { virtualNumber: string; contactNumber: string; employee: Employee; phone: string },
  ringMs: number,
): CallSession {
  const universal = call.employee.call_recording === "all";
  const session = engine.createSession({
    direction: "in",
    virtualNumber: call.virtualNumber,
    contactNumber: call.contactNumber,
    externalId: null,
    origin: "inbound",
    autoHangup: true,
    recording: universal,
    universalRecording: universal,
    employeeId: call.employee.id,
  });
  engine.addLeg(session, "contact", {
    callingNumber: call.contactNumber,
    calledNumber: call.virtualNumber,
    answered: true,
  });
  const operator = engine.addLeg(session, "operator", {
    callingNumber: call.contactNumber,
    calledNumber: call.phone,
    isOperator: true,
    employeeId: call.employee.id,
    employeeName: call.employee.full_name,
  });
  engine.dial(
    session,
    operator,
    { ringMs, timeoutMs: DIAL_TIMEOUT_MS },
    {
      failed: () => engine.finish(session, "no_answer"),
      answered: () => {
        engine.setState(session, "TALK", "answered");
        engine.scheduleAutoHangup(session);
      },
    },
  );
  return session;
}
