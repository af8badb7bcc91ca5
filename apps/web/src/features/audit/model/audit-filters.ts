import { auditQuerySchema } from "@callboard/contract";

/** The filter inputs as typed; `from`/`to` are `datetime-local` values (the browser's zone). */
export interface AuditFilterDraft {
  username: string;
  action: string;
  callSessionId: string;
  result: "" | "ok" | "error";
  from: string;
  to: string;
}

export const emptyAuditFilters: AuditFilterDraft = {
  username: "",
  action: "",
  callSessionId: "",
  result: "",
  from: "",
  to: "",
};

/** Query params of GET /api/audit, without paging; only the filters that are set. */
export type AuditFilters = Partial<
  Record<"username" | "action" | "callSessionId" | "result" | "from" | "to", string>
>;

export type AuditFilterProblem = "callSessionId" | "range" | "date";

function isoOf(local: string): string | null {
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** Turns the inputs into query params, checked with the contract's schema; or what is wrong. */
export function auditFiltersOf(
  draft: AuditFilterDraft,
): { ok: true; filters: AuditFilters } | { ok: false; problem: AuditFilterProblem } {
  const filters: AuditFilters = {};
  if (draft.username.trim()) filters.username = draft.username.trim();
  if (draft.action.trim()) filters.action = draft.action.trim();
  if (draft.callSessionId.trim()) filters.callSessionId = draft.callSessionId.trim();
  if (draft.result) filters.result = draft.result;
  for (const bound of ["from", "to"] as const) {
    if (!draft[bound]) continue;
    const iso = isoOf(draft[bound]);
    if (!iso) return { ok: false, problem: "date" };
    filters[bound] = iso;
  }
  if (filters.callSessionId && !/^\d+$/.test(filters.callSessionId)) {
    return { ok: false, problem: "callSessionId" };
  }
  if (filters.from && filters.to && filters.from > filters.to)
    return { ok: false, problem: "range" };
  const parsed = auditQuerySchema.safeParse(filters);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return { ok: false, problem: field === "callSessionId" ? "callSessionId" : "date" };
  }
  return { ok: true, filters };
}

/** Action names the BFF writes: the Call API method, or its own for sessions and users. */
export const knownAuditActions = [
  "start.simple_call",
  "start.employee_call",
  "start.vnumber_call",
  "start.scenario_call",
  "start.informer_call",
  "hold.call",
  "unhold.call",
  "make.call",
  "transfer.talk",
  "restore.talk",
  "tag.call",
  "record.call",
  "send.dtmf",
  "call.talk_option",
  "block.contact",
  "add.coach",
  "disconnect.leg",
  "release.call",
  "session.login",
  "session.logout",
  "user.create",
  "user.update",
];
