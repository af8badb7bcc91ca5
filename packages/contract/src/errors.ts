import { z } from "zod";

/**
 * The one error body the BFF sends for every failure: bad input, a refused role, an upstream
 * JSON-RPC error, a timeout, a malformed upstream reply. `message` is already in the user's
 * language; clients branch on `mnemonic`, never on text.
 */
export const apiErrorSchema = z.object({
  status: z.number().int(),
  /** Upstream mnemonic (e.g. `invalid_state`) or one of the BFF's own (`validation_failed`, ...). */
  mnemonic: z.string(),
  /** Upstream JSON-RPC error code, when the error came from CallGear. */
  code: z.number().int().optional(),
  message: z.string(),
  /** What the user can do about it, when there is something. */
  hint: z.string().optional(),
  /** Input field to mark, as a dotted path of the request body (`contact_message.value`). */
  field: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  /** Every invalid field of a `validation_failed` error. */
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  /** Seconds to wait before the same request can succeed (429, 503). */
  retryAfterSeconds: z.number().nonnegative().optional(),
  requestId: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Mnemonics of the BFF's own errors (upstream ones come from @callboard/callapi's catalog). */
export const bffErrorMnemonics = [
  "validation_failed",
  "bad_request",
  "unauthenticated",
  "invalid_credentials",
  "invalid_current_password",
  "user_disabled",
  "forbidden_role",
  "csrf_failed",
  "not_found",
  "too_many_login_attempts",
  "too_many_streams",
  "idempotency_key_reused",
  "payload_too_large",
  "unsupported_media_type",
  "user_exists",
  "webhook_unauthorized",
  "webhook_secret_missing",
  "missed_call_claimed",
  "missed_call_closed",
  "missed_call_busy",
  "no_linked_employee",
  "wrap_up_closed",
  "upstream_timeout",
  "upstream_unreachable",
  "upstream_malformed_reply",
  "upstream_http_error",
  "upstream_credentials_rejected",
  "internal_error",
] as const;
export type BffErrorMnemonic = (typeof bffErrorMnemonics)[number];
