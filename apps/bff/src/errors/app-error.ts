import type { BffErrorMnemonic } from "@callboard/contract";

export interface AppErrorOptions {
  field?: string;
  params?: Record<string, unknown>;
  issues?: { field: string; message: string }[];
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** A failure of the BFF's own: handlers `throw new AppError(403, "forbidden_role")`. */
export class AppError extends Error {
  readonly status: number;
  readonly mnemonic: BffErrorMnemonic;
  readonly field?: string;
  readonly params?: Record<string, unknown>;
  readonly issues?: { field: string; message: string }[];
  readonly retryAfterSeconds?: number;

  constructor(status: number, mnemonic: BffErrorMnemonic, options: AppErrorOptions = {}) {
    super(mnemonic, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.status = status;
    this.mnemonic = mnemonic;
    if (options.field !== undefined) this.field = options.field;
    if (options.params !== undefined) this.params = options.params;
    if (options.issues !== undefined) this.issues = options.issues;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
