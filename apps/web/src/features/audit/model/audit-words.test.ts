import type { AuditEntry } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { translate } from "../../../lib/i18n";
import { type AuditKey, auditDictionary } from "../i18n";
import { auditCsv, auditWords } from "./audit-words";

const entry = (fields: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: "2026-12-05T07:56:57Z",
  userId: 3,
  username: "supervisor",
  role: "supervisor",
  action: "hold.call",
  callSessionId: 42,
  legId: null,
  params: null,
  result: "ok",
  status: 200,
  mnemonic: null,
  requestId: "r-1",
  durationMs: 12.5,
  ...fields,
});
const en = (key: AuditKey, params?: Record<string, string | number>) =>
  translate(auditDictionary, "en", key, params);
const ru = (key: AuditKey, params?: Record<string, string | number>) =>
  translate(auditDictionary, "ru", key, params);

describe("audit entries in words", () => {
  it("names the action and the call in the reader's language", () => {
    expect(auditWords(entry({}), en)).toMatchObject({ action: "Hold", target: "Call 42" });
    expect(auditWords(entry({ legId: 7, action: "disconnect.leg" }), ru)).toMatchObject({
      action: "Отключение участника",
      target: "Звонок 42, участник 7",
    });
  });

  it("says why a refusal happened instead of its mnemonic", () => {
    const refused = entry({ result: "error", status: 403, mnemonic: "forbidden_role" });
    expect(auditWords(refused, en).outcome).toBe("Refused: the role does not allow it");
    const odd = entry({ result: "error", status: 502, mnemonic: "something_new" });
    expect(auditWords(odd, en).outcome).toBe("Failed: something_new");
  });

  it("shows which user a change touched and what changed, not a call", () => {
    const change = entry({
      action: "user.update",
      callSessionId: null,
      params: { id: 5, role: "admin", displayName: "Ann" },
    });
    expect(auditWords(change, en)).toEqual({
      action: "Change a user",
      outcome: "Success",
      target: "User #5: role, display name",
    });
  });

  it("keeps an unknown action's raw name", () => {
    expect(auditWords(entry({ action: "future.thing" }), en).action).toBe("future.thing");
  });
});

describe("the CSV export", () => {
  it("keeps the raw names, quotes what needs it and defuses formulas", () => {
    const csv = auditCsv([
      entry({ params: { tag: 'a,"b"' } }),
      entry({ username: "=cmd()", result: "error", mnemonic: "forbidden_role", status: 403 }),
    ]);
    const [header, first, second] = csv.split("\r\n");
    expect(header).toBe(
      "at,username,role,action,callSessionId,legId,result,status,mnemonic,durationMs,requestId,params",
    );
    expect(first).toContain(",hold.call,42,,ok,200,,12.5,r-1,");
    expect(first).toContain('"{""tag"":""a,\\""b\\""""}"');
    expect(second).toContain("'=cmd()");
    expect(second).toContain("forbidden_role");
  });
});
