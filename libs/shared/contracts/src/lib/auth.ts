import type { Role } from './roles';
import type { TenantTheme } from './tenancy';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  /** null for the platform operator. */
  role: Role | null;
  orgUnitIds: string[];
}

export interface SessionTenant {
  id: string;
  name: string;
  slug: string;
  cbsCode: string;
  theme: TenantTheme;
}

/** GET /api/v1/auth/session and the answer to POST /api/v1/auth/login. */
export interface SessionInfo {
  user: SessionUser;
  /** null when the platform operator is signed in. */
  tenant: SessionTenant | null;
  operator: boolean;
  /** Absolute expiry of the session (ISO 8601, UTC). */
  expiresAt: string;
  /**
   * The API's "today" (yyyy-mm-dd, the Netherlands): the web app takes its day from it, so that a demo or a
   * test that pins the API's clock (WK_TODAY) sees the same day in the browser.
   */
  today?: string;
  /**
   * The signed-in person's memberships (gemeenten, with the role in each), sorted by name; the session holds
   * one of them (`tenant`). Empty for the operator.
   */
  memberships: SessionMembership[];
  /** A temporary password is in use: every route but the password change, session and sign-out answers 403. */
  passwordChangeRequired: boolean;
}

export interface SessionMembership {
  tenantId: string;
  tenantName: string;
  role: Role;
}

/** POST /api/v1/auth/password: the signed-in user changes the own password. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** POST /api/v1/auth/switch: a new session in another gemeente of the same person. */
export interface SwitchTenantRequest {
  tenantId: string;
}

/** Password rules (NCSC / NIST SP 800-63B): length, not a common password, not the e-mail address. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** How long a temporary password works (hours). */
export const TEMPORARY_PASSWORD_HOURS = 72;

/** A temporary password, shown once to the beheerder or operator who asked for it. */
export interface TemporaryPassword {
  password: string;
  /** ISO 8601, UTC. */
  expiresAt: string;
}

/** Name of the cookie holding the CSRF token; send it back in header `X-XSRF-TOKEN` on every write. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const SESSION_COOKIE = 'wk_session';
