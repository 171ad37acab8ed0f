import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ActiveSession, Role, SessionInfo, SessionMembership, SignInEvent, SignInMethod, TenantTheme } from '@wk/contracts';
import {
  APP_CONFIG,
  burnPasswordCheck,
  Clock,
  Db,
  DB_ROLES,
  DomainError,
  hashPassword,
  hexLiteral,
  invalid,
  invalidField,
  message,
  param,
  passwordProblems,
  verifyPassword,
  type Actor,
  type AppConfig,
} from '@wk/api/core';
// Sign-in reads accounts and memberships: auth is the one context besides tenancy that uses these entities.
import { AccountEntity, TenantEntity, UserEntity } from '@wk/api/tenancy/entities';
import { insertAuditEvent } from './audit-event';
import { LoginThrottleEntity, OperatorEntity, SessionEntity } from './auth.entities';
import { SignInEvents, type PasswordRefusal } from './sign-in-events';

export interface IssuedSession {
  token: string;
  csrfToken: string;
  info: SessionInfo;
}

export interface ResolvedSession {
  actor: Actor;
  /** Without memberships (see AuthService.withMemberships: only the session routes need them). */
  info: SessionInfo;
  csrfToken: string;
  /** The tenant's data version (TenantDataVersionEntity); null for operators. */
  dataVersion: string | null;
  /** The person behind a user session; null for operators. */
  accountId: string | null;
  /** A temporary password is in use. */
  passwordChangeRequired: boolean;
}

/** One membership of an account in an active gemeente, as sign-in sees it. */
interface MembershipRow {
  userId: string;
  tenantId: string;
  tenantName: string;
  role: Role;
  tenantActive: boolean;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly signInEvents: SignInEvents,
  ) {}

  /**
   * Email + password. The same answer for an unknown account and a wrong password (no enumeration);
   * failures are counted per account and per client address, shared by all API instances. Every sign-in and
   * every refusal is counted and logged (SignInEvents).
   */
  async login(emailRaw: string, password: string, ip: string): Promise<IssuedSession> {
    try {
      const issued = await this.passwordSignIn(emailRaw, password, ip);
      this.signInEvents.succeeded('password', { tenantId: issued.info.tenant?.id ?? null, userId: issued.info.user.id });
      return issued;
    } catch (error) {
      if (error instanceof DomainError) this.signInEvents.refused('password', passwordRefusal(error.code));
      throw error;
    }
  }

  private async passwordSignIn(emailRaw: string, password: string, ip: string): Promise<IssuedSession> {
    const email = emailRaw.trim().toLowerCase();
    const keys = [`account:${email}`, `address:${ip}`];
    await this.assertNotThrottled(keys);
    const found = await this.db.asRole(DB_ROLES.auth, async (m) => {
      const operator = await m.findOneBy(OperatorEntity, { email, active: true });
      const account = await m.findOneBy(AccountEntity, { email });
      const memberships = account ? await this.membershipsOf(m, account.id) : [];
      return { operator, account, memberships };
    });
    let match: { kind: 'account'; account: AccountEntity } | { kind: 'operator'; operator: OperatorEntity } | null = null;
    if (found.operator && (await verifyPassword(found.operator.passwordHash, password))) {
      match = { kind: 'operator', operator: found.operator };
    }
    // The hash is checked even without an open membership, so that the answer takes as long either way.
    if (!match && found.account && (await verifyPassword(found.account.passwordHash, password)) && found.memberships.length) {
      match = { kind: 'account', account: found.account };
    }
    if (!found.operator && !found.account) await burnPasswordCheck(password);
    if (!match) {
      await this.registerFailure(keys);
      // BIO: a failed sign-in of a known member is an event in the audit log of each of its gemeenten.
      for (const ms of found.memberships.filter((x) => x.tenantActive)) {
        await this.securityEvent(ms.tenantId, 'auth.sign_in_failed', 'user', ms.userId, {
          method: 'password',
          result: 'refused',
          reason: 'wrong_password',
          ip,
        });
      }
      throw new DomainError('unauthenticated', 'auth.wrong_credentials');
    }
    await this.clearFailures([`account:${email}`]);
    if (match.kind === 'operator') return this.issue({ operatorId: match.operator.id }, ip);
    const account = match.account;
    // From here on the password was right: saying why sign-in is refused reveals nothing to a stranger.
    const expires = account.temporaryPasswordExpiresAt;
    // Security timer on real time, like sessions (see clock.ts).
    if (account.mustChangePassword && expires && expires.getTime() <= Date.now()) {
      throw new DomainError('temporary_password_expired', 'auth.temporary_password_expired');
    }
    const active = found.memberships.filter((ms) => ms.tenantActive);
    if (!active.length) {
      const names = [...new Set(found.memberships.map((ms) => ms.tenantName))].join(', ');
      throw new DomainError('tenant_inactive', message('auth.tenant_inactive', { names }));
    }
    // A gemeente that signs its staff in through its own provider may have switched passwords off.
    const closed = await this.passwordClosed(active.map((ms) => ms.tenantId));
    const open = active.filter((ms) => !closed.has(ms.tenantId));
    // The gemeente chosen last, else the first by name; the web app lets a member of several choose.
    const chosen = open.find((ms) => ms.tenantId === account.lastTenantId) ?? open[0];
    if (!chosen) {
      const names = [...new Set(active.map((ms) => ms.tenantName))].join(', ');
      throw new DomainError('forbidden', message('auth.password_sign_in_off', { names }));
    }
    return this.issue({ tenantId: chosen.tenantId, userId: chosen.userId }, ip);
  }

  /**
   * A new session for the same person in another (or the same) gemeente; the old session ends. The choice
   * is remembered as the default for the next sign-in.
   */
  async switchTenant(current: ResolvedSession, tenantId: string, ip: string): Promise<IssuedSession> {
    const accountId = current.accountId;
    if (!accountId) throw new DomainError('forbidden', 'auth.switch_only_members');
    const target = await this.db.asRole(DB_ROLES.auth, async (m) => {
      const memberships = await this.membershipsOf(m, accountId);
      const found = memberships.find((ms) => ms.tenantId === tenantId && ms.tenantActive);
      if (!found) return null;
      await m.update(SessionEntity, { id: current.actor.sessionId }, { revokedAt: new Date() });
      await m.update(AccountEntity, { id: accountId }, { lastTenantId: tenantId });
      return found;
    });
    if (!target) {
      throw invalidField('tenantId', 'not_a_member', 'auth.not_a_member');
    }
    return this.issue({ tenantId: target.tenantId, userId: target.userId }, ip);
  }

  /**
   * The signed-in member changes the own password: the current one must be right (counted as a failed
   * sign-in when not), the new one must follow the rules. The account's other sessions end; this one stays.
   * Runs the change and its audit event in one tenant transaction.
   */
  async changePassword(current: ResolvedSession, currentPassword: string, newPassword: string, ip: string): Promise<void> {
    const { actor, accountId } = current;
    if (!accountId || !actor.tenantId) throw new DomainError('forbidden', 'auth.operator_password');
    const tenantId = actor.tenantId;
    const account = await this.db.asRole(DB_ROLES.auth, (m) => m.findOneBy(AccountEntity, { id: accountId }));
    if (!account) throw new DomainError('unauthenticated', 'auth.sign_in_again');
    const keys = [`account:${account.email}`, `address:${ip}`];
    await this.assertNotThrottled(keys);
    const problems = passwordProblems(newPassword, account.email, 'newPassword');
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      await this.registerFailure(keys);
      problems.unshift(param('currentPassword', 'wrong_password', 'auth.wrong_current_password'));
    } else if (newPassword === currentPassword) {
      problems.push(param('newPassword', 'unchanged', 'auth.password_unchanged'));
    }
    if (problems.length) throw invalid(problems);
    const hash = await hashPassword(newPassword);
    await this.db.inTenant(tenantId, async (m) => {
      const [row] = await m.query<{ ok: boolean }[]>('SELECT wk_member_change_password($1, $2, $3, $4) AS ok', [
        actor.id,
        account.passwordHash,
        hash,
        actor.sessionId,
      ]);
      if (!row?.ok) throw new DomainError('conflict', 'auth.password_changed_elsewhere');
      await this.recordAudit(m, tenantId, current, 'user.password_changed', {
        temporaryPasswordReplaced: account.mustChangePassword,
      });
    });
  }

  /** The session answer with the person's memberships (sign-in, switch and GET /auth/session). */
  async withMemberships(resolved: Pick<ResolvedSession, 'info' | 'accountId'>): Promise<SessionInfo> {
    const accountId = resolved.accountId;
    if (!accountId) return resolved.info;
    const rows = await this.db.asRole(DB_ROLES.auth, (m) => this.membershipsOf(m, accountId));
    const memberships: SessionMembership[] = rows
      .filter((r) => r.tenantActive)
      .map((r) => ({ tenantId: r.tenantId, tenantName: r.tenantName, role: r.role }));
    return { ...resolved.info, memberships };
  }

  private async membershipsOf(m: EntityManager, accountId: string): Promise<MembershipRow[]> {
    const rows = await m
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(TenantEntity, 't', 't.id = u.tenant_id')
      .select(['u.id AS user_id', 'u.tenant_id AS tenant_id', 't.name AS tenant_name', 'u.role AS role', 't.active AS tenant_active'])
      .where('u.account_id = :accountId AND u.active', { accountId })
      .orderBy('t.name', 'ASC')
      .getRawMany<{ user_id: string; tenant_id: string; tenant_name: string; role: Role; tenant_active: boolean }>();
    return rows.map((r) => ({
      userId: r.user_id,
      tenantId: r.tenant_id,
      tenantName: r.tenant_name,
      role: r.role,
      tenantActive: r.tenant_active,
    }));
  }

  /** Audit event written by the auth layer itself (its routes run outside the request transaction). */
  private async recordAudit(m: EntityManager, tenantId: string, current: ResolvedSession, action: string, after: unknown): Promise<void> {
    const { actor } = current;
    await insertAuditEvent(m, {
      tenantId,
      action,
      objectType: 'user',
      objectId: actor.id,
      after,
      occurredAt: this.clock.now(),
      actor: { kind: 'user', id: actor.id, name: actor.name },
    });
  }

  /**
   * A security event (BIO: who, what, which object, result, origin, when) in the gemeente's audit log, written
   * in its own transaction: a failed sign-in or a refused authorization leaves no other change to ride along with.
   * Its time is the database's real time (now()), as for sessions: not the product's clock, which a demo or a
   * test may pin on another day.
   */
  async securityEvent(
    tenantId: string,
    action: string,
    objectType: string,
    objectId: string | null,
    after: Record<string, unknown>,
  ): Promise<void> {
    try {
      await this.db.inTenant(tenantId, (m) => insertAuditEvent(m, { tenantId, action, objectType, objectId, after, occurredAt: null }));
    } catch (error) {
      this.logger.error(`security event ${action} not written: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The signed-in person's own active sessions (in this gemeente), the current one marked. */
  async ownSessions(current: ResolvedSession): Promise<ActiveSession[]> {
    const { actor } = current;
    const rows = await this.db.asRole(DB_ROLES.auth, (m) =>
      m.query<
        {
          id: string;
          public_id: string;
          created_at: Date;
          last_seen_at: Date;
          expires_at: Date;
          ip: string | null;
          sign_in_method: SignInMethod;
        }[]
      >(
        `SELECT id, public_id, created_at, last_seen_at, expires_at, ip, sign_in_method FROM sessions
          WHERE ${actor.kind === 'operator' ? 'operator_id = $2' : 'user_id = $2 AND tenant_id = $3'}
            AND revoked_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $1)
          ORDER BY last_seen_at DESC, created_at DESC`,
        actor.kind === 'operator'
          ? [this.config.session.idleMinutes, actor.id]
          : [this.config.session.idleMinutes, actor.id, actor.tenantId],
      ),
    );
    return rows.map((r) => ({
      id: r.public_id,
      createdAt: r.created_at.toISOString(),
      lastSeenAt: r.last_seen_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
      ip: r.ip,
      signInMethod: r.sign_in_method,
      current: r.id === actor.sessionId,
    }));
  }

  /** Ends one of the person's own sessions; false when there is no such active session of theirs. */
  async endOwnSession(current: ResolvedSession, publicId: string): Promise<boolean> {
    const { actor } = current;
    // A CTE, so that the answer is rows (TypeORM answers a bare UPDATE with [rows, count]).
    const [ended] = await this.db.asRole(DB_ROLES.auth, (m) =>
      m.query<{ n: number }[]>(
        `WITH ended AS (UPDATE sessions SET revoked_at = now() WHERE public_id = $1 AND revoked_at IS NULL
            AND ${actor.kind === 'operator' ? 'operator_id = $2' : 'user_id = $2 AND tenant_id = $3'} RETURNING id)
         SELECT count(*)::int AS n FROM ended`,
        actor.kind === 'operator' ? [publicId, actor.id] : [publicId, actor.id, actor.tenantId],
      ),
    );
    return (ended?.n ?? 0) > 0;
  }

  /** The latest sign-ins (sessions opened) and refused attempts of the gemeente's members, newest first. */
  async signIns(tenantId: string, limit: number): Promise<SignInEvent[]> {
    const opened = await this.db.asRole(DB_ROLES.auth, (m) =>
      m.query<{ created_at: Date; user_id: string; name: string; email: string; ip: string | null; sign_in_method: SignInMethod }[]>(
        `SELECT s.created_at, s.user_id, u.name, u.email, s.ip, s.sign_in_method
           FROM sessions s JOIN users u ON u.id = s.user_id AND u.tenant_id = s.tenant_id
          WHERE s.tenant_id = $1 ORDER BY s.created_at DESC LIMIT $2`,
        [tenantId, limit],
      ),
    );
    const refused = await this.db.inTenant(tenantId, (m) =>
      m.query<{ occurred_at: Date; object_id: string | null; after: Record<string, unknown>; name: string | null; email: string | null }[]>(
        `SELECT e.occurred_at, e.object_id, e.after, u.name, u.email FROM audit_events e
           LEFT JOIN users u ON e.object_type = 'user' AND u.id::text = e.object_id
          WHERE e.action IN ('auth.sign_in_failed', 'auth.sign_in_refused') ORDER BY e.occurred_at DESC LIMIT $1`,
        [limit],
      ),
    );
    const events: SignInEvent[] = [
      ...opened.map((r) => ({
        at: r.created_at.toISOString(),
        userId: r.user_id,
        userName: r.name,
        email: r.email,
        signInMethod: r.sign_in_method,
        result: 'ok' as const,
        reason: null,
        ip: r.ip,
      })),
      ...refused.map((r) => ({
        at: r.occurred_at.toISOString(),
        userId: r.name ? r.object_id : null,
        userName: r.name,
        email: r.email,
        signInMethod: methodOf(r.after['method']),
        result: 'refused' as const,
        reason: typeof r.after['reason'] === 'string' ? r.after['reason'] : null,
        ip: typeof r.after['ip'] === 'string' ? r.after['ip'] : null,
      })),
    ];
    return events.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  }

  /** Gemeenten (of these) whose provider allows no password sign-in. */
  private async passwordClosed(tenantIds: string[]): Promise<Set<string>> {
    const rows = await this.db.asRole(DB_ROLES.auth, (m) =>
      m.query<{ tenant_id: string }[]>(
        `SELECT tenant_id FROM identity_providers WHERE tenant_id = ANY($1::uuid[]) AND enabled AND NOT password_sign_in`,
        [tenantIds],
      ),
    );
    return new Set(rows.map((r) => r.tenant_id));
  }

  /** A session for a member signed in through the gemeente's provider (OidcService), remembered as the default gemeente. */
  async issueSession(
    owner: { tenantId: string; userId: string },
    ip: string,
    how: { method: SignInMethod; idToken: string | null },
  ): Promise<IssuedSession> {
    await this.db.asRole(DB_ROLES.auth, (m) =>
      m.query(`UPDATE accounts SET last_tenant_id = $2 FROM users u WHERE u.id = $1 AND accounts.id = u.account_id`, [
        owner.userId,
        owner.tenantId,
      ]),
    );
    return this.issue(owner, ip, how);
  }

  private async issue(
    owner: { tenantId: string; userId: string } | { operatorId: string },
    ip: string,
    how: { method: SignInMethod; idToken: string | null } = { method: 'password', idToken: null },
  ): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.session.absoluteHours * 3600_000);
    await this.db.asRole(DB_ROLES.auth, (m) =>
      m.insert(SessionEntity, {
        id: sha256(token),
        tenantId: 'tenantId' in owner ? owner.tenantId : null,
        userId: 'userId' in owner ? owner.userId : null,
        operatorId: 'operatorId' in owner ? owner.operatorId : null,
        csrfToken,
        lastSeenAt: now,
        expiresAt,
        revokedAt: null,
        ip: ip.slice(0, 64),
        signInMethod: how.method,
        idToken: how.idToken,
      }),
    );
    const resolved = await this.resolve(token);
    if (!resolved) throw new Error('session just created was not found');
    return { token, csrfToken, info: await this.withMemberships(resolved) };
  }

  /** Looks a session token up; extends its idle time. Null when unknown, revoked, idle or expired. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (!token || token.length > 200) return null;
    const id = sha256(token);
    // The session with its user, tenant, memberships and the tenant's data version, in one round trip:
    // this runs on every request.
    const rows = await this.db.readAsRole<SessionRow>(
      DB_ROLES.auth,
      // wk_session_lookup (migration SessionLookup): sessions ⟕ users ⟕ tenants ⟕ data versions, plan kept per connection.
      `SELECT * FROM wk_session_lookup(${hexLiteral(id)})`,
    );
    const s = rows[0];
    const now = Date.now();
    if (!s || s.revoked_at || s.expires_at.getTime() <= now) return null;
    if (now - s.last_seen_at.getTime() > this.config.session.idleMinutes * 60_000) {
      await this.db.asRole(DB_ROLES.auth, (m) => m.update(SessionEntity, { id }, { revokedAt: new Date() }));
      return null;
    }
    // Only write when it matters, to keep reads cheap.
    if (now - s.last_seen_at.getTime() > 60_000) {
      await this.db.asRole(DB_ROLES.auth, (m) => m.update(SessionEntity, { id }, { lastSeenAt: new Date() }));
    }
    const built = s.operator_id
      ? await this.db.asRole(DB_ROLES.auth, (m) => this.operatorInfo(m, s.id, s.operator_id ?? '', s.expires_at))
      : userInfo(s);
    return built
      ? {
          ...built,
          csrfToken: s.csrf_token,
          dataVersion: s.data_version,
          accountId: s.account_id,
          passwordChangeRequired: s.must_change_password === true,
        }
      : null;
  }

  async logout(token: string): Promise<void> {
    await this.db.asRole(DB_ROLES.auth, (m) => m.update(SessionEntity, { id: sha256(token) }, { revokedAt: new Date() }));
  }

  private async operatorInfo(
    m: EntityManager,
    sessionId: string,
    operatorId: string,
    expiresAt: Date,
  ): Promise<{ actor: Actor; info: SessionInfo } | null> {
    const op = await m.findOneBy(OperatorEntity, { id: operatorId, active: true });
    if (!op) return null;
    return {
      actor: { kind: 'operator', id: op.id, name: op.name, tenantId: null, role: null, orgUnitIds: [], sessionId },
      info: {
        user: { id: op.id, email: op.email, name: op.name, role: null, orgUnitIds: [] },
        tenant: null,
        operator: true,
        expiresAt: expiresAt.toISOString(),
        memberships: [],
        passwordChangeRequired: false,
      },
    };
  }

  private async assertNotThrottled(keys: string[]): Promise<void> {
    const rows = await this.db.asRole(DB_ROLES.auth, (m) =>
      m.createQueryBuilder(LoginThrottleEntity, 't').where('t.key IN (:...keys)', { keys }).getMany(),
    );
    const lockedUntil = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
    if (lockedUntil > Date.now()) {
      const minutes = Math.ceil((lockedUntil - Date.now()) / 60_000);
      throw new DomainError('too_many_attempts', message('auth.too_many_attempts', { minutes }), {
        retryAfterSeconds: Math.ceil((lockedUntil - Date.now()) / 1000),
      });
    }
  }

  private async registerFailure(keys: string[]): Promise<void> {
    const windowMs = this.config.throttle.windowMinutes * 60_000;
    await this.db.asRole(DB_ROLES.auth, async (m) => {
      for (const key of keys) {
        const limit = key.startsWith('account:') ? this.config.throttle.accountFailures : this.config.throttle.addressFailures;
        // One statement per key: safe when several instances count at once.
        await m.query(
          `INSERT INTO login_throttle (key, failures, window_started_at, locked_until)
           VALUES ($1, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $3) END)
           ON CONFLICT (key) DO UPDATE SET
             failures = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $3) THEN 1 ELSE login_throttle.failures + 1 END,
             window_started_at = CASE WHEN login_throttle.window_started_at < now() - make_interval(secs => $3) THEN now() ELSE login_throttle.window_started_at END,
             locked_until = CASE
               WHEN login_throttle.window_started_at < now() - make_interval(secs => $3) THEN CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $3) END
               WHEN login_throttle.failures + 1 >= $2 THEN now() + make_interval(secs => $3)
               ELSE login_throttle.locked_until END`,
          [key, limit, windowMs / 1000],
        );
      }
    });
    this.logger.warn(`Failed sign-in (${keys[1]})`);
  }

  private async clearFailures(keys: string[]): Promise<void> {
    await this.db.asRole(DB_ROLES.auth, (m) =>
      m.createQueryBuilder().delete().from(LoginThrottleEntity).where('key IN (:...keys)', { keys }).execute(),
    );
  }
}

/** The reason of a refused password sign-in, from the error it was refused with. */
function passwordRefusal(code: DomainError['code']): PasswordRefusal | DomainError['code'] {
  switch (code) {
    case 'unauthenticated':
      return 'wrong_credentials';
    case 'forbidden':
      return 'password_sign_in_off';
    default:
      // too_many_attempts, temporary_password_expired, tenant_inactive
      return code;
  }
}

/** How a recorded attempt signed in: through the gemeente's provider, else with a password. */
function methodOf(value: unknown): SignInMethod {
  return value === 'oidc' ? 'oidc' : 'password';
}

/** A session with its user, tenant and memberships (user columns null for operators and for inactive users). */
interface SessionRow {
  id: string;
  tenant_id: string | null;
  user_id: string | null;
  operator_id: string | null;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  email: string | null;
  name: string | null;
  role: Role | null;
  tenant_name: string | null;
  slug: string | null;
  cbs_code: string | null;
  theme: TenantTheme | null;
  org_unit_ids: string[] | null;
  data_version: string | null;
  account_id: string | null;
  must_change_password: boolean | null;
}

/** The signed-in user behind a session row; null when the user is gone or inactive. */
function userInfo(s: SessionRow): { actor: Actor; info: SessionInfo } | null {
  if (!s.tenant_id || !s.user_id || !s.email || !s.name || !s.role || !s.org_unit_ids) return null;
  const orgUnitIds = s.org_unit_ids;
  return {
    actor: { kind: 'user', id: s.user_id, name: s.name, tenantId: s.tenant_id, role: s.role, orgUnitIds, sessionId: s.id },
    info: {
      user: { id: s.user_id, email: s.email, name: s.name, role: s.role, orgUnitIds },
      tenant: { id: s.tenant_id, name: s.tenant_name ?? '', slug: s.slug ?? '', cbsCode: s.cbs_code ?? '', theme: s.theme as TenantTheme },
      operator: false,
      expiresAt: s.expires_at.toISOString(),
      memberships: [],
      passwordChangeRequired: s.must_change_password === true,
    },
  };
}
