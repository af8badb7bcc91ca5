import { rpcError } from "../rpc/error-factory";
import { activePhone, type CallEngine, employeePhoneFor } from "./call-engine";
import type { CallSession, SessionState } from "./session-types";
import { COACH_RING_MS, DIAL_TIMEOUT_MS, DTMF_SYMBOL_MS, RING_MS } from "./timings";

/** States of a call that is up (answered and not ending): tags, recording, DTMF, blocking. */
const ACTIVE: SessionState[] = ["TALK", "HOLD", "WAITING_INPUT", "DIALING", "OPERATOR_TALK"];

/**
 * The methods that act on a call without moving it around the diagram (tag, record, coach,
 * DTMF, block, talk options) and the two that end it (disconnect.leg, release.call).
 */
export class SessionActions {
  constructor(private readonly engine: CallEngine) {}

  /** disconnect.leg: (A) ends the session; (B) or (C) from TALK -> POST_TALK; a coach just drops. */
  disconnectLeg(session: CallSession, legId: number): void {
    const leg = session.legs.find((candidate) => candidate.id === legId && !candidate.disconnected);
    if (!leg) throw rpcError("leg_not_found", { field: "leg_id", value: legId });
    this.engine.requireState(session, ["TALK"]);
    leg.disconnected = true;
    if (leg.role === "coach") {
      session.history.push({ state: "TALK", at: this.engine.now(), by: "disconnect.leg(coach)" });
    } else if (leg.role === "contact") {
      this.engine.finish(session, "disconnect.leg(A)");
    } else {
      this.engine.postTalk(session, `disconnect.leg(${leg.role === "operator" ? "B" : "C"})`);
    }
  }

  release(session: CallSession): void {
    if (session.state === "FINISHING") throw rpcError("invalid_state");
    this.engine.finish(session, "release.call");
  }

  tag(session: CallSession, tagId: number, by = "tag.call"): void {
    this.engine.requireState(session, [...ACTIVE, "SESSION"]);
    const tag = this.engine.world().tags.find((candidate) => candidate.id === tagId);
    if (!tag)
      throw rpcError("tag_not_found", { field: "tag_id", value: tagId, params: { tag_id: tagId } });
    if (session.tags.some((existing) => existing.tag_id === tagId)) {
      throw rpcError("duplicate_tag", { field: "tag_id", value: tagId });
    }
    session.tags.push({ tag_id: tag.id, tag_name: tag.name });
    this.engine.passThrough(session, "MARK_CALL", by);
  }

  record(session: CallSession, action: "on" | "off", by = "record.call"): void {
    this.engine.requireState(session, ACTIVE);
    if (action === "on") {
      if (session.recording)
        throw rpcError("record_already_started", { field: "action", value: action });
      session.recording = true;
      session.recorded = true;
    } else {
      if (session.universalRecording)
        throw rpcError("forbidden", { field: "action", value: action });
      if (!session.recording)
        throw rpcError("record_already_stopped", { field: "action", value: action });
      session.recording = false;
    }
    this.engine.passThrough(session, "RECORD_TALK", by);
  }

  /** add.coach: the coach of the client area, or `phoneNumber`, joins the TALK. */
  addCoach(session: CallSession, phoneNumber?: string, by = "add.coach"): void {
    this.engine.requireState(session, ["TALK"]);
    if (session.legs.some((leg) => leg.role === "coach" && !leg.disconnected)) {
      throw rpcError("invalid_state");
    }
    let employee =
      phoneNumber === undefined ? undefined : this.engine.employeeByNumber(phoneNumber);
    let number = phoneNumber;
    if (phoneNumber === undefined) {
      const coachId = this.engine.world().coachEmployeeId;
      employee = this.engine.world().employees.find((candidate) => candidate.id === coachId);
      if (!employee) throw rpcError("coach_not_found");
    }
    if (employee) {
      number = employeePhoneFor(employee, phoneNumber);
      if (!number) {
        throw rpcError("no_active_phone_number", {
          field: "phone_number",
          value: phoneNumber ?? null,
        });
      }
    }
    const leg = this.engine.addLeg(session, "coach", {
      callingNumber: session.virtualNumber,
      calledNumber: number ?? "",
      employeeId: employee?.id ?? null,
      employeeName: employee?.full_name ?? null,
    });
    session.history.push({ state: "CALL_COACH", at: this.engine.now(), by });
    session.history.push({ state: "TALK", at: this.engine.now(), by });
    this.engine.dial(
      session,
      leg,
      { ringMs: COACH_RING_MS, timeoutMs: DIAL_TIMEOUT_MS },
      {
        answered: () => {},
        failed: () => {
          session.history.push({ state: "TALK", at: this.engine.now(), by: "call_failed(coach)" });
        },
      },
    );
  }

  /** send.dtmf: "*" moves between HOLD and WAITING_INPUT; otherwise (B) sends the symbols. */
  sendDtmf(session: CallSession, dtmf: string): void {
    this.engine.requireState(session, ACTIVE);
    session.dtmfSent.push(dtmf);
    if (dtmf === "*" && session.state === "HOLD") {
      this.engine.setState(session, "WAITING_INPUT", "send.dtmf(*)");
      return;
    }
    if (dtmf === "*" && session.state === "WAITING_INPUT") {
      this.engine.setState(session, "HOLD", "send.dtmf(*)");
      return;
    }
    const symbols = dtmf.replace(/\./g, "").length;
    for (const leg of session.legs) {
      if (leg.isOperator && !leg.disconnected) {
        leg.sendingDtmfUntil = this.engine.now() + symbols * DTMF_SYMBOL_MS;
      }
    }
  }

  blockContact(session: CallSession): void {
    if (session.state === "FINISHING") throw rpcError("invalid_state");
    const blacklist = this.engine.world().blacklist;
    if (blacklist.includes(session.contactNumber)) {
      throw rpcError("duplicate_contact", {
        params: { contact_phone_number: session.contactNumber },
      });
    }
    blacklist.push(session.contactNumber);
  }

  /** call.talk_option: runs the option set on that button in the client area. */
  callTalkOption(session: CallSession, button: string): void {
    const option = this.engine.world().talkOptions.find((candidate) => candidate.button === button);
    if (!option) throw rpcError("talk_option_not_found", { field: "button", value: button });
    this.engine.requireState(session, ["TALK"]);
    const by = `call.talk_option(${option.mnemonic})`;
    switch (option.mnemonic) {
      case "tag_call":
        if (
          option.button_value &&
          !session.tags.some((t) => t.tag_id === option.button_value?.id)
        ) {
          this.tag(session, option.button_value.id, by);
        }
        return;
      case "record_talk":
        // "Recall of certain talk options disables them": the voice recorder toggles.
        this.record(session, session.recording ? "off" : "on", by);
        return;
      case "call_coach": {
        const coach = session.legs.find((leg) => leg.role === "coach" && !leg.disconnected);
        if (coach) coach.disconnected = true;
        else this.addCoach(session, undefined, by);
        return;
      }
      case "finish_conversation":
        this.engine.finish(session, by);
        return;
      case "transfer_call":
      case "run_scenario":
        this.forwardOperator(session, option.mnemonic, option.button_value?.id, by);
        return;
      default:
        session.history.push({ state: session.state, at: this.engine.now(), by });
    }
  }

  /** A blind transfer inside the PBX: (B) leaves, another employee is dialled for (A). */
  private forwardOperator(
    session: CallSession,
    mnemonic: "transfer_call" | "run_scenario",
    targetId: number | undefined,
    by: string,
  ): void {
    const world = this.engine.world();
    const employeeId =
      mnemonic === "transfer_call"
        ? targetId
        : world.scenarios.find((scenario) => scenario.id === targetId)?.employee_ids[0];
    const employee = world.employees.find((candidate) => candidate.id === employeeId);
    const phone = employee && activePhone(employee);
    if (!employee || !phone) throw rpcError("internal_error");
    for (const leg of session.legs) if (leg.role === "operator") leg.disconnected = true;
    const leg = this.engine.addLeg(session, "operator", {
      callingNumber: session.contactNumber,
      calledNumber: phone,
      isOperator: true,
      employeeId: employee.id,
      employeeName: employee.full_name,
    });
    session.history.push({ state: "TALK", at: this.engine.now(), by });
    this.engine.dial(
      session,
      leg,
      { ringMs: RING_MS, timeoutMs: DIAL_TIMEOUT_MS },
      { answered: () => {}, failed: () => this.engine.finish(session, "forward_failed") },
    );
  }
}
