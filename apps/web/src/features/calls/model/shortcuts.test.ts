import { describe, expect, it } from "vitest";
import { shortcutFor } from "./shortcuts";

function press(
  key: string,
  target: unknown = null,
  modifiers: Partial<Record<"ctrlKey" | "metaKey" | "altKey", boolean>> = {},
) {
  return shortcutFor({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...modifiers,
    target: target as EventTarget | null,
  });
}

/** A stand-in for an element: `closest` answers for the selectors it "matches". */
function element(matches: string[]) {
  return { closest: (selector: string) => (matches.some((m) => selector.includes(m)) ? {} : null) };
}

describe("shortcuts on any keyboard layout", () => {
  const onKey = (key: string, code: string, shiftKey = false) =>
    shortcutFor({
      key,
      code,
      shiftKey,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      target: null,
    });

  it("reads a letter by its physical key, so K works when it types 'л'", () => {
    expect(onKey("л", "KeyK")).toBe("keypad");
    expect(onKey("р", "KeyH")).toBe("toggleHold");
    expect(onKey("е", "KeyT")).toBe("transfer");
    expect(onKey("k", "KeyK")).toBe("keypad");
  });

  it("reads the slash key by its place: '/' searches, Shift gives help", () => {
    expect(onKey(".", "Slash")).toBe("search");
    expect(onKey(",", "Slash", true)).toBe("help");
    // A "?" typed without a reported Shift (as some tools send it) is still help.
    expect(onKey("?", "Slash")).toBe("help");
  });

  it("still knows keys without a letter code", () => {
    expect(onKey("ArrowDown", "ArrowDown")).toBe("next");
    expect(onKey("Enter", "Enter")).toBe("focusActions");
  });
});

describe("shortcutFor", () => {
  it("maps the documented keys, case-insensitively", () => {
    expect(press("h")).toBe("toggleHold");
    expect(press("H")).toBe("toggleHold");
    expect(press("t")).toBe("transfer");
    expect(press("k")).toBe("keypad");
    expect(press("e")).toBe("end");
    expect(press("?")).toBe("help");
    expect(press("ArrowDown")).toBe("next");
    expect(press("x")).toBeNull();
  });

  it("leaves keys alone with a modifier, in text fields and inside dialogs", () => {
    expect(press("h", null, { ctrlKey: true })).toBeNull();
    expect(press("h", element(["input"]))).toBeNull();
    expect(press("h", element(["role='dialog'"]))).toBeNull();
  });

  it("lets Enter activate a focused button, and arrows move within the list", () => {
    expect(press("Enter", element(["button"]))).toBeNull();
    expect(press("ArrowDown", element(["role='listbox'"]))).toBeNull();
    expect(press("Enter", element([]))).toBe("focusActions");
  });
});
