import { describe, expect, it } from "vitest";
import { isSecretField, redactSecrets } from "./redact";

describe("redactSecrets", () => {
  it("masks secret keys and any string carrying a secret, deeply", () => {
    const redacted = redactSecrets(
      {
        access_token: "abc",
        nested: { password: "p", note: "token tok-123 leaked", list: ["tok-123", 5] },
        keep: "plain",
      },
      ["tok-123", ""],
    );
    expect(redacted).toEqual({
      access_token: "***",
      nested: { password: "***", note: "token *** leaked", list: ["***", 5] },
      keep: "plain",
    });
  });

  it("knows secret field paths", () => {
    expect(isSecretField("access_token")).toBe(true);
    expect(isSecretField("employee.password")).toBe(true);
    expect(isSecretField("contact")).toBe(false);
    expect(isSecretField(undefined)).toBe(false);
  });
});
