import { Injectable } from '@nestjs/common';
import type { Page, User } from '@wk/contracts';
import { Clock, currentTenantId, Db, DomainError, hashPassword, notFound, versionConflict } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { OrgUnitMemberEntity, UserEntity } from './tenancy.entities';
import type { CreateUserDto, UpdateUserDto } from './tenancy.dto';
import { auditUser, toUser } from './mappers';
import { OrgUnitsService } from './org-units.service';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly orgUnits: OrgUnitsService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<Page<User>> {
    const m = this.db.manager();
    const users = await m.find(UserEntity, { where: { tenantId: currentTenantId() }, order: { name: 'ASC' } });
    const memberships = await m.find(OrgUnitMemberEntity, { where: { tenantId: currentTenantId() } });
    const byUser = new Map<string, string[]>();
    for (const ms of memberships) byUser.set(ms.userId, [...(byUser.get(ms.userId) ?? []), ms.orgUnitId]);
    return { total: users.length, items: users.map((u) => toUser(u, byUser.get(u.id) ?? [])) };
  }

  async get(id: string): Promise<User> {
    const m = this.db.manager();
    const u = await m.findOneBy(UserEntity, { tenantId: currentTenantId(), id });
    if (!u) throw notFound('Deze gebruiker');
    return toUser(u, await this.orgUnitIdsOf(id));
  }

  async create(tenantId: string, dto: CreateUserDto, passwordHash?: string): Promise<User> {
    const m = this.db.manager();
    const email = dto.email.trim().toLowerCase();
    if (await m.findOneBy(UserEntity, { tenantId, email })) {
      throw new DomainError('validation_failed', 'Niet alle velden zijn goed ingevuld.', {
        invalidParams: [{ name: 'email', code: 'duplicate', reason: 'Er is in deze gemeente al een gebruiker met dit e-mailadres.' }],
      });
    }
    const orgUnitIds = dto.orgUnitIds ?? [];
    await this.orgUnits.assertExist(orgUnitIds, 'orgUnitIds');
    const saved = await m.save(
      m.create(UserEntity, {
        tenantId,
        email,
        name: dto.name.trim(),
        role: dto.role,
        passwordHash: passwordHash ?? (await hashPassword(dto.password)),
        active: true,
      }),
    );
    await this.setMemberships(tenantId, saved.id, orgUnitIds);
    const out = toUser(saved, orgUnitIds);
    await this.audit.record({ tenantId, action: 'user.created', objectType: 'user', objectId: saved.id, after: auditUser(out) });
    return out;
  }

  async update(tenantId: string, id: string, dto: UpdateUserDto, actorId: string): Promise<User> {
    const m = this.db.manager();
    const u = await m.findOne(UserEntity, { where: { tenantId, id }, lock: { mode: 'pessimistic_write' } });
    if (!u) throw notFound('Deze gebruiker');
    if (u.version !== dto.version) throw versionConflict(u.version);
    const before = toUser(u, await this.orgUnitIdsOf(id));
    if (id === actorId && (dto.active === false || (dto.role !== undefined && dto.role !== 'admin'))) {
      throw new DomainError('validation_failed', 'U kunt uw eigen beheerdersrechten niet intrekken.', {
        invalidParams: [
          { name: dto.active === false ? 'active' : 'role', code: 'self_lockout', reason: 'Vraag een andere beheerder om dit te doen.' },
        ],
      });
    }
    if (dto.orgUnitIds !== undefined) await this.orgUnits.assertExist(dto.orgUnitIds, 'orgUnitIds');
    if (dto.name !== undefined) u.name = dto.name.trim();
    if (dto.role !== undefined) u.role = dto.role;
    if (dto.active !== undefined) u.active = dto.active;
    // Save also bumps the version when only memberships change.
    u.updatedAt = this.clock.now();
    await m.save(u);
    if (dto.orgUnitIds !== undefined) await this.setMemberships(tenantId, id, dto.orgUnitIds);
    if (dto.active === false || (dto.role !== undefined && dto.role !== before.role)) {
      // Rights changed: end the user's sessions so they sign in again with the new rights.
      await m.query('UPDATE sessions SET revoked_at = now() WHERE tenant_id = $1 AND user_id = $2 AND revoked_at IS NULL', [tenantId, id]);
    }
    const after = await this.get(id);
    await this.audit.record({ tenantId, action: 'user.updated', objectType: 'user', objectId: id, before: auditUser(before), after: auditUser(after) });
    return after;
  }

  private async orgUnitIdsOf(userId: string): Promise<string[]> {
    const rows = await this.db.manager().find(OrgUnitMemberEntity, { where: { tenantId: currentTenantId(), userId } });
    return rows.map((r) => r.orgUnitId);
  }

  private async setMemberships(tenantId: string, userId: string, orgUnitIds: string[]): Promise<void> {
    const m = this.db.manager();
    await m.delete(OrgUnitMemberEntity, { tenantId, userId });
    if (orgUnitIds.length) await m.insert(OrgUnitMemberEntity, orgUnitIds.map((orgUnitId) => ({ tenantId, userId, orgUnitId })));
  }
}
