// CallGear's HTTP notifications: the triggers an account admin can pick and the `{{variables}}`
// each one fills in. There is no published event schema: the admin writes the body, so this
// table is what both the notification kit (what Callboard asks the admin to paste) and the
// simulator's notification server (what it renders) agree on.

/** Callboard's own name for each trigger; the kit writes it into the body as `"event"`. */
export const notificationEvents = [
  "incoming_call",
  "waiting_for_answer",
  "outbound_call",
  "talk_started",
  "talk_finished",
  "call_finished",
  "lost_call",
  "recording_completed",
] as const;
export type NotificationEvent = (typeof notificationEvents)[number];

/** Every variable the notification server fills in, across all triggers. */
export const notificationVariables = [
  "notification_name",
  "notification_mnemonic",
  "notification_time",
  "virtual_phone_number",
  "scenario_name",
  "contact_phone_number",
  "communication_number",
  "contact_id",
  "contact_full_name",
  "call_session_id",
  "external_id",
  "employee_full_name",
  "employee_id",
  "employee_phone_number",
  "extension_phone_number",
  "employee_ids",
  "call_source",
  "direction",
  "leg_id",
  "leg_ids",
  "talk_time_duration",
  "total_time_duration",
  "wait_time_duration",
  "tag_ids",
  "tag_names",
  "call_status",
  "file_link",
  "file_duration",
] as const;
export type NotificationVariable = (typeof notificationVariables)[number];

export interface NotificationTrigger {
  event: NotificationEvent;
  /** The trigger's name in the English client area. */
  trigger: string;
  /** The trigger's name in the Russian client area. */
  triggerRu: string;
  /** The variables the notification server fills in for this trigger. */
  variables: readonly NotificationVariable[];
}

const common = ["notification_name", "notification_mnemonic", "notification_time"] as const;
const talk = [
  ...common,
  "virtual_phone_number",
  "external_id",
  "contact_phone_number",
  "contact_id",
  "employee_full_name",
  "employee_id",
  "call_source",
  "call_session_id",
  "direction",
  "leg_ids",
] as const;

/** The eight triggers, in the order a call meets them. */
export const notificationTriggers: readonly NotificationTrigger[] = [
  {
    event: "incoming_call",
    trigger: "Inbound call on a virtual phone number",
    triggerRu: "Входящий звонок на виртуальный номер",
    variables: [
      ...common,
      "virtual_phone_number",
      "scenario_name",
      "contact_phone_number",
      "communication_number",
      "contact_id",
      "contact_full_name",
      "call_session_id",
    ],
  },
  {
    event: "waiting_for_answer",
    trigger: "Waiting for the answer",
    triggerRu: "Ожидание ответа",
    variables: [
      ...common,
      "virtual_phone_number",
      "external_id",
      "contact_phone_number",
      "contact_id",
      "employee_full_name",
      "employee_id",
      "call_source",
      "call_session_id",
      "direction",
      "leg_id",
    ],
  },
  {
    event: "outbound_call",
    trigger: "Outbound call",
    triggerRu: "Исходящий звонок",
    variables: [
      ...common,
      "virtual_phone_number",
      "contact_phone_number",
      "contact_id",
      "contact_full_name",
      "call_session_id",
      "employee_full_name",
      "employee_id",
      "employee_phone_number",
    ],
  },
  {
    event: "talk_started",
    trigger: "Talk started",
    triggerRu: "Начало разговора",
    variables: talk,
  },
  {
    event: "talk_finished",
    trigger: "Talk finished",
    triggerRu: "Завершение разговора",
    variables: [...talk, "communication_number", "scenario_name", "talk_time_duration"],
  },
  {
    event: "call_finished",
    trigger: "Call finished",
    triggerRu: "Завершение звонка",
    variables: [
      ...common,
      "virtual_phone_number",
      "external_id",
      "contact_phone_number",
      "communication_number",
      "employee_full_name",
      "employee_id",
      "extension_phone_number",
      "call_source",
      "direction",
      "call_session_id",
      "scenario_name",
      "talk_time_duration",
      "total_time_duration",
      "wait_time_duration",
      "tag_names",
      "call_status",
    ],
  },
  {
    event: "lost_call",
    trigger: "Lost call",
    triggerRu: "Потерянный звонок",
    variables: [
      ...common,
      "virtual_phone_number",
      "scenario_name",
      "wait_time_duration",
      "employee_ids",
      "contact_phone_number",
      "communication_number",
      "contact_id",
      "contact_full_name",
      "call_session_id",
    ],
  },
  {
    event: "recording_completed",
    trigger: "Call recording completed",
    triggerRu: "Записанный разговор",
    variables: [
      ...common,
      "virtual_phone_number",
      "scenario_name",
      "contact_phone_number",
      "communication_number",
      "contact_id",
      "contact_full_name",
      "call_session_id",
      "employee_full_name",
      "employee_id",
      "extension_phone_number",
      "file_link",
      "file_duration",
      "tag_ids",
      "tag_names",
    ],
  },
];

export function isNotificationEvent(value: unknown): value is NotificationEvent {
  return typeof value === "string" && (notificationEvents as readonly string[]).includes(value);
}
