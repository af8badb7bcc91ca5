import type { Metadata } from "@callboard/callapi";

export type UpstreamErrorKind = "rpc" | "timeout" | "unreachable" | "malformed" | "http";

/** The mnemonic of a failure that carries none from CallGear, by kind. */
export const transportMnemonics = {
  timeout: "upstream_timeout",
  unreachable: "upstream_unreachable",
  malformed: "upstream_malformed_reply",
  http: "upstream_http_error",
} as const;

export interface UpstreamErrorInit {
  kind: UpstreamErrorKind;
  method: string;
  mnemonic?: string;
  code?: number;
  field?: string;
  value?: unknown;
  params?: Record<string, unknown>;
  metadata?: Metadata;
  httpStatus?: number;
  maybeApplied?: boolean;
  /** Upstream's own text (already redacted); used only when no catalog message fits. */
  upstreamMessage?: string;
  cause?: unknown;
}

/**
 * A failed call to the Call API or the Data API: a JSON-RPC error, or a failure of the hop itself.
 * Built only from redacted data: no token, key or password ever sits in one of its fields.
 */
export class UpstreamError extends Error {
  readonly kind: UpstreamErrorKind;
  readonly method: string;
  readonly code?: number;
  readonly mnemonic: string;
  readonly field?: string;
  readonly value?: unknown;
  readonly params?: Record<string, unknown>;
  readonly metadata?: Metadata;
  readonly httpStatus?: number;
  /** True when the request may have reached CallGear and taken effect (timeout / dropped connection after sending). */
  readonly maybeApplied: boolean;
  readonly upstreamMessage?: string;

  constructor(init: UpstreamErrorInit) {
    const mnemonic =
      init.mnemonic ?? (init.kind === "rpc" ? "unknown_error" : transportMnemonics[init.kind]);
    super(`${init.method}: ${mnemonic}${init.code === undefined ? "" : ` (${init.code})`}`, {
      cause: init.cause,
    });
    this.name = "UpstreamError";
    this.kind = init.kind;
    this.method = init.method;
    this.mnemonic = mnemonic;
    this.maybeApplied = init.maybeApplied ?? false;
    if (init.code !== undefined) this.code = init.code;
    if (init.field !== undefined) this.field = init.field;
    if (init.value !== undefined) this.value = init.value;
    if (init.params !== undefined) this.params = init.params;
    if (init.metadata !== undefined) this.metadata = init.metadata;
    if (init.httpStatus !== undefined) this.httpStatus = init.httpStatus;
    if (init.upstreamMessage !== undefined) this.upstreamMessage = init.upstreamMessage;
  }
}

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError;
}
