import type { CallSession } from "@callboard/contract";

/** An employee on the phone right now, from the live board's calls. */
export interface EmployeeBusy {
  /** Live calls with a connected leg of theirs. */
  calls: number;
  /** When the oldest of those calls started (ISO). */
  since: string;
}

/**
 * Who is on a call now: every employee with a leg that is not disconnected, read from the
 * board's list (the calls query cache the feed keeps current; it costs no API points).
 */
export function busyEmployees(calls: readonly CallSession[]): Map<number, EmployeeBusy> {
  const busy = new Map<number, EmployeeBusy>();
  for (const call of calls) {
    const onThisCall = new Set<number>();
    for (const leg of call.legs) {
      if (leg.employeeId !== null && leg.state !== "disconnected") onThisCall.add(leg.employeeId);
    }
    for (const id of onThisCall) {
      const known = busy.get(id);
      if (!known) busy.set(id, { calls: 1, since: call.startedAt });
      else {
        known.calls += 1;
        if (call.startedAt < known.since) known.since = call.startedAt;
      }
    }
  }
  return busy;
}

/** Free employees first (each group keeps its order); the busy ones by how long they have been. */
export function freeFirst<T extends { id: number }>(
  employees: readonly T[],
  busy: ReadonlyMap<number, EmployeeBusy>,
): T[] {
  const free = employees.filter((employee) => !busy.has(employee.id));
  const taken = employees
    .filter((employee) => busy.has(employee.id))
    .sort((a, b) => (busy.get(b.id)?.since ?? "").localeCompare(busy.get(a.id)?.since ?? ""));
  return [...free, ...taken];
}
