import { describe, expect, it } from "vitest";
import { sanitizeParams } from "./sanitize-params";

describe("audit params", () => {
  it("masks secrets at any depth and cuts long text", () => {
    const clean = sanitizeParams({
      password: "hunter2",
      nested: { access_token: "t", accessKey: "k", to: "79261112233" },
      contact_message: { type: "tts", value: "x".repeat(600) },
    }) as Record<string, Record<string, unknown>>;
    expect(clean.password).toBe("***");
    expect(clean.nested).toEqual({ access_token: "***", accessKey: "***", to: "79261112233" });
    expect(String(clean.contact_message?.value).length).toBeLessThan(510);
  });
});
