import { errorText } from "./error-texts";
import { RpcError } from "./rpc-error";

/**
 * Builds the RpcError for a mnemonic from the error catalog: its code (or the method-specific
 * one) and its message template filled with `params`.
 */
export function rpcError(
  mnemonic: string,
  options: {
    method?: string;
    field?: string | null;
    value?: unknown;
    params?: Record<string, unknown>;
  } = {},
): RpcError {
  const params = options.params ?? {};
  const { code, message } = errorText(mnemonic, params, options.method);
  return new RpcError(
    code,
    mnemonic,
    message,
    options.field ?? null,
    options.value ?? null,
    params,
  );
}
