import { notificationEvents } from "@callboard/callapi";
import { z } from "zod";

const notificationEventSchema = z.enum(notificationEvents);

/** One trigger of the kit: what the admin picks in CallGear and the body to paste. */
export const notificationKitEntrySchema = z.object({
  event: notificationEventSchema,
  /** The trigger's name in CallGear's English client area. */
  trigger: z.string(),
  /** The same trigger in the Russian client area. */
  triggerRu: z.string(),
  method: z.literal("POST"),
  /** A JSON template with CallGear's `{{variable}}` placeholders, unquoted. */
  body: z.string(),
});

/** GET /api/admin/notification-kit (admins): what to paste into CallGear's Notifications. */
export const notificationKitSchema = z.object({
  /** The address to paste, the shared secret in it (CallGear sends no header of ours). */
  url: z.string(),
  events: z.array(notificationKitEntrySchema),
});
export type NotificationKit = z.infer<typeof notificationKitSchema>;

/** Why a notification was refused. */
export const noticeRefusalSchema = z.enum([
  "wrong_secret",
  "not_json",
  "not_an_object",
  "unknown_event",
  "no_call_session_id",
]);
export type NoticeRefusal = z.infer<typeof noticeRefusalSchema>;

const refusalCountsSchema = z.record(z.string(), z.number().int());

/** The self-test of one trigger: when its last notification came, how many, and refusals. */
export const triggerSelfTestSchema = z.object({
  event: notificationEventSchema,
  /** ISO time of the last accepted notification of this trigger, null before any. */
  lastAcceptedAt: z.string().nullable(),
  accepted: z.number().int(),
  /** Repeats of a notification already accepted (ignored). */
  duplicates: z.number().int(),
  /** Refused notifications of this trigger, by reason. */
  refused: refusalCountsSchema,
});

/** GET /api/admin/notification-status (admins): the notification kit's self-test. */
export const notificationStatusSchema = z.object({
  /** False when no shared secret is configured (the endpoint is off). */
  enabled: z.boolean(),
  events: z.array(triggerSelfTestSchema),
  /** Refusals that name no trigger (a wrong secret, a body that is not JSON, an unknown event). */
  unattributed: refusalCountsSchema,
  lastRefusal: z
    .object({ at: z.string(), reason: noticeRefusalSchema, event: z.string().nullable() })
    .nullable(),
});
export type NotificationStatus = z.infer<typeof notificationStatusSchema>;
export type TriggerSelfTest = z.infer<typeof triggerSelfTestSchema>;
