import type { CallSession } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { callSession } from "../test-support/call-session";
import { filterCalls, noFilters, virtualNumbersOf } from "./filter-calls";

function call(id: number, overrides: Partial<CallSession> = {}): CallSession {
  return callSession(id, { startedAt: `2026-01-01T10:00:0${id}Z`, ...overrides });
}

describe("filterCalls", () => {
  const calls = [
    call(1),
    call(2, { direction: "out", virtualNumber: "74950000002" }),
    call(3, { employeeIds: [7] }),
  ];

  it("lists every call newest first without filters", () => {
    expect(filterCalls(calls, noFilters, null).map((c) => c.id)).toEqual([3, 2, 1]);
  });

  it("filters by direction and by virtual number", () => {
    expect(filterCalls(calls, { ...noFilters, direction: "out" }, null).map((c) => c.id)).toEqual([
      2,
    ]);
    expect(
      filterCalls(calls, { ...noFilters, virtualNumber: "74950000001" }, null).map((c) => c.id),
    ).toEqual([3, 1]);
  });

  it("keeps only my calls, and none when I am not linked to an employee", () => {
    expect(filterCalls(calls, { ...noFilters, mine: true }, 7).map((c) => c.id)).toEqual([3]);
    expect(filterCalls(calls, { ...noFilters, mine: true }, null)).toEqual([]);
  });

  it("searches digits in contact, virtual and leg numbers, ignoring formatting", () => {
    expect(
      filterCalls(calls, { ...noFilters, search: "+7 926 000-0002" }, null).map((c) => c.id),
    ).toEqual([2]);
    expect(filterCalls(calls, { ...noFilters, search: "0000002" }, null).map((c) => c.id)).toEqual([
      2,
    ]);
    const withLeg = call(4, {
      legs: [
        {
          id: 1,
          callingNumber: null,
          calledNumber: "79995554433",
          isOperator: true,
          employeeId: null,
          employeeName: null,
          recording: false,
          state: "talking",
          stateText: "Talk",
        },
      ],
    });
    expect(filterCalls([withLeg], { ...noFilters, search: "5554433" }, null)).toHaveLength(1);
  });

  it("collects the distinct virtual numbers", () => {
    expect(virtualNumbersOf(calls)).toEqual(["74950000001", "74950000002"]);
  });
});
