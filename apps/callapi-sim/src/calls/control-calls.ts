import type { CallEngine } from "./call-engine";
import { activePhone } from "./call-engine";
import { startInbound } from "./call-setup";
import type { ConsultActions } from "./consult-actions";
import { randomContactNumber } from "./random-contact";
import type { CallSession } from "./session-types";
import { DIAL_TIMEOUT_MS, RING_MS } from "./timings";

export interface ControlCallSpec {
  state: "ringing" | "talk" | "hold" | "dialing" | "operator_talk";
  direction?: "in" | "out";
  contact_phone_number?: string;
  virtual_phone_number?: string;
  employee_id?: number;
  /** Lets a test replay the reference's examples with their own ids. */
  call_session_id?: number;
  /** (C) for "dialing" and "operator_talk"; default employee 26's phone. */
  third_party_phone_number?: string;
}

/** The hold message a control-created held call plays: the seeded "Hold music". */
const DEFAULT_HOLD_MESSAGE = { type: "media", value: "2034" } as const;

/**
 * A call created directly in a state of the diagram, for tests. It moves on only when the
 * clock does (a ringing call is answered after RING_MS) and never hangs up by itself.
 */
export function createControlCall(
  engine: CallEngine,
  consult: ConsultActions,
  spec: ControlCallSpec,
): CallSession {
  const world = engine.world();
  const employeeId = spec.employee_id ?? world.employees[0]?.id;
  const employee = world.employees.find((candidate) => candidate.id === employeeId);
  const phone = employee && activePhone(employee);
  if (!employee || !phone) throw new Error(`employee ${employeeId} has no active phone`);
  const virtualNumber =
    spec.virtual_phone_number ?? world.virtualNumbers[0]?.virtual_phone_number ?? "74993720692";
  const contactNumber =
    spec.contact_phone_number ?? randomContactNumber(engine.random, world.blacklist);
  if (spec.call_session_id !== undefined && engine.sessions.has(spec.call_session_id)) {
    throw new Error(`call session ${spec.call_session_id} already exists`);
  }
  const direction = spec.direction ?? "in";
  const universal = employee.call_recording === "all";

  if (spec.state === "ringing" && direction === "in") {
    const session = startInbound(
      engine,
      { virtualNumber, contactNumber, employee, phone },
      RING_MS,
    );
    session.origin = "control";
    session.autoHangup = false;
    return session;
  }

  const session = engine.createSession({
    id: spec.call_session_id,
    direction,
    virtualNumber,
    contactNumber,
    externalId: null,
    origin: "control",
    recording: universal,
    universalRecording: universal,
    employeeId: employee.id,
  });
  const caller = direction === "in" ? contactNumber : virtualNumber;
  const ringing = spec.state === "ringing";
  engine.addLeg(session, "operator", {
    callingNumber: caller,
    calledNumber: phone,
    isOperator: true,
    employeeId: employee.id,
    employeeName: employee.full_name,
    answered: true,
  });
  const contact = engine.addLeg(session, "contact", {
    callingNumber: direction === "in" ? contactNumber : virtualNumber,
    calledNumber: direction === "in" ? virtualNumber : contactNumber,
    answered: !ringing,
  });
  if (ringing) {
    // An outgoing call rings the contact once the employee has picked up.
    engine.dial(
      session,
      contact,
      { ringMs: RING_MS, timeoutMs: DIAL_TIMEOUT_MS },
      {
        failed: () => engine.finish(session, "no_answer"),
        answered: () => engine.setState(session, "TALK", "answered"),
      },
    );
    return session;
  }
  engine.setState(session, "TALK", "control");
  if (spec.state === "talk") return session;
  consult.hold(session, DEFAULT_HOLD_MESSAGE);
  if (spec.state === "hold") return session;
  const third = consult.makeCall(session, spec.third_party_phone_number ?? "79261112233");
  if (spec.state === "operator_talk") {
    third.answered = true;
    engine.setState(session, "OPERATOR_TALK", "control");
  }
  return session;
}
