import { Injectable } from '@nestjs/common';
import type { ClosedPeriod, Page } from '@wk/contracts';
import { Clock, currentContext, currentTenantId, Db, DomainError, invalid, message, reasonOf } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { PlanFacts } from '@wk/api/plans';
import { deadlineOf, periodKey, periodLastDay } from '@wk/util';
import { ClosedPeriodEntity } from './progress.entities';
import { periodOfPlan } from './plan-period';
import { ProgressReader } from './progress-reader';
import type { ClosePeriodDto } from './progress.dto';

/** The periods of a plan that are closed for reporting (for all its revisions). */
@Injectable()
export class ClosedPeriodsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly reader: ProgressReader,
    private readonly clock: Clock,
    private readonly facts: PlanFacts,
  ) {}

  async closedPeriods(planId: string): Promise<Page<ClosedPeriod>> {
    const items = await this.reader.closedPeriods((await this.facts.plan(planId)).lineageId);
    return { total: items.length, items };
  }

  /** Closes a period of the plan (all revisions): it must fit the cadence and have ended. */
  async closePeriod(planId: string, dto: ClosePeriodDto, today = this.clock.today()): Promise<ClosedPeriod> {
    const tenantId = currentTenantId();
    const plan = await this.facts.plan(planId, 'update');
    const period = periodOfPlan(plan, dto.year, dto.quarter);
    const quarter = period.quarter;
    if (periodLastDay(period) >= today)
      throw invalid([
        {
          name: 'year',
          code: 'not_ended',
          ...(period.quarter
            ? reasonOf('progress.quarter_not_ended', { quarter: period.quarter, year: period.year })
            : reasonOf('progress.year_not_ended', { year: period.year })),
        },
      ]);
    const m = this.db.manager();
    const key = periodKey(period);
    if (
      await m.findOneBy(ClosedPeriodEntity, {
        tenantId,
        lineageId: plan.lineageId,
        periodKey: key,
      })
    ) {
      throw new DomainError(
        'conflict',
        period.quarter
          ? message('progress.quarter_already_closed', { quarter: period.quarter, year: period.year })
          : message('progress.year_already_closed', { year: period.year }),
      );
    }
    const actor = currentContext()?.actor;
    const saved = await m.save(
      m.create(ClosedPeriodEntity, {
        tenantId,
        lineageId: plan.lineageId,
        periodKey: key,
        year: dto.year,
        quarter,
        closedBy: actor?.kind === 'user' ? actor.id : null,
        closedAt: this.clock.now(),
      }),
    );
    const closed: ClosedPeriod = {
      year: saved.year,
      quarter: saved.quarter,
      closedAt: saved.closedAt.toISOString(),
      closedBy: actor?.kind === 'user' ? { id: actor.id, name: actor.name } : null,
    };
    await this.audit.record({
      tenantId,
      action: 'period.closed',
      objectType: 'plan',
      objectId: plan.id,
      after: { ...closed, planId: plan.id, deadline: deadlineOf(period) },
    });
    return closed;
  }
}
