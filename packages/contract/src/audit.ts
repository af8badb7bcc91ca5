import { z } from "zod";
import { roleSchema } from "./roles";

/** One action a user took through Callboard, successful or not. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  username: z.string(),
  role: roleSchema.nullable(),
  /** The Call API method or the BFF's own action (`session.login`, `user.create`, ...). */
  action: z.string(),
  callSessionId: z.number().int().nullable(),
  legId: z.number().int().nullable(),
  /** The request's params without secrets. */
  params: z.record(z.string(), z.unknown()).nullable(),
  result: z.enum(["ok", "error"]),
  status: z.number().int(),
  mnemonic: z.string().nullable(),
  requestId: z.string().nullable(),
  durationMs: z.number().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A filter date within the years an audit entry can have (9999-12-31T23:59:59-23:59 is not). */
const auditDateSchema = z.iso.datetime({ offset: true }).refine((text) => {
  const at = Date.parse(text);
  return at >= Date.UTC(2000, 0, 1) && at <= Date.UTC(2100, 0, 1);
}, "a date between 2000 and 2100");

export const auditQuerySchema = z.strictObject({
  username: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  callSessionId: z.coerce.number().int().positive().optional(),
  result: z.enum(["ok", "error"]).optional(),
  from: auditDateSchema.optional(),
  to: auditDateSchema.optional(),
  /** Page backwards: entries with id below this. */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as `before` for the next (older) page; null at the end. */
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
