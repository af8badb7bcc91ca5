import type { CallLeg, CallSession } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { isCoachLeg } from "./coach-leg";

const leg = (patch: Partial<CallLeg>): CallLeg => ({
  id: 1,
  callingNumber: "74950000000",
  calledNumber: "79260000031",
  isOperator: false,
  employeeId: 31,
  employeeName: "Coach",
  recording: false,
  state: "talking",
  stateText: "talking",
  ...patch,
});

const call = (legs: CallLeg[]): CallSession => ({
  id: 7,
  direction: "in",
  startTime: null,
  startedAt: "2026-12-05T10:00:00.000Z",
  virtualNumber: "74950000000",
  contactNumber: "79031234567",
  externalId: null,
  tags: [],
  legs,
  recording: false,
  phase: "talk",
  employeeIds: [],
});

describe("isCoachLeg", () => {
  const coaches = new Set([31]);

  it("marks a coach employee's leg", () => {
    const coach = leg({ id: 3 });
    expect(isCoachLeg(call([coach]), coach, coaches)).toBe(true);
  });

  it("leaves the operator's leg and other employees alone", () => {
    const operator = leg({ id: 2, isOperator: true });
    const other = leg({ id: 4, employeeId: 12 });
    const session = call([operator, other]);
    expect(isCoachLeg(session, operator, coaches)).toBe(false);
    expect(isCoachLeg(session, other, coaches)).toBe(false);
  });

  it("never marks a leg without an employee", () => {
    const stranger = leg({ id: 5, employeeId: null, calledNumber: "79269999999" });
    expect(isCoachLeg(call([stranger]), stranger, coaches)).toBe(false);
  });
});
