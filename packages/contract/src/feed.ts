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
/** Why the board's reconciliation runs slower than its base interval, and until when. */
export const feedSlowdownSchema = z.object({
  /**
   * day_budget: list.calls is spread over the working day so the actions' reserve lasts;
   * minute_budget: this minute's polling share is spent; limit_exceeded: the upstream refused
   * with limit_exceeded and said when to retry.
   */
  reason: z.enum(["day_budget", "minute_budget", "limit_exceeded"]),
  /** ISO time at which it ends, when known. */
  until: z.string().nullable(),
});
export type FeedSlowdown = z.infer<typeof feedSlowdownSchema>;

export const feedStatusSchema = z.object({
  type: z.literal("status"),
  /** ok: polling works; degraded: the last polls failed; stopped: nobody watches. */
  upstream: z.enum(["ok", "degraded"]),
  lastPollAt: z.string().nullable(),
  pollIntervalMs: z.number().int(),
  error: apiErrorSchema.optional(),
  budget: budgetSchema.nullable(),
  /**
   * Where the board's changes come from: `events` while CallGear's notifications arrive and
   * the last reconciliation agreed with them; `polling` when list.calls alone keeps it.
   */
  source: z.enum(["events", "polling"]),
  /** When the last notification was accepted (ISO), null before any. */
  lastEventAt: z.string().nullable(),
  slowdown: feedSlowdownSchema.optional(),
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
