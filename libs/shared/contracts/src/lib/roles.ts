/** Roles within one tenant (gemeente). See product brief §1 "Roles". */
export const ROLES = ['admin', 'planner', 'contributor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
