import { describe, expect, it } from "vitest";
import { pickLanguage } from "./pick-language";

describe("pickLanguage", () => {
  it("prefers the user's saved choice", () => {
    expect(pickLanguage("en-US,en;q=0.9", "ru")).toBe("ru");
  });

  it("ignores a saved choice it does not speak", () => {
    expect(pickLanguage("ru-RU", "de")).toBe("ru");
  });

  it("follows Accept-Language by quality, then order", () => {
    expect(pickLanguage("de-DE,ru;q=0.8,en;q=0.7")).toBe("ru");
    expect(pickLanguage("en;q=0.5, ru;q=0.9")).toBe("ru");
    expect(pickLanguage("fr, en-GB, ru")).toBe("en");
  });

  it("skips ranges with q=0 and falls back to English", () => {
    expect(pickLanguage("ru;q=0, de")).toBe("en");
    expect(pickLanguage(undefined)).toBe("en");
    expect(pickLanguage("")).toBe("en");
    expect(pickLanguage("*")).toBe("en");
  });
});
