import { type NotificationEvent, notificationTriggers } from "@callboard/callapi";
import { bodyTemplate } from "../src/notifications/notification-kit";

/**
 * Renders a kit template as CallGear's notification server does: each `{{variable}}` becomes
 * the value as JSON (`null` when the value is missing).
 */
export function renderTemplate(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) =>
    JSON.stringify(values[name] ?? null),
  );
}

/** Values a real account fills in, by variable (numbers as numbers, lists as arrays). */
export function sampleValues(
  callSessionId: number,
  at = "2026-12-05 10:00:00",
): Record<string, unknown> {
  return {
    notification_name: "Callboard",
    notification_mnemonic: "callboard",
    notification_time: at,
    virtual_phone_number: "74993720692",
    scenario_name: "Main line",
    contact_phone_number: "79031234567",
    communication_number: "79031234567",
    contact_id: 501,
    contact_full_name: "Ivan Petrov",
    call_session_id: callSessionId,
    external_id: null,
    employee_full_name: "Anna Operator",
    employee_id: 11,
    employee_phone_number: "79260000001",
    extension_phone_number: "101",
    employee_ids: [11, 12],
    call_source: "va",
    direction: "in",
    leg_id: callSessionId * 10 + 2,
    leg_ids: [callSessionId * 10 + 1, callSessionId * 10 + 2],
    talk_time_duration: 42,
    total_time_duration: 60,
    wait_time_duration: 18,
    tag_ids: [3],
    tag_names: ["VIP"],
    call_status: "successful",
    file_link: "https://example.com/rec.mp3",
    file_duration: 42,
  };
}

/** The body the kit's template of `event` renders to, as text. */
export function kitBody(
  event: NotificationEvent,
  values: Record<string, unknown>,
  template?: string,
): string {
  const trigger = notificationTriggers.find((t) => t.event === event);
  if (!trigger) throw new Error(`no trigger ${event}`);
  return renderTemplate(template ?? bodyTemplate(event, trigger.variables), values);
}
