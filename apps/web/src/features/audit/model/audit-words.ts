import type { AuditEntry } from "@callboard/contract";
import type { Translate } from "../../../lib/i18n";
import type { AuditKey } from "../i18n";

/** Actions the audit log records, by their raw name (Call API method or the BFF's own). */
const actionKeys: Record<string, AuditKey> = {
  "hold.call": "act.hold",
  "unhold.call": "act.unhold",
  "make.call": "act.consult",
  "transfer.talk": "act.transfer",
  "restore.talk": "act.restore",
  blind_transfer: "act.blindTransfer",
  "tag.call": "act.tag",
  "record.call": "act.recording",
  "send.dtmf": "act.dtmf",
  "call.talk_option": "act.talkOption",
  "block.contact": "act.blockContact",
  "add.coach": "act.coach",
  "disconnect.leg": "act.disconnectLeg",
  "release.call": "act.release",
  "start.simple_call": "act.startSimple",
  "start.employee_call": "act.startEmployee",
  "start.vnumber_call": "act.startVnumber",
  "start.scenario_call": "act.startScenario",
  "start.informer_call": "act.startInformer",
  "session.login": "act.login",
  "session.logout": "act.logout",
  "user.create": "act.userCreate",
  "user.update": "act.userUpdate",
};

/** Failures a supervisor meets in the log, in words; others show their mnemonic. */
const outcomeKeys: Record<string, AuditKey> = {
  forbidden_role: "why.forbidden_role",
  validation_failed: "why.validation_failed",
  invalid_state: "why.invalid_state",
  call_session_not_found: "why.call_session_not_found",
  leg_not_found: "why.leg_not_found",
  limit_exceeded: "why.limit_exceeded",
  invalid_credentials: "why.invalid_credentials",
  csrf_failed: "why.csrf_failed",
  not_found: "why.not_found",
  upstream_unreachable: "why.upstream_unreachable",
};

/** Fields of a user change, named as the users page names them. */
const userFieldKeys: Record<string, AuditKey> = {
  role: "field.role",
  displayName: "field.displayName",
  password: "field.password",
  disabled: "field.disabled",
  employeeId: "field.employeeId",
  phoneNumber: "field.phoneNumber",
  username: "field.username",
};

/** An audit entry in the reader's words; the raw names stay for hover and export. */
export interface AuditWords {
  action: string;
  outcome: string;
  target: string;
}

export function auditWords(entry: AuditEntry, t: Translate<AuditKey>): AuditWords {
  const actionKey = actionKeys[entry.action];
  const action = actionKey ? t(actionKey) : entry.action;
  const outcomeKey = entry.mnemonic ? outcomeKeys[entry.mnemonic] : undefined;
  const outcome =
    entry.result === "ok"
      ? t("resultOk")
      : outcomeKey
        ? t(outcomeKey)
        : `${t("resultError")}: ${entry.mnemonic ?? entry.status}`;
  return { action, outcome, target: targetOf(entry, t) };
}

function targetOf(entry: AuditEntry, t: Translate<AuditKey>): string {
  if (entry.action.startsWith("user.")) {
    const params = entry.params ?? {};
    const who =
      typeof params.username === "string"
        ? params.username
        : typeof params.id === "number"
          ? t("target.userId", { id: params.id })
          : "—";
    const changed = Object.keys(params)
      .map((field) => userFieldKeys[field])
      .filter((key): key is AuditKey => key !== undefined && key !== "field.username")
      .map((key) => t(key));
    return changed.length > 0 ? `${who}: ${changed.join(", ")}` : who;
  }
  if (entry.callSessionId === null) return "—";
  return entry.legId === null
    ? t("target.call", { id: entry.callSessionId })
    : t("target.leg", { id: entry.callSessionId, leg: entry.legId });
}

const csvColumns = [
  "at",
  "username",
  "role",
  "action",
  "callSessionId",
  "legId",
  "result",
  "status",
  "mnemonic",
  "durationMs",
  "requestId",
  "params",
] as const;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  // Quote every cell with a separator, quote or line break; a leading = + - @ could run as a
  // formula in a spreadsheet, so such a cell starts with an apostrophe.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The entries as CSV with the raw names (RFC 4180, CRLF), for a spreadsheet or a ticket. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const lines = [csvColumns.join(",")];
  for (const entry of entries)
    lines.push(csvColumns.map((column) => csvCell(entry[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
