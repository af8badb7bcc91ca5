import { phoneNumberSchema } from "@callboard/callapi";
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { z } from "zod";

// Spaces, dashes, dots and brackets, as people group a number; an optional leading '+'.
const writtenNumber = /^\+?[\d\s().-]+$/;
const e164Digits = /^[1-9]\d{6,14}$/;

/**
 * A phone number as people write it ("+7 926 123-45-67", "8 (926) 123-45-67", "79261234567")
 * in the form the Call API wants: E.164 digits without '+'. Null when it is not a phone number
 * (letters, a SIP address, too short or too long). A leading 8 before ten digits is the Russian
 * trunk prefix and becomes the country code 7. The SPA and the BFF both use this one function.
 */
export function normalizePhoneNumber(input: string): string | null {
  const text = input.trim();
  if (!writtenNumber.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  if (text.startsWith("+")) {
    const parsed = parsePhoneNumberFromString(`+${digits}`);
    return parsed?.isPossible() ? parsed.number.slice(1) : null;
  }
  if (digits.length === 11 && digits.startsWith("8")) {
    const parsed = parsePhoneNumberFromString(digits, "RU");
    return parsed?.isPossible() ? parsed.number.slice(1) : null;
  }
  return e164Digits.test(digits) ? digits : null;
}

/** A string normalised when it reads as a phone number; anything else as it came. */
export function normalizeIfPhone(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return normalizePhoneNumber(value) ?? value;
}

/**
 * A phone number input: normalised first (normalizePhoneNumber), then held to the Call API's
 * E.164 format, so nothing else ever goes upstream.
 */
export const phoneInputSchema = z.preprocess(normalizeIfPhone, phoneNumberSchema);
