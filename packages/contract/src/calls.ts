import {
  actionParams,
  canonicalLegStates,
  dtmfStringSchema,
  messageSchema,
  phoneNumberSchema,
} from "@callboard/callapi";
import { z } from "zod";
import { callPhases } from "./call-phases";
import { normalizeIfPhone, phoneInputSchema } from "./phone";

/** A leg's state mapped from the upstream's free text (any language) to a fixed set. */
export const legStateSchema = z.enum(canonicalLegStates);
export type LegState = z.infer<typeof legStateSchema>;

/** One participant of a call session, normalised from `list.calls` `legs[]`. */
export const callLegSchema = z.object({
  id: z.number().int(),
  callingNumber: z.string().nullable(),
  calledNumber: z.string().nullable(),
  /** The leg that can manage talk options (usually the operator). */
  isOperator: z.boolean(),
  employeeId: z.number().int().nullable(),
  employeeName: z.string().nullable(),
  recording: z.boolean(),
  state: legStateSchema,
  /** The state exactly as the upstream sent it, shown when `state` is `unknown`. */
  stateText: z.string(),
});
export type CallLeg = z.infer<typeof callLegSchema>;

/** Where a session stands in the call state diagram (call-phases.ts). */
export const callPhaseSchema = z.enum(callPhases);

/** A live call session as the console shows it. */
export const callSessionSchema = z.object({
  id: z.number().int(),
  direction: z.enum(["in", "out"]),
  /** `start_time` as the upstream sent it. */
  startTime: z.string().nullable(),
  /** Best estimate of the start as ISO 8601 UTC, for the running timer. */
  startedAt: z.string(),
  virtualNumber: z.string().nullable(),
  contactNumber: z.string().nullable(),
  externalId: z.string().nullable(),
  tags: z.array(z.object({ id: z.number().int(), name: z.string() })),
  legs: z.array(callLegSchema),
  /** True when any leg is being recorded. */
  recording: z.boolean(),
  phase: callPhaseSchema,
  /** Employee ids of the session's legs, for "my calls". */
  employeeIds: z.array(z.number().int()),
  /**
   * True while the session's state comes from a CallGear notification that no list.calls has
   * confirmed yet (a reconciliation that agrees clears it).
   */
  unconfirmed: z.boolean().optional(),
});
export type CallSession = z.infer<typeof callSessionSchema>;

export const callListSchema = z.object({
  version: z.number().int(),
  calls: z.array(callSessionSchema),
  /** When the BFF last heard from the upstream (ISO), null before the first poll. */
  fetchedAt: z.string().nullable(),
});
export type CallList = z.infer<typeof callListSchema>;

export const callListQuerySchema = z.strictObject({
  direction: z.enum(["in", "out"]).optional(),
  virtual_phone_number: phoneNumberSchema.optional(),
});

// ---- Actions on a call: POST /api/calls/:id/<action>. Field names are the Call API's, so an
// upstream error's `field` marks the same input in the console.

/** Path ids are plain decimal digits: `1e3`, `0x10`, ` 5` or `+5` are refused, not coerced. */
const pathIdSchema = z
  .string()
  .regex(/^\d{1,15}$/)
  .transform(Number)
  .pipe(z.number().int().positive());
export const callIdParamSchema = pathIdSchema;
export const legIdParamSchema = pathIdSchema;

export const holdBodySchema = z.strictObject({
  /** What the caller hears; the BFF's configured default when absent. */
  contact_message: messageSchema.optional(),
});
export const emptyBodySchema = z.strictObject({});
export const consultBodySchema = z.strictObject({
  to: phoneInputSchema,
  to_message: messageSchema.optional(),
});
/** Blind transfer: hold, dial `to`, and hand the caller over as soon as the third party answers. */
export const blindTransferBodySchema = z.strictObject({
  to: phoneInputSchema,
  contact_message: messageSchema.optional(),
});
export const tagBodySchema = z.strictObject({ tag_id: z.number().int().positive() });
export const recordingBodySchema = z.strictObject({ action: z.enum(["on", "off"]) });
export const dtmfBodySchema = z.strictObject({ dtmf_string: dtmfStringSchema });
export const talkOptionBodySchema = z.strictObject({ button: z.string().min(1).max(32) });
export const coachBodySchema = z.strictObject({ phone_number: phoneInputSchema.optional() });

/** Reply of every action that succeeds. */
export const actionResultSchema = z.object({ ok: z.literal(true) });
export type ActionResult = z.infer<typeof actionResultSchema>;

// ---- Starting calls: POST /api/calls/:kind, the body being the method's params without the token.

export const startCallKinds = ["simple", "employee", "vnumber", "scenario", "informer"] as const;
export const startCallKindSchema = z.enum(startCallKinds);
export type StartCallKind = z.infer<typeof startCallKindSchema>;

export const startCallMethods = {
  simple: "start.simple_call",
  employee: "start.employee_call",
  vnumber: "start.vnumber_call",
  scenario: "start.scenario_call",
  informer: "start.informer_call",
} as const satisfies Record<StartCallKind, string>;

/** The number fields of a start.* body, normalised before the Call API's own schema checks them. */
function normalizeStartNumbers(body: unknown): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const fields = body as Record<string, unknown>;
  const next: Record<string, unknown> = { ...fields };
  for (const key of ["contact", "operator", "virtual_phone_number"]) {
    if (key in fields) next[key] = normalizeIfPhone(fields[key]);
  }
  const employee = fields.employee;
  if (typeof employee === "object" && employee !== null && "phone_number" in employee) {
    const phone = (employee as Record<string, unknown>).phone_number;
    next.employee = { ...employee, phone_number: normalizeIfPhone(phone) };
  }
  return next;
}

const startBody = <S extends z.ZodType>(schema: S) => z.preprocess(normalizeStartNumbers, schema);

/**
 * The body of each kind of outbound call: exactly the Call API's params, cross-field rules
 * included, its phone numbers accepted as people write them and normalised to E.164 digits.
 */
export const startCallBodySchemas = {
  simple: startBody(actionParams["start.simple_call"]),
  employee: startBody(actionParams["start.employee_call"]),
  vnumber: startBody(actionParams["start.vnumber_call"]),
  scenario: startBody(actionParams["start.scenario_call"]),
  informer: startBody(actionParams["start.informer_call"]),
} satisfies Record<StartCallKind, z.ZodType>;

export const startCallResultSchema = z.object({ callSessionId: z.number().int() });
export type StartCallResult = z.infer<typeof startCallResultSchema>;
