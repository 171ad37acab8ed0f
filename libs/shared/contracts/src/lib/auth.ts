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
}

/** Name of the cookie holding the CSRF token; send it back in header `X-XSRF-TOKEN` on every write. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const SESSION_COOKIE = 'wk_session';
