import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { agreesWithZod } from "../test-support/agrees-with-zod";
import { checkSettings } from "./settings";

// The zod schema the hand-written check replaced (kept here as its specification).
const settingsSchema = z.object({
  language: z.enum(["en", "ru"]),
  theme: z.enum(["light", "dark"]),
  holdMessage: z.object({ type: z.enum(["media", "tts"]), value: z.string() }).nullable(),
  desktopNotifications: z.boolean(),
  sound: z.boolean(),
});

const settings = fc.record({
  language: fc.constantFrom("en", "ru"),
  theme: fc.constantFrom("light", "dark"),
  holdMessage: fc.option(fc.record({ type: fc.constantFrom("media", "tts"), value: fc.string() }), {
    nil: null,
  }),
  desktopNotifications: fc.boolean(),
  sound: fc.boolean(),
});

describe("checkSettings", () => {
  it("accepts and refuses exactly what the settings schema does", () => {
    agreesWithZod(settings, settingsSchema, (value) => checkSettings(value, false) !== null);
  });

  it("partial: accepts and refuses exactly what the schema's partial() does", () => {
    agreesWithZod(
      settings,
      settingsSchema.partial(),
      (value) => checkSettings(value, true) !== null,
    );
  });

  it("gives zod's output: known settings only, a fresh hold message of its two fields", () => {
    fc.assert(
      fc.property(settings, fc.boolean(), (value, partial) => {
        const stored = {
          ...value,
          extra: 1,
          holdMessage: value.holdMessage && { ...value.holdMessage, x: 2 },
        };
        const expected = (partial ? settingsSchema.partial() : settingsSchema).parse(stored);
        const checked = partial ? checkSettings(stored, true) : checkSettings(stored, false);
        expect(checked).toEqual(expected);
        if (checked?.holdMessage) expect(checked.holdMessage).not.toBe(stored.holdMessage);
      }),
    );
  });

  it("partial: an older store without some settings keeps the ones it has", () => {
    expect(checkSettings({ theme: "dark" }, true)).toEqual({ theme: "dark" });
    expect(checkSettings({ theme: "dark" }, false)).toBeNull();
    expect(checkSettings({ theme: "blue" }, true)).toBeNull();
  });
});
