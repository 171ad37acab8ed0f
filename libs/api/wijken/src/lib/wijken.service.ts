import { Inject, Injectable } from '@nestjs/common';
import type { CbsUnitInput, CbsUnitMatch, CreateWijkRequest, ImportWijkenResult, InvalidParam, Page, Wijk } from '@wk/contracts';
import { Clock, currentTenantId, Db, invalid, invalidField, message, notFound, param, versionConflict } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { TenantsService } from '@wk/api/tenancy';
import { cbsCodeBelongsToGemeente, parseCbsCode } from '@wk/util';
import { parseWijkenCsv } from '@wk/util/wijken-csv';
import { WijkCbsUnitEntity, WijkEntity } from './wijk.entities';
import type { CreateWijkDto, UpdateWijkDto } from './wijken.dto';
import { CBS_NAMES, type CbsNames } from './cbs-names';

const toWijk = (w: WijkEntity, units: WijkCbsUnitEntity[]): Wijk => ({
  id: w.id,
  name: w.name,
  cbsUnits: units
    .slice()
    .sort((a, b) => a.position - b.position)
    .map((u) => ({ code: u.code, level: u.level, year: u.year, cbsName: u.cbsName })),
  population: w.population,
  populationYear: w.populationYear,
  populationSource: w.populationSource,
  roleInCity: w.roleInCity,
  createdAt: w.createdAt.toISOString(),
  version: w.version,
});

@Injectable()
export class WijkenService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(CBS_NAMES) private readonly cbs: CbsNames,
    private readonly clock: Clock,
    private readonly tenants: TenantsService,
  ) {}

  async list(): Promise<Page<Wijk>> {
    const m = this.db.manager();
    const tenantId = currentTenantId();
    const rows = await m.find(WijkEntity, { where: { tenantId }, order: { name: 'ASC' } });
    const units = await m.find(WijkCbsUnitEntity, { where: { tenantId } });
    const byWijk = new Map<string, WijkCbsUnitEntity[]>();
    for (const u of units) byWijk.set(u.wijkId, [...(byWijk.get(u.wijkId) ?? []), u]);
    return { total: rows.length, items: rows.map((w) => toWijk(w, byWijk.get(w.id) ?? [])) };
  }

  async get(id: string): Promise<Wijk> {
    const m = this.db.manager();
    const tenantId = currentTenantId();
    const w = await m.findOneBy(WijkEntity, { tenantId, id });
    if (!w) throw notFound('wijk');
    return toWijk(w, await m.find(WijkCbsUnitEntity, { where: { tenantId, wijkId: id } }));
  }

  async create(tenantId: string, dto: CreateWijkDto): Promise<Wijk> {
    const gm = await this.gemeenteCode();
    const problems = this.checkUnits(dto.cbsUnits, gm, 'cbsUnits');
    if (problems.length) throw invalid(problems);
    await this.assertNameFree(tenantId, dto.name, 'name');
    const wijk = await this.insert(tenantId, dto);
    await this.audit.record({ tenantId, action: 'wijk.created', objectType: 'wijk', objectId: wijk.id, after: wijk });
    return wijk;
  }

  async update(tenantId: string, id: string, dto: UpdateWijkDto): Promise<Wijk> {
    const m = this.db.manager();
    const w = await m.findOne(WijkEntity, { where: { tenantId, id }, lock: { mode: 'pessimistic_write' } });
    if (!w) throw notFound('wijk');
    if (w.version !== dto.version) throw versionConflict(w.version);
    const before = await this.get(id);
    if (dto.cbsUnits) {
      const problems = this.checkUnits(dto.cbsUnits, await this.gemeenteCode(), 'cbsUnits');
      if (problems.length) throw invalid(problems);
    }
    if (dto.name !== undefined && dto.name.trim() !== w.name) {
      if (dto.name.trim().toLowerCase() !== w.name.toLowerCase()) await this.assertNameFree(tenantId, dto.name, 'name');
      w.name = dto.name.trim();
    }
    if (dto.population !== undefined) w.population = dto.population;
    if (dto.populationYear !== undefined) w.populationYear = dto.populationYear;
    if (dto.populationSource !== undefined) w.populationSource = dto.populationSource;
    if (dto.roleInCity !== undefined) w.roleInCity = dto.roleInCity;
    w.updatedAt = this.clock.now();
    await m.save(w);
    if (dto.cbsUnits) {
      await m.delete(WijkCbsUnitEntity, { tenantId, wijkId: id });
      await this.insertUnits(tenantId, id, dto.cbsUnits);
    }
    const after = await this.get(id);
    await this.audit.record({ tenantId, action: 'wijk.updated', objectType: 'wijk', objectId: id, before, after });
    return after;
  }

  async remove(tenantId: string, id: string, version: number): Promise<void> {
    const m = this.db.manager();
    const w = await m.findOne(WijkEntity, { where: { tenantId, id }, lock: { mode: 'pessimistic_write' } });
    if (!w) throw notFound('wijk');
    if (w.version !== version) throw versionConflict(w.version);
    const before = await this.get(id);
    await m.delete(WijkEntity, { tenantId, id });
    await this.audit.record({ tenantId, action: 'wijk.deleted', objectType: 'wijk', objectId: id, before });
  }

  /** All rows or none: every problem of every row is reported, with its line number. */
  async import(tenantId: string, csv: string): Promise<ImportWijkenResult> {
    const gm = await this.gemeenteCode();
    const parsed = parseWijkenCsv(csv, gm);
    const errors: InvalidParam[] = [...parsed.errors];
    const names = await this.db.manager().find(WijkEntity, { select: { name: true }, where: { tenantId } });
    const existing = new Set(names.map((w) => w.name.toLowerCase()));
    parsed.rows.forEach((row, i) => {
      const line = parsed.lines[i];
      errors.push(...this.checkUnits(row.cbsUnits, gm, `rows.${line}.cbs_codes`, true));
      if (existing.has(row.name.trim().toLowerCase())) {
        errors.push(param(`rows.${line}.naam`, 'duplicate', 'wijk.duplicate_name'));
      }
    });
    if (errors.length) throw invalid(errors, message('wijk.import_failed', { count: errors.length }));
    if (!parsed.rows.length) throw invalidField('csv', 'empty', 'wijk.import_empty');
    const wijken: Wijk[] = [];
    for (const row of parsed.rows) {
      const wijk = await this.insert(tenantId, row);
      await this.audit.record({ tenantId, action: 'wijk.imported', objectType: 'wijk', objectId: wijk.id, after: wijk });
      wijken.push(wijk);
    }
    return { created: wijken.length, wijken };
  }

  private async insert(tenantId: string, dto: CreateWijkRequest): Promise<Wijk> {
    const m = this.db.manager();
    const saved = await m.save(
      m.create(WijkEntity, {
        tenantId,
        name: dto.name.trim(),
        population: dto.population ?? null,
        populationYear: dto.populationYear ?? null,
        populationSource: dto.populationSource ?? null,
        roleInCity: dto.roleInCity ?? null,
      }),
    );
    await this.insertUnits(tenantId, saved.id, dto.cbsUnits);
    return this.get(saved.id);
  }

  private async insertUnits(tenantId: string, wijkId: string, units: CbsUnitInput[]): Promise<void> {
    await this.db.manager().insert(
      WijkCbsUnitEntity,
      units.map((u, position) => ({
        tenantId,
        wijkId,
        code: u.code,
        year: u.year,
        level: u.code.startsWith('WK') ? ('wijk' as const) : ('buurt' as const),
        cbsName: this.cbs.nameOf(u.code, u.year),
        position,
      })),
    );
  }

  /** Codes must be WK/BU codes of this gemeente, unique, and (for a year we have the CBS list of) exist. */
  private checkUnits(units: CbsUnitInput[], gm: string, field: string, single = false): InvalidParam[] {
    const out: InvalidParam[] = [];
    const seen = new Set<string>();
    units.forEach((u, i) => {
      const name = single ? field : `${field}.${i}.code`;
      const parsed = parseCbsCode(u.code);
      if (!parsed || parsed.level === 'gemeente') {
        out.push(param(name, 'format', 'cbs.not_a_code', { code: u.code }));
      } else if (!cbsCodeBelongsToGemeente(u.code, gm)) {
        out.push(param(name, 'wrong_gemeente', 'cbs.wrong_gemeente', { code: u.code, gemeente: gm }));
      } else if (this.cbs.knows(u.year) && !this.cbs.nameOf(u.code, u.year)) {
        out.push(param(name, 'unknown_cbs_code', 'cbs.unknown_code', { code: u.code, year: u.year }));
      } else if (seen.has(`${u.code}/${u.year}`)) {
        out.push(param(name, 'duplicate', 'cbs.duplicate', { code: u.code }));
      }
      seen.add(`${u.code}/${u.year}`);
    });
    return out;
  }

  /** CBS wijken and buurten of the tenant's gemeente, found by name or code (for the wijk form). */
  async cbsUnits(query: string): Promise<Page<CbsUnitMatch>> {
    const gm = await this.gemeenteCode();
    const items = this.cbs.search(gm, query, 20);
    return { total: items.length, items };
  }

  /** The CBS code of the signed-in gemeente (from tenancy). */
  private async gemeenteCode(): Promise<string> {
    return (await this.tenants.current()).cbsCode;
  }

  private async assertNameFree(tenantId: string, name: string, field: string): Promise<void> {
    const rows = await this.db
      .manager()
      .createQueryBuilder(WijkEntity, 'w')
      .where('w.tenantId = :tenantId AND lower(w.name) = lower(:name)', { tenantId, name: name.trim() })
      .getCount();
    if (rows) {
      throw invalidField(field, 'duplicate', 'wijk.duplicate_name');
    }
  }
}
