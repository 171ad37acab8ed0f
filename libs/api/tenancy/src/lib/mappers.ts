import type { OrgUnit, Tenant, User } from '@wk/contracts';
import type { OrgUnitEntity, TenantEntity, UserEntity } from './tenancy.entities';

export const toTenant = (t: TenantEntity): Tenant => ({
  id: t.id,
  name: t.name,
  slug: t.slug,
  cbsCode: t.cbsCode,
  theme: t.theme,
  createdAt: t.createdAt.toISOString(),
  version: t.version,
});

export const toUser = (u: UserEntity, orgUnitIds: string[]): User => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  active: u.active,
  orgUnitIds,
  createdAt: u.createdAt.toISOString(),
  version: u.version,
});

export const toOrgUnit = (o: OrgUnitEntity, memberCount: number): OrgUnit => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  description: o.description,
  memberCount,
  createdAt: o.createdAt.toISOString(),
  version: o.version,
});

/** Audit snapshot of a user: never the password hash. */
export const auditUser = (u: User) => ({ email: u.email, name: u.name, role: u.role, active: u.active, orgUnitIds: u.orgUnitIds });
