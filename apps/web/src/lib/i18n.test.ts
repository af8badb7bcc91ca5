import { describe, expect, it } from "vitest";
import { callsDict } from "../features/calls/i18n";
import { limitsDictionary } from "../features/limits/i18n";
import { translate } from "./i18n";

describe("the console's Russian agrees with its numbers", () => {
  it.each([
    [1, "1 из 1 звонка"],
    [21, "1 из 21 звонка"],
    [22, "1 из 22 звонков"],
    [25, "1 из 25 звонков"],
  ])("the board's count of %i calls", (total, text) => {
    expect(translate(callsDict, "ru", "callCount", { shown: 1, total })).toBe(text);
  });

  it("the board's count in English", () => {
    expect(translate(callsDict, "en", "callCount", { shown: 1, total: 1 })).toBe("1 of 1 call");
    expect(translate(callsDict, "en", "callCount", { shown: 1, total: 2 })).toBe("1 of 2 calls");
  });

  it("the limits page's points", () => {
    const left = (limit: number) =>
      translate(limitsDictionary, "ru", "remaining", { remaining: 1, limit });
    expect(left(21)).toBe("Осталось 1 из 21 балла");
    expect(left(150)).toBe("Осталось 1 из 150 баллов");
  });
});
