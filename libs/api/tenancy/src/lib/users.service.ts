import { Injectable } from '@nestjs/common';
import type { CreatedUser, Page, TemporaryPassword, User } from '@wk/contracts';
import {
  Clock,
  currentTenantId,
  Db,
  DomainError,
  generateTemporaryPassword,
  hashPassword,
  invalid,
  notFound,
  param,
  passwordProblems,
  Sessions,
  TEMPORARY_PASSWORD_HOURS,
  versionConflict,
} from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import type { EntityManager } from 'typeorm';
import { OrgUnitMemberEntity, UserEntity } from './tenancy.entities';
import type { CreateUserDto, UpdateUserDto } from './tenancy.dto';
import { auditUser, toUser, type AccountFacts } from './mappers';
import { OrgUnitsService } from './org-units.service';

interface MemberAccountRow {
  user_id: string;
  must_change_password: boolean;
  temporary_password_expires_at: Date | null;
  other_memberships: number;
}

/** The account of a new member: an existing one (its password untouched) or a new one. */
export interface EnsuredAccount {
  accountId: string;
  existingAccount: boolean;
  temporaryPassword: TemporaryPassword | null;
}

/**
 * An account for this address, for a new member of the current tenant (runs as wk_app through the
 * SECURITY DEFINER function wk_account_ensure). Existing account: nothing about it changes. New account:
 * the given password (checked against the rules) or a hash given by the seed, else a temporary password.
 */
export async function ensureAccount(
  m: EntityManager,
  email: string,
  password: { plain?: string; hash?: string; field: string },
): Promise<EnsuredAccount> {
  const call = async (hash: string | null, ttl: number | null) =>
    (
      await m.query<{ account_id: string | null; created: boolean; expires_at: Date | null }[]>(
        'SELECT * FROM wk_account_ensure($1, $2, $3)',
        [email, hash, ttl],
      )
    )[0];
  const existing = await call(null, null);
  if (existing?.account_id) return { accountId: existing.account_id, existingAccount: true, temporaryPassword: null };
  let plain = password.plain;
  let temporary = false;
  if (password.hash === undefined && plain === undefined) {
    plain = generateTemporaryPassword();
    temporary = true;
  } else if (plain !== undefined) {
    const problems = passwordProblems(plain, email, password.field);
    if (problems.length) throw invalid(problems);
  }
  const hash = password.hash ?? (await hashPassword(plain ?? ''));
  const row = await call(hash, temporary ? TEMPORARY_PASSWORD_HOURS : null);
  if (!row?.account_id) throw new Error('wk_account_ensure returned no account');
  if (!row.created) return { accountId: row.account_id, existingAccount: true, temporaryPassword: null };
  return {
    accountId: row.account_id,
    existingAccount: false,
    temporaryPassword: temporary && plain && row.expires_at ? { password: plain, expiresAt: row.expires_at.toISOString() } : null,
  };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly orgUnits: OrgUnitsService,
    private readonly clock: Clock,
    private readonly sessions: Sessions,
  ) {}

  async list(): Promise<Page<User>> {
    const m = this.db.manager();
    const users = await m.find(UserEntity, { where: { tenantId: currentTenantId() }, order: { name: 'ASC' } });
    const memberships = await m.find(OrgUnitMemberEntity, { where: { tenantId: currentTenantId() } });
    const facts = await this.accountFacts();
    const byUser = new Map<string, string[]>();
    for (const ms of memberships) byUser.set(ms.userId, [...(byUser.get(ms.userId) ?? []), ms.orgUnitId]);
    return { total: users.length, items: users.map((u) => toUser(u, byUser.get(u.id) ?? [], facts.get(u.id))) };
  }

  async get(id: string): Promise<User> {
    const m = this.db.manager();
    const u = await m.findOneBy(UserEntity, { tenantId: currentTenantId(), id });
    if (!u) throw notFound('user');
    return toUser(u, await this.orgUnitIdsOf(id), (await this.accountFacts()).get(id));
  }

  /**
   * A new member. The address identifies one person: when it has an account already (in another gemeente),
   * only the membership is added and that person keeps their own password. The same address twice in one
   * gemeente is a conflict (409).
   */
  async create(tenantId: string, dto: CreateUserDto, passwordHash?: string): Promise<CreatedUser> {
    const m = this.db.manager();
    const email = dto.email.trim().toLowerCase();
    if (await m.findOneBy(UserEntity, { tenantId, email })) {
      throw new DomainError('conflict', 'user.duplicate_email_tenant', {
        invalidParams: [param('email', 'duplicate', 'user.duplicate_email_tenant')],
      });
    }
    const orgUnitIds = dto.orgUnitIds ?? [];
    await this.orgUnits.assertExist(orgUnitIds, 'orgUnitIds');
    const account = await ensureAccount(m, email, { plain: dto.password, hash: passwordHash, field: 'password' });
    const saved = await m.save(
      m.create(UserEntity, { tenantId, accountId: account.accountId, email, name: dto.name.trim(), role: dto.role, active: true }),
    );
    await this.setMemberships(tenantId, saved.id, orgUnitIds);
    const out = toUser(saved, orgUnitIds, (await this.accountFacts()).get(saved.id));
    await this.audit.record({
      tenantId,
      action: 'user.created',
      objectType: 'user',
      objectId: saved.id,
      after: { ...auditUser(out), existingAccount: account.existingAccount, temporaryPassword: account.temporaryPassword !== null },
    });
    return { ...out, existingAccount: account.existingAccount, temporaryPassword: account.temporaryPassword };
  }

  async update(tenantId: string, id: string, dto: UpdateUserDto, actorId: string): Promise<User> {
    const m = this.db.manager();
    const u = await m.findOne(UserEntity, { where: { tenantId, id }, lock: { mode: 'pessimistic_write' } });
    if (!u) throw notFound('user');
    if (u.version !== dto.version) throw versionConflict(u.version);
    const before = await this.get(id);
    if (id === actorId && (dto.active === false || (dto.role !== undefined && dto.role !== 'admin'))) {
      throw new DomainError('validation_failed', 'user.self_lockout', {
        invalidParams: [param(dto.active === false ? 'active' : 'role', 'self_lockout', 'user.ask_other_admin')],
      });
    }
    if (dto.orgUnitIds !== undefined) await this.orgUnits.assertExist(dto.orgUnitIds, 'orgUnitIds');
    const email = dto.email?.trim().toLowerCase();
    if (email !== undefined && email !== u.email) {
      const [row] = await m.query<{ result: string }[]>('SELECT wk_member_set_email($1, $2) AS result', [id, email]);
      if (row?.result === 'taken') {
        throw new DomainError('conflict', 'user.email_in_use', {
          invalidParams: [param('email', 'duplicate', 'user.email_other_account')],
        });
      }
      if (row?.result === 'shared') {
        throw new DomainError('conflict', 'user.shared_account', {
          invalidParams: [param('email', 'shared_account', 'user.shared_account_email')],
        });
      }
      if (row?.result !== 'ok') throw notFound('user');
      u.email = email;
    }
    if (dto.name !== undefined) u.name = dto.name.trim();
    if (dto.role !== undefined) u.role = dto.role;
    if (dto.active !== undefined) u.active = dto.active;
    // Save also bumps the version when only memberships change.
    u.updatedAt = this.clock.now();
    await m.save(u);
    if (dto.orgUnitIds !== undefined) await this.setMemberships(tenantId, id, dto.orgUnitIds);
    if (dto.active === false || (dto.role !== undefined && dto.role !== before.role)) {
      // Rights changed: end the user's sessions so they sign in again with the new rights.
      await this.sessions.endForMember(tenantId, id);
    }
    const after = await this.get(id);
    await this.audit.record({
      tenantId,
      action: 'user.updated',
      objectType: 'user',
      objectId: id,
      before: auditUser(before),
      after: auditUser(after),
    });
    return after;
  }

  /**
   * A temporary password for a member (shown once; works 72 hours; must be replaced at the next sign-in).
   * Ends the member's sessions. Not for the beheerder's own account, nor for a person who also works for
   * another gemeente (that would let this gemeente take over their access there).
   */
  async issueTemporaryPassword(tenantId: string, id: string, actorId: string | null): Promise<TemporaryPassword> {
    const m = this.db.manager();
    if (id === actorId) {
      throw new DomainError('conflict', 'user.own_password');
    }
    const plain = generateTemporaryPassword();
    const hash = await hashPassword(plain);
    const [row] = await m.query<{ result: string; expires_at: Date | null }[]>(
      'SELECT * FROM wk_member_set_temporary_password($1, $2, $3)',
      [id, hash, TEMPORARY_PASSWORD_HOURS],
    );
    if (row?.result === 'shared') {
      throw new DomainError('conflict', 'user.shared_account_password');
    }
    if (row?.result !== 'ok' || !row.expires_at) throw notFound('user');
    const expiresAt = row.expires_at.toISOString();
    await this.audit.record({ tenantId, action: 'user.temporary_password_issued', objectType: 'user', objectId: id, after: { expiresAt } });
    return { password: plain, expiresAt };
  }

  private async accountFacts(): Promise<Map<string, AccountFacts>> {
    const rows = await this.db.manager().query<MemberAccountRow[]>('SELECT * FROM wk_member_accounts()');
    return new Map(
      rows.map((r) => [
        r.user_id,
        {
          temporaryPasswordExpiresAt:
            r.must_change_password && r.temporary_password_expires_at ? r.temporary_password_expires_at.toISOString() : null,
          sharedAccount: r.other_memberships > 0,
        },
      ]),
    );
  }

  private async orgUnitIdsOf(userId: string): Promise<string[]> {
    const rows = await this.db.manager().find(OrgUnitMemberEntity, { where: { tenantId: currentTenantId(), userId } });
    return rows.map((r) => r.orgUnitId);
  }

  private async setMemberships(tenantId: string, userId: string, orgUnitIds: string[]): Promise<void> {
    const m = this.db.manager();
    await m.delete(OrgUnitMemberEntity, { tenantId, userId });
    if (orgUnitIds.length)
      await m.insert(
        OrgUnitMemberEntity,
        orgUnitIds.map((orgUnitId) => ({ tenantId, userId, orgUnitId })),
      );
  }
}
