import { roleNames, type Session } from "@callboard/contract";
import { isInt, isIntOrNull, isObject, isString, isStringOrNull, optional } from "./json-checks";

const roles = new Set<unknown>(roleNames);
const upstreams = new Set<unknown>(["simulator", "live"]);
const languages = new Set<unknown>(["en", "ru"]);

function isUser(user: unknown): boolean {
  return (
    isObject(user) &&
    isInt(user.id) &&
    isString(user.username) &&
    isString(user.displayName) &&
    roles.has(user.role) &&
    isIntOrNull(user.employeeId) &&
    isStringOrNull(user.phoneNumber) &&
    typeof user.disabled === "boolean" &&
    isString(user.createdAt) &&
    isStringOrNull(user.lastLoginAt)
  );
}

/** GET/POST /api/session's reply, or null when it does not match the contract's sessionSchema. */
export function checkSession(value: unknown): Session | null {
  return isObject(value) &&
    isUser(value.user) &&
    isString(value.csrfToken) &&
    upstreams.has(value.upstream) &&
    optional(value.language, (language) => languages.has(language))
    ? (value as Session)
    : null;
}
