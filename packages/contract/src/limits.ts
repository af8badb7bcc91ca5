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

/**
 * How the live feed plans its list.calls reconciliations: the day's points beyond the actions'
 * reserve spread over the rest of the working day (CALLBOARD_WORKDAY, CALLBOARD_TIMEZONE).
 */
export const reconcilePlanSchema = z.object({
  /** The gap between two reconciliations now. */
  intervalMs: z.number().int(),
  /** `HH:MM-HH:MM` in `timeZone`. */
  workday: z.string(),
  timeZone: z.string(),
  inWorkday: z.boolean(),
  /** Share of the day limit kept for operators' actions (0..1). */
  actionReserve: z.number(),
  /** Points polling may still spend today without touching the reserve. */
  pollingPointsLeft: z.number(),
  /** Points left for actions (today's remaining, less what the plan still spends on polling). */
  actionPointsLeft: z.number(),
  /** At the rate points went in the last hour, when the day budget runs out (ISO); null: not today. */
  lastsUntil: z.string().nullable(),
  /** Whether, at that rate, the budget lasts to the end of the working day (or the reset). */
  lastsTheDay: z.boolean(),
});
export type ReconcilePlan = z.infer<typeof reconcilePlanSchema>;

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
  plan: reconcilePlanSchema,
});
export type LimitsReport = z.infer<typeof limitsReportSchema>;
