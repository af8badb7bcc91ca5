/** Keys whose values are secrets wherever they appear (params, logs, error details). */
const secretKeys = new Set(["access_token", "accesskey", "access_key", "password", "token"]);

export const redacted = "***";

/**
 * A deep copy of `value` with every secret replaced: values under secret keys, and any string
 * that contains one of the known secrets (an upstream may echo a token back in `value`).
 */
export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  return redactValue(
    value,
    secrets.filter((secret) => secret.length > 0),
  ) as T;
}

function redactValue(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return redactString(value, secrets);
  if (depth > 8 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = secretKeys.has(key.toLowerCase())
      ? redacted
      : redactValue(item, secrets, depth + 1);
  }
  return copy;
}

export function redactString(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length > 0 && result.includes(secret)) result = result.split(secret).join(redacted);
  }
  return result;
}

/** True when a field path names a secret (`access_token`, `password`). */
export function isSecretField(field: string | undefined): boolean {
  if (field === undefined) return false;
  const last = field.split(".").pop() ?? field;
  return secretKeys.has(last.toLowerCase());
}
