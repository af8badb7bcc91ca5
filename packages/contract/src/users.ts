import { z } from "zod";
import { phoneInputSchema } from "./phone";
import { roleSchema } from "./roles";
import { stripUnsafeText } from "./safe-text";
import { userSchema } from "./session";

const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9._-]{3,64}$/, "3 to 64 letters, digits, dots, dashes or underscores");
/** Shown to every user: stripped of control and bidi characters, then trimmed. */
const displayNameSchema = z
  .string()
  .transform(stripUnsafeText)
  .pipe(z.string().trim().min(1).max(128));
const passwordSchema = z.string().min(8, "At least 8 characters").max(256);

/** POST /api/users (admins). */
export const createUserBodySchema = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
  displayName: displayNameSchema.optional(),
  role: roleSchema,
  employeeId: z.number().int().positive().nullable().optional(),
  phoneNumber: phoneInputSchema.nullable().optional(),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

/**
 * PATCH /api/users/:id (admins). An admin cannot demote or disable themself. Changing one's own
 * password needs `currentPassword`; any password change ends the user's other sessions.
 */
export const updateUserBodySchema = z.strictObject({
  displayName: displayNameSchema.optional(),
  role: roleSchema.optional(),
  password: passwordSchema.optional(),
  currentPassword: z.string().min(1).max(256).optional(),
  employeeId: z.number().int().positive().nullable().optional(),
  phoneNumber: phoneInputSchema.nullable().optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const userListSchema = z.array(userSchema);
