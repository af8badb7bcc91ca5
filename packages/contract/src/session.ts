import { z } from "zod";
import { languageSchema, roleSchema } from "./roles";

/** A dashboard user as the SPA sees it (never the password hash). */
export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  /** CallGear employee this user is, for "my calls" and the dialer's defaults. */
  employeeId: z.number().int().nullable(),
  /** The user's own phone number (E.164 digits), the dialer's default operator number. */
  phoneNumber: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

export const loginBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/** Reply of POST and GET /api/session. Send `csrfToken` as `X-CSRF-Token` on every state-changing request. */
export const sessionSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  /** Whether the upstream is the bundled simulator (the demo) or the live Call API. */
  upstream: z.enum(["simulator", "live"]),
  language: languageSchema.optional(),
});
export type Session = z.infer<typeof sessionSchema>;

export const healthSchema = z.object({
  ok: z.boolean(),
  upstream: z.enum(["simulator", "live"]),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
