import { rpcIdSchema } from "@callboard/callapi";
import { rpcError } from "./error-factory";
import type { RpcError } from "./rpc-error";

export type RpcId = string | number;

export type Envelope =
  | { ok: true; id: RpcId; method: string; params: Record<string, unknown> }
  | { ok: false; id: RpcId | null; method: string | null; params: unknown; error: RpcError };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a JSON-RPC 2.0 request as the service does: no batches (-32099), no notifications
 * (-32099), `jsonrpc` "2.0", a string `method` and a string or number `id` (-32600), and
 * `params` an object.
 */
export function readEnvelope(body: string): Envelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, id: null, method: null, params: null, error: rpcError("parse_error") };
  }
  if (Array.isArray(parsed)) {
    const error = rpcError("batch_opreations_not_supported");
    return { ok: false, id: null, method: null, params: null, error };
  }
  if (!isObject(parsed)) {
    return { ok: false, id: null, method: null, params: null, error: rpcError("invalid_request") };
  }
  const method = typeof parsed.method === "string" ? parsed.method : null;
  const idResult = rpcIdSchema.safeParse(parsed.id);
  const id = idResult.success ? idResult.data : null;
  const fail = (mnemonic: string, field: string, value: unknown): Envelope => ({
    ok: false,
    id,
    method,
    params: parsed.params ?? null,
    error: rpcError(mnemonic, { field, value: value ?? null }),
  });
  if (parsed.jsonrpc !== "2.0") return fail("invalid_request", "jsonrpc", parsed.jsonrpc);
  if (method === null || method.length === 0)
    return fail("invalid_request", "method", parsed.method);
  if (!("id" in parsed)) return fail("notifications_not_supported", "id", null);
  if (id === null) return fail("invalid_request", "id", parsed.id);
  const params = parsed.params ?? {};
  if (!isObject(params)) return fail("invalid_request", "params", params);
  return { ok: true, id, method, params };
}
