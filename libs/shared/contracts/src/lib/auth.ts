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

/** How a session was made: with a password, or through the gemeente's own identity provider. */
export type SignInMethod = 'password' | 'oidc';

export interface SessionMembership {
  tenantId: string;
  tenantName: string;
  role: Role;
}

/** POST /api/v1/auth/logout of a session made through the gemeente's provider (200; other sessions: 204). */
export interface LogoutAnswer {
  /** Open this in the browser to end the session at the provider too; it sends the browser back to sign-in. */
  endSessionUrl: string;
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

/** How the app authenticates to the gemeente's OpenID Connect provider at its token endpoint. */
export const OIDC_CLIENT_AUTH = ['client_secret_basic', 'client_secret_post', 'private_key_jwt'] as const;
export type OidcClientAuth = (typeof OIDC_CLIENT_AUTH)[number];

/** One group (a value of the groups claim) and the role it gives in the gemeente. */
export interface OidcRoleMapping {
  group: string;
  role: Role;
}

/** GET /api/v1/identity-provider: the gemeente's provider as its beheerder sees it (secrets never shown). */
export interface IdentityProviderSettings {
  issuer: string;
  clientId: string;
  clientAuth: OidcClientAuth;
  /** A client secret is stored (write-only: it is never sent back). */
  hasClientSecret: boolean;
  /** A private key for private_key_jwt is stored; its public part (JWK) to register at the provider. */
  publicKeyJwk: Record<string, unknown> | null;
  groupsClaim: string;
  roleMappings: OidcRoleMapping[];
  /** E-mail domains whose people are sent to this provider from the sign-in page (e.g. nijmegen.nl). */
  emailDomains: string[];
  /** Staff may still sign in with a password; false: only through the provider (operators always can). */
  passwordSignIn: boolean;
  enabled: boolean;
  /** The address to register at the provider as redirect URI, and the one to register for sign-out. */
  redirectUri: string;
  postLogoutRedirectUri: string;
  updatedAt: string;
}

/** PUT /api/v1/identity-provider. Leave clientSecret/privateKeyJwk out to keep the stored one. */
export interface IdentityProviderRequest {
  issuer: string;
  clientId: string;
  clientAuth: OidcClientAuth;
  clientSecret?: string;
  /** A private JWK (JSON text, RSA or EC) for private_key_jwt. */
  privateKeyJwk?: string;
  groupsClaim: string;
  roleMappings: OidcRoleMapping[];
  emailDomains: string[];
  passwordSignIn: boolean;
  enabled: boolean;
}

/** GET /api/v1/auth/sso: gemeenten whose staff sign in through their own provider (public). */
export interface SsoGemeente {
  slug: string;
  name: string;
  /** Where the browser goes to start signing in: GET, then the provider's page. */
  startUrl: string;
}

/** Why a sign-in through the gemeente's provider was refused (the web app's page /inloggen/geweigerd?reden=). */
export const OIDC_REFUSALS = ['no_group', 'state', 'token', 'provider', 'inactive', 'no_email', 'unknown_gemeente'] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];

/** GET /api/v1/auth/sessions: one of the signed-in person's own active sessions. */
export interface ActiveSession {
  id: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** The client address it was opened from. */
  ip: string | null;
  signInMethod: SignInMethod;
  /** The session of this request. */
  current: boolean;
}

/** GET /api/v1/sign-ins: one sign-in (or refused attempt) of a member of the gemeente, for its beheerder. */
export interface SignInEvent {
  /** ISO 8601, UTC. */
  at: string;
  userId: string | null;
  userName: string | null;
  email: string | null;
  signInMethod: SignInMethod;
  result: 'ok' | 'refused';
  /** Why it was refused (a code: wrong_password, no_group, state, token…); null when it succeeded. */
  reason: string | null;
  ip: string | null;
}
