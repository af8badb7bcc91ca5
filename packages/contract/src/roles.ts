import { z } from "zod";

/** Dashboard roles, each including the rights of the one before: operator < supervisor < admin. */
export const roleSchema = z.enum(["operator", "supervisor", "admin"]);
export type Role = z.infer<typeof roleSchema>;

const rank: Record<Role, number> = { operator: 1, supervisor: 2, admin: 3 };

/** True when `role` carries at least the rights of `required`. */
export function hasRole(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}

/** UI languages; also the languages of every error message. */
export const languageSchema = z.enum(["en", "ru"]);
export type Language = z.infer<typeof languageSchema>;
