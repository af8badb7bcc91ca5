import { z } from "zod";
import { callSessionSchema } from "./calls";
import { apiErrorSchema } from "./errors";
import { feedMissedSchema } from "./missed-calls";

/** The budget everyone sees in the header; pushed with every feed status. */
export const budgetSchema = z.object({
  minuteRemaining: z.number(),
  minuteLimit: z.number(),
  dayRemaining: z.number(),
  dayLimit: z.number(),
  /** ISO times at which the minute and day budgets reset. */
  minuteResetAt: z.string(),
  dayResetAt: z.string(),
  /** The upstream says this API version will go away (`current_version_depricated`). */
  deprecated: z.boolean(),
});
export type Budget = z.infer<typeof budgetSchema>;

/**
 * Events of GET /api/calls/events (Server-Sent Events). The SSE `id` is the feed version; a
 * browser reconnecting with `Last-Event-ID` gets the deltas it missed, or a fresh snapshot.
 */
export const feedSnapshotSchema = z.object({
  type: z.literal("snapshot"),
  version: z.number().int(),
  calls: z.array(callSessionSchema),
  at: z.string(),
});
export const feedDeltaSchema = z.object({
  type: z.literal("delta"),
  version: z.number().int(),
  /** The version this delta applies on; a client at another version must resync. */
  baseVersion: z.number().int(),
  upserted: z.array(callSessionSchema),
  removed: z.array(z.number().int()),
  at: z.string(),
});
export const feedStatusSchema = z.object({
  type: z.literal("status"),
  /** ok: polling works; degraded: the last polls failed; stopped: nobody watches. */
  upstream: z.enum(["ok", "degraded"]),
  lastPollAt: z.string().nullable(),
  pollIntervalMs: z.number().int(),
  error: apiErrorSchema.optional(),
  budget: budgetSchema.nullable(),
});
export const feedEventSchema = z.discriminatedUnion("type", [
  feedSnapshotSchema,
  feedDeltaSchema,
  feedStatusSchema,
  feedMissedSchema,
]);
export type FeedSnapshot = z.infer<typeof feedSnapshotSchema>;
export type FeedDelta = z.infer<typeof feedDeltaSchema>;
export type FeedStatus = z.infer<typeof feedStatusSchema>;
export type FeedEvent = z.infer<typeof feedEventSchema>;
