import type { Role, User } from "@callboard/contract";
import type { FieldErrors } from "../../../lib/forms";

/** What the user dialogs edit, as the inputs hold it. */
export interface UserDraft {
  username: string;
  password: string;
  /** Asked only when users change their own password. */
  currentPassword: string;
  displayName: string;
  role: Role;
  employeeId: string;
  phoneNumber: string;
}

export const emptyUserDraft: UserDraft = {
  username: "",
  password: "",
  currentPassword: "",
  displayName: "",
  role: "operator",
  employeeId: "",
  phoneNumber: "",
};

export function draftOfUser(user: User): UserDraft {
  return {
    username: user.username,
    password: "",
    currentPassword: "",
    displayName: user.displayName,
    role: user.role,
    employeeId: user.employeeId === null ? "" : String(user.employeeId),
    phoneNumber: user.phoneNumber ?? "",
  };
}

const trimmed = (value: string) => value.trim();
const optional = (value: string) => (value.trim() === "" ? undefined : value.trim());

/** POST /api/users body: empty optional inputs left out. */
export function createUserBody(draft: UserDraft): Record<string, unknown> {
  return {
    username: trimmed(draft.username),
    password: draft.password,
    displayName: optional(draft.displayName),
    role: draft.role,
    employeeId: draft.employeeId ? Number(draft.employeeId) : undefined,
    phoneNumber: optional(draft.phoneNumber),
  };
}

/** PATCH body of the edit dialog: an empty employee or phone unlinks it (null). */
export function profileUpdateBody(draft: UserDraft): Record<string, unknown> {
  return {
    displayName: optional(draft.displayName),
    employeeId: draft.employeeId ? Number(draft.employeeId) : null,
    phoneNumber: optional(draft.phoneNumber) ?? null,
  };
}

/** PATCH body of the password dialog: one's own password change also proves the current one. */
export function passwordUpdateBody(draft: UserDraft, self: boolean): Record<string, unknown> {
  return self
    ? { password: draft.password, currentPassword: draft.currentPassword }
    : { password: draft.password };
}

type ErrorKey = "error.required" | "error.username" | "error.password" | "error.phoneNumber";

/**
 * Schema errors in the user's words: an empty input is "required"; a known field gets its own
 * explanation; anything else keeps the schema's text.
 */
export function localizeUserErrors(
  errors: FieldErrors,
  body: Record<string, unknown>,
  t: (key: ErrorKey) => string,
): FieldErrors {
  const localized: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const value = body[field];
    if (value === undefined || value === "") localized[field] = t("error.required");
    else if (field === "username" || field === "password" || field === "phoneNumber") {
      localized[field] = t(`error.${field}`);
    } else localized[field] = message;
  }
  return localized;
}
