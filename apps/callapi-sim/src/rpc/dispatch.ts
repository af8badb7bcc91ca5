import {
  type CallMethodName,
  checkParams,
  type DataMethodName,
  isCallMethodName,
  isDataMethodName,
} from "@callboard/callapi";
import type { ApiUser } from "../auth/accounts";
import { callHandlers, directoryHandlers } from "../methods/handlers";
import type { MethodContext, MethodHandler, MethodReply } from "../methods/method-context";
import type { SimState } from "../sim-state";
import type { Envelope, RpcId } from "./envelope";
import { rpcError } from "./error-factory";
import { errorObject, errorsWithoutLimits, RpcError } from "./rpc-error";

export type Endpoint = "call" | "data";

/** Meta parameters a deprecated version adds to every reply that carries metadata. */
export type ApiVersionMeta = {
  current_version_depricated: boolean;
  current_version: string;
  latest_version: string;
};

function errorReply(
  sim: SimState,
  id: RpcId | null,
  error: RpcError,
  apiVersion?: ApiVersionMeta,
): Record<string, unknown> {
  // The reference: limits come with every reply except these errors (the live service: an
  // error carries them in error.data.metadata).
  const metadata = errorsWithoutLimits.has(error.mnemonic)
    ? {}
    : {
        metadata: {
          ...(apiVersion && { api_version: apiVersion }),
          limits: sim.budget.snapshot(sim.now()),
        },
      };
  return { jsonrpc: "2.0", id, error: errorObject(error, metadata) };
}

/** The params as the method's schema parses them, or the -32602 error the service gives. */
function checkedParams(method: CallMethodName | DataMethodName, params: unknown): unknown {
  const checked = checkParams(method, params);
  if (checked.ok) return checked.params;
  const { mnemonic, field, value } = checked.error;
  throw rpcError(mnemonic, { method, field: field ?? null, value: value ?? null });
}

/**
 * Answers one JSON-RPC request: method, IP whitelist, token, account, component, params,
 * limits, then the method itself; only a success is charged.
 */
export function dispatch(
  sim: SimState,
  endpoint: Endpoint,
  envelope: Envelope,
  ip: string,
  options: { badEncoding?: boolean; apiVersion?: ApiVersionMeta } = {},
): Record<string, unknown> {
  const { badEncoding = false, apiVersion } = options;
  if (!envelope.ok) return errorReply(sim, envelope.id, envelope.error);
  const { id, method, params } = envelope;
  try {
    // The Data API shares the Call API's login.user and logout.user (the Data API docs).
    const known =
      endpoint === "call"
        ? isCallMethodName(method)
        : isDataMethodName(method) || method === "login.user" || method === "logout.user";
    if (!known) throw rpcError("method_not_found", { field: "method", value: method });
    const name = method as CallMethodName | DataMethodName;
    sim.accounts.checkIp(ip);
    const now = sim.now();
    let user: ApiUser | undefined;
    if (name !== "login.user") {
      // No token at all is a params error (required_parameter_missed), not an auth one.
      if (params.access_token === undefined) checkedParams(name, params);
      user = sim.accounts.authenticate(params.access_token, now);
      sim.accounts.checkAccountActive();
      sim.accounts.checkComponent(user, name);
    }
    if (badEncoding) throw rpcError("character_encoding_not_allowed", { method: name });
    const checked = checkedParams(name, params);
    sim.budget.ensureAvailable(name, now);
    const reply = run(sim, name, checked, user);
    sim.budget.charge(name, now);
    return {
      jsonrpc: "2.0",
      id,
      result: {
        data: reply.data,
        metadata: {
          ...(apiVersion && { api_version: apiVersion }),
          ...reply.metadata,
          limits: sim.budget.snapshot(now),
        },
      },
    };
  } catch (error) {
    if (error instanceof RpcError) return errorReply(sim, id, error, apiVersion);
    throw error;
  }
}

function run(
  sim: SimState,
  method: CallMethodName | DataMethodName,
  params: unknown,
  user: ApiUser | undefined,
): MethodReply {
  if (method === "login.user") {
    const { login, password } = params as { login: string; password: string };
    return { data: sim.accounts.login(login, password, sim.now()) };
  }
  if (!user) throw rpcError("access_token_invalid");
  if (method === "logout.user") {
    sim.accounts.logout((params as { access_token: string }).access_token);
  }
  const handler = (isCallMethodName(method)
    ? callHandlers[method as Exclude<CallMethodName, "login.user">]
    : directoryHandlers[method as DataMethodName]) as unknown as MethodHandler<typeof method>;
  return handler({ sim, method, params, user } as MethodContext<typeof method>);
}
