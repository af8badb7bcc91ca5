import { stripUnsafeText } from "@callboard/contract";

const secretKey = /pass(word)?|token|secret|access.?key|authorization|cookie/i;
const maxString = 500;

/**
 * A copy of request params fit for the audit log: secrets replaced by "***", long strings cut,
 * depth bounded. The log is read by supervisors, who must not see passwords typed into forms.
 */
export function sanitizeParams(value: unknown, depth = 0): unknown {
  if (depth > 4) return "...";
  if (typeof value === "string") {
    const shown = stripUnsafeText(value);
    return shown.length > maxString ? `${shown.slice(0, maxString)}...` : shown;
  }
  if (Array.isArray(value))
    return value.slice(0, 50).map((item) => sanitizeParams(item, depth + 1));
  if (value && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      copy[stripUnsafeText(key)] = secretKey.test(key) ? "***" : sanitizeParams(inner, depth + 1);
    }
    return copy;
  }
  return value;
}
