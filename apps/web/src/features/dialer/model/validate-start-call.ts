import { type StartCallKind, startCallBodySchemas } from "@callboard/contract";
import type { z } from "zod";
import {
  buildStartCallBody,
  type StartCallDraft,
  type StartCallField,
  startCallFields,
} from "./start-call-draft";

/**
 * Why a field is refused, as a reason the form can say in the user's language: `required`
 * (left empty), `combination` (a cross-field rule), `invalid` (anything else; `message` is the
 * schema's or the BFF's own text).
 */
export interface FieldProblem {
  reason: "required" | "combination" | "invalid";
  message: string;
}
export type StartCallErrors = Partial<Record<StartCallField | "form", FieldProblem>>;

export type StartCallValidation =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; errors: StartCallErrors };

/** Maps a dotted path of the request body (`contact_message.value`) to the input that edits it. */
export function fieldOfPath(kind: StartCallKind, path: string): StartCallField | "form" {
  const fields = startCallFields[kind];
  if (path === "employee") return fields.includes("employee.id") ? "employee.id" : "form";
  const exact = fields.find((field) => field === path);
  if (exact) return exact;
  const parent = fields.find((field) => path.startsWith(`${field}.`));
  return parent ?? "form";
}

function valueAt(body: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let value: unknown = body;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function problemOf(issue: z.core.$ZodIssue, body: Record<string, unknown>): FieldProblem {
  const mnemonic = (issue as { params?: { mnemonic?: string } }).params?.mnemonic;
  if (mnemonic === "invalid_parameters_combination") {
    return { reason: "combination", message: issue.message };
  }
  const input = valueAt(body, issue.path);
  const isEmpty = input === undefined || input === "";
  return { reason: isEmpty ? "required" : "invalid", message: issue.message };
}

/** Validates the draft with the same schema the BFF uses, one problem per input (the first). */
export function validateStartCall(kind: StartCallKind, draft: StartCallDraft): StartCallValidation {
  const body = buildStartCallBody(kind, draft);
  const result = startCallBodySchemas[kind].safeParse(body);
  // The parsed body: its phone numbers normalised to what the Call API wants.
  if (result.success) return { ok: true, body: result.data as typeof body };
  const errors: StartCallErrors = {};
  for (const issue of result.error.issues) {
    const field = fieldOfPath(kind, issue.path.map(String).join("."));
    errors[field] ??= problemOf(issue, body);
  }
  return { ok: false, errors };
}
