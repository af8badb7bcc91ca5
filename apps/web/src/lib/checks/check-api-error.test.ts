import { apiErrorSchema } from "@callboard/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreesWithZod } from "../../test-support/agrees-with-zod";
import { checkApiError } from "./check-api-error";

const int = fc.integer({ min: -5, max: 1_000_000 });

const apiError = fc.record(
  {
    status: int,
    mnemonic: fc.string(),
    code: int,
    message: fc.string(),
    hint: fc.string(),
    field: fc.string(),
    params: fc.dictionary(fc.string(), fc.oneof(fc.string(), int, fc.constant(null))),
    issues: fc.array(fc.record({ field: fc.string(), message: fc.string() }), { maxLength: 2 }),
    retryAfterSeconds: fc.double({ min: 0, max: 1e6, noNaN: true }),
    requestId: fc.string(),
  },
  { requiredKeys: ["status", "mnemonic", "message"] },
);

describe("checkApiError", () => {
  it("accepts and refuses exactly what apiErrorSchema does", () => {
    agreesWithZod(apiError, apiErrorSchema, (value) => checkApiError(value) !== null);
  });

  it("refuses a body that is no error: HTML's absence, an array, a negative wait", () => {
    expect(checkApiError(undefined)).toBeNull();
    expect(checkApiError([])).toBeNull();
    expect(
      checkApiError({ status: 429, mnemonic: "x", message: "m", retryAfterSeconds: -1 }),
    ).toBeNull();
  });

  it("hands over the error itself", () => {
    const body = { status: 409, mnemonic: "invalid_state", message: "Not now", hint: "Wait" };
    expect(checkApiError(body)).toBe(body);
  });
});
