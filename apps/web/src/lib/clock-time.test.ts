import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clockTime } from "./clock-time";

describe("clockTime", () => {
  it("writes the local time of day as HH:MM:SS on a 24-hour clock", () => {
    expect(clockTime(new Date(2026, 10, 27, 3, 4, 5).toISOString())).toBe("03:04:05");
    expect(clockTime(new Date(2026, 10, 27, 23, 59, 9).toISOString())).toBe("23:59:09");
    expect(clockTime(new Date(2026, 10, 27, 0, 0, 0).toISOString())).toBe("00:00:00");
  });

  it("says what Intl's 24-hour 2-digit format says in both of the console's languages", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (at) => {
          for (const language of ["en", "ru"]) {
            const intl = new Intl.DateTimeFormat(language, {
              hour: "2-digit",
              minute: "2-digit",
              second: "2-digit",
              hourCycle: "h23",
            }).format(at);
            expect(clockTime(at.toISOString())).toBe(intl);
          }
        },
      ),
    );
  });

  it("gives back a text that is not a date as it is", () => {
    expect(clockTime("not a date")).toBe("not a date");
  });
});
