import type { CallMethodName } from "./call-methods";

/** One error of the reference: its code(s), its message template, the methods that return it. */
export interface ErrorCatalogEntry {
  /** Some mnemonics come with two codes depending on the method (see `variants`). */
  codes: number[];
  /** The message as the reference writes it, `{placeholders}` included. */
  template: string;
  /** "*" for the errors common to all methods. */
  methods: "*" | CallMethodName[];
  /** Where a method's table gives another code or text than the main entry. */
  variants?: { methods: CallMethodName[]; code: number; template: string }[];
}

const starts: CallMethodName[] = [
  "start.employee_call",
  "start.scenario_call",
  "start.vnumber_call",
  "start.informer_call",
  "start.simple_call",
];

/** Every mnemonic the reference names, common and per method. */
export const errorCatalog = {
  // Errors common to all methods.
  parse_error: {
    codes: [-32700],
    template: "Invalid JSON was received by the server.",
    methods: "*",
  },
  invalid_request: {
    codes: [-32600],
    template: "Invalid Request The JSON sent is not a valid Request object",
    methods: "*",
  },
  method_not_found: {
    codes: [-32601],
    template: "The method does not exist / is not available",
    methods: "*",
  },
  access_token_expired: {
    codes: [-32001],
    template: "Access token has been expired",
    methods: "*",
  },
  access_token_blocked: {
    codes: [-32001],
    template: "Access token has been blocked",
    methods: "*",
  },
  access_token_invalid: { codes: [-32001], template: "Access token is invalid", methods: "*" },
  auth_error: { codes: [-32001], template: "Login or password is wrong", methods: "*" },
  limit_exceeded: {
    codes: [-32029],
    template:
      "Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}",
    methods: "*",
  },
  component_disabled: {
    codes: [-32008],
    template: "Component {component_name} has been disabled",
    methods: "*",
  },
  ip_not_whitelisted: {
    codes: [-32003],
    template: "Your IP {ip} is not whitelisted",
    methods: "*",
  },
  forbidden: { codes: [-32003], template: "Permission denied", methods: "*" },
  account_inactive: {
    codes: [-32009],
    template: "Your account has been disabled, contact the support service",
    methods: "*",
  },
  call_session_not_found: { codes: [-32602], template: "Call session not found", methods: "*" },
  internal_error: {
    codes: [-32603],
    template: "Internal error, contact the support service",
    methods: "*",
  },
  data_type_error: { codes: [-32602], template: "Data supplied is of wrong type", methods: "*" },
  required_parameter_missed: {
    codes: [-32602],
    template: "The required parameter has been missed",
    methods: "*",
  },
  invalid_parameter_value: { codes: [-32602], template: "Invalid parameter value", methods: "*" },
  unexpected_parameters: {
    codes: [-32602],
    template: "Unexpected method parameter(s)",
    methods: "*",
  },
  // (sic) the reference's spelling.
  batch_opreations_not_supported: {
    codes: [-32099],
    template: "Batch operations not supported",
    methods: "*",
  },
  notifications_not_supported: {
    codes: [-32099],
    template: "Notifications not supported",
    methods: "*",
  },

  // Errors of the start.* methods.
  invalid_parameters_combination: {
    codes: [-32602],
    template: "The combination of parameters is not permitted",
    methods: ["start.employee_call", "start.simple_call"],
  },
  tts_text_exceeded: {
    codes: [-32602],
    template:
      "The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}",
    methods: [...starts, "hold.call"],
  },
  media_file_not_found: {
    codes: [-32602],
    template: "The media file with id {media_file_id} not found",
    methods: [...starts, "hold.call"],
  },
  virtual_phone_number_not_found: {
    codes: [-32007],
    template:
      "Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.",
    methods: starts,
  },
  employee_not_found: {
    codes: [-32602],
    template: "Employee with id {employee_id} not found. It is not your employee.",
    methods: ["start.employee_call"],
  },
  no_active_phone_number: {
    codes: [-32602],
    template: "The phone number does not exist or inactive",
    methods: ["start.employee_call", "make.call", "add.coach"],
  },
  own_virtual_phone_number_not_allowed: {
    codes: [-32602],
    template: "Parameter contact can not contain own virtual phone number",
    methods: starts,
  },
  contact_in_blacklist: {
    codes: [-32602, -32002],
    template: "The contact {contact} has been found in the blacklist",
    methods: starts,
    variants: [
      {
        methods: ["start.employee_call", "start.simple_call"],
        code: -32002,
        template: "The contact {contact} has been found in the blacklist",
      },
    ],
  },
  character_encoding_not_allowed: {
    codes: [-32602],
    template: "The character encoding must be UTF-8",
    methods: [...starts, "make.call", "hold.call"],
  },
  scenario_not_found: {
    codes: [-32602, -32007],
    template: "Scenario with id {scenario_id} not found",
    methods: ["start.scenario_call", "start.vnumber_call"],
    variants: [
      {
        methods: ["start.vnumber_call"],
        code: -32007,
        template: "Virtual phone number does not have a scenario",
      },
    ],
  },

  // Errors of the management methods.
  invalid_state: {
    codes: [-32004],
    template: "This method can not be called in this state",
    methods: [
      "make.call",
      "transfer.talk",
      "restore.talk",
      "hold.call",
      "unhold.call",
      "call.talk_option",
    ],
  },
  tag_not_found: {
    codes: [-32602],
    template: "Tag with {tag_id} not found",
    methods: ["tag.call"],
  },
  duplicate_tag: { codes: [-32602], template: "Duplicate tag", methods: ["tag.call"] },
  leg_not_found: {
    codes: [-32602],
    template: "The call's leg not found",
    methods: ["disconnect.leg"],
  },
  coach_not_found: {
    codes: [-32602],
    template: "The coach not found in your settings",
    methods: ["add.coach"],
  },
  record_already_started: {
    codes: [-32602],
    template: "The call record is already started",
    methods: ["record.call"],
  },
  record_already_stopped: {
    codes: [-32602],
    template: "The call record is not enabled",
    methods: ["record.call"],
  },
  duplicate_contact: {
    codes: [-32602],
    template: "The contact with phone number {contact_phone_number} already exists",
    methods: ["block.contact"],
  },
  talk_option_not_found: {
    codes: [-32602],
    template: "Talk option not found",
    methods: ["call.talk_option"],
  },
} satisfies Record<string, ErrorCatalogEntry>;

// Shared by every consumer in one process: nobody may change the reference's catalog.
for (const entry of Object.values(errorCatalog) as ErrorCatalogEntry[]) {
  Object.freeze(entry.codes);
  if (entry.methods !== "*") Object.freeze(entry.methods);
  Object.freeze(entry);
}
Object.freeze(errorCatalog);

export type ErrorMnemonic = keyof typeof errorCatalog;

export function isErrorMnemonic(mnemonic: unknown): mnemonic is ErrorMnemonic {
  return typeof mnemonic === "string" && Object.hasOwn(errorCatalog, mnemonic);
}

/** The code and text a method answers for a mnemonic (its variant where its table differs). */
export function errorFor(
  mnemonic: ErrorMnemonic,
  method?: CallMethodName,
): { code: number; template: string } {
  const entry: ErrorCatalogEntry = errorCatalog[mnemonic];
  const variant = method ? entry.variants?.find((v) => v.methods.includes(method)) : undefined;
  if (variant) return { code: variant.code, template: variant.template };
  return { code: entry.codes[0]!, template: entry.template };
}

/** Fills `{placeholders}` from `params`; a placeholder without a value is left as it is. */
export function formatErrorTemplate(
  template: string,
  params?: Record<string, unknown> | null,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params?.[name];
    return value === undefined || value === null ? placeholder : String(value);
  });
}
