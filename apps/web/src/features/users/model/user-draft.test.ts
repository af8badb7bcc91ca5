import { createUserBodySchema, updateUserBodySchema } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "../../../lib/forms";
import {
  createUserBody,
  emptyUserDraft,
  localizeUserErrors,
  passwordUpdateBody,
  profileUpdateBody,
} from "./user-draft";

const t = (key: string) => `<${key}>`;

describe("user dialogs", () => {
  it("builds a valid create body, leaving out empty optional inputs", () => {
    const body = createUserBody({
      ...emptyUserDraft,
      username: " anna ",
      password: "correct horse",
      employeeId: "4",
    });
    expect(body).toEqual({
      username: "anna",
      password: "correct horse",
      displayName: undefined,
      role: "operator",
      employeeId: 4,
      phoneNumber: undefined,
    });
    expect(createUserBodySchema.safeParse(body).success).toBe(true);
  });

  it("unlinks the employee and phone when their inputs are emptied", () => {
    const body = profileUpdateBody({ ...emptyUserDraft, displayName: "Anna" });
    expect(body).toEqual({ displayName: "Anna", employeeId: null, phoneNumber: null });
    expect(updateUserBodySchema.safeParse(body).success).toBe(true);
  });

  it("explains each refused field in the user's words", () => {
    const body = createUserBody({ ...emptyUserDraft, username: "a!", phoneNumber: "+7" });
    const errors = localizeUserErrors(zodFieldErrors(createUserBodySchema, body), body, t);
    expect(errors).toEqual({
      username: "<error.username>",
      password: "<error.required>",
      phoneNumber: "<error.phoneNumber>",
    });
  });

  it("sends the current password with one's own new password, and only then", () => {
    const draft = { ...emptyUserDraft, password: "new-password-1", currentPassword: "old-one" };
    expect(passwordUpdateBody(draft, true)).toEqual({
      password: "new-password-1",
      currentPassword: "old-one",
    });
    expect(passwordUpdateBody(draft, false)).toEqual({ password: "new-password-1" });
    const empty = passwordUpdateBody({ ...draft, currentPassword: "" }, true);
    const errors = localizeUserErrors(zodFieldErrors(updateUserBodySchema, empty), empty, t);
    expect(errors).toEqual({ currentPassword: "<error.required>" });
  });
});
