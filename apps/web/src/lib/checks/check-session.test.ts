import { sessionSchema } from "@callboard/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreesWithZod } from "../../test-support/agrees-with-zod";
import { checkSession } from "./check-session";

const int = fc.integer({ min: -5, max: 1_000_000 });
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const session = fc.record(
  {
    user: fc.record({
      id: int,
      username: fc.string(),
      displayName: fc.string(),
      role: fc.constantFrom("operator", "supervisor", "admin"),
      employeeId: nullable(int),
      phoneNumber: nullable(fc.string()),
      disabled: fc.boolean(),
      createdAt: fc.string(),
      lastLoginAt: nullable(fc.string()),
    }),
    csrfToken: fc.string(),
    upstream: fc.constantFrom("simulator", "live"),
    language: fc.constantFrom("en", "ru"),
  },
  { requiredKeys: ["user", "csrfToken", "upstream"] },
);

describe("checkSession", () => {
  it("accepts and refuses exactly what sessionSchema does", () => {
    agreesWithZod(session, sessionSchema, (value) => checkSession(value) !== null);
  });

  it("refuses an unknown role or upstream", () => {
    const user = {
      id: 1,
      username: "ann",
      displayName: "Ann",
      role: "root",
      employeeId: null,
      phoneNumber: null,
      disabled: false,
      createdAt: "2026-11-27T00:00:00Z",
      lastLoginAt: null,
    };
    expect(checkSession({ user, csrfToken: "t", upstream: "live" })).toBeNull();
    const session = { user: { ...user, role: "admin" }, csrfToken: "t", upstream: "live" };
    expect(checkSession(session)).toBe(session);
    expect(checkSession({ ...session, upstream: "staging" })).toBeNull();
  });
});
