import type { z } from "zod";
import { loginUser, logoutUser } from "./methods/auth";
import { listCalls, listTalkOptions } from "./methods/list";
import {
  addCoach,
  blockContact,
  callTalkOption,
  disconnectLeg,
  holdCall,
  makeCall,
  recordCall,
  releaseCall,
  restoreTalk,
  sendDtmf,
  tagCall,
  transferTalk,
  unholdCall,
} from "./methods/manage";
import {
  startEmployeeCall,
  startInformerCall,
  startScenarioCall,
  startSimpleCall,
  startVnumberCall,
} from "./methods/start-calls";

/** The 22 methods of Call API v4.0, in the reference's order. */
export const callMethodNames = [
  "login.user",
  "logout.user",
  "start.employee_call",
  "start.scenario_call",
  "start.vnumber_call",
  "start.informer_call",
  "start.simple_call",
  "make.call",
  "transfer.talk",
  "restore.talk",
  "hold.call",
  "unhold.call",
  "add.coach",
  "tag.call",
  "record.call",
  "disconnect.leg",
  "send.dtmf",
  "block.contact",
  "list.calls",
  "list.talk_options",
  "call.talk_option",
  "release.call",
] as const;
export type CallMethodName = (typeof callMethodNames)[number];

const definitions = {
  "login.user": loginUser,
  "logout.user": logoutUser,
  "start.employee_call": startEmployeeCall,
  "start.scenario_call": startScenarioCall,
  "start.vnumber_call": startVnumberCall,
  "start.informer_call": startInformerCall,
  "start.simple_call": startSimpleCall,
  "make.call": makeCall,
  "transfer.talk": transferTalk,
  "restore.talk": restoreTalk,
  "hold.call": holdCall,
  "unhold.call": unholdCall,
  "add.coach": addCoach,
  "tag.call": tagCall,
  "record.call": recordCall,
  "disconnect.leg": disconnectLeg,
  "send.dtmf": sendDtmf,
  "block.contact": blockContact,
  "list.calls": listCalls,
  "list.talk_options": listTalkOptions,
  "call.talk_option": callTalkOption,
  "release.call": releaseCall,
} satisfies { [M in CallMethodName]: { params: z.ZodType; action: z.ZodType; result: z.ZodType } };

type Definitions = typeof definitions;

function pick<K extends "params" | "action" | "result">(key: K) {
  return Object.fromEntries(callMethodNames.map((name) => [name, definitions[name][key]])) as {
    [M in CallMethodName]: Definitions[M][K];
  };
}

type MethodSchemas = {
  [M in CallMethodName]: { params: Definitions[M]["params"]; result: Definitions[M]["result"] };
};

/**
 * Per method: `params` as sent upstream (with `access_token` except login.user; unknown keys
 * refused; cross-field rules), and `result`, the schema of `result.data`.
 */
export const methods = Object.fromEntries(
  callMethodNames.map((name) => [
    name,
    { params: definitions[name].params, result: definitions[name].result },
  ]),
) as MethodSchemas;

/** The same params without `access_token` (cross-field rules kept): what callers pass. */
export const actionParams = pick("action");

/** What a caller passes for a method (no token; defaults optional). */
export type CallParams<M extends CallMethodName> = z.input<Definitions[M]["action"]>;
/** A method's params after parsing (defaults applied). */
export type ParsedCallParams<M extends CallMethodName> = z.output<Definitions[M]["action"]>;
/** The parsed `result.data` of a method. */
export type CallResult<M extends CallMethodName> = z.output<Definitions[M]["result"]>;

export function isCallMethodName(name: unknown): name is CallMethodName {
  return typeof name === "string" && (callMethodNames as readonly string[]).includes(name);
}
