import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  BLOCK_CODES,
  type AuditEvent,
  type InvalidParam,
  type Page,
  type Plan,
  type PlanComparison,
  type PlanSections,
  type PlanSummary,
} from '@wk/contracts';
import { Clock, Db, invalid } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { comparePlans } from '@wk/util';
import { PlanEntity, PlanWijkEntity } from './plan.entities';
import { planFields, themeOf } from './plan-fields';
import { assertEditable, missingIds, param } from './plan-guards';
import { PlanReader } from './plan-reader';
import type { CreatePlanDto, UpdatePlanDto } from './plans.dto';

export const emptySections = (): PlanSections => Object.fromEntries(BLOCK_CODES.map((b) => [b, ''])) as PlanSections;

/** Plans as records: list, read, create, edit and delete drafts, compare revisions, history. The lifecycle is PlanLifecycleService. */
@Injectable()
export class PlansService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly reader: PlanReader,
    private readonly clock: Clock,
  ) {}

  async list(wijkId?: string): Promise<Page<PlanSummary>> {
    const items = await this.reader.list(wijkId);
    return { total: items.length, items };
  }

  get(id: string): Promise<Plan> {
    return this.reader.load(id);
  }

  async create(tenantId: string, dto: CreatePlanDto, options: { demo?: boolean } = {}): Promise<Plan> {
    const m = this.db.manager();
    const problems = this.horizonProblems(dto.startYear, dto.endYear);
    problems.push(...(await this.wijkProblems(tenantId, dto.wijkIds)));
    if (problems.length) throw invalid(problems);
    const saved = await m.save(
      m.create(PlanEntity, {
        tenantId,
        lineageId: randomUUID(),
        revision: 1,
        title: dto.title.trim(),
        theme: themeOf(dto.theme),
        vision: dto.vision ?? '',
        startYear: dto.startYear,
        cadence: dto.cadence ?? 'quarterly',
        endYear: dto.endYear,
        sections: emptySections(),
        status: 'draft',
        demo: options.demo ?? false,
      }),
    );
    await this.setWijken(tenantId, saved.id, dto.wijkIds);
    await this.audit.record({
      tenantId,
      action: 'plan.created',
      objectType: 'plan',
      objectId: saved.id,
      after: planFields(saved, dto.wijkIds),
    });
    return this.reader.load(saved.id);
  }

  async update(tenantId: string, id: string, dto: UpdatePlanDto): Promise<Plan> {
    const p = await this.reader.lockedAt(id, dto.version);
    assertEditable(p);
    const m = this.db.manager();
    const before = planFields(p, await this.reader.wijkIds(id));
    const startYear = dto.startYear ?? p.startYear;
    const endYear = dto.endYear ?? p.endYear;
    const problems = this.horizonProblems(startYear, endYear);
    if (dto.wijkIds) problems.push(...(await this.wijkProblems(tenantId, dto.wijkIds)));
    if (problems.length) throw invalid(problems);
    if (dto.title !== undefined) p.title = dto.title.trim();
    if (dto.theme !== undefined) p.theme = themeOf(dto.theme);
    if (dto.vision !== undefined) p.vision = dto.vision;
    if (dto.cadence !== undefined) p.cadence = dto.cadence;
    p.startYear = startYear;
    p.endYear = endYear;
    if (dto.sections) {
      const sections = { ...p.sections };
      for (const block of BLOCK_CODES) {
        const text = dto.sections[block];
        if (text !== undefined) sections[block] = text;
      }
      p.sections = sections;
    }
    p.updatedAt = this.clock.now();
    await m.save(p);
    if (dto.wijkIds) {
      await m.delete(PlanWijkEntity, { tenantId, planId: id });
      await this.setWijken(tenantId, id, dto.wijkIds);
    }
    await this.audit.record({
      tenantId,
      action: 'plan.updated',
      objectType: 'plan',
      objectId: id,
      before,
      after: planFields(p, dto.wijkIds ?? before.wijkIds),
    });
    return this.reader.load(id);
  }

  /** Only a draft can be deleted (adopted revisions are the record of what the council decided). */
  async remove(tenantId: string, id: string, version: number): Promise<void> {
    const p = await this.reader.lockedAt(id, version);
    assertEditable(p);
    const before = planFields(p, await this.reader.wijkIds(id));
    await this.db.manager().delete(PlanEntity, { tenantId, id });
    await this.audit.record({
      tenantId,
      action: 'plan.deleted',
      objectType: 'plan',
      objectId: id,
      before,
    });
  }

  async compare(id: string, baseId: string): Promise<PlanComparison> {
    const [target, base] = await Promise.all([this.reader.load(id), this.reader.load(baseId).catch(() => null)]);
    if (!base || base.lineageId !== target.lineageId) {
      throw invalid([param('baseId', 'unknown', 'plan.compare_other_revision')]);
    }
    const ref = (p: Plan) => ({
      id: p.id,
      revision: p.revision,
      status: p.status,
      adoptedOn: p.adoptedOn,
    });
    return {
      base: ref(base),
      target: ref(target),
      ...comparePlans(base, target),
    };
  }

  /** Events of the plan itself and of its goals and actions (which carry the plan id), newest first. */
  async history(id: string): Promise<Page<AuditEvent>> {
    await this.reader.row(id);
    return this.audit.listRelated(id, 'planId', 500);
  }

  private horizonProblems(startYear: number, endYear: number): InvalidParam[] {
    return endYear < startYear ? [param('endYear', 'before_start', 'plan.end_before_start')] : [];
  }

  private async wijkProblems(tenantId: string, wijkIds: string[]): Promise<InvalidParam[]> {
    const missing = await missingIds(this.db.manager(), 'wijken', tenantId, wijkIds);
    return wijkIds.flatMap((w, i) => (missing.has(w) ? [param(`wijkIds.${i}`, 'unknown', 'wijk.unknown')] : []));
  }

  private async setWijken(tenantId: string, planId: string, wijkIds: string[]): Promise<void> {
    await this.db.manager().insert(
      PlanWijkEntity,
      wijkIds.map((wijkId, position) => ({
        tenantId,
        planId,
        wijkId,
        position,
      })),
    );
  }
}
