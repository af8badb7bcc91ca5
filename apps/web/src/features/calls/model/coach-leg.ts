import type { CallLeg, CallSession } from "@callboard/contract";
import { isContactLeg } from "./call-actions";

/**
 * The coach's leg: list.calls does not mark it, so it is the leg of an employee the directory
 * flags as a coach, unless it is the contact's or the operator's own leg (a coach may also take
 * calls, and then it is an operator).
 */
export function isCoachLeg(
  call: CallSession,
  leg: CallLeg,
  coachEmployeeIds: ReadonlySet<number>,
): boolean {
  if (leg.isOperator || isContactLeg(call, leg)) return false;
  return leg.employeeId !== null && coachEmployeeIds.has(leg.employeeId);
}
