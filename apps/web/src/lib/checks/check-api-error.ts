import type { ApiError } from "@callboard/contract";
import { everyOf, isInt, isNumber, isObject, isString, optional } from "./json-checks";

function isIssue(issue: unknown): boolean {
  return isObject(issue) && isString(issue.field) && isString(issue.message);
}

/** The BFF's error body, or null when it does not match the contract's apiErrorSchema. */
export function checkApiError(value: unknown): ApiError | null {
  return isObject(value) &&
    isInt(value.status) &&
    isString(value.mnemonic) &&
    optional(value.code, isInt) &&
    isString(value.message) &&
    optional(value.hint, isString) &&
    optional(value.field, isString) &&
    optional(value.params, isObject) &&
    optional(value.issues, (issues) => everyOf(issues, isIssue)) &&
    optional(value.retryAfterSeconds, (seconds) => isNumber(seconds) && seconds >= 0) &&
    optional(value.requestId, isString)
    ? (value as ApiError)
    : null;
}
