import type { StartCallKind } from "@callboard/contract";

/** A message as the form edits it: `none` leaves the param out so the Call API's default plays. */
export interface MessageDraft {
  type: "none" | "media" | "tts";
  value: string;
}

/**
 * Everything the five start.* forms edit, as strings and booleans the inputs hold. One draft is
 * shared by all kinds so the contact and virtual number survive switching the kind.
 */
export interface StartCallDraft {
  virtual_phone_number: string;
  contact: string;
  first_call: string;
  switch_at_once: boolean;
  early_switching: boolean;
  media_file_id: string;
  show_virtual_phone_number: boolean;
  operator: string;
  operator_confirmation: string;
  employee_id: string;
  employee_phone_number: string;
  scenario_id: string;
  dialing_timeout: number | "";
  contact_message: MessageDraft;
  employee_message: MessageDraft;
  operator_message: MessageDraft;
  external_id: string;
  dtmf_string: string;
  direction: "in" | "out";
}

export type MessageField = "contact_message" | "employee_message" | "operator_message";

/** The inputs of the form, named like the Call API params they fill (`employee.id` is nested). */
export type StartCallField =
  | "virtual_phone_number"
  | "contact"
  | "first_call"
  | "switch_at_once"
  | "early_switching"
  | "media_file_id"
  | "show_virtual_phone_number"
  | "operator"
  | "operator_confirmation"
  | "employee.id"
  | "employee.phone_number"
  | "scenario_id"
  | "dialing_timeout"
  | MessageField
  | "external_id"
  | "dtmf_string"
  | "direction";

const common = [
  "virtual_phone_number",
  "contact",
  "external_id",
  "dtmf_string",
  "direction",
] as const;

/** Which params each kind of call takes, per the reference's parameter tables. */
export const startCallFields: Record<StartCallKind, readonly StartCallField[]> = {
  simple: [
    ...common,
    "first_call",
    "operator",
    "switch_at_once",
    "early_switching",
    "media_file_id",
    "show_virtual_phone_number",
    "operator_confirmation",
    "contact_message",
    "operator_message",
  ],
  employee: [
    ...common,
    "first_call",
    "employee.id",
    "employee.phone_number",
    "switch_at_once",
    "early_switching",
    "media_file_id",
    "show_virtual_phone_number",
    "contact_message",
    "employee_message",
  ],
  vnumber: [
    ...common,
    "first_call",
    "switch_at_once",
    "show_virtual_phone_number",
    "contact_message",
  ],
  scenario: [
    ...common,
    "first_call",
    "scenario_id",
    "switch_at_once",
    "contact_message",
    "employee_message",
  ],
  informer: [...common, "contact_message", "dialing_timeout"],
};

/** `first_call` choices: simple calls lead with an operator, the others with an employee. */
export const firstCallOptions: Record<StartCallKind, readonly string[]> = {
  simple: ["operator", "contact"],
  employee: ["employee", "contact"],
  vnumber: ["contact", "employee"],
  scenario: ["contact", "employee"],
  informer: [],
};

/** Fields folded under "Advanced options" unless they carry an error. */
export function isAdvancedField(kind: StartCallKind, field: StartCallField): boolean {
  if (field === "contact_message") return kind !== "informer";
  return advanced.has(field);
}
const advanced = new Set<StartCallField>([
  "switch_at_once",
  "early_switching",
  "media_file_id",
  "show_virtual_phone_number",
  "operator_confirmation",
  "employee_message",
  "operator_message",
  "external_id",
  "dtmf_string",
  "direction",
  "dialing_timeout",
]);

const noMessage: MessageDraft = { type: "none", value: "" };

/** The reference's defaults (switch_at_once false, show_virtual_phone_number true, timeout 30, direction in). */
export function emptyDraft(kind: StartCallKind): StartCallDraft {
  return {
    virtual_phone_number: "",
    contact: "",
    first_call: firstCallOptions[kind][0] ?? "",
    switch_at_once: false,
    early_switching: false,
    media_file_id: "",
    show_virtual_phone_number: true,
    operator: "",
    operator_confirmation: "",
    employee_id: "",
    employee_phone_number: "",
    scenario_id: "",
    dialing_timeout: 30,
    contact_message: noMessage,
    employee_message: noMessage,
    operator_message: noMessage,
    external_id: "",
    dtmf_string: "",
    direction: "in",
  };
}

/** Keeps what the kinds share and resets `first_call` when the new kind does not offer it. */
export function switchKind(draft: StartCallDraft, kind: StartCallKind): StartCallDraft {
  const options = firstCallOptions[kind];
  const firstCall =
    options.length === 0 || options.includes(draft.first_call) ? draft.first_call : options[0];
  // The informer's message is required: offer its choices without "none".
  const contactMessage =
    kind === "informer" && draft.contact_message.type === "none"
      ? { type: "tts" as const, value: "" }
      : draft.contact_message;
  return { ...draft, first_call: firstCall ?? "", contact_message: contactMessage };
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function id(value: string): number | undefined {
  const trimmed = value.trim();
  // A non-numeric id is passed through as text so the schema reports it on its field.
  if (trimmed === "") return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : (trimmed as unknown as number);
}

function message(draft: MessageDraft): { type: "media" | "tts"; value: string } | undefined {
  if (draft.type === "none") return undefined;
  // An empty value is kept so the schema marks the message as incomplete instead of dropping it.
  return { type: draft.type, value: draft.type === "tts" ? draft.value.trim() : draft.value };
}

/**
 * The request body for `kind`: only that kind's params, empty inputs left out so the Call API's
 * defaults apply. Validation is the schema's job, not this function's.
 */
export function buildStartCallBody(
  kind: StartCallKind,
  draft: StartCallDraft,
): Record<string, unknown> {
  const all: Record<StartCallField, unknown> = {
    virtual_phone_number: text(draft.virtual_phone_number),
    contact: text(draft.contact),
    first_call: text(draft.first_call),
    switch_at_once: draft.switch_at_once,
    early_switching: draft.early_switching,
    media_file_id: id(draft.media_file_id),
    show_virtual_phone_number: draft.show_virtual_phone_number,
    operator: text(draft.operator),
    operator_confirmation: text(draft.operator_confirmation),
    "employee.id": id(draft.employee_id),
    "employee.phone_number": text(draft.employee_phone_number),
    scenario_id: id(draft.scenario_id),
    dialing_timeout: draft.dialing_timeout === "" ? undefined : draft.dialing_timeout,
    contact_message: message(draft.contact_message),
    employee_message: message(draft.employee_message),
    operator_message: message(draft.operator_message),
    external_id: text(draft.external_id),
    dtmf_string: text(draft.dtmf_string),
    direction: draft.direction,
  };
  const body: Record<string, unknown> = {};
  for (const field of startCallFields[kind]) {
    const value = all[field];
    if (field === "employee.id" || field === "employee.phone_number") {
      const employee = (body.employee ?? {}) as Record<string, unknown>;
      if (value !== undefined) employee[field.slice("employee.".length)] = value;
      body.employee = employee;
    } else if (value !== undefined) {
      body[field] = value;
    }
  }
  return body;
}
