import type { UpstreamError } from "./upstream-error";

/** Methods that only read: repeating one changes nothing upstream. */
const readMethods = new Set(["list.calls", "list.talk_options"]);

export function isReadMethod(method: string): boolean {
  return readMethods.has(method) || method.startsWith("get.");
}

/** A `start.*` call may already have dialled someone once it left. */
export function isStartMethod(method: string): boolean {
  return method.startsWith("start.");
}

/** CallGear refused the token itself (not the login): a fresh login may cure it. */
export function isRefusedToken(error: UpstreamError): boolean {
  return (
    error.kind === "rpc" &&
    error.code === -32001 &&
    (error.mnemonic === "access_token_invalid" || error.mnemonic === "access_token_expired")
  );
}

/**
 * Whether a failed hop may be sent once more. A request that surely never left (connection
 * refused) may, except a start.* call (kept conservative: a caller redials on purpose). A read may
 * after a timeout or a dropped connection. An action that may have reached CallGear may not:
 * hold twice is harmless, but transfer twice or dial twice is not.
 */
export function mayRetryTransport(method: string, error: UpstreamError): boolean {
  if (isStartMethod(method)) return false;
  if (error.kind !== "timeout" && error.kind !== "unreachable") return false;
  if (error.kind === "unreachable" && !error.maybeApplied) return true;
  return isReadMethod(method);
}
