/** What a censored value is logged as. */
export const CENSOR = "[redacted]";

/**
 * Keys whose value never reaches a log line, and how deep in the logged object they are looked
 * for (0: `password`, 1: `*.password`, 2: `*.*.password`), as the redact paths had them.
 */
const secretKeys: ReadonlyMap<string, number> = new Map([
  ["password", 2],
  ["access_token", 2],
  ["accessKey", 2],
  ["credentials", 1],
]);
const deepest = 2;

/**
 * The logged object with every secret key's value replaced by CENSOR, copied only along the
 * paths that hold one (the caller's object is never changed; a line without secrets is not
 * copied at all). It replaces pino's wildcard redact paths (`*.password` ...): pino runs those
 * through @pinojs/redact on every key of every line, which parses each path string again per
 * call and cloned the object: garbage and CPU on every request log line, secrets or not.
 */
export function censorSecrets<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== "object") return value;
  const source = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in source) {
    if (!Object.hasOwn(source, key)) continue;
    const current = source[key];
    let next = current;
    const maxDepth = secretKeys.get(key);
    if (maxDepth !== undefined && depth <= maxDepth) next = CENSOR;
    else if (depth < deepest && current !== null && typeof current === "object") {
      next = censorSecrets(current, depth + 1);
    }
    if (next !== current) {
      copy ??= shallowCopy(source);
      copy[key] = next;
    }
  }
  return (copy ?? value) as T;
}

/** Arrays stay arrays; anything else (an Error too) keeps its prototype and own properties. */
function shallowCopy(source: Record<string, unknown>): Record<string, unknown> {
  if (Array.isArray(source)) return [...source] as unknown as Record<string, unknown>;
  return Object.create(
    Object.getPrototypeOf(source),
    Object.getOwnPropertyDescriptors(source),
  ) as Record<string, unknown>;
}
