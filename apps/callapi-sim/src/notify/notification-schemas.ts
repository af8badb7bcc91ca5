import { notificationEvents } from "@callboard/callapi";
import { z } from "zod";

/**
 * One notification as the account admin sets it up in the client area: the trigger, where
 * the notification server posts, and the body it writes with `{{variable}}` placeholders.
 */
export const notificationConfigSchema = z.strictObject({
  trigger: z.enum(notificationEvents),
  url: z.url({ protocol: /^https?$/ }),
  body: z.string().min(1).max(20_000),
  /** The notification's name in the client area (`{{notification_name}}`); default: the trigger's. */
  name: z.string().min(1).max(200).optional(),
});
export type NotificationConfig = z.infer<typeof notificationConfigSchema>;

/** `POST /control/notifications` (and configureNotifications): replaces the whole list. */
export const notificationListSchema = z.array(notificationConfigSchema).max(100);

/**
 * How the notification server delivers (real time, not the simulated clock): each post waits
 * `delayMinMs`-`delayMaxMs`, overtakes the one queued before it with `reorderRate`, and is
 * posted twice with `duplicateRate`.
 */
export const deliverySettingsSchema = z
  .strictObject({
    delayMinMs: z.number().int().min(0).max(10_000),
    delayMaxMs: z.number().int().min(0).max(10_000),
    reorderRate: z.number().min(0).max(1),
    duplicateRate: z.number().min(0).max(1),
  })
  .refine((settings) => settings.delayMinMs <= settings.delayMaxMs, {
    message: "delayMinMs must not exceed delayMaxMs",
    path: ["delayMaxMs"],
  });
export type DeliverySettings = z.infer<typeof deliverySettingsSchema>;

/** `POST /control/notifications/delivery`: any of the settings, merged into the current ones. */
export const deliveryUpdateSchema = z.strictObject({
  delayMinMs: z.number().int().min(0).max(10_000).optional(),
  delayMaxMs: z.number().int().min(0).max(10_000).optional(),
  reorderRate: z.number().min(0).max(1).optional(),
  duplicateRate: z.number().min(0).max(1).optional(),
});
export type DeliveryUpdate = z.infer<typeof deliveryUpdateSchema>;

/** Tens of milliseconds, now and then out of order, seldom twice: what integrators meet. */
export const DEFAULT_DELIVERY: DeliverySettings = {
  delayMinMs: 20,
  delayMaxMs: 80,
  reorderRate: 0.05,
  duplicateRate: 0.02,
};

/** The problems of a zod error, one line each, as the control API and the options report them. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
    .join("; ");
}

/** A notification list from outside (control API or code), or an Error naming every problem. */
export function parseNotificationList(input: unknown): NotificationConfig[] {
  const parsed = notificationListSchema.safeParse(input);
  if (!parsed.success) throw new Error(`invalid notifications: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Delivery settings merged into `current`, or an Error naming every problem. */
export function mergeDelivery(current: DeliverySettings, update: unknown): DeliverySettings {
  const parsedUpdate = deliveryUpdateSchema.safeParse(update);
  if (!parsedUpdate.success) {
    throw new Error(`invalid delivery settings: ${describeIssues(parsedUpdate.error)}`);
  }
  const merged = deliverySettingsSchema.safeParse({ ...current, ...parsedUpdate.data });
  if (!merged.success)
    throw new Error(`invalid delivery settings: ${describeIssues(merged.error)}`);
  return merged.data;
}
