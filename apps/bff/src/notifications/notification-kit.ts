import { notificationTriggers } from "@callboard/callapi";
import type { NotificationKit } from "@callboard/contract";

/** The path CallGear's notification server posts to. */
export const HOOK_PATH = "/api/hooks/callgear";

/**
 * The body template of one trigger: Callboard's own `"event"` literal, then every variable the
 * trigger fills in, each as CallGear's placeholder left unquoted (the server renders it as a
 * JSON value). What the board and the call history read is all there; the rest costs nothing.
 */
export function bodyTemplate(event: string, variables: readonly string[]): string {
  const lines = [`  "event": ${JSON.stringify(event)}`];
  for (const variable of variables) lines.push(`  "${variable}": {{${variable}}}`);
  return `{\n${lines.join(",\n")}\n}`;
}

/** The URL to paste into CallGear: the hook's path with the shared secret as `?secret=`. */
export function hookUrl(baseUrl: string, secret: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${HOOK_PATH}?secret=${encodeURIComponent(secret)}`;
}

/** The notification kit: one entry per trigger, in the order a call meets them. */
export function buildNotificationKit(baseUrl: string, secret: string): NotificationKit {
  return {
    url: hookUrl(baseUrl, secret),
    events: notificationTriggers.map((trigger) => ({
      event: trigger.event,
      trigger: trigger.trigger,
      triggerRu: trigger.triggerRu,
      method: "POST" as const,
      body: bodyTemplate(trigger.event, trigger.variables),
    })),
  };
}
