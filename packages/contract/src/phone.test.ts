import { describe, expect, it } from "vitest";
import { normalizePhoneNumber, phoneInputSchema } from "./phone";

describe("a phone number as people type it", () => {
  it.each([
    ["+7 926 123-45-67", "79261234567"],
    ["+7 (926) 123-45-67", "79261234567"],
    ["8 (926) 123-45-67", "79261234567"],
    ["8-926-123-45-67", "79261234567"],
    ["79261234567", "79261234567"],
    [" 7 926 123 45 67 ", "79261234567"],
    ["+44 20 7946 0958", "442079460958"],
    ["+1 (212) 555-0123", "12125550123"],
  ])("%s is %s", (typed, normalised) => {
    expect(normalizePhoneNumber(typed)).toBe(normalised);
  });

  it.each(["", "12-ab", "123", "+7 926", "user@pbx.example", "+", "1234567890123456"])(
    "%j is not a phone number",
    (typed) => {
      expect(normalizePhoneNumber(typed)).toBeNull();
    },
  );

  it("is what the contract's number fields accept and pass on", () => {
    expect(phoneInputSchema.parse("+7 926 123-45-67")).toBe("79261234567");
    expect(phoneInputSchema.safeParse("12-ab").success).toBe(false);
  });
});
