import { z } from "zod";
import { allComponents, type ComponentName } from "../auth/components";

/** Bodies of the control API (README.md, "Control API"); the client derives its types here. */

export const resetBodySchema = z.strictObject({
  seed: z.number().int().optional(),
  /** Inbound calls per minute after the reset; default: the simulator's option. */
  inboundPerMinute: z.number().min(0).optional(),
});
export type ResetBody = z.infer<typeof resetBodySchema>;

export const advanceBodySchema = z.strictObject({
  seconds: z
    .number()
    .min(0)
    .max(10 * 86_400),
});

export const createCallBodySchema = z.strictObject({
  state: z.enum(["ringing", "talk", "hold", "dialing", "operator_talk"]),
  direction: z.enum(["in", "out"]).optional(),
  contact_phone_number: z
    .string()
    .regex(/^\d{7,15}$/)
    .optional(),
  virtual_phone_number: z
    .string()
    .regex(/^\d{7,15}$/)
    .optional(),
  employee_id: z.number().int().optional(),
  call_session_id: z.number().int().positive().optional(),
  third_party_phone_number: z.string().min(1).optional(),
});
export type CreateCallBody = z.infer<typeof createCallBodySchema>;

export const limitsBodySchema = z.strictObject({
  minute_limit: z.number().int().min(0).optional(),
  minute_remaining: z.number().int().min(0).optional(),
  day_limit: z.number().int().min(0).optional(),
  day_remaining: z.number().int().min(0).optional(),
  /** Points per method, merged into the current weights. */
  weights: z.record(z.string(), z.number().int().min(0)).optional(),
});
export type LimitsBody = z.infer<typeof limitsBodySchema>;

export const languageBodySchema = z.strictObject({ language: z.enum(["en", "ru"]) });

export const faultBodySchema = z.strictObject({
  kind: z.enum([
    "delay",
    "http_500",
    "http_502",
    "http_503",
    "malformed_json",
    "wrong_shape",
    "drop_connection",
    "expire_tokens",
  ]),
  count: z.number().int().min(1).default(1),
  delayMs: z.number().int().min(0).max(120_000).default(1_000),
  method: z.string().min(1).optional(),
});
export type FaultBody = z.input<typeof faultBodySchema>;

export const accountBodySchema = z.strictObject({
  inactive: z.boolean().optional(),
  ipWhitelist: z.array(z.string()).nullable().optional(),
  blockedKeys: z.array(z.string()).optional(),
  expiredKeys: z.array(z.string()).optional(),
  /** The account's TTS length limit, in characters. */
  ttsMaxLength: z.number().int().min(1).optional(),
  /** The coach of the client area (add.coach without phone_number); null = none. */
  coachEmployeeId: z.number().int().nullable().optional(),
  /** Contacts on the blacklist (replaces it). */
  blacklist: z.array(z.string()).optional(),
});
export type AccountBody = z.infer<typeof accountBodySchema>;

/** The account's TTS length limit, in characters (also settable through /control/account). */
export const ttsLimitBodySchema = z.strictObject({ ttsMaxLength: z.number().int().min(1) });

export const componentNameSchema = z.enum(allComponents as [ComponentName, ...ComponentName[]]);

export const userBodySchema = z.strictObject({
  login: z.string().min(1),
  password: z.string().min(1),
  components: z.array(componentNameSchema).optional(),
  /** Permanent access keys of this user. */
  keys: z.array(z.string().min(1)).optional(),
});
export type UserBody = z.infer<typeof userBodySchema>;

export const inboundBodySchema = z.strictObject({ perMinute: z.number().min(0).max(600) });
