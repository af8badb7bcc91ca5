import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiRequestError } from "./api-client";
import { applyApiFieldError, zodFieldErrors } from "./forms";
import { interpolate } from "./i18n";

describe("zodFieldErrors", () => {
  const schema = z.object({
    to: z.string().regex(/^\d{7,15}$/, "digits"),
    message: z.object({ value: z.string().min(1, "empty") }),
  });

  it("answers one message per dotted field path, none when valid", () => {
    expect(zodFieldErrors(schema, { to: "12", message: { value: "" } })).toEqual({
      to: "digits",
      "message.value": "empty",
    });
    expect(zodFieldErrors(schema, { to: "79261234567", message: { value: "x" } })).toEqual({});
  });
});

describe("applyApiFieldError", () => {
  it("puts the BFF's field error (with its hint) on that field", () => {
    const placed: Record<string, string> = {};
    const error = new ApiRequestError({
      status: 400,
      mnemonic: "contact_in_blacklist",
      message: "The number is blacklisted",
      hint: "Pick another",
      field: "contact",
    });
    expect(applyApiFieldError(error, (field, message) => (placed[field] = message))).toBe(true);
    expect(placed).toEqual({ contact: "The number is blacklisted Pick another" });
  });

  it("puts every issue of a validation error on its field; anything else is not placed", () => {
    const placed: Record<string, string> = {};
    const error = new ApiRequestError({
      status: 400,
      mnemonic: "validation_failed",
      message: "Invalid",
      issues: [
        { field: "to", message: "bad number" },
        { field: "to_message.value", message: "too long" },
      ],
    });
    expect(applyApiFieldError(error, (field, message) => (placed[field] = message))).toBe(true);
    expect(placed).toEqual({ to: "bad number", "to_message.value": "too long" });
    expect(applyApiFieldError(new Error("boom"), () => {})).toBe(false);
    expect(
      applyApiFieldError(
        new ApiRequestError({ status: 500, mnemonic: "internal_error", message: "x" }),
        () => {},
      ),
    ).toBe(false);
  });
});

describe("interpolate", () => {
  it("fills {name} placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Call {id} from {contact}", { id: 7 })).toBe("Call 7 from {contact}");
  });
});
