import { z } from "zod";

/**
 * A number in E.164 without the '+' (the reference: "for example, 74993720692").
 * E.164 allows at most 15 digits and no country code starts with 0; the shortest
 * numbers in use have 7 digits, which also keeps short extension numbers out.
 */
export const phoneNumberSchema = z
  .string()
  .regex(/^[1-9]\d{6,14}$/, "an E.164 number: 7 to 15 digits without '+'");

/**
 * An employee's SIP number: "user@host", or a "sip:" URI whose host may be left out
 * ("sip:0110001"). A bare login without "sip:" or a host cannot be told from an extension.
 */
/** RFC 3261 `user`: unreserved, escaped and user-unreserved characters. */
const sipUser = "(?:[A-Za-z0-9\\-_.!~*'()&=+$,;?/]|%[0-9A-Fa-f]{2})+";
/** A host name or IPv4 address, with an optional port. */
const sipHost = "[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::\\d{1,5})?";
export const sipNumberSchema = z
  .string()
  .max(256)
  .regex(
    new RegExp(`^(?:sips?:${sipUser}(?:@${sipHost})?|${sipUser}@${sipHost})$`),
    "a SIP number (user@host or sip:user)",
  );

/** An extension (short) number of an employee inside the virtual PBX. */
export const extensionNumberSchema = z.string().regex(/^\d{1,6}$/, "an extension number");

/** `contact`: "E.164 ... You can also use SIP number of an employee. Extension numbers ... are not supported." */
export const contactNumberSchema = z.union([phoneNumberSchema, sipNumberSchema]);

/** `to`, `employee.phone_number`, `add.coach phone_number`: an extension, an external (E.164) or a SIP number. */
export const dialableNumberSchema = z.union([
  phoneNumberSchema,
  extensionNumberSchema,
  sipNumberSchema,
]);

/** Longer DTMF strings are refused locally: no IVR needs more, and the reference sets no bound. */
export const DTMF_MAX_LENGTH = 64;
/**
 * TTS text is capped by the account's plan ("Length of a TTS message is defined by your service
 * plan or a limit"); the reference gives no figure, so a local bound keeps huge texts from going
 * upstream at all, and the account's own limit answers tts_text_exceeded below it.
 */
export const TTS_MAX_LENGTH = 1000;

/**
 * DTMF to send: "0-9, *, #", with '.' as a one-second pause (".12.1..4").
 * At least one symbol must be sent: a string of pauses only sends nothing.
 */
export const dtmfStringSchema = z
  .string()
  .max(DTMF_MAX_LENGTH)
  .regex(/^[0-9*#.]*[0-9*#][0-9*#.]*$/, "DTMF symbols 0-9, * and #, with '.' for a 1 s pause");

/** `operator_confirmation`: the key the operator presses to take the call: "0-9, *, #, any". */
export const operatorConfirmationSchema = z.union([
  z.string().regex(/^[0-9*#]$/, "one key 0-9, * or #"),
  z.literal("any"),
]);

/** `dialing_timeout`: seconds to wait for the contact to answer, "up to 120 seconds", default 30. */
export const dialingTimeoutSchema = z.number().int().min(1).max(120);

/** An id the service issues (call session, leg, employee, tag, scenario, media file). */
export const idSchema = z.number().int().positive();

/** Call direction: in - incoming, out - outgoing. */
export const directionSchema = z.enum(["in", "out"]);

export const messageTypeSchema = z.enum(["media", "tts"]);

/**
 * A message played to a leg: `media` plays the media file whose id is `value`,
 * `tts` speaks `value` through Text-to-Speech.
 */
export const messageSchema = z
  .strictObject({
    type: messageTypeSchema,
    value: z.string().min(1).max(TTS_MAX_LENGTH),
  })
  .superRefine((message, ctx) => {
    // A media message names a file by its numeric id (as a string: "237").
    if (message.type === "media" && !/^\d+$/.test(message.value)) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        input: message.value,
        message: "a media message's value is the media file id (digits)",
        params: { mnemonic: "invalid_parameter_value" },
      });
    }
  });
export type Message = z.infer<typeof messageSchema>;

/** The live service answers `"true"` where the reference says `true`. */
export const looseBoolean = z
  .union([z.boolean(), z.enum(["true", "false"])])
  .transform((value) => value === true || value === "true");

/** A number that may come as a numeric string. */
export const looseNumber = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)])
  .transform((value) => Number(value));

/**
 * A date-time as the service sends it: the reference says `YYYY-MM-DD hh:mm:ss` (and ISO 8601
 * with Z elsewhere); the live service sends `2016-10-19T12:26:48.418` without a zone.
 */
export const apiDateTimeSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T ?| )\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/,
    "a date-time YYYY-MM-DD hh:mm:ss",
  );

/**
 * An array in a reply. "Blank fields always return with a null value; an empty array for an
 * array": accept null as well and read it as empty, the live service is not consistent about it.
 */
export function listOf<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .nullable()
    .transform((items) => items ?? []);
}
