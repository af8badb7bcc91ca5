import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issueMessage } from "./validation-messages";

const firstIssue = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return result.error.issues[0]!;
};

describe("field messages in the user's language", () => {
  it("agrees the Russian noun with the bound", () => {
    expect(issueMessage(firstIssue(z.string().min(8), "short"), "ru")).toBe(
      "Не короче 8 символов.",
    );
    expect(issueMessage(firstIssue(z.string().max(21), "x".repeat(30)), "ru")).toBe(
      "Не длиннее 21 символа.",
    );
    expect(issueMessage(firstIssue(z.string().min(2), ""), "en")).toBe("At least 2 characters.");
  });

  it("calls a missing field required", () => {
    expect(issueMessage(firstIssue(z.object({ a: z.string() }), {}), "ru")).toBe(
      "Обязательное поле.",
    );
  });
});
