import { type WrapUpBody, wrapUpBodySchema } from "@callboard/contract";

/** What the operator typed and picked, as the form holds it. */
export interface WrapUpValues {
  note: string;
  /** The picked tag's id as the select holds it, or null. */
  tagId: string | null;
}

/** The form's own wording of each failure, by field; the keys are the dictionary's. */
export type WrapUpErrorKey = "noteOrDisposition" | "noteTooLong" | "pickDispositionError";
export type WrapUpErrors = Partial<Record<"note" | "tagId", WrapUpErrorKey>>;

/** The maximum the BFF takes, from the same schema. */
export const NOTE_MAX_LENGTH = 2000;

/** The body to send: an empty note is left out, the tag id becomes a number. */
export function wrapUpBody(values: WrapUpValues): Partial<WrapUpBody> {
  const note = values.note.trim();
  const tagId = values.tagId ? Number(values.tagId) : undefined;
  return {
    ...(note ? { note } : {}),
    ...(tagId !== undefined ? { tagId } : {}),
  };
}

/**
 * Checks the form with the BFF's own schema (wrapUpBodySchema) and names each failure in the
 * user's words: nothing to save, a note too long, a disposition that is not a tag id.
 */
export function validateWrapUp(
  values: WrapUpValues,
): { ok: true; body: WrapUpBody } | { ok: false; errors: WrapUpErrors } {
  const body = wrapUpBody(values);
  const parsed = wrapUpBodySchema.safeParse(body);
  if (parsed.success) return { ok: true, body: parsed.data };
  const errors: WrapUpErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === "tagId") errors.tagId ??= "pickDispositionError";
    else if (issue.code === "too_big") errors.note ??= "noteTooLong";
    else errors.note ??= "noteOrDisposition";
  }
  return { ok: false, errors };
}
