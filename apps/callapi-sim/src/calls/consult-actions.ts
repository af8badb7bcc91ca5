import { rpcError } from "../rpc/error-factory";
import { type CallEngine, employeePhoneFor } from "./call-engine";
import type { CallSession, Leg } from "./session-types";
import { CONSULT_DIAL_TIMEOUT_MS, THIRD_PARTY_RING_MS } from "./timings";

/**
 * hold.call, unhold.call, make.call, transfer.talk and restore.talk: the consultation part of
 * the reference's call-state diagram, with -32004 invalid_state wherever the diagram has no arrow.
 */
export class ConsultActions {
  constructor(private readonly engine: CallEngine) {}

  hold(session: CallSession, message: { type: "media" | "tts"; value: string }): void {
    this.engine.requireState(session, ["TALK"]);
    if (session.informer) throw rpcError("invalid_state");
    session.holdMessage = message;
    this.engine.setState(session, "HOLD", "hold.call");
  }

  unhold(session: CallSession): void {
    this.engine.requireState(session, ["HOLD"]);
    session.holdMessage = null;
    this.engine.setState(session, "TALK", "unhold.call");
  }

  /** make.call: (A) stays on hold while (C) is dialled. */
  makeCall(session: CallSession, to: string, by = "make.call"): Leg {
    this.engine.requireState(session, ["HOLD", "WAITING_INPUT"]);
    const employee = this.engine.employeeByNumber(to);
    let calledNumber = to;
    if (employee) {
      const phone = employeePhoneFor(employee, to);
      if (!phone) throw rpcError("no_active_phone_number", { field: "to", value: to });
      calledNumber = phone;
    }
    session.dialAttempt += 1;
    const attempt = session.dialAttempt;
    const leg = this.engine.addLeg(session, "third_party", {
      callingNumber: session.virtualNumber,
      calledNumber,
      isOperator: true,
      employeeId: employee?.id ?? null,
      employeeName: employee?.full_name ?? null,
    });
    this.engine.setState(session, "DIALING", by);
    this.engine.dial(
      session,
      leg,
      { ringMs: THIRD_PARTY_RING_MS, timeoutMs: CONSULT_DIAL_TIMEOUT_MS },
      {
        stillWanted: () => session.dialAttempt === attempt && session.state === "DIALING",
        answered: () => this.thirdPartyAnswered(session),
        failed: () => this.thirdPartyFailed(session),
      },
    );
    return leg;
  }

  private thirdPartyAnswered(session: CallSession): void {
    if (session.transferPending) {
      // transfer.talk && call_success: (C) + (A) talk.
      session.transferPending = false;
      this.engine.setState(session, "TALK", "third_party_answered");
    } else {
      this.engine.setState(session, "OPERATOR_TALK", "third_party_answered");
    }
  }

  private thirdPartyFailed(session: CallSession): void {
    if (session.transferPending) {
      // transfer.talk (B) && call_failed: nobody is left for (A).
      this.engine.finish(session, "transfer_failed");
    } else {
      this.engine.setState(session, "HOLD", "call_failed");
    }
  }

  /** transfer.talk: (B) leaves; (C) talks to (A) now, or once (C) answers. */
  transfer(session: CallSession): void {
    this.engine.requireState(session, ["DIALING", "OPERATOR_TALK"]);
    if (session.transferPending) throw rpcError("invalid_state");
    for (const leg of session.legs) {
      if (leg.role === "operator") leg.disconnected = true;
    }
    if (session.state === "OPERATOR_TALK") {
      session.holdMessage = null;
      this.engine.setState(session, "TALK", "transfer.talk");
    } else {
      session.transferPending = true;
      session.history.push({ state: "DIALING", at: this.engine.now(), by: "transfer.talk" });
    }
  }

  /** restore.talk: (C) drops, (B) and (A) talk again. */
  restore(session: CallSession): void {
    this.engine.requireState(session, ["DIALING", "OPERATOR_TALK"]);
    if (session.transferPending) throw rpcError("invalid_state");
    for (const leg of session.legs) {
      if (leg.role === "third_party") leg.disconnected = true;
    }
    session.holdMessage = null;
    this.engine.setState(session, "TALK", "restore.talk");
  }
}
