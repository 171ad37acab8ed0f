import { Injectable } from '@nestjs/common';
import type { OrgUnit, Page } from '@wk/contracts';
import { currentTenantId, Db, invalid, invalidField, notFound, param, versionConflict } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { OrgUnitEntity, OrgUnitMemberEntity } from './tenancy.entities';
import type { CreateOrgUnitDto, UpdateOrgUnitDto } from './tenancy.dto';
import { toOrgUnit } from './mappers';

@Injectable()
export class OrgUnitsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Page<OrgUnit>> {
    const m = this.db.manager();
    const rows = await m.find(OrgUnitEntity, { where: { tenantId: currentTenantId() }, order: { kind: 'ASC', name: 'ASC' } });
    const counts = await this.memberCounts();
    return { total: rows.length, items: rows.map((o) => toOrgUnit(o, counts.get(o.id) ?? 0)) };
  }

  async get(id: string): Promise<OrgUnit> {
    const o = await this.db.manager().findOneBy(OrgUnitEntity, { tenantId: currentTenantId(), id });
    if (!o) throw notFound('org_unit');
    return toOrgUnit(o, (await this.memberCounts(id)).get(id) ?? 0);
  }

  async create(tenantId: string, dto: CreateOrgUnitDto): Promise<OrgUnit> {
    const m = this.db.manager();
    await this.assertNameFree(dto.name);
    const saved = await m.save(
      m.create(OrgUnitEntity, { tenantId, name: dto.name.trim(), kind: dto.kind, description: dto.description ?? null }),
    );
    const out = toOrgUnit(saved, 0);
    await this.audit.record({ tenantId, action: 'org_unit.created', objectType: 'org_unit', objectId: saved.id, after: out });
    return out;
  }

  async update(tenantId: string, id: string, dto: UpdateOrgUnitDto): Promise<OrgUnit> {
    const m = this.db.manager();
    const o = await m.findOne(OrgUnitEntity, { where: { tenantId: currentTenantId(), id }, lock: { mode: 'pessimistic_write' } });
    if (!o) throw notFound('org_unit');
    if (o.version !== dto.version) throw versionConflict(o.version);
    const before = await this.get(id);
    if (dto.name !== undefined && dto.name.trim() !== o.name) {
      await this.assertNameFree(dto.name);
      o.name = dto.name.trim();
    }
    if (dto.kind !== undefined) o.kind = dto.kind;
    if (dto.description !== undefined) o.description = dto.description;
    await m.save(o);
    const after = await this.get(id);
    await this.audit.record({ tenantId, action: 'org_unit.updated', objectType: 'org_unit', objectId: id, before, after });
    return after;
  }

  async remove(tenantId: string, id: string, version: number): Promise<void> {
    const m = this.db.manager();
    const o = await m.findOne(OrgUnitEntity, { where: { tenantId: currentTenantId(), id }, lock: { mode: 'pessimistic_write' } });
    if (!o) throw notFound('org_unit');
    if (o.version !== version) throw versionConflict(o.version);
    const before = await this.get(id);
    await m.delete(OrgUnitEntity, { tenantId, id });
    await this.audit.record({ tenantId, action: 'org_unit.deleted', objectType: 'org_unit', objectId: id, before });
  }

  /** Checks that all ids are org units of the current tenant (RLS hides the others). */
  async assertExist(ids: string[], field: string): Promise<void> {
    if (!ids.length) return;
    const found = await this.db
      .manager()
      .createQueryBuilder(OrgUnitEntity, 'o')
      .select('o.id')
      .where('o.tenantId = :t AND o.id IN (:...ids)', { t: currentTenantId(), ids })
      .getMany();
    const known = new Set(found.map((o) => o.id));
    const bad = ids.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id));
    if (bad.length) {
      throw invalid(bad.map(({ i }) => param(`${field}.${i}`, 'unknown', 'org_unit.unknown')));
    }
  }

  private async assertNameFree(name: string): Promise<void> {
    const exists = await this.db.manager().findOneBy(OrgUnitEntity, { tenantId: currentTenantId(), name: name.trim() });
    if (exists) throw invalidField('name', 'duplicate', 'org_unit.duplicate_name');
  }

  private async memberCounts(id?: string): Promise<Map<string, number>> {
    const qb = this.db
      .manager()
      .createQueryBuilder(OrgUnitMemberEntity, 'm')
      .select('m.orgUnitId', 'id')
      .addSelect('COUNT(*)::int', 'n')
      .where('m.tenantId = :t', { t: currentTenantId() })
      .groupBy('m.orgUnitId');
    if (id) qb.andWhere('m.orgUnitId = :id', { id });
    const rows = await qb.getRawMany<{ id: string; n: number }>();
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }
}
