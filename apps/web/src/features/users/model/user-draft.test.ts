import { createUserBodySchema, updateUserBodySchema } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "../../../lib/forms";
import {
  createUserBody,
  emptyUserDraft,
  localizeUserErrors,
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
});
