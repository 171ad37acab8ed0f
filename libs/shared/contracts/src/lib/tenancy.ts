import type { Role } from './roles';
import type { TemporaryPassword } from './auth';

/** NL Design System token overrides for a tenant; keys are CSS custom property names without `--`. */
export interface TenantTheme {
  primaryColor: string;
  primaryColorText: string;
  logoText?: string;
  /** Second colour of the huisstijl: the line under the header and the mark of the current page. */
  accentColor?: string;
  /** The gemeente's logo as a data URL (PNG, JPEG or SVG), at most LOGO_MAX_BYTES; shown in the header. */
  logo?: string;
}

/** The largest logo a gemeente can upload (it travels with every session). */
export const LOGO_MAX_BYTES = 20_000;
/** A logo data URL: PNG, JPEG or SVG, base64. */
export const LOGO_DATA_URL = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

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
  /** A deactivated gemeente's members cannot sign in. */
  active: boolean;
  createdAt: string;
  version: number;
}

/** POST /api/v1/platform/tenants (platform operator only). */
export interface CreateTenantRequest {
  name: string;
  slug: string;
  cbsCode: string;
  /** Without password: a temporary one is made (shown once in the answer). An existing account keeps its password. */
  admin: { email: string; name: string; password?: string };
}

/** POST /api/v1/platform/tenants: the tenant, and its first beheerder's temporary password when one was made. */
export interface CreatedTenant extends Tenant {
  adminTemporaryPassword: TemporaryPassword | null;
}

/** PATCH /api/v1/platform/tenants/:id (operator): correct name or code, (de)activate. */
export interface PlatformUpdateTenantRequest {
  name?: string;
  cbsCode?: string;
  active?: boolean;
  version: number;
}

/** POST /api/v1/platform/tenants/:id/admins (operator): add a beheerder (or make a member beheerder). */
export interface AddTenantAdminRequest {
  email: string;
  name: string;
}

/** A beheerder of a gemeente as the operator sees it, with a temporary password when one was just made. */
export interface TenantAdmin {
  userId: string;
  email: string;
  name: string;
  active: boolean;
  passwordChangeRequired: boolean;
  temporaryPassword: TemporaryPassword | null;
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
  /** A temporary password is in use (and when it expires, ISO 8601); null otherwise. */
  temporaryPasswordExpiresAt: string | null;
  /** The person is also a member of another gemeente: this gemeente cannot change the password or address. */
  sharedAccount: boolean;
  createdAt: string;
  version: number;
}

/** POST /api/v1/users (admin). */
export interface CreateUserRequest {
  email: string;
  name: string;
  role: Role;
  /**
   * 12–128 characters. Omitted: a temporary password is made and returned once. Ignored when the address
   * already has an account (in another gemeente): that person keeps their own password.
   */
  password?: string;
  orgUnitIds?: string[];
}

/** The answer to POST /api/v1/users. */
export interface CreatedUser extends User {
  /** The address already had an account: only a membership was added. */
  existingAccount: boolean;
  temporaryPassword: TemporaryPassword | null;
}

/** PATCH /api/v1/users/:id (admin). Deactivating a user also ends all their sessions. */
export interface UpdateUserRequest {
  /** Correct the address (not possible for a shared account). */
  email?: string;
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

/** The media type of a gemeente's export file (gzip-compressed JSON Lines). */
export const TENANT_EXPORT_MEDIA_TYPE = 'application/gzip';

/** What the operator's import of a gemeente's export file created. */
export interface TenantImportResult {
  tenant: { id: string; slug: string; name: string };
  /** The database schema version (last migration) of the file and of this installation. */
  schemaVersion: string;
  /** When the file was made (the exporting installation's clock). */
  exportedAt: string;
  /** Rows read in per table (accounts a person already had here are counted but not written again). */
  rows: Record<string, number>;
}
