import { describe, expect, it } from "vitest";
import { auditFiltersOf, emptyAuditFilters } from "./audit-filters";

describe("auditFiltersOf", () => {
  it("sends only the filters that are set, times as ISO", () => {
    const result = auditFiltersOf({
      ...emptyAuditFilters,
      username: " operator ",
      result: "error",
      from: "2026-01-01T10:00",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.filters.username).toBe("operator");
    expect(result.filters.result).toBe("error");
    expect(result.filters.from).toBe(new Date("2026-01-01T10:00").toISOString());
    expect(result.filters).not.toHaveProperty("action");
  });

  it("refuses a call session id that is not a whole number", () => {
    expect(auditFiltersOf({ ...emptyAuditFilters, callSessionId: "12a" })).toEqual({
      ok: false,
      problem: "callSessionId",
    });
  });

  it("refuses a time range that ends before it starts", () => {
    const result = auditFiltersOf({
      ...emptyAuditFilters,
      from: "2026-01-02T10:00",
      to: "2026-01-01T10:00",
    });
    expect(result).toEqual({ ok: false, problem: "range" });
  });
});
