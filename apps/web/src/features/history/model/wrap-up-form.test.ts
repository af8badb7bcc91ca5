import { describe, expect, it } from "vitest";
import { NOTE_MAX_LENGTH, validateWrapUp, wrapUpBody } from "./wrap-up-form";

describe("wrap-up form validation", () => {
  it("asks for a note or a disposition when both are empty", () => {
    expect(validateWrapUp({ note: "   ", tagId: null })).toEqual({
      ok: false,
      errors: { note: "noteOrDisposition" },
    });
  });

  it("takes a note alone, trimmed", () => {
    expect(validateWrapUp({ note: "  Wants a quote  ", tagId: null })).toEqual({
      ok: true,
      body: { note: "Wants a quote" },
    });
  });

  it("takes a disposition alone, as a numeric tag id", () => {
    expect(validateWrapUp({ note: "", tagId: "42" })).toEqual({ ok: true, body: { tagId: 42 } });
  });

  it("refuses a note longer than the BFF stores", () => {
    const result = validateWrapUp({ note: "x".repeat(NOTE_MAX_LENGTH + 1), tagId: "7" });
    expect(result).toEqual({ ok: false, errors: { note: "noteTooLong" } });
  });

  it("accepts a note of exactly the maximum length", () => {
    expect(validateWrapUp({ note: "x".repeat(NOTE_MAX_LENGTH), tagId: null }).ok).toBe(true);
  });

  it("marks a disposition that is not a tag id", () => {
    expect(validateWrapUp({ note: "ok", tagId: "abc" })).toEqual({
      ok: false,
      errors: { tagId: "pickDispositionError" },
    });
  });

  it("leaves an empty note out of the body", () => {
    expect(wrapUpBody({ note: "", tagId: "3" })).toEqual({ tagId: 3 });
  });
});
