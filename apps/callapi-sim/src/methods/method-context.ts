import type { CallMethodName, DataMethodName, dataMethods, methods } from "@callboard/callapi";
import type { z } from "zod";
import type { ApiUser } from "../auth/accounts";
import type { SimState } from "../sim-state";

type ParsedParams<M extends CallMethodName | DataMethodName> = M extends CallMethodName
  ? z.output<(typeof methods)[M]["params"]>
  : M extends DataMethodName
    ? z.output<(typeof dataMethods)[M]["params"]>
    : never;

/** What a method handler gets: the checked params (defaults applied) and who is calling. */
export interface MethodContext<M extends CallMethodName | DataMethodName> {
  sim: SimState;
  method: M;
  params: ParsedParams<M>;
  user: ApiUser;
}

/** `result.data`, plus meta parameters beside `limits` (the Data API's `total_items`). */
export interface MethodReply {
  data: unknown;
  metadata?: Record<string, unknown>;
}

export type MethodHandler<M extends CallMethodName | DataMethodName> = (
  context: MethodContext<M>,
) => MethodReply;

export type CallHandlers = { [M in Exclude<CallMethodName, "login.user">]: MethodHandler<M> };
export type DataHandlers = { [M in DataMethodName]: MethodHandler<M> };

/** The management methods answer `"true"` as a string (the live service does). */
export const success: MethodReply = { data: { success: "true" } };
