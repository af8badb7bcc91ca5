import { z } from "zod";

/** How a finished call ended, as far as Callboard knows. */
export const callResults = ["answered", "lost"] as const;
export const callResultSchema = z.enum(callResults);
export type CallResult = z.infer<typeof callResultSchema>;

/** An employee who took part in, or was tried for, a call. */
export const historyEmployeeSchema = z.object({
  id: z.number().int(),
  name: z.string().nullable(),
});

/** A recording of a finished call; `url` is the BFF's own link, which streams it. */
export const historyRecordingSchema = z.object({
  index: z.number().int(),
  url: z.string(),
  durationSeconds: z.number().nullable(),
});

/** One finished (or still ringing/talking, when seen first live) call of the call history. */
export const historyCallSchema = z.object({
  callSessionId: z.number().int(),
  /** ISO 8601 UTC. */
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  direction: z.enum(["in", "out"]).nullable(),
  contactNumber: z.string().nullable(),
  contactName: z.string().nullable(),
  virtualNumber: z.string().nullable(),
  employees: z.array(historyEmployeeSchema),
  waitSeconds: z.number().nullable(),
  talkSeconds: z.number().nullable(),
  totalSeconds: z.number().nullable(),
  tags: z.array(z.string()),
  result: callResultSchema.nullable(),
  /** Who ended the call (`finish_reason` of the report), when known. */
  endedBy: z.string().nullable(),
  recordings: z.array(historyRecordingSchema),
  note: z.string().nullable(),
  disposition: z.string().nullable(),
  wrapUpBy: z.string().nullable(),
  /** Until when the operator may still add a note and a disposition (ISO), null once past. */
  wrapUpUntil: z.string().nullable(),
});
export type HistoryCall = z.infer<typeof historyCallSchema>;

/** A date (YYYY-MM-DD) or an ISO date-time. */
const dateOrTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** GET /api/history: filters; newest first, paged by `cursor`. */
export const historyQuerySchema = z.strictObject({
  /** A contact or virtual number; digits are compared, punctuation ignored. */
  number: z
    .string()
    .max(32)
    .regex(/^[+\d\s()-]*$/)
    .optional(),
  from: dateOrTime.optional(),
  /** A date includes the whole day. */
  to: dateOrTime.optional(),
  employeeId: z.coerce.number().int().positive().optional(),
  direction: z.enum(["in", "out"]).optional(),
  result: callResultSchema.optional(),
  /** `nextCursor` of the previous page. */
  cursor: z
    .string()
    .max(64)
    .regex(/^\d+_\d+$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

export const historyPageSchema = z.object({
  calls: z.array(historyCallSchema),
  nextCursor: z.string().nullable(),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;

/** One action a user took on the call through Callboard (from the audit log). */
export const historyActionSchema = z.object({
  at: z.string(),
  username: z.string(),
  action: z.string(),
  result: z.enum(["ok", "error"]),
});

export const historyDetailSchema = z.object({
  call: historyCallSchema,
  actions: z.array(historyActionSchema),
});
export type HistoryDetail = z.infer<typeof historyDetailSchema>;

/** POST /api/history/:id/wrap-up: the operator's note and disposition (a tag) after a call. */
export const wrapUpBodySchema = z
  .strictObject({
    note: z.string().trim().max(2000).optional(),
    /** A tag of the account (GET /api/directory/tags). */
    tagId: z.number().int().positive().optional(),
  })
  .refine((body) => body.note !== undefined || body.tagId !== undefined, {
    message: "A note or a disposition is required.",
    path: ["note"],
  });
export type WrapUpBody = z.infer<typeof wrapUpBodySchema>;

/** GET /api/history/contact?number=: what the console knows of a caller. */
export const contactHistoryQuerySchema = z.strictObject({
  number: z
    .string()
    .min(3)
    .max(32)
    .regex(/^[+\d\s()-]+$/),
});
