import { Injectable } from '@nestjs/common';
import type { Page, Tenant } from '@wk/contracts';
import { currentTenantId, Db, DomainError, hashPassword, notFound, versionConflict } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { TenantEntity, UserEntity } from './tenancy.entities';
import type { CreateTenantDto, UpdateTenantDto } from './tenancy.dto';
import { toTenant, toUser, auditUser } from './mappers';
import { DEFAULT_THEME } from '@wk/contracts';

@Injectable()
export class TenantsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** The signed-in user's own tenant. */
  async current(): Promise<Tenant> {
    const t = await this.db.manager().findOneBy(TenantEntity, { id: currentTenantId() });
    if (!t) throw notFound('Deze gemeente');
    return toTenant(t);
  }

  async updateCurrent(dto: UpdateTenantDto): Promise<Tenant> {
    const m = this.db.manager();
    const id = currentTenantId();
    const t = await m.findOne(TenantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!t) throw notFound('Deze gemeente');
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

  /** Platform operator: a new tenant with its first admin, in one transaction. */
  async create(dto: CreateTenantDto): Promise<Tenant> {
    const m = this.db.manager();
    const clash = await m.findOne(TenantEntity, { where: [{ slug: dto.slug }, { cbsCode: dto.cbsCode }] });
    if (clash) {
      throw new DomainError('validation_failed', 'Niet alle velden zijn goed ingevuld.', {
        invalidParams: [
          clash.slug === dto.slug
            ? { name: 'slug', code: 'duplicate', reason: 'Deze korte naam is al in gebruik.' }
            : { name: 'cbsCode', code: 'duplicate', reason: 'Voor deze gemeentecode bestaat al een omgeving.' },
        ],
      });
    }
    const passwordHash = await hashPassword(dto.admin.password);
    const tenant = await m.save(m.create(TenantEntity, { name: dto.name.trim(), slug: dto.slug, cbsCode: dto.cbsCode, theme: DEFAULT_THEME, settings: {} }));
    // From here on this transaction works inside the new tenant, under row-level security.
    await this.db.enterTenant(m, tenant.id);
    const admin = await m.save(
      m.create(UserEntity, {
        tenantId: tenant.id,
        email: dto.admin.email.trim().toLowerCase(),
        name: dto.admin.name.trim(),
        role: 'admin',
        passwordHash,
        active: true,
      }),
    );
    const out = toTenant(tenant);
    await this.audit.record({ tenantId: tenant.id, action: 'tenant.created', objectType: 'tenant', objectId: tenant.id, after: out });
    await this.audit.record({ tenantId: tenant.id, action: 'user.created', objectType: 'user', objectId: admin.id, after: auditUser(toUser(admin, [])) });
    return out;
  }
}
