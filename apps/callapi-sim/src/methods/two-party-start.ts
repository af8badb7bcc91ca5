import { connectTwoParty } from "../calls/call-setup";
import type { SimState } from "../sim-state";
import type { Employee } from "../world/world-types";
import { checkMediaFile, checkMessage, type PlayedMessage } from "./message-checks";
import type { MethodReply } from "./method-context";
import { type CommonStartParams, checkCommon, newSession, started } from "./start-common";

/** The params every two-party start.* method shares. */
export interface TwoPartyStartParams extends CommonStartParams {
  contact_message?: PlayedMessage;
  media_file_id?: number;
  switch_at_once: boolean;
}

/** The operator (B) leg, resolved only once the params' messages have been checked. */
export interface OperatorParty {
  calledNumber: string;
  callingNumber: string;
  /** Absent for start.simple_call, whose operator "is not considered as employee". */
  employee?: Employee;
  /** The scenario that picked the employee (start.scenario_call, start.vnumber_call). */
  scenarioName?: string;
}

/** What one two-party start.* method states beyond the shared checks and set-up. */
export interface TwoPartyStart {
  first: "contact" | "operator";
  /** The message (B) hears and the param it came in, e.g. employee_message. */
  operatorMessage?: { message: PlayedMessage | undefined; field: string };
  resolveOperator: () => OperatorParty;
}

/**
 * Checks, creates and rings a two-party start.* call. The checks keep the order of the
 * reference's error tables: common ones, then the messages, the media file, and last the
 * method's own party lookup.
 */
export function startTwoParty(
  sim: SimState,
  method: string,
  params: TwoPartyStartParams,
  start: TwoPartyStart,
): MethodReply {
  checkCommon(sim, method, params);
  const contactMessageMs = checkMessage(
    sim.world,
    params.contact_message,
    "contact_message",
    method,
  );
  const operatorMessageMs = start.operatorMessage
    ? checkMessage(sim.world, start.operatorMessage.message, start.operatorMessage.field, method)
    : 0;
  if (params.media_file_id !== undefined) {
    checkMediaFile(sim.world, params.media_file_id, "media_file_id", params.media_file_id, method);
  }
  const { employee, scenarioName, ...operator } = start.resolveOperator();
  const session = newSession(sim, method, params, employee, scenarioName);
  connectTwoParty(sim.engine, {
    session,
    first: start.first,
    contact: { callingNumber: params.virtual_phone_number, calledNumber: params.contact },
    operator: employee
      ? { ...operator, employeeId: employee.id, employeeName: employee.full_name }
      : operator,
    contactMessageMs,
    operatorMessageMs,
    switchAtOnce: params.switch_at_once,
  });
  return started(session);
}
