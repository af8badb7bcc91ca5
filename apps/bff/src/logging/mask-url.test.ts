import { describe, expect, it } from "vitest";
import { maskUrlSecrets } from "./mask-url";

const secret = "hook-secret-0123456789abcdef";
const encoded = [...secret].map((c) => `%${c.charCodeAt(0).toString(16)}`).join("");

describe("masking secrets in a logged URL", () => {
  it.each([
    `/api/hooks/callgear?secret=${secret}`,
    `/api/hooks/callgear?%73ecret=${secret}`,
    `/api/hooks/callgear?SECRET=${secret}&x=1`,
    `/api/hooks/callgear?secret[]=${secret}`,
    `/api/hooks/callgear?secret%5B%5D=${secret}`,
    `/api/hooks/callgear?x=${encoded}`,
    `/api/hooks/callgear/${secret}`,
    `/api/hooks/${encoded}/callgear`,
    `/api/hooks/callgear?next=%2Fa%3Fsecret%3D${secret}`,
  ])("%s keeps no trace of the secret", (url) => {
    const masked = String(maskUrlSecrets(url, [secret]));
    expect(masked).not.toContain(secret);
    expect(masked).not.toContain(encoded);
    expect(decodeURIComponent(masked.replace(/%(?![0-9a-f]{2})/gi, ""))).not.toContain(secret);
    expect(masked).toContain("[redacted]");
  });

  it("masks a token-like parameter without knowing its value, and leaves the rest", () => {
    expect(maskUrlSecrets("/x?token=abc&keep=1", [])).toBe("/x?token=[redacted]&keep=1");
    expect(maskUrlSecrets("/api/calls?direction=in", [secret])).toBe("/api/calls?direction=in");
  });

  it("survives a URL that does not decode", () => {
    expect(maskUrlSecrets("/%?secret=%zz", [secret])).toBe("/%?secret=[redacted]");
  });
});
