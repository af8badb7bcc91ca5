import type { z } from "zod";
import { ApiRequestError } from "./api-client";

/** Field path (dotted, as the BFF names it) -> message. */
export type FieldErrors = Record<string, string>;

/** Validates `values` with the same zod schema the BFF uses; the first message per field. */
export function zodFieldErrors(schema: z.ZodType, values: unknown): FieldErrors {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    if (!(field in errors)) errors[field] = issue.message;
  }
  return errors;
}

/** `errors` less the one of `field`: typing into a field takes back what was said about it. */
export function withoutField(errors: FieldErrors, field: string): FieldErrors {
  if (!(field in errors)) return errors;
  const { [field]: _dropped, ...rest } = errors;
  return rest;
}

/**
 * Puts the BFF's field errors on their inputs. Returns true when at least one landed on a field
 * (so the caller can skip a notification); `field` names the body's input directly.
 */
export function applyApiFieldError(
  error: unknown,
  setFieldError: (field: string, message: string) => void,
): boolean {
  if (!(error instanceof ApiRequestError)) return false;
  const { field, issues, message, hint } = error.apiError;
  let placed = false;
  if (issues?.length) {
    for (const issue of issues) {
      setFieldError(issue.field, issue.message);
      placed = true;
    }
  } else if (field) {
    setFieldError(field, hint ? `${message} ${hint}` : message);
    placed = true;
  }
  return placed;
}
