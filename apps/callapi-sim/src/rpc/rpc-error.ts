/**
 * A JSON-RPC error the simulator answers with. Handlers throw it; the dispatcher turns it into
 * the reference's error object: `{code, message, data: {mnemonic, field, value, params,
 * extended_helper}}`.
 */
export class RpcError extends Error {
  constructor(
    readonly code: number,
    readonly mnemonic: string,
    message: string,
    readonly field: string | null = null,
    readonly value: unknown = null,
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "RpcError";
  }
}

/** The reference's error object; `data` always has all five fields. */
export function errorObject(error: RpcError, extraData: Record<string, unknown> = {}) {
  return {
    code: error.code,
    message: error.message,
    data: {
      mnemonic: error.mnemonic,
      field: error.field,
      value: error.value,
      params: error.params,
      extended_helper: null,
      ...extraData,
    },
  };
}

/** Errors that the reference says carry no `metadata.limits` (and are not charged). */
export const errorsWithoutLimits = new Set([
  "parse_error",
  "invalid_request",
  "method_not_found",
  "access_token_blocked",
  "access_token_invalid",
  "access_token_expired",
  "auth_error",
  "ip_not_whitelisted",
  "batch_opreations_not_supported",
  "notifications_not_supported",
]);
