import { z } from "zod";
import { phoneInputSchema } from "./phone";
import { roleSchema } from "./roles";
import { userSchema } from "./session";

const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9._-]{3,64}$/, "3 to 64 letters, digits, dots, dashes or underscores");
const passwordSchema = z.string().min(8, "At least 8 characters").max(256);

/** POST /api/users (admins). */
export const createUserBodySchema = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1).max(128).optional(),
  role: roleSchema,
  employeeId: z.number().int().positive().nullable().optional(),
  phoneNumber: phoneInputSchema.nullable().optional(),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

/** PATCH /api/users/:id (admins). An admin cannot demote or disable themself. */
export const updateUserBodySchema = z.strictObject({
  displayName: z.string().trim().min(1).max(128).optional(),
  role: roleSchema.optional(),
  password: passwordSchema.optional(),
  employeeId: z.number().int().positive().nullable().optional(),
  phoneNumber: phoneInputSchema.nullable().optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const userListSchema = z.array(userSchema);
