import type { CallSession } from "@callboard/contract";

export interface BoardFilters {
  direction: "all" | "in" | "out";
  /** A virtual number, or "" for all. */
  virtualNumber: string;
  /** Only the sessions in which the logged-in user's employee takes part. */
  mine: boolean;
  /** Digits (or any text) to find in the contact, virtual or leg numbers. */
  search: string;
}

export const noFilters: BoardFilters = {
  direction: "all",
  virtualNumber: "",
  mine: false,
  search: "",
};

/** Digits only, so "+7 (926) 555" matches 7926555…. */
function digits(text: string): string {
  return text.replace(/\D/g, "");
}

function matchesSearch(call: CallSession, query: string): boolean {
  const wanted = digits(query);
  if (!wanted) return true;
  const numbers = [call.contactNumber, call.virtualNumber];
  for (const leg of call.legs) numbers.push(leg.callingNumber, leg.calledNumber);
  return numbers.some((number) => number !== null && digits(number).includes(wanted));
}

/** The board's rows: filtered, newest first (ties by id, so the order never flickers). */
export function filterCalls(
  calls: readonly CallSession[],
  filters: BoardFilters,
  myEmployeeId: number | null,
): CallSession[] {
  const result = calls.filter(
    (call) =>
      (filters.direction === "all" || call.direction === filters.direction) &&
      (!filters.virtualNumber || call.virtualNumber === filters.virtualNumber) &&
      (!filters.mine || (myEmployeeId !== null && call.employeeIds.includes(myEmployeeId))) &&
      matchesSearch(call, filters.search),
  );
  return result.sort((a, b) =>
    a.startedAt === b.startedAt ? b.id - a.id : a.startedAt < b.startedAt ? 1 : -1,
  );
}

/** The distinct virtual numbers on the board, for the filter's choices. */
export function virtualNumbersOf(calls: readonly CallSession[]): string[] {
  const numbers = new Set<string>();
  for (const call of calls) if (call.virtualNumber) numbers.add(call.virtualNumber);
  return [...numbers].sort();
}

/** Same strings in the same order. */
export function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
