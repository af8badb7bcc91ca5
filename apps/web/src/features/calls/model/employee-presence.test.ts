import type { CallLeg } from "@callboard/contract";
import { describe, expect, test } from "vitest";
import { callSession } from "../test-support/call-session";
import { busyEmployees, freeFirst } from "./employee-presence";

function leg(id: number, employeeId: number | null, state: CallLeg["state"] = "talking"): CallLeg {
  return {
    id,
    callingNumber: null,
    calledNumber: null,
    isOperator: employeeId !== null,
    employeeId,
    employeeName: null,
    recording: false,
    state,
    stateText: state,
  };
}

describe("who is on a call", () => {
  const calls = [
    callSession(1, { startedAt: "2026-01-01T10:05:00Z", legs: [leg(11, 7), leg(12, null)] }),
    callSession(2, { startedAt: "2026-01-01T10:01:00Z", legs: [leg(21, 7), leg(22, 7)] }),
    callSession(3, {
      startedAt: "2026-01-01T10:09:00Z",
      legs: [leg(31, 7), leg(32, 8, "disconnected")],
    }),
  ];

  test("counts each call once per employee, since the oldest of them", () => {
    const busy = busyEmployees(calls);
    expect(busy.get(7)).toEqual({ calls: 3, since: "2026-01-01T10:01:00Z" });
  });

  test("a disconnected leg leaves its employee free", () => {
    expect(busyEmployees(calls).has(8)).toBe(false);
  });

  test("lists free employees first", () => {
    const employees = [{ id: 7 }, { id: 8 }, { id: 9 }];
    expect(freeFirst(employees, busyEmployees(calls)).map((employee) => employee.id)).toEqual([
      8, 9, 7,
    ]);
  });
});
