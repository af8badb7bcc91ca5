import type { CallLeg, CallSession } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { callSession } from "../test-support/call-session";
import {
  consultLeg,
  disconnectEffect,
  isActionAllowed,
  isContactLeg,
  returnToCallerAction,
} from "./call-actions";

describe("actions per phase", () => {
  it("offers hold only in talk, unhold and consult only in hold", () => {
    expect(isActionAllowed("hold", "talk")).toBe(true);
    expect(isActionAllowed("hold", "hold")).toBe(false);
    expect(isActionAllowed("unhold", "hold")).toBe(true);
    expect(isActionAllowed("unhold", "talk")).toBe(false);
    expect(isActionAllowed("consult", "hold")).toBe(true);
    expect(isActionAllowed("consult", "talk")).toBe(false);
  });

  it("offers transfer and restore only while dialling or in the operators' talk", () => {
    for (const action of ["transfer", "restore"] as const) {
      expect(isActionAllowed(action, "dialing")).toBe(true);
      expect(isActionAllowed(action, "operator_talk")).toBe(true);
      expect(isActionAllowed(action, "talk")).toBe(false);
      expect(isActionAllowed(action, "hold")).toBe(false);
    }
  });

  it("disconnects a leg only in talk; tags and records any connected call", () => {
    expect(isActionAllowed("disconnectLeg", "talk")).toBe(true);
    expect(isActionAllowed("disconnectLeg", "hold")).toBe(false);
    expect(isActionAllowed("tag", "hold")).toBe(true);
    expect(isActionAllowed("recording", "operator_talk")).toBe(true);
    expect(isActionAllowed("tag", "ringing")).toBe(false);
  });

  it("offers nothing on a finishing call", () => {
    expect(isActionAllowed("release", "finishing")).toBe(false);
    expect(isActionAllowed("blockContact", "finishing")).toBe(false);
    expect(isActionAllowed("release", "ringing")).toBe(true);
  });

  it("returns to the caller with restore after a dial, with unhold from plain hold", () => {
    expect(returnToCallerAction("dialing")).toBe("restore");
    expect(returnToCallerAction("operator_talk")).toBe("restore");
    expect(returnToCallerAction("hold")).toBe("unhold");
    expect(returnToCallerAction("talk")).toBeNull();
  });
});

describe("consultLeg", () => {
  const leg = (id: number, calling: string, called: string, isOperator: boolean) => ({
    id,
    callingNumber: calling,
    calledNumber: called,
    isOperator,
    employeeId: isOperator ? id : null,
    employeeName: null,
    recording: false,
    state: "talking" as const,
    stateText: "Talk",
  });
  const call = {
    contactNumber: "79001112233",
    virtualNumber: "74950000001",
    legs: [
      leg(1, "79001112233", "79260000001", true),
      leg(2, "79001112233", "74950000001", false),
      leg(3, "74950000001", "79265550000", true),
    ],
  } as unknown as CallSession;

  it("finds the dialled third party by number, else the newest non-contact, non-first-operator leg", () => {
    expect(consultLeg(call, "79265550000")?.id).toBe(3);
    expect(consultLeg(call, "70000000000")?.id).toBe(3);
    expect(consultLeg({ ...call, legs: call.legs.slice(0, 2) }, null)).toBeNull();
  });

  it("recognises the contact's leg", () => {
    expect(isContactLeg(call, call.legs[1]!)).toBe(true);
    expect(isContactLeg(call, call.legs[0]!)).toBe(false);
  });
});

describe("the warning before disconnecting a leg", () => {
  const leg = (fields: Partial<CallLeg> & { id: number }): CallLeg => ({
    callingNumber: null,
    calledNumber: null,
    isOperator: false,
    employeeId: null,
    employeeName: null,
    recording: false,
    state: "talking",
    stateText: "Talk",
    ...fields,
  });
  const contactLeg = leg({ id: 1, callingNumber: "79260000001" });
  const ownLeg = leg({ id: 2, isOperator: true, employeeId: 7, calledNumber: "79261112233" });
  const colleagueLeg = leg({ id: 3, employeeId: 8, calledNumber: "79263334455" });
  const call = callSession(1, { legs: [contactLeg, ownLeg, colleagueLeg] });

  it("says the contact's leg ends the whole call", () => {
    expect(disconnectEffect(call, contactLeg, 7)).toBe("contact");
  });

  it("says the operator's own leg is theirs, not the contact's", () => {
    expect(disconnectEffect(call, ownLeg, 7)).toBe("self");
  });

  it("says another participant only drops out", () => {
    expect(disconnectEffect(call, colleagueLeg, 7)).toBe("other");
    expect(disconnectEffect(call, ownLeg, null)).toBe("other");
  });
});
