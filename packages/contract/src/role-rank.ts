/**
 * Dashboard roles, each including the rights of the one before: operator < supervisor < admin.
 * No zod here: the SPA's first page checks roles without building any schema (the zod schemas
 * of the contract cost the cold load their module evaluation); roles.ts builds the schema.
 */
export const roleNames = ["operator", "supervisor", "admin"] as const;
export type Role = (typeof roleNames)[number];

const rank: Record<Role, number> = { operator: 1, supervisor: 2, admin: 3 };

/** True when `role` carries at least the rights of `required`. */
export function hasRole(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}
