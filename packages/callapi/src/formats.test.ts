import { describe, expect, it } from "vitest";
import {
  apiDateTimeSchema,
  contactNumberSchema,
  dialableNumberSchema,
  dialingTimeoutSchema,
  dtmfStringSchema,
  listOf,
  looseBoolean,
  looseNumber,
  messageSchema,
  operatorConfirmationSchema,
  phoneNumberSchema,
} from "./formats";

const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe("phoneNumberSchema (E.164 without '+')", () => {
  it.each(["74993720692", "79091234567", "4930123456", "1234567", "123456789012345"])(
    "accepts %s",
    (number) => expect(accepts(phoneNumberSchema, number)).toBe(true),
  );
  it.each([
    ["a leading +", "+74993720692"],
    ["a leading 0", "04993720692"],
    ["16 digits", "1234567890123456"],
    ["6 digits (an extension)", "123456"],
    ["spaces", "7 499 372 06 92"],
    ["a number type", 74993720692],
  ])("refuses %s", (_, number) => expect(accepts(phoneNumberSchema, number)).toBe(false));
});

describe("contact and dialable numbers", () => {
  it("a contact is E.164 or an employee's SIP number, never an extension", () => {
    expect(accepts(contactNumberSchema, "79260000000")).toBe(true);
    expect(accepts(contactNumberSchema, "sip:0110@example.sip")).toBe(true);
    expect(accepts(contactNumberSchema, "0110@example.sip")).toBe(true);
    expect(accepts(contactNumberSchema, "sip:0110001")).toBe(true);
    expect(accepts(contactNumberSchema, "sip:")).toBe(false);
    expect(accepts(contactNumberSchema, "0110 @example.sip")).toBe(false);
    expect(accepts(contactNumberSchema, "101")).toBe(false);
  });
  it("`to` may also be an extension number", () => {
    expect(accepts(dialableNumberSchema, "101")).toBe(true);
    expect(accepts(dialableNumberSchema, "79260000000")).toBe(true);
    expect(accepts(dialableNumberSchema, "call me")).toBe(false);
  });
});

describe("dtmfStringSchema (0-9 * #, '.' = 1 s pause)", () => {
  it.each(["1", "..1.2.3", ".12.1..4", "*#0", "#"])("accepts %s", (dtmf) =>
    expect(accepts(dtmfStringSchema, dtmf)).toBe(true),
  );
  it.each(["", "...", "1a", "1,2", "1 2", "+"])("refuses %j", (dtmf) =>
    expect(accepts(dtmfStringSchema, dtmf)).toBe(false),
  );
});

describe("messageSchema", () => {
  it("accepts a media file id or a TTS text", () => {
    expect(accepts(messageSchema, { type: "media", value: "237" })).toBe(true);
    expect(accepts(messageSchema, { type: "tts", value: "Hello" })).toBe(true);
  });
  it("refuses another type, an empty value, a media value that is no id, an extra key", () => {
    expect(accepts(messageSchema, { type: "audio", value: "237" })).toBe(false);
    expect(accepts(messageSchema, { type: "tts", value: "" })).toBe(false);
    expect(accepts(messageSchema, { type: "media", value: "hello.mp3" })).toBe(false);
    expect(accepts(messageSchema, { type: "tts", value: "Hi", lang: "en" })).toBe(false);
    expect(accepts(messageSchema, { type: "tts" })).toBe(false);
  });
});

describe("dialingTimeoutSchema (up to 120 s)", () => {
  it("accepts 1 to 120 whole seconds", () => {
    for (const seconds of [1, 25, 120]) expect(accepts(dialingTimeoutSchema, seconds)).toBe(true);
  });
  it("refuses more than 120, zero, fractions and strings", () => {
    for (const seconds of [121, 0, 2.5, "30"]) {
      expect(accepts(dialingTimeoutSchema, seconds)).toBe(false);
    }
  });
});

describe("operatorConfirmationSchema", () => {
  it("accepts one key or 'any'", () => {
    for (const key of ["1", "*", "#", "any"]) {
      expect(accepts(operatorConfirmationSchema, key)).toBe(true);
    }
  });
  it("refuses several keys or another word", () => {
    for (const key of ["12", "all", ""]) {
      expect(accepts(operatorConfirmationSchema, key)).toBe(false);
    }
  });
});

describe("reply formats of the live service", () => {
  it('looseBoolean reads "true"/"false" as booleans', () => {
    expect(looseBoolean.parse("true")).toBe(true);
    expect(looseBoolean.parse("false")).toBe(false);
    expect(looseBoolean.parse(true)).toBe(true);
    expect(accepts(looseBoolean, "yes")).toBe(false);
    expect(accepts(looseBoolean, 1)).toBe(false);
  });
  it("looseNumber reads numeric strings", () => {
    expect(looseNumber.parse("741")).toBe(741);
    expect(looseNumber.parse(52)).toBe(52);
    expect(accepts(looseNumber, "many")).toBe(false);
  });
  it("apiDateTimeSchema takes the reference's and the live formats", () => {
    for (const time of [
      "2016-10-19 12:26:48",
      "2016-10-19T12:26:48.418",
      "2016-10-19T12:26:48Z",
      "2016-10-19T 12:26:48Z",
      "2016-10-19T12:26:48+03:00",
    ]) {
      expect(accepts(apiDateTimeSchema, time), time).toBe(true);
    }
    expect(accepts(apiDateTimeSchema, "19.10.2016 12:26")).toBe(false);
    expect(accepts(apiDateTimeSchema, "yesterday")).toBe(false);
  });
  it("listOf reads null as an empty list", () => {
    expect(listOf(looseNumber).parse(null)).toEqual([]);
    expect(listOf(looseNumber).parse([1, "2"])).toEqual([1, 2]);
  });
});
