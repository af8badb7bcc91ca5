import type {
  CallMethodName,
  CallParams,
  CallResult,
  DataMethodName,
  DataParams,
  DataResult,
  Metadata,
} from "@callboard/callapi";
import type { JsonRpcTransport } from "./json-rpc-transport";

/** How the BFF signs in to CallGear: a permanent access key, or a login for `login.user`. */
export type UpstreamCredentials =
  | { kind: "key"; accessKey: string }
  | { kind: "login"; login: string; password: string };

export interface UpstreamLogger {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface CallApiClientOptions {
  /** e.g. http://127.0.0.1:8081/v4.0 or https://callapi.callgear.com/v4.0 */
  callApiUrl: string;
  /** e.g. .../v2.0 */
  dataApiUrl: string;
  credentials: UpstreamCredentials;
  timeoutMs: number;
  /** ms clock, injectable */
  now?: () => number;
  /** every reply's metadata, success or error (the third argument says which: points are charged only on success) */
  onMetadata?: (metadata: Metadata, method: string, outcome: "success" | "error") => void;
  /** pino-compatible; never given secrets */
  logger?: UpstreamLogger;
  /** The HTTP hop; an undici pool by default (tests and benchmarks may pass their own). */
  transport?: JsonRpcTransport;
}

export interface CallApiClient {
  call<M extends CallMethodName>(
    method: M,
    params: CallParams<M>,
    options?: { signal?: AbortSignal },
  ): Promise<CallResult<M>>;
  /** The array in `result.data`. */
  data<M extends DataMethodName>(method: M, params?: DataParams<M>): Promise<DataResult<M>>;
  close(): Promise<void>;
}
