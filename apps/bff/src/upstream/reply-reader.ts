import {
  extractMetadata,
  type Metadata,
  rpcErrorResponseSchema,
  rpcSuccessSchema,
} from "@callboard/callapi";
import type { z } from "zod";
import type { HttpReply } from "./json-rpc-transport";
import { redactSecrets, redactString } from "./redact";
import { UpstreamError } from "./upstream-error";

export type ReadReply =
  | { ok: true; data: unknown; metadata: Metadata | undefined }
  | { ok: false; error: UpstreamError; metadata: Metadata | undefined };

interface ReadContext {
  method: string;
  id: number;
  resultSchema: z.ZodType;
  secrets: readonly string[];
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const sameId = (replyId: unknown, id: number) => replyId !== null && String(replyId) === String(id);

/**
 * Reads one HTTP reply as the Call API's JSON-RPC: an error object becomes an `UpstreamError` of
 * kind "rpc"; a body that is no JSON-RPC reply, answers another id or carries a `result.data` the
 * method's schema refuses is "malformed"; an HTTP failure without a JSON-RPC body is "http".
 * Metadata (limits) is returned from whatever parsed, success or error.
 */
export function readReply(reply: HttpReply, context: ReadContext): ReadReply {
  const { method } = context;
  const json = parseJson(reply.text);
  const metadata = json.ok ? extractMetadata(json.value) : undefined;
  const fail = (error: UpstreamError): ReadReply => ({ ok: false, error, metadata });
  const httpFailure = reply.status < 200 || reply.status >= 300;

  // Most replies are successes: try the error shape only when there is an `error` member.
  const hasError =
    json.ok && typeof json.value === "object" && json.value !== null && "error" in json.value;
  const asError = hasError ? rpcErrorResponseSchema.safeParse(json.value) : undefined;
  if (asError?.success) {
    // A JSON-RPC error with a foreign id is still CallGear's answer when the id is null
    // (it could not read ours), but a different non-null id means a mixed-up reply.
    if (asError.data.id !== null && !sameId(asError.data.id, context.id)) {
      return fail(malformed(method, "id_mismatch", metadata, reply.status));
    }
    const { code, message, data } = asError.data.error;
    return fail(
      new UpstreamError({
        kind: "rpc",
        method,
        code,
        mnemonic: data?.mnemonic ?? mnemonicForCode(code),
        ...(data?.field ? { field: data.field } : {}),
        ...(data?.value !== undefined ? { value: redactSecrets(data.value, context.secrets) } : {}),
        ...(data?.params ? { params: redactSecrets(data.params, context.secrets) } : {}),
        ...(metadata ? { metadata } : {}),
        ...(httpFailure ? { httpStatus: reply.status } : {}),
        upstreamMessage: redactString(message, context.secrets),
      }),
    );
  }
  if (httpFailure) {
    return fail(
      new UpstreamError({
        kind: "http",
        method,
        httpStatus: reply.status,
        ...(metadata ? { metadata } : {}),
        // A gateway's 502/504 may come after CallGear acted; a 503 or a 4xx comes from in front of it.
        maybeApplied: reply.status === 502 || reply.status === 504 || reply.status === 500,
      }),
    );
  }
  if (!json.ok) return fail(malformed(method, "invalid_json", metadata, reply.status));

  const asSuccess = rpcSuccessSchema.safeParse(json.value);
  if (!asSuccess.success)
    return fail(malformed(method, "invalid_envelope", metadata, reply.status));
  if (!sameId(asSuccess.data.id, context.id)) {
    return fail(malformed(method, "id_mismatch", metadata, reply.status));
  }
  const result = context.resultSchema.safeParse(asSuccess.data.result.data);
  if (!result.success) {
    const first = result.error.issues[0];
    return fail(
      malformed(method, "result_shape", metadata, reply.status, first?.path.join(".") || undefined),
    );
  }
  return { ok: true, data: result.data, metadata };
}

function malformed(
  method: string,
  problem: "invalid_json" | "invalid_envelope" | "id_mismatch" | "result_shape",
  metadata: Metadata | undefined,
  httpStatus: number,
  path?: string,
): UpstreamError {
  return new UpstreamError({
    kind: "malformed",
    method,
    params: path === undefined ? { problem } : { problem, path },
    ...(metadata ? { metadata } : {}),
    httpStatus,
    // The upstream answered, so whatever it was asked may well have happened.
    maybeApplied: true,
  });
}

/** For an error object without `data` (a proxy's, or a bare JSON-RPC server's). */
function mnemonicForCode(code: number): string {
  switch (code) {
    case -32700:
      return "parse_error";
    case -32600:
      return "invalid_request";
    case -32601:
      return "method_not_found";
    case -32602:
      return "invalid_parameter_value";
    case -32603:
      return "internal_error";
    default:
      return "unknown_error";
  }
}
