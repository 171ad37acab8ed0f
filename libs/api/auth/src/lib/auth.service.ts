import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Role, SessionInfo, TenantTheme } from '@wk/contracts';
import {
  APP_CONFIG,
  burnPasswordCheck,
  Db,
  DB_ROLES,
  DomainError,
  hexLiteral,
  verifyPassword,
  type Actor,
  type AppConfig,
} from '@wk/api/core';
import { UserEntity } from '@wk/api/tenancy';
import { LoginThrottleEntity, OperatorEntity, SessionEntity } from './auth.entities';

export interface IssuedSession {
  token: string;
  csrfToken: string;
  info: SessionInfo;
}

export interface ResolvedSession {
  actor: Actor;
  info: SessionInfo;
  csrfToken: string;
  /** The tenant's data version (TenantDataVersionEntity); null for operators. */
  dataVersion: string | null;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Email + password. The same answer for an unknown account and a wrong password (no enumeration);
   * failures are counted per account and per client address, shared by all API instances.
   */
  async login(emailRaw: string, password: string, ip: string): Promise<IssuedSession> {
    const email = emailRaw.trim().toLowerCase();
    const keys = [`account:${email}`, `address:${ip}`];
    await this.assertNotThrottled(keys);
    const found = await this.db.asRole(DB_ROLES.auth, async (m) => {
      const operator = await m.findOneBy(OperatorEntity, { email, active: true });
      const users = await m.find(UserEntity, { where: { email, active: true }, order: { createdAt: 'ASC' } });
      return { operator, users };
    });
    let match: { kind: 'user'; user: UserEntity } | { kind: 'operator'; operator: OperatorEntity } | null = null;
    if (found.operator && (await verifyPassword(found.operator.passwordHash, password))) {
      match = { kind: 'operator', operator: found.operator };
    }
    for (const user of found.users) {
      if (match) break;
      if (await verifyPassword(user.passwordHash, password)) match = { kind: 'user', user };
    }
    if (!found.operator && !found.users.length) await burnPasswordCheck(password);
    if (!match) {
      await this.registerFailure(keys);
      throw new DomainError('unauthenticated', 'E-mailadres of wachtwoord klopt niet.');
    }
    await this.clearFailures([`account:${email}`]);
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.session.absoluteHours * 3600_000);
    await this.db.asRole(DB_ROLES.auth, (m) =>
      m.insert(SessionEntity, {
        id: sha256(token),
        tenantId: match.kind === 'user' ? match.user.tenantId : null,
        userId: match.kind === 'user' ? match.user.id : null,
        operatorId: match.kind === 'operator' ? match.operator.id : null,
        csrfToken,
        lastSeenAt: now,
        expiresAt,
        revokedAt: null,
        ip: ip.slice(0, 64),
      }),
    );
    const resolved = await this.resolve(token);
    if (!resolved) throw new Error('session just created was not found');
    return { token, csrfToken, info: resolved.info };
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
    return built ? { ...built, csrfToken: s.csrf_token, dataVersion: s.data_version } : null;
  }

  async logout(token: string): Promise<void> {
    await this.db.asRole(DB_ROLES.auth, (m) => m.update(SessionEntity, { id: sha256(token) }, { revokedAt: new Date() }));
  }

  private async operatorInfo(m: EntityManager, sessionId: string, operatorId: string, expiresAt: Date): Promise<{ actor: Actor; info: SessionInfo } | null> {
    const op = await m.findOneBy(OperatorEntity, { id: operatorId, active: true });
    if (!op) return null;
    return {
      actor: { kind: 'operator', id: op.id, name: op.name, tenantId: null, role: null, orgUnitIds: [], sessionId },
      info: {
        user: { id: op.id, email: op.email, name: op.name, role: null, orgUnitIds: [] },
        tenant: null,
        operator: true,
        expiresAt: expiresAt.toISOString(),
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
      throw new DomainError(
        'too_many_attempts',
        `Er is te vaak een verkeerd wachtwoord ingevuld. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
        { retryAfterSeconds: Math.ceil((lockedUntil - Date.now()) / 1000) },
      );
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
    await this.db.asRole(DB_ROLES.auth, (m) => m.createQueryBuilder().delete().from(LoginThrottleEntity).where('key IN (:...keys)', { keys }).execute());
  }
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
    },
  };
}
