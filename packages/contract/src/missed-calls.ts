import { z } from "zod";
import { historyCallSchema, historyEmployeeSchema } from "./history";

/** open: waiting; claimed: an operator took it; calling: their call-back is under way. */
export const missedCallStates = ["open", "claimed", "calling", "closed"] as const;

/** One call-back of a missed call, and how it went. */
export const callBackAttemptSchema = z.object({
  at: z.string(),
  username: z.string(),
  callSessionId: z.number().int().nullable(),
  /** pending until the call-back's call has finished. */
  outcome: z.enum(["pending", "answered", "not_answered", "failed"]),
});

/** A caller nobody answered, waiting to be called back (one item per caller and virtual number). */
export const missedCallSchema = z.object({
  id: z.number().int(),
  contactNumber: z.string(),
  contactName: z.string().nullable(),
  /** The number the caller dialled; the call-back goes out through it. */
  virtualNumber: z.string().nullable(),
  /** The first lost call (ISO); the queue is oldest first. */
  firstLostAt: z.string(),
  lastLostAt: z.string(),
  /** Lost calls merged into this item. */
  lostCount: z.number().int(),
  /** Seconds the caller waited on the last lost call. */
  waitSeconds: z.number().nullable(),
  /** Employees tried on the lost calls. */
  tried: z.array(historyEmployeeSchema),
  state: z.enum(missedCallStates),
  claimedBy: z.object({ userId: z.number().int(), name: z.string() }).nullable(),
  claimedAt: z.string().nullable(),
  attempts: z.array(callBackAttemptSchema),
  closedAt: z.string().nullable(),
  /** called_back: a call-back was answered; caller_answered: the caller rang again and got through. */
  closedReason: z.enum(["called_back", "caller_answered"]).nullable(),
});
export type MissedCall = z.infer<typeof missedCallSchema>;

/** What the navigation and the supervisor see of the queue. */
export const missedSummarySchema = z.object({
  /** Items not closed (open, claimed or calling). */
  waiting: z.number().int(),
  claimed: z.number().int(),
  /** The first lost call of the oldest waiting item (ISO), null when the queue is empty. */
  oldestAt: z.string().nullable(),
});
export type MissedSummary = z.infer<typeof missedSummarySchema>;

export const missedListSchema = z.object({
  items: z.array(missedCallSchema),
  summary: missedSummarySchema,
});
export type MissedList = z.infer<typeof missedListSchema>;

/** The answer to a claim, a release and a call-back. */
export const missedActionResultSchema = z.object({
  item: missedCallSchema,
  /** The call-back's call session, for a call-back. */
  callSessionId: z.number().int().optional(),
});
export type MissedActionResult = z.infer<typeof missedActionResultSchema>;

/** GET /api/history/contact: the caller's last calls and any open missed-call item. */
export const contactHistorySchema = z.object({
  calls: z.array(historyCallSchema),
  /** Since the start of today (server's day, UTC). */
  today: z.object({ calls: z.number().int(), lost: z.number().int() }),
  missed: missedCallSchema.nullable(),
});
export type ContactHistory = z.infer<typeof contactHistorySchema>;

/** SSE event `missed` on /api/calls/events: the queue changed; `item` is the changed one. */
export const feedMissedSchema = z.object({
  type: z.literal("missed"),
  item: missedCallSchema.nullable(),
  summary: missedSummarySchema,
  at: z.string(),
});
export type FeedMissed = z.infer<typeof feedMissedSchema>;
