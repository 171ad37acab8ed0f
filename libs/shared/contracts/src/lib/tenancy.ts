import type { Role } from './roles';

/** NL Design System token overrides for a tenant; keys are CSS custom property names without `--`. */
export interface TenantTheme {
  primaryColor: string;
  primaryColorText: string;
  logoText?: string;
}

export const DEFAULT_THEME: TenantTheme = {
  primaryColor: '#154273',
  primaryColorText: '#ffffff',
};

export interface Tenant {
  id: string;
  name: string;
  slug: string;
  /** CBS gemeentecode, `GM` + 4 digits. */
  cbsCode: string;
  theme: TenantTheme;
  createdAt: string;
  version: number;
}

/** POST /api/v1/platform/tenants (platform operator only). */
export interface CreateTenantRequest {
  name: string;
  slug: string;
  cbsCode: string;
  admin: { email: string; name: string; password: string };
}

/** PATCH /api/v1/tenant (admin). */
export interface UpdateTenantRequest {
  name?: string;
  theme?: TenantTheme;
  version: number;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  orgUnitIds: string[];
  createdAt: string;
  version: number;
}

/** POST /api/v1/users (admin). */
export interface CreateUserRequest {
  email: string;
  name: string;
  role: Role;
  /** At least 12 characters. */
  password: string;
  orgUnitIds?: string[];
}

/** PATCH /api/v1/users/:id (admin). Deactivating a user also ends all their sessions. */
export interface UpdateUserRequest {
  name?: string;
  role?: Role;
  active?: boolean;
  orgUnitIds?: string[];
  version: number;
}

export const ORG_UNIT_KINDS = ['department', 'partner'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export interface OrgUnit {
  id: string;
  name: string;
  /** `department` = afdeling of the gemeente; `partner` = outside organisation (corporatie, politie, GGD…). */
  kind: OrgUnitKind;
  description: string | null;
  memberCount: number;
  createdAt: string;
  version: number;
}

export interface CreateOrgUnitRequest {
  name: string;
  kind: OrgUnitKind;
  description?: string | null;
}

export interface UpdateOrgUnitRequest {
  name?: string;
  kind?: OrgUnitKind;
  description?: string | null;
  version: number;
}
