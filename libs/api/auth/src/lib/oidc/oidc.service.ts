import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes, webcrypto } from 'node:crypto';
import * as oidc from 'openid-client';
import type { EntityManager } from 'typeorm';
import {
  ROLES,
  type IdentityProviderRequest,
  type IdentityProviderSettings,
  type OidcRefusal,
  type OidcRoleMapping,
  type Role,
  type SsoGemeente,
} from '@wk/contracts';
import { APP_CONFIG, Clock, currentContext, Db, DB_ROLES, hashPassword, invalid, notFound, param, type AppConfig } from '@wk/api/core';
import { insertAuditEvent } from '../audit-event';
import { IdentityProviderEntity, SessionEntity } from '../auth.entities';
import { AuthService, type IssuedSession } from '../auth.service';
import { SignInEvents } from '../sign-in-events';

/** The path of the provider's answer, under the API prefix; registered at the provider as redirect URI. */
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';
/** Where the provider sends the browser after signing out (the sign-in page, with a notice). */
export const OIDC_SIGNED_OUT_PATH = '/inloggen?afgemeld=1';
/** The short-lived cookie that carries state, nonce and PKCE verifier from the start to the callback. */
export const OIDC_COOKIE = 'wk_oidc';
export const OIDC_COOKIE_PATH = '/api/v1/auth/oidc';
export const OIDC_COOKIE_MINUTES = 10;

/** What the start of a sign-in remembers in the browser (the verifier and nonce never reach the provider's URL). */
interface Attempt {
  /** tenant id */
  t: string;
  /** state */
  s: string;
  /** PKCE code verifier */
  v: string;
  /** nonce */
  n: string;
  /** where to go after signing in (a path of this app) */
  r: string;
  /** redirect URI used */
  u: string;
}

/** A refusal: the browser goes to the web app's page that explains it. */
export class OidcRefused extends Error {
  constructor(
    readonly reason: OidcRefusal,
    detail: string,
    /** The gemeente whose sign-in was refused, when known (for its audit log). */
    readonly tenantId: string | null = null,
  ) {
    super(detail);
  }
}

interface ProviderRow extends IdentityProviderEntity {
  tenantName: string;
  tenantSlug: string;
  tenantActive: boolean;
}

/** Highest role first: a person in several mapped groups gets the strongest role. */
const ROLE_RANK: Record<Role, number> = { admin: 0, planner: 1, contributor: 2, viewer: 3 };

/** The role the groups give under the mappings; null when none maps. */
export function roleFromGroups(groups: readonly string[], mappings: readonly OidcRoleMapping[]): Role | null {
  const roles = mappings.filter((mp) => groups.includes(mp.group)).map((mp) => mp.role);
  return roles.sort((a, b) => ROLE_RANK[a] - ROLE_RANK[b])[0] ?? null;
}

/** The groups in a claim value: an array of strings, or one string (space- or comma-separated). */
export function groupsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/** A path of this app to return to after signing in; anything else (another site, //host) becomes the start page. */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.length > 500) return '/';
  return raw;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Sign-in through the gemeente's own OpenID Connect provider (authorization code flow with PKCE S256, state
 * and nonce; ID token checked on issuer, audience, expiry and signature by openid-client), the gemeente's
 * provider settings, and the provider's sign-out (RP-initiated logout).
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  /** Discovered provider configurations per gemeente, keyed by the settings' version. */
  private readonly discovered = new Map<string, { version: number; at: number; config: Promise<oidc.Configuration> }>();

  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signInEvents: SignInEvents,
  ) {}

  /** Gemeenten whose staff sign in through their provider, with the domains the sign-in page matches e-mail on. */
  async gemeenten(origin: string, email?: string): Promise<SsoGemeente[]> {
    const rows = await this.db.asRole(DB_ROLES.auth, (m) => this.providers(m, 'ip.enabled AND t.active'));
    const domain = email?.trim().toLowerCase().split('@')[1];
    return rows
      .filter((r) => !email || (domain !== undefined && r.emailDomains.includes(domain)))
      .map((r) => ({ slug: r.tenantSlug, name: r.tenantName, startUrl: `${origin}/api/v1/auth/oidc/${r.tenantSlug}/start` }));
  }

  /** The provider's authorization URL for this gemeente, and the attempt to keep in the browser's cookie. */
  async start(slug: string, returnTo: unknown, origin: string): Promise<{ url: string; cookie: string }> {
    const row = await this.providerBy('t.slug = $1', slug);
    if (!row || !row.enabled || !row.tenantActive) throw new OidcRefused('unknown_gemeente', `no provider for ${slug}`);
    const config = await this.configuration(row);
    const attempt: Attempt = {
      t: row.tenantId,
      s: oidc.randomState(),
      v: oidc.randomPKCECodeVerifier(),
      n: oidc.randomNonce(),
      r: safeReturnPath(returnTo),
      u: `${origin}${OIDC_CALLBACK_PATH}`,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: attempt.u,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(attempt.v),
      code_challenge_method: 'S256',
      state: attempt.s,
      nonce: attempt.n,
    });
    return { url: url.href, cookie: Buffer.from(JSON.stringify(attempt)).toString('base64url') };
  }

  /**
   * The provider's answer: checks the attempt (state), exchanges the code (PKCE), validates the ID token, maps
   * the groups to a role, finds or creates the member and opens a session. Throws OidcRefused otherwise.
   */
  async callback(
    query: Record<string, unknown>,
    cookie: string | undefined,
    ip: string,
  ): Promise<{ issued: IssuedSession; returnTo: string }> {
    const attempt = parseAttempt(cookie);
    if (!attempt || typeof query['state'] !== 'string' || query['state'] !== attempt.s) {
      throw new OidcRefused('state', 'the state of the answer does not match the sign-in this browser started');
    }
    if (typeof query['error'] === 'string') throw new OidcRefused('provider', `the provider answered ${query['error']}`, attempt.t);
    const row = await this.providerBy('ip.tenant_id = $1', attempt.t);
    if (!row || !row.enabled || !row.tenantActive) throw new OidcRefused('unknown_gemeente', 'the provider is no longer set up');
    const config = await this.configuration(row);
    const current = new URL(attempt.u);
    for (const [k, v] of Object.entries(query)) if (typeof v === 'string') current.searchParams.set(k, v);
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: attempt.v,
        expectedState: attempt.s,
        expectedNonce: attempt.n,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new OidcRefused('token', error instanceof Error ? `${error.name}: ${error.message}` : String(error), row.tenantId);
    }
    const idToken = tokens.id_token;
    const claims = tokens.claims();
    if (!claims || !idToken) throw new OidcRefused('token', 'no ID token', row.tenantId);
    let profile: Record<string, unknown> = { ...claims };
    // Providers that keep e-mail or groups out of the ID token give them at the userinfo endpoint.
    if ((typeof profile['email'] !== 'string' || profile[row.groupsClaim] === undefined) && tokens.access_token) {
      try {
        profile = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)), ...profile };
      } catch (error) {
        this.logger.warn(`userinfo of ${row.tenantSlug} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const email = typeof profile['email'] === 'string' ? profile['email'].trim().toLowerCase() : '';
    if (!email || email.length > 254 || !email.includes('@'))
      throw new OidcRefused('no_email', 'the provider gave no e-mail address', row.tenantId);
    const role = roleFromGroups(groupsOf(profile[row.groupsClaim]), row.roleMappings);
    if (!role) throw new OidcRefused('no_group', `no group of ${claims.sub} maps to a role`, row.tenantId);
    const name = nameOf(profile, email);
    const userId = await this.member(row.tenantId, claims.sub, email, name, role);
    const issued = await this.auth.issueSession({ tenantId: row.tenantId, userId }, ip, { method: 'oidc', idToken });
    this.signInEvents.succeeded('oidc', { tenantId: row.tenantId, userId });
    return { issued, returnTo: attempt.r };
  }

  /**
   * A refused sign-in: a warning in the log and, when the gemeente is known, an event in its audit log with
   * what the BIO asks (what: sign-in through the provider; result: refused and why; origin: the address; when).
   */
  async refused(error: OidcRefused): Promise<void> {
    const ip = currentContext()?.ip ?? null;
    this.logger.warn(`Sign-in through a provider refused (${error.reason}): ${error.message}`);
    this.signInEvents.refused('oidc', error.reason, error.tenantId);
    const tenantId = error.tenantId;
    if (!tenantId) return;
    const after = { method: 'oidc', result: 'refused', reason: error.reason, ip };
    try {
      // The database's real time (occurredAt null), like the sessions beside it in the sign-in history.
      await this.db.inTenant(tenantId, (m) =>
        insertAuditEvent(m, { tenantId, action: 'auth.sign_in_refused', objectType: 'session', objectId: null, after, occurredAt: null }),
      );
    } catch (e) {
      this.logger.error(`audit of a refused sign-in failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The provider's sign-out address for a session made through it (null for password sessions). */
  async endSessionUrl(token: string, origin: string): Promise<string | null> {
    const id = createHash('sha256').update(token).digest('hex');
    const session = await this.db.asRole(DB_ROLES.auth, (m) => m.findOneBy(SessionEntity, { id }));
    if (!session || session.signInMethod !== 'oidc' || !session.idToken || !session.tenantId) return null;
    const row = await this.providerBy('ip.tenant_id = $1', session.tenantId);
    if (!row) return null;
    try {
      const config = await this.configuration(row);
      if (!config.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, {
        id_token_hint: session.idToken,
        post_logout_redirect_uri: `${origin}${OIDC_SIGNED_OUT_PATH}`,
      }).href;
    } catch (error) {
      this.logger.warn(`end session URL of ${row.tenantSlug}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  // --- The beheerder's settings (in the request's tenant transaction) ---

  async settings(tenantId: string, origin: string): Promise<IdentityProviderSettings | null> {
    const row = await this.db.manager().findOneBy(IdentityProviderEntity, { tenantId });
    return row ? toSettings(row, origin) : null;
  }

  async save(tenantId: string, input: IdentityProviderRequest, origin: string): Promise<IdentityProviderSettings> {
    const m = this.db.manager();
    const existing = await m.findOneBy(IdentityProviderEntity, { tenantId });
    const problems = [];
    const issuer = input.issuer.trim().replace(/\/+$/, '');
    let issuerUrl: URL | null = null;
    try {
      issuerUrl = new URL(issuer);
    } catch {
      problems.push(param('issuer', 'format', 'oidc.issuer_format'));
    }
    if (issuerUrl && issuerUrl.protocol !== 'https:' && !this.insecureAllowed(issuerUrl)) {
      problems.push(param('issuer', 'https', 'oidc.issuer_https'));
    }
    const clientSecret = input.clientSecret ?? existing?.clientSecret ?? null;
    if (input.clientAuth !== 'private_key_jwt' && !clientSecret)
      problems.push(param('clientSecret', 'required', 'oidc.client_secret_required'));
    const privateKeyJwk = input.privateKeyJwk ?? existing?.privateKeyJwk ?? null;
    if (input.clientAuth === 'private_key_jwt') {
      if (!privateKeyJwk) problems.push(param('privateKeyJwk', 'required', 'oidc.private_key_required'));
      else if (!(await importPrivateKey(privateKeyJwk).catch(() => null)))
        problems.push(param('privateKeyJwk', 'format', 'oidc.private_key_format'));
    }
    if (!input.roleMappings.length) problems.push(param('roleMappings', 'required', 'oidc.role_mappings_required'));
    input.roleMappings.forEach((mp, i) => {
      if (!mp.group.trim()) problems.push(param(`roleMappings.${i}.group`, 'required', 'oidc.group_required'));
      if (!(ROLES as readonly string[]).includes(mp.role)) problems.push(param(`roleMappings.${i}.role`, 'one_of', 'oidc.role_unknown'));
    });
    const domains = [...new Set(input.emailDomains.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean))];
    domains.forEach((d, i) => {
      if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(d)) {
        problems.push(param(`emailDomains.${i}`, 'format', 'oidc.domain_format', { domain: d }));
      }
    });
    if (problems.length) throw invalid(problems);
    const values = {
      tenantId,
      issuer,
      clientId: input.clientId.trim(),
      clientAuth: input.clientAuth,
      clientSecret: input.clientAuth === 'private_key_jwt' ? null : clientSecret,
      privateKeyJwk: input.clientAuth === 'private_key_jwt' ? privateKeyJwk : null,
      groupsClaim: input.groupsClaim.trim() || 'groups',
      roleMappings: input.roleMappings.map((mp) => ({ group: mp.group.trim(), role: mp.role })),
      emailDomains: domains,
      passwordSignIn: input.passwordSignIn,
      enabled: input.enabled,
    };
    // The provider must answer its discovery document before the gemeente depends on it.
    if (input.enabled) {
      try {
        await this.discover({ ...values, version: -1 } as IdentityProviderEntity);
      } catch (error) {
        this.logger.warn(`discovery of ${issuer} failed: ${error instanceof Error ? error.message : String(error)}`);
        throw invalid([param('issuer', 'unreachable', 'oidc.issuer_unreachable', { issuer })]);
      }
    }
    if (existing) await m.update(IdentityProviderEntity, { tenantId }, { ...values, version: existing.version + 1 });
    else await m.insert(IdentityProviderEntity, { ...values, version: 1 });
    await this.audit(
      m,
      tenantId,
      existing ? 'identity_provider.updated' : 'identity_provider.created',
      existing ? redact(existing) : null,
      redact(values),
    );
    const saved = await m.findOneByOrFail(IdentityProviderEntity, { tenantId });
    return toSettings(saved, origin);
  }

  async remove(tenantId: string): Promise<void> {
    const m = this.db.manager();
    const existing = await m.findOneBy(IdentityProviderEntity, { tenantId });
    if (!existing) throw notFound('item');
    await m.delete(IdentityProviderEntity, { tenantId });
    await this.audit(m, tenantId, 'identity_provider.deleted', redact(existing), null);
  }

  // --- internals ---

  private insecureAllowed(url: URL): boolean {
    return LOOPBACK.has(url.hostname) || this.config.oidc.allowHttp;
  }

  private providers(m: EntityManager, where: string, params: unknown[] = []): Promise<ProviderRow[]> {
    return m
      .query<Record<string, unknown>[]>(
        `SELECT ip.*, t.name AS tenant_name, t.slug AS tenant_slug, t.active AS tenant_active
           FROM identity_providers ip JOIN tenants t ON t.id = ip.tenant_id WHERE ${where} ORDER BY t.name`,
        params,
      )
      .then((rows) =>
        rows.map((r) => ({
          tenantId: r['tenant_id'] as string,
          issuer: r['issuer'] as string,
          clientId: r['client_id'] as string,
          clientAuth: r['client_auth'] as IdentityProviderEntity['clientAuth'],
          clientSecret: r['client_secret'] as string | null,
          privateKeyJwk: r['private_key_jwk'] as string | null,
          groupsClaim: r['groups_claim'] as string,
          roleMappings: r['role_mappings'] as OidcRoleMapping[],
          emailDomains: r['email_domains'] as string[],
          passwordSignIn: r['password_sign_in'] as boolean,
          enabled: r['enabled'] as boolean,
          updatedAt: r['updated_at'] as Date,
          version: r['version'] as number,
          tenantName: r['tenant_name'] as string,
          tenantSlug: r['tenant_slug'] as string,
          tenantActive: r['tenant_active'] as boolean,
        })),
      );
  }

  private async providerBy(where: string, value: string): Promise<ProviderRow | null> {
    const rows = await this.db.asRole(DB_ROLES.auth, (m) => this.providers(m, where, [value]));
    return rows[0] ?? null;
  }

  /** The provider's configuration, discovered once per settings version (and again after an hour). */
  private configuration(row: IdentityProviderEntity): Promise<oidc.Configuration> {
    const cached = this.discovered.get(row.tenantId);
    if (cached && cached.version === row.version && performance.now() - cached.at < 3600_000) return cached.config;
    const config = this.discover(row);
    this.discovered.set(row.tenantId, { version: row.version, at: performance.now(), config });
    config.catch(() => this.discovered.delete(row.tenantId));
    return config.catch((error: unknown) => {
      throw new OidcRefused('provider', `discovery failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  private async discover(row: IdentityProviderEntity): Promise<oidc.Configuration> {
    const issuer = new URL(row.issuer);
    const clientAuth =
      row.clientAuth === 'private_key_jwt'
        ? oidc.PrivateKeyJwt(await importPrivateKey(row.privateKeyJwk ?? ''))
        : row.clientAuth === 'client_secret_post'
          ? oidc.ClientSecretPost(row.clientSecret ?? '')
          : oidc.ClientSecretBasic(row.clientSecret ?? '');
    return oidc.discovery(issuer, row.clientId, { [oidc.clockTolerance]: this.config.oidc.clockToleranceSeconds }, clientAuth, {
      execute: this.insecureAllowed(issuer) && issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    });
  }

  /**
   * The member behind the provider's subject in this gemeente: found by subject, else by e-mail address
   * (linked once), else created with the role of the groups. The role follows the groups at every sign-in.
   */
  private member(tenantId: string, subject: string, email: string, name: string, role: Role): Promise<string> {
    return this.db.inTenant(tenantId, async (m) => {
      type Row = { id: string; role: Role; active: boolean; external_subject: string | null };
      const [bySubject] = await m.query<Row[]>(`SELECT id, role, active, external_subject FROM users WHERE external_subject = $1`, [
        subject,
      ]);
      const [byEmail] = bySubject
        ? [bySubject]
        : await m.query<Row[]>(`SELECT id, role, active, external_subject FROM users WHERE email = $1 AND external_subject IS NULL`, [
            email,
          ]);
      const found = bySubject ?? byEmail;
      if (found) {
        if (!found.active) throw new OidcRefused('inactive', 'the member has been deactivated', tenantId);
        if (found.role !== role || found.external_subject !== subject) {
          await m.query(`UPDATE users SET role = $2, external_subject = $3, version = version + 1, updated_at = now() WHERE id = $1`, [
            found.id,
            role,
            subject,
          ]);
          if (found.role !== role) {
            await this.audit(
              m,
              tenantId,
              'user.role_from_provider',
              { id: found.id, role: found.role },
              { id: found.id, role },
              found.id,
              'user',
            );
          }
        }
        return found.id;
      }
      // A person new to Wijkkompas gets an account without a usable password: this gemeente signs them in.
      const unusable = await hashPassword(randomBytes(32).toString('base64url'));
      const [account] = await m.query<{ account_id: string }[]>('SELECT account_id FROM wk_account_ensure($1, $2, NULL)', [
        email,
        unusable,
      ]);
      if (!account?.account_id) throw new Error('wk_account_ensure returned no account');
      const [created] = await m.query<{ id: string }[]>(
        `INSERT INTO users (tenant_id, account_id, email, name, role, external_subject, version)
         VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id`,
        [tenantId, account.account_id, email, name, role, subject],
      );
      if (!created) throw new Error('user not created');
      await this.audit(m, tenantId, 'user.created_by_provider', null, { id: created.id, email, name, role }, created.id, 'user');
      return created.id;
    });
  }

  private async audit(
    m: EntityManager,
    tenantId: string,
    action: string,
    before: unknown,
    after: unknown,
    objectId: string | null = tenantId,
    objectType = 'identity_provider',
  ): Promise<void> {
    await insertAuditEvent(m, { tenantId, action, objectType, objectId, before, after, occurredAt: this.clock.now() });
  }
}

function parseAttempt(cookie: string | undefined): Attempt | null {
  if (!cookie || cookie.length > 4000) return null;
  try {
    const a = JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8')) as Partial<Attempt>;
    return typeof a.t === 'string' &&
      typeof a.s === 'string' &&
      typeof a.v === 'string' &&
      typeof a.n === 'string' &&
      typeof a.u === 'string'
      ? { t: a.t, s: a.s, v: a.v, n: a.n, u: a.u, r: safeReturnPath(a.r) }
      : null;
  } catch {
    return null;
  }
}

function nameOf(profile: Record<string, unknown>, email: string): string {
  const given = typeof profile['given_name'] === 'string' ? profile['given_name'] : '';
  const family = typeof profile['family_name'] === 'string' ? profile['family_name'] : '';
  const name = typeof profile['name'] === 'string' && profile['name'].trim() ? profile['name'] : `${given} ${family}`.trim();
  return (name || email.split('@')[0] || email).slice(0, 200);
}

/** A private JWK (RSA → RS256, EC P-256 → ES256) as a signing key for private_key_jwt. */
export async function importPrivateKey(jwkText: string): Promise<{ key: CryptoKey; kid?: string }> {
  const jwk = JSON.parse(jwkText) as JsonWebKey & { kid?: string };
  if (!jwk.d) throw new Error('not a private key');
  const algorithm =
    jwk.kty === 'RSA'
      ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }
      : jwk.kty === 'EC' && jwk.crv === 'P-256'
        ? { name: 'ECDSA', namedCurve: 'P-256' }
        : null;
  if (!algorithm) throw new Error('unsupported key type');
  const key = await webcrypto.subtle.importKey('jwk', jwk, algorithm, false, ['sign']);
  return jwk.kid ? { key, kid: jwk.kid } : { key };
}

/** The public half of a private JWK, to register at the provider. */
function publicJwk(jwkText: string | null): Record<string, unknown> | null {
  if (!jwkText) return null;
  try {
    const jwk = JSON.parse(jwkText) as Record<string, unknown>;
    const pub = Object.fromEntries(Object.entries(jwk).filter(([k]) => !['d', 'p', 'q', 'dp', 'dq', 'qi'].includes(k)));
    return { ...pub, use: 'sig', alg: pub['kty'] === 'EC' ? 'ES256' : 'RS256' };
  } catch {
    return null;
  }
}

function toSettings(row: IdentityProviderEntity, origin: string): IdentityProviderSettings {
  return {
    issuer: row.issuer,
    clientId: row.clientId,
    clientAuth: row.clientAuth,
    hasClientSecret: !!row.clientSecret,
    publicKeyJwk: publicJwk(row.privateKeyJwk),
    groupsClaim: row.groupsClaim,
    roleMappings: row.roleMappings,
    emailDomains: row.emailDomains,
    passwordSignIn: row.passwordSignIn,
    enabled: row.enabled,
    redirectUri: `${origin}${OIDC_CALLBACK_PATH}`,
    postLogoutRedirectUri: `${origin}${OIDC_SIGNED_OUT_PATH}`,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The settings as the audit log keeps them: secrets never. */
function redact(values: Partial<IdentityProviderEntity>): Record<string, unknown> {
  const { clientSecret, privateKeyJwk, ...rest } = values;
  return { ...rest, clientSecret: clientSecret ? '(opgeslagen)' : null, privateKeyJwk: privateKeyJwk ? '(opgeslagen)' : null };
}
