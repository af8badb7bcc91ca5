import fc from "fast-check";
import { expect } from "vitest";
import type { z } from "zod";

/**
 * The property the first page's hand-written payload checks are held to: on valid values and on
 * the same values with one field broken or removed, the check gives zod's verdict.
 */

/** Values that break one field or another (wrong type, non-integer, unknown enum value...). */
const oddValue = fc.constantFrom<unknown>(
  null,
  "x",
  "",
  1.5,
  2 ** 60,
  -1,
  true,
  [],
  {},
  [1.5],
  [{}],
  "talk",
  "snapshot",
  "admin",
  "live",
  "ru",
  "dark",
  "tts",
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0.5,
);

/** Every path into a JSON value (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

/** A copy of `value` with the field at `path` replaced (or deleted when `replacement` is undefined). */
function mutate(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** Valid values, and the same with one field broken: the check agrees with zod on each. */
export function agreesWithZod(
  valid: fc.Arbitrary<unknown>,
  schema: z.ZodType,
  check: (value: unknown) => boolean,
) {
  const broken = valid
    .filter((value) => pathsOf(value).length > 0)
    .chain((value) =>
      fc.tuple(
        fc.constant(value),
        fc.constantFrom(...pathsOf(value)),
        fc.option(oddValue, { nil: undefined }),
      ),
    )
    .map(([value, path, replacement]) => mutate(value, path, replacement));
  fc.assert(
    fc.property(fc.oneof(valid, broken), (value) => {
      expect(check(value)).toBe(schema.safeParse(value).success);
    }),
    { numRuns: 600 },
  );
}
