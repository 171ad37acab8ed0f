import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CreatedTenant, InvalidParam, Page, Tenant, TenantAdmin, TemporaryPassword } from '@wk/contracts';
import { currentContext, currentTenantId, Db, invalid, notFound, param, Sessions, versionConflict } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { TenantEntity, UserEntity } from './tenancy.entities';
import type { AddTenantAdminDto, CreateTenantDto, PlatformUpdateTenantDto, UpdateTenantDto } from './tenancy.dto';
import { toTenant, toUser, auditUser } from './mappers';
import { DEFAULT_THEME } from '@wk/contracts';
import { CBS_GEMEENTEN, nameMatchesGemeente, type CbsGemeenten } from './cbs-gemeenten';
import { ensureAccount, UsersService } from './users.service';

@Injectable()
export class TenantsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    @Inject(CBS_GEMEENTEN) private readonly cbs: CbsGemeenten,
    private readonly sessions: Sessions,
  ) {}

  /** The signed-in user's own tenant. */
  async current(): Promise<Tenant> {
    const t = await this.db.manager().findOneBy(TenantEntity, { id: currentTenantId() });
    if (!t) throw notFound('tenant');
    return toTenant(t);
  }

  async updateCurrent(dto: UpdateTenantDto): Promise<Tenant> {
    const m = this.db.manager();
    const id = currentTenantId();
    const t = await m.findOne(TenantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!t) throw notFound('tenant');
    if (t.version !== dto.version) throw versionConflict(t.version);
    const before = toTenant(t);
    if (dto.name !== undefined) t.name = dto.name.trim();
    if (dto.theme !== undefined) t.theme = { ...dto.theme };
    const after = toTenant(await m.save(t));
    await this.audit.record({ tenantId: id, action: 'tenant.updated', objectType: 'tenant', objectId: id, before, after });
    return after;
  }

  /** Platform operator: all tenants. */
  async listAll(): Promise<Page<Tenant>> {
    const rows = await this.db.manager().find(TenantEntity, { order: { name: 'ASC' } });
    return { total: rows.length, items: rows.map(toTenant) };
  }

  /** Platform operator: one tenant. */
  async getForOperator(id: string): Promise<Tenant> {
    const t = await this.db.manager().findOneBy(TenantEntity, { id });
    if (!t) throw notFound('tenant');
    return toTenant(t);
  }

  /**
   * The code must be a gemeente on the CBS list and the name must name that gemeente ("Gemeente Utrecht"
   * with GM9999 or with GM0268 is refused).
   */
  private checkAgainstCbs(name: string, cbsCode: string): InvalidParam[] {
    const cbsName = this.cbs.gemeenteName(cbsCode);
    if (!cbsName) {
      return [param('cbsCode', 'unknown_cbs_code', 'tenant.unknown_cbs_code', { code: cbsCode })];
    }
    if (!nameMatchesGemeente(name, cbsName)) {
      return [param('name', 'name_mismatch', 'tenant.name_mismatch', { code: cbsCode, name: cbsName })];
    }
    return [];
  }

  private async assertUnique(m: EntityManager, slug: string | null, cbsCode: string | null, exceptId: string | null): Promise<void> {
    const where = [...(slug ? [{ slug }] : []), ...(cbsCode ? [{ cbsCode }] : [])];
    if (!where.length) return;
    const clash = (await m.find(TenantEntity, { where })).find((t) => t.id !== exceptId);
    if (clash) {
      throw invalid([
        clash.slug === slug ? param('slug', 'duplicate', 'tenant.slug_taken') : param('cbsCode', 'duplicate', 'tenant.cbs_code_taken'),
      ]);
    }
  }

  /** Platform operator: a new tenant with its first admin, in one transaction. */
  async create(dto: CreateTenantDto): Promise<CreatedTenant> {
    const m = this.db.manager();
    const problems = this.checkAgainstCbs(dto.name, dto.cbsCode);
    if (problems.length) throw invalid(problems);
    await this.assertUnique(m, dto.slug, dto.cbsCode, null);
    const tenant = await m.save(
      m.create(TenantEntity, {
        name: dto.name.trim(),
        slug: dto.slug,
        cbsCode: dto.cbsCode,
        theme: DEFAULT_THEME,
        settings: {},
        active: true,
      }),
    );
    // From here on this transaction works inside the new tenant, under row-level security.
    await this.db.enterTenant(m, tenant.id);
    const email = dto.admin.email.trim().toLowerCase();
    const account = await ensureAccount(m, email, { plain: dto.admin.password, field: 'admin.password' });
    const admin = await m.save(
      m.create(UserEntity, {
        tenantId: tenant.id,
        accountId: account.accountId,
        email,
        name: dto.admin.name.trim(),
        role: 'admin',
        active: true,
      }),
    );
    const out = toTenant(tenant);
    await this.audit.record({ tenantId: tenant.id, action: 'tenant.created', objectType: 'tenant', objectId: tenant.id, after: out });
    await this.audit.record({
      tenantId: tenant.id,
      action: 'user.created',
      objectType: 'user',
      objectId: admin.id,
      after: {
        ...auditUser(toUser(admin, [])),
        existingAccount: account.existingAccount,
        temporaryPassword: account.temporaryPassword !== null,
      },
    });
    return { ...out, adminTemporaryPassword: account.temporaryPassword };
  }

  /**
   * Platform operator: correct name or code (checked against CBS), or (de)activate. Deactivating ends every
   * session of the gemeente's members; sign-in then says the gemeente is deactivated.
   */
  async updateByOperator(id: string, dto: PlatformUpdateTenantDto): Promise<Tenant> {
    const m = this.db.manager();
    const t = await m.findOne(TenantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!t) throw notFound('tenant');
    if (t.version !== dto.version) throw versionConflict(t.version);
    const before = toTenant(t);
    const name = dto.name?.trim() ?? t.name;
    const cbsCode = dto.cbsCode ?? t.cbsCode;
    if (dto.name !== undefined || dto.cbsCode !== undefined) {
      const problems = this.checkAgainstCbs(name, cbsCode);
      if (problems.length) throw invalid(problems);
      if (cbsCode !== t.cbsCode) await this.assertUnique(m, null, cbsCode, t.id);
    }
    // Only the columns the operator may change (wk_platform's column grants).
    await m.update(TenantEntity, { id }, { name, cbsCode, active: dto.active ?? t.active, version: t.version + 1 });
    const saved = await m.findOneBy(TenantEntity, { id });
    if (!saved) throw notFound('tenant');
    const after = toTenant(saved);
    await this.enter(t.id);
    if (dto.active === false && before.active) {
      await this.sessions.endForTenant(t.id);
    }
    const action =
      dto.active === false && before.active
        ? 'tenant.deactivated'
        : dto.active === true && !before.active
          ? 'tenant.activated'
          : 'tenant.updated';
    await this.audit.record({ tenantId: t.id, action, objectType: 'tenant', objectId: t.id, before, after });
    return after;
  }

  /** Platform operator: the beheerders of a gemeente. */
  async listAdmins(tenantId: string): Promise<TenantAdmin[]> {
    await this.enter(tenantId);
    const page = await this.users.list();
    return page.items
      .filter((u) => u.role === 'admin')
      .map((u) => ({
        userId: u.id,
        email: u.email,
        name: u.name,
        active: u.active,
        passwordChangeRequired: u.temporaryPasswordExpiresAt !== null,
        temporaryPassword: null,
      }));
  }

  /**
   * Platform operator: add a beheerder. A new address gets an account with a temporary password (shown
   * once); an existing member becomes beheerder (and active); a person with an account in another gemeente
   * becomes a member here and keeps their own password.
   */
  async addAdmin(tenantId: string, dto: AddTenantAdminDto): Promise<TenantAdmin> {
    await this.enter(tenantId);
    const m = this.db.manager();
    const email = dto.email.trim().toLowerCase();
    const existing = await m.findOne(UserEntity, { where: { tenantId, email }, lock: { mode: 'pessimistic_write' } });
    if (existing) {
      const before = auditUser(toUser(existing, []));
      existing.role = 'admin';
      existing.active = true;
      await m.save(existing);
      await this.sessions.endForMember(tenantId, existing.id);
      await this.audit.record({
        tenantId,
        action: 'user.updated',
        objectType: 'user',
        objectId: existing.id,
        before,
        after: auditUser(toUser(existing, [])),
      });
      const user = await this.users.get(existing.id);
      return {
        userId: user.id,
        email: user.email,
        name: user.name,
        active: true,
        passwordChangeRequired: user.temporaryPasswordExpiresAt !== null,
        temporaryPassword: null,
      };
    }
    const created = await this.users.create(tenantId, { email, name: dto.name, role: 'admin', orgUnitIds: [] });
    return {
      userId: created.id,
      email: created.email,
      name: created.name,
      active: true,
      passwordChangeRequired: created.temporaryPasswordExpiresAt !== null,
      temporaryPassword: created.temporaryPassword,
    };
  }

  /** Platform operator: a temporary password for a beheerder of the gemeente (also for an account shared with another gemeente). */
  async resetAdmin(tenantId: string, userId: string): Promise<TemporaryPassword> {
    await this.enter(tenantId);
    const user = await this.db.manager().findOneBy(UserEntity, { tenantId, id: userId });
    if (!user || user.role !== 'admin') throw notFound('admin');
    return this.users.issueTemporaryPassword(tenantId, userId, null);
  }

  /** The operator's transaction moves into one tenant (row-level security) for member work. */
  private async enter(tenantId: string): Promise<void> {
    const m = this.db.manager();
    const t = await m.findOneBy(TenantEntity, { id: tenantId });
    if (!t) throw notFound('tenant');
    await this.db.enterTenant(m, tenantId);
    const ctx = currentContext();
    if (ctx) ctx.tenantId = tenantId;
  }
}
