import { describe, expect, it } from "vitest";
import { type Dictionary, formatDate, formatDuration, formatNumber, translate } from "./i18n";

const dict: Dictionary<"calls" | "shown"> = {
  en: {
    calls: { by: "count", one: "{count} call", other: "{count} calls" },
    shown: { by: "total", one: "{shown} of {total} call", other: "{shown} of {total} calls" },
  },
  ru: {
    calls: {
      by: "count",
      one: "{count} звонок",
      few: "{count} звонка",
      many: "{count} звонков",
      other: "{count} звонка",
    },
    shown: { by: "total", one: "{shown} из {total} звонка", other: "{shown} из {total} звонков" },
  },
};

describe("plural forms", () => {
  it.each([
    [1, "1 звонок"],
    [2, "2 звонка"],
    [5, "5 звонков"],
    [11, "11 звонков"],
    [21, "21 звонок"],
    [22, "22 звонка"],
    [25, "25 звонков"],
  ])("ru %i is %s", (count, text) => {
    expect(translate(dict, "ru", "calls", { count })).toBe(text);
  });

  it("en has one and other", () => {
    expect(translate(dict, "en", "calls", { count: 1 })).toBe("1 call");
    expect(translate(dict, "en", "calls", { count: 2 })).toBe("2 calls");
  });

  it("agrees the noun after 'из' with the total", () => {
    expect(translate(dict, "ru", "shown", { shown: 1, total: 21 })).toBe("1 из 21 звонка");
    expect(translate(dict, "ru", "shown", { shown: 1, total: 25 })).toBe("1 из 25 звонков");
    expect(translate(dict, "en", "shown", { shown: 1, total: 1 })).toBe("1 of 1 call");
  });
});

describe("dates, numbers and durations", () => {
  const at = "2026-12-05T07:56:57Z";

  it("writes a date and time the Russian way in Russian", () => {
    const text = formatDate(at, "ru", "dateTime", "UTC");
    expect(text).toMatch(/^5 дек\. 2026 г\., 07:56:57$/);
    expect(text).not.toMatch(/AM|PM|12\/5/);
  });

  it("writes it the English way in English", () => {
    expect(formatDate(at, "en", "dateTime", "UTC")).toBe("Dec 5, 2026, 7:56:57 AM");
  });

  it("keeps text that is not a date", () => {
    expect(formatDate("soon", "ru")).toBe("soon");
  });

  it("groups numbers per language", () => {
    expect(formatNumber(12345.5, "en")).toBe("12,345.5");
    expect(formatNumber(12345.5, "ru").replace(/\s/g, " ")).toBe("12 345,5");
  });

  it("writes durations with short units", () => {
    expect(formatDuration(3900, "en")).toBe("1 h 5 min");
    expect(formatDuration(123, "ru")).toBe("2 мин 3 с");
    expect(formatDuration(0, "en")).toBe("0 s");
  });
});
