import { z } from "zod";
import {
  apiDateTimeSchema,
  directionSchema,
  listOf,
  looseBoolean,
  phoneNumberSchema,
} from "../formats";
import { defineMethod } from "./define";

/** A tag on a call session. */
export const callTagSchema = z.looseObject({
  tag_id: z.number().int(),
  tag_name: z.string().nullable(),
});
export type CallTag = z.infer<typeof callTagSchema>;

/** One participant (leg) of a call session, as list.calls reports it. */
export const legSchema = z.looseObject({
  leg_id: z.number().int(),
  calling_phone_number: z.string().nullable(),
  /** May carry suffixes: "74959268686...9.2.3.3" (as the live service sends it). Show as it comes. */
  called_phone_number: z.string().nullable(),
  /** The leg that can use talk options. */
  is_operator: looseBoolean,
  employee_id: z.number().int().nullable(),
  employee_full_name: z.string().nullable(),
  record_call_enabled: looseBoolean,
  /** Free text in the account's language (see toCanonicalLegState). */
  state: z.string().nullable(),
});
export type Leg = z.infer<typeof legSchema>;

/** An active call session, as list.calls reports it (the upstream shape). */
export const callSessionSchema = z.looseObject({
  call_session_id: z.number().int(),
  direction: directionSchema,
  /** "YYYY-MM-DD hh:mm:ss" per the reference, "2016-10-19T12:26:48.418" live. */
  start_time: apiDateTimeSchema,
  virtual_phone_number: z.string().nullable(),
  contact_phone_number: z.string().nullable(),
  external_id: z.string().nullable(),
  tags: listOf(callTagSchema),
  legs: listOf(legSchema),
});
export type CallSession = z.infer<typeof callSessionSchema>;

/** Talk option mnemonics the reference names; others may appear and are kept. */
export const talkOptionMnemonics = [
  "finish_conversation",
  "tag_call",
  "record_talk",
  "transfer_call",
  "run_scenario",
  "call_coach",
  "receive_fax",
  "save_numa",
] as const;

/** A talk option set in the virtual PBX; `tag_call` carries the tag in `button_value`. */
export const talkOptionSchema = z.looseObject({
  button: z.string(),
  mnemonic: z.string(),
  name: z.string().nullable(),
  button_value: z
    .looseObject({
      id: z.number().int(),
      value: z.string().nullable(),
    })
    .nullish(),
});
export type TalkOption = z.infer<typeof talkOptionSchema>;

/** list.calls: the active call sessions and their legs. */
export const listCalls = defineMethod(
  {
    /** Only incoming or outgoing sessions; all when absent. */
    direction: directionSchema.optional(),
    /** Only sessions of this virtual number ("should begin with a 7" on Russian accounts). */
    virtual_phone_number: phoneNumberSchema.optional(),
  },
  listOf(callSessionSchema),
);

/** list.talk_options: the talk options set in the account. */
export const listTalkOptions = defineMethod({}, listOf(talkOptionSchema));
