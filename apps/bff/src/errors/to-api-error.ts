import type { ApiError, Language } from "@callboard/contract";
import { ZodError } from "zod";
import { UpstreamError } from "../upstream/upstream-error";
import { AppError } from "./app-error";
import { hintFor } from "./hints";
import { hasMessage, messageFor } from "./messages";
import { retryAfterFor, statusFor } from "./status-map";
import { issueMessage } from "./validation-messages";

interface ErrorContext {
  /** The upstream method the route called, for method-aware hints. */
  method?: string;
  requestId?: string;
}

/** Where CallGear names no field, the request field its directory id came in. */
const defaultFields: Record<string, string> = {
  employee_not_found: "employee.id",
  virtual_phone_number_not_found: "virtual_phone_number",
  scenario_not_found: "scenario_id",
  tag_not_found: "tag_id",
  contact_in_blacklist: "contact",
  duplicate_contact: "contact_phone_number",
};

const authMnemonics = new Set([
  "access_token_expired",
  "access_token_blocked",
  "access_token_invalid",
  "auth_error",
]);

/**
 * Any failure as the one `ApiError` body the SPA reads: an AppError, an UpstreamError, a zod
 * error from request validation, a body-parser error, or anything else as a bare 500 (no
 * internals: the stack and the text stay in the log).
 */
export function toApiError(
  error: unknown,
  language: Language,
  context: ErrorContext = {},
): ApiError {
  const requestId = context.requestId === undefined ? {} : { requestId: context.requestId };
  if (error instanceof AppError) {
    return compact({
      status: error.status,
      mnemonic: error.mnemonic,
      message: messageFor(error.mnemonic, language, error.params),
      hint: hintFor(error.mnemonic, language, context),
      field: error.field ?? error.issues?.[0]?.field,
      params: error.params,
      issues: error.issues,
      retryAfterSeconds: error.retryAfterSeconds,
      ...requestId,
    });
  }
  if (error instanceof UpstreamError) return fromUpstream(error, language, context);
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({
      field: issueField(issue),
      message: issueMessage(issue, language),
    }));
    return compact({
      status: 400,
      mnemonic: "validation_failed",
      message: messageFor("validation_failed", language),
      hint: hintFor("validation_failed", language),
      field: issues[0]?.field || undefined,
      issues,
      ...requestId,
    });
  }
  const bodyParserFailure = fromBodyParser(error, language);
  if (bodyParserFailure) return { ...bodyParserFailure, ...requestId };
  return {
    status: 500,
    mnemonic: "internal_error",
    message: messageFor("internal_error", language),
    ...requestId,
  };
}

function fromUpstream(error: UpstreamError, language: Language, context: ErrorContext): ApiError {
  // The method that failed is the truth for hints (a blind transfer fails at one of its steps);
  // a failed login says nothing about the action the route was about to send.
  const method = error.method === "login.user" ? (context.method ?? error.method) : error.method;
  const status = statusFor(error);
  const mnemonic = error.mnemonic;
  // The same mnemonic is the BFF's own 500; CallGear's reads differently.
  const messageKey = mnemonic === "internal_error" ? "callgear_internal_error" : mnemonic;
  const params = safeParams(error);
  let message = messageFor(messageKey, language, params);
  if (!hasMessage(messageKey) && error.upstreamMessage && isSafeText(error.upstreamMessage)) {
    message = error.upstreamMessage;
  }
  return compact({
    status,
    mnemonic,
    code: error.code,
    message,
    hint:
      hintFor(messageKey, language, { method }) ??
      (authMnemonics.has(mnemonic)
        ? hintFor("upstream_credentials_rejected", language)
        : undefined),
    // An auth failure is Callboard's, never the user's input: no field to mark.
    field: authMnemonics.has(mnemonic) ? undefined : (error.field ?? defaultFields[mnemonic]),
    params: Object.keys(params).length > 0 ? params : undefined,
    retryAfterSeconds: retryAfterFor(error),
    requestId: context.requestId,
  });
}

/** Params fit to show: primitives only; timeouts say whether the action may have happened. */
function safeParams(error: UpstreamError): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error.params ?? {})) {
    if (value === null || ["string", "number", "boolean"].includes(typeof value)) {
      params[key] = value;
    }
  }
  if (error.kind === "timeout" || error.kind === "unreachable" || error.kind === "malformed") {
    params.maybeApplied = error.maybeApplied;
  }
  if (error.kind === "http" && error.httpStatus !== undefined) params.httpStatus = error.httpStatus;
  return params;
}

function isSafeText(text: string): boolean {
  return text.length > 0 && text.length <= 200 && !/[\p{Cc}<>]/u.test(text);
}

/** express.json() failures carry `type` and `status` (http-errors). */
function fromBodyParser(error: unknown, language: Language): ApiError | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { type, status } = error as { type?: unknown; status?: unknown };
  if (type === "entity.parse.failed" || (error instanceof SyntaxError && status === 400)) {
    return {
      status: 400,
      mnemonic: "validation_failed",
      message: messageFor("validation_failed", language),
      issues: [
        {
          field: "",
          message: language === "ru" ? "Тело запроса — не JSON." : "The body is not valid JSON.",
        },
      ],
    };
  }
  if (type === "entity.too.large" || status === 413) {
    return {
      status: 413,
      mnemonic: "payload_too_large",
      message: messageFor("payload_too_large", language),
    };
  }
  if (type === "encoding.unsupported" || type === "charset.unsupported" || status === 415) {
    return {
      status: 415,
      mnemonic: "unsupported_media_type",
      message: messageFor("unsupported_media_type", language),
    };
  }
  return undefined;
}

/** Drops undefined members, so the JSON body carries only what applies. */
function compact(body: { [K in keyof ApiError]: ApiError[K] | undefined }): ApiError {
  return Object.fromEntries(
    Object.entries(body).filter(([, value]) => value !== undefined),
  ) as ApiError;
}

/** The dotted field an issue is about; an unknown key has an empty path and names the key itself. */
function issueField(issue: ZodError["issues"][number]): string {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys" && issue.keys[0]) path.push(issue.keys[0]);
  return path.join(".");
}
