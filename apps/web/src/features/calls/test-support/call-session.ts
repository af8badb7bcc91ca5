import type { CallSession } from "@callboard/contract";

/** A call session for unit tests: an inbound call in TALK with no legs, tags or employees. */
export function callSession(id: number, overrides: Partial<CallSession> = {}): CallSession {
  return {
    id,
    direction: "in",
    startTime: null,
    startedAt: "2026-01-01T10:00:00Z",
    virtualNumber: "74950000001",
    contactNumber: `7926000000${id}`,
    externalId: null,
    tags: [],
    legs: [],
    recording: false,
    phase: "talk",
    employeeIds: [],
    ...overrides,
  };
}
