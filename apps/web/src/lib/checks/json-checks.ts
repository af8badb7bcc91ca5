/**
 * Small checks for hand-written payload guards: the first page checks its payloads without zod,
 * whose schemas cost module evaluation on a cold load (apps/web/docs/board.md).
 * Each guard built from these is held to the contract's zod schema by a property test.
 */

export type Shape = Record<string, unknown>;

/** A plain JSON object (zod's z.object and z.record refuse arrays and null too). */
export function isObject(value: unknown): value is Shape {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** zod 4's z.number().int(): a safe integer. */
export function isInt(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

/** zod 4's z.number(): finite (NaN and Infinity are refused). */
export function isNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

export function isString(value: unknown): value is string {
  return typeof value === "string";
}

export function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === "string";
}

export function isIntOrNull(value: unknown): value is number | null {
  return value === null || isInt(value);
}

/** An optional field: absent (or undefined) or passing `check`. */
export function optional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

export function everyOf<T>(value: unknown, check: (item: unknown) => item is T): value is T[];
export function everyOf(value: unknown, check: (item: unknown) => boolean): boolean;
export function everyOf(value: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!check(item)) return false;
  return true;
}
