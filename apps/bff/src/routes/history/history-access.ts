import { type HistoryCall, hasRole } from "@callboard/contract";
import type { AppContext } from "../../app-context";
import { AppError } from "../../errors";
import type { StoredUser } from "../../users/user-store";

/** Operators see their own calls (their linked employee's); supervisors and admins see all. */
export function visibleEmployees(
  user: StoredUser,
  requested: number | undefined,
): number[] | undefined {
  if (hasRole(user.role, "supervisor")) return requested === undefined ? undefined : [requested];
  const own = user.employeeId;
  if (own === null || own === undefined) return [];
  if (requested !== undefined && requested !== own) return [];
  return [own];
}

export function canSee(user: StoredUser, call: HistoryCall): boolean {
  if (hasRole(user.role, "supervisor")) return true;
  return user.employeeId != null && call.employees.some((e) => e.id === user.employeeId);
}

/** The call, if this user may see it; 404 otherwise (whether it exists is not theirs to know). */
export async function visibleCall(app: AppContext, user: StoredUser, id: number) {
  const call = await app.history.store.get(id);
  if (!call || !canSee(user, call)) throw new AppError(404, "not_found");
  return call;
}

/** The actions users took on a call through Callboard, oldest first. */
export function callActions(app: AppContext, callSessionId: number) {
  const page = app.audit.query({ callSessionId, limit: 200 });
  return page.entries
    .map((entry) => ({
      at: entry.at,
      username: entry.username,
      action: entry.action,
      result: entry.result,
    }))
    .reverse();
}
