import type { OrgUnit, Tenant, User } from '@wk/contracts';
import type { OrgUnitEntity, TenantEntity, UserEntity } from './tenancy.entities';

export const toTenant = (t: TenantEntity): Tenant => ({
  id: t.id,
  name: t.name,
  slug: t.slug,
  cbsCode: t.cbsCode,
  theme: t.theme,
  active: t.active,
  createdAt: t.createdAt.toISOString(),
  version: t.version,
});

/** What a tenant may know of a member's account (see wk_member_accounts). */
export interface AccountFacts {
  temporaryPasswordExpiresAt: string | null;
  sharedAccount: boolean;
}

export const toUser = (u: UserEntity, orgUnitIds: string[], facts?: AccountFacts): User => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  active: u.active,
  orgUnitIds,
  temporaryPasswordExpiresAt: facts?.temporaryPasswordExpiresAt ?? null,
  sharedAccount: facts?.sharedAccount ?? false,
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
