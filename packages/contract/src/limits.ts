import { z } from "zod";

/** One observation of the upstream's `metadata.limits`. */
export const limitsSampleSchema = z.object({
  at: z.string(),
  minuteLimit: z.number(),
  minuteRemaining: z.number(),
  dayLimit: z.number(),
  dayRemaining: z.number(),
});
export type LimitsSample = z.infer<typeof limitsSampleSchema>;

/** GET /api/limits (admins): the API budget as last seen, with its history. */
export const limitsReportSchema = z.object({
  current: limitsSampleSchema.nullable(),
  minuteResetAt: z.string().nullable(),
  dayResetAt: z.string().nullable(),
  apiVersion: z
    .object({
      current: z.string().nullable(),
      latest: z.string().nullable(),
      deprecated: z.boolean(),
    })
    .nullable(),
  /** Oldest first; at most one sample per second, the last hour. */
  history: z.array(limitsSampleSchema),
  /** The live feed's current poll interval, stretched when the minute budget runs low. */
  pollIntervalMs: z.number().int(),
  /** Points spent by polling and by actions since the BFF started. */
  spent: z.object({ polling: z.number(), actions: z.number(), directory: z.number() }),
});
export type LimitsReport = z.infer<typeof limitsReportSchema>;
