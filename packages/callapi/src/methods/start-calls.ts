import { z } from "zod";
import {
  contactNumberSchema,
  dialableNumberSchema,
  dialingTimeoutSchema,
  directionSchema,
  dtmfStringSchema,
  idSchema,
  messageSchema,
  operatorConfirmationSchema,
  phoneNumberSchema,
} from "../formats";
import { callSessionStartedSchema, defineMethod } from "./define";
import { earlySwitchingRule } from "./rules";

// Fields every start.* method shares, with the defaults the reference states.
const common = {
  /** Virtual number rented by the client, always shown to the contact as the caller. */
  virtual_phone_number: phoneNumberSchema,
  /** The subscriber to reach: E.164 or an employee's SIP number (no extension numbers). */
  contact: contactNumberSchema,
  /** Unique id that links the call to an outside system. */
  external_id: z.string().optional(),
  /** DTMF sent to the contact once answered, '.' = 1 s pause. */
  dtmf_string: dtmfStringSchema.optional(),
  /** in - incoming call, out - outgoing call. Default in. */
  direction: directionSchema.default("in"),
};

const switchAtOnce = z.boolean().default(false);
const earlySwitching = z.boolean().default(false);
const showVirtualPhoneNumber = z.boolean().default(true);

/** start.employee_call: a direct call between a contact and an employee, no scenario. */
export const startEmployeeCall = defineMethod(
  {
    ...common,
    first_call: z.enum(["contact", "employee"]),
    switch_at_once: switchAtOnce,
    early_switching: earlySwitching,
    /** Dialing music for a leg without its own message; default the system "dialing_music". */
    media_file_id: idSchema.optional(),
    show_virtual_phone_number: showVirtualPhoneNumber,
    employee: z.strictObject({
      id: idSchema,
      /** One of the employee's active numbers; all are dialed in turn when absent. */
      phone_number: dialableNumberSchema.optional(),
    }),
    contact_message: messageSchema.optional(),
    employee_message: messageSchema.optional(),
  },
  callSessionStartedSchema,
  earlySwitchingRule("employee"),
);

/** start.scenario_call: a call that runs one of the account's scenarios. */
export const startScenarioCall = defineMethod(
  {
    ...common,
    first_call: z.enum(["contact", "employee"]),
    switch_at_once: switchAtOnce,
    scenario_id: idSchema,
    contact_message: messageSchema.optional(),
    employee_message: messageSchema.optional(),
  },
  callSessionStartedSchema,
);

/** start.vnumber_call: a call through a virtual number and its scenario. */
export const startVnumberCall = defineMethod(
  {
    ...common,
    first_call: z.enum(["contact", "employee"]),
    switch_at_once: switchAtOnce,
    // Not in the parameter table, but the reference's own example sends it: accepted, no default.
    show_virtual_phone_number: z.boolean().optional(),
    contact_message: messageSchema.optional(),
  },
  callSessionStartedSchema,
);

/** start.informer_call: plays a message to the contact, then ends by itself. */
export const startInformerCall = defineMethod(
  {
    ...common,
    dialing_timeout: dialingTimeoutSchema.default(30),
    contact_message: messageSchema,
  },
  callSessionStartedSchema,
);

/** start.simple_call: a call between any number (not an own virtual number) and an operator. */
export const startSimpleCall = defineMethod(
  {
    ...common,
    first_call: z.enum(["contact", "operator"]),
    switch_at_once: switchAtOnce,
    early_switching: earlySwitching,
    media_file_id: idSchema.optional(),
    show_virtual_phone_number: showVirtualPhoneNumber,
    /** The operator's number (E.164); not an employee, absent from reports as one. */
    operator: phoneNumberSchema,
    /** The key the operator presses to take the call, or "any". */
    operator_confirmation: operatorConfirmationSchema.optional(),
    contact_message: messageSchema.optional(),
    operator_message: messageSchema.optional(),
  },
  callSessionStartedSchema,
  earlySwitchingRule("operator"),
);
