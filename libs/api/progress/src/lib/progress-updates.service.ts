import { Injectable } from '@nestjs/common';
import type { Page, ProgressUpdate, Quarter } from '@wk/contracts';
import { Clock, currentContext, currentTenantId, Db, DomainError, invalid, message, reasonOf } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { PlanFacts } from '@wk/api/plans';
import { periodFirstDay, periodKey, periodsOf } from '@wk/util';
import { ClosedPeriodEntity, ProgressUpdateEntity } from './progress.entities';
import { periodOfPlan } from './plan-period';
import type { CreateProgressUpdateDto } from './progress.dto';

interface UpdateRow {
  id: string;
  action_id: string;
  action_key: string;
  year: number;
  quarter: Quarter | null;
  status: ProgressUpdate['status'];
  percent_complete: number;
  narrative: string;
  spent_cents: string;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
  current: boolean;
}

const toUpdate = (u: UpdateRow): ProgressUpdate => ({
  id: u.id,
  actionId: u.action_id,
  actionKey: u.action_key,
  period: { year: u.year, quarter: u.quarter },
  status: u.status,
  percentComplete: u.percent_complete,
  narrative: u.narrative,
  spentCents: Number(u.spent_cents),
  author: u.author_id && u.author_name ? { id: u.author_id, name: u.author_name } : null,
  createdAt: new Date(u.created_at).toISOString(),
  current: u.current,
});

/** The progress updates of an action: its timeline across the plan's revisions, and new updates (never overwritten). */
@Injectable()
export class ProgressUpdatesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly facts: PlanFacts,
  ) {}

  async timeline(actionId: string): Promise<Page<ProgressUpdate>> {
    const m = this.db.manager();
    const tenantId = currentTenantId();
    const { action, plan } = await this.facts.actionWithPlan(actionId);
    const rows: UpdateRow[] = await m.query(
      // `current`: the update counts for its period (the view progress_counting_updates holds that rule).
      `SELECT u.id, u.action_id, u.action_key, u.year, u.quarter, u.status, u.percent_complete, u.narrative, u.spent_cents,
              u.author_id, a.name AS author_name, u.created_at,
              u.id = ANY(ARRAY(SELECT c.id FROM progress_counting_updates c
                                WHERE c.tenant_id = $1 AND c.lineage_id = $2 AND c.action_key = $3)) AS current
         FROM progress_updates u LEFT JOIN users a ON a.tenant_id = u.tenant_id AND a.id = u.author_id
        WHERE u.tenant_id = $1 AND u.lineage_id = $2 AND u.action_key = $3
        ORDER BY u.year DESC, u.quarter DESC NULLS FIRST, u.created_at DESC, u.id DESC`,
      [tenantId, plan.lineageId, action.key],
    );
    const items = rows.map(toUpdate);
    return { total: items.length, items };
  }

  /**
   * The updates of a plan's actions (this revision's actions, matched across revisions by key), by action and
   * period: every update (corrections included, `current` says which counts) or, with `year`, the ones that
   * count for that year's periods. 404 when the plan is missing or hidden from a reader.
   */
  async planUpdates(planId: string, year?: number): Promise<(ProgressUpdate & { actionTitle: string })[]> {
    const plan = await this.facts.plan(planId);
    const rows: (UpdateRow & { action_title: string })[] = await this.db.manager().query(
      `WITH counting AS (SELECT c.id FROM progress_counting_updates c WHERE c.tenant_id = $1 AND c.lineage_id = $3)
       SELECT u.id, a.id AS action_id, a.title AS action_title, u.action_key, u.year, u.quarter, u.status,
              u.percent_complete, u.narrative, u.spent_cents, u.author_id, au.name AS author_name, u.created_at,
              u.id IN (SELECT id FROM counting) AS current
         FROM progress_updates u
         JOIN plan_actions a ON a.tenant_id = u.tenant_id AND a.plan_id = $2 AND a.key = u.action_key
         JOIN plan_goals g ON g.tenant_id = a.tenant_id AND g.id = a.goal_id
         LEFT JOIN users au ON au.tenant_id = u.tenant_id AND au.id = u.author_id
        WHERE u.tenant_id = $1 AND u.lineage_id = $3
          AND ($4::int IS NULL OR (u.year = $4 AND u.id IN (SELECT id FROM counting)))
        ORDER BY g.block, g.pillar NULLS FIRST, g.position, a.position, u.year, u.quarter NULLS LAST, u.created_at, u.id`,
      [currentTenantId(), plan.id, plan.lineageId, year ?? null],
    );
    return rows.map((u) => ({ ...toUpdate(u), actionTitle: u.action_title }));
  }

  /**
   * Adds an update (history: never overwritten). Only on the adopted revision; contributors only for actions
   * their units lead or contribute to; the period must fit the plan's cadence and the action's period, must
   * have begun, and must not be closed.
   */
  async addUpdate(actionId: string, dto: CreateProgressUpdateDto, today = this.clock.today()): Promise<ProgressUpdate> {
    const m = this.db.manager();
    const tenantId = currentTenantId();
    const { action, plan } = await this.facts.actionWithPlan(actionId, true);
    const actor = currentContext()?.actor;
    if (actor?.role === 'contributor' && !(await this.facts.unitsWorkOn(action, actor.orgUnitIds)))
      throw new DomainError('forbidden', 'progress.own_units_only');
    if (plan.status !== 'adopted') {
      throw new DomainError('conflict', 'progress.adopted_only');
    }
    const period = periodOfPlan(plan, dto.year, dto.quarter);
    const quarter = period.quarter;
    const key = periodKey(period);
    const actionPeriods = periodsOf(
      { year: action.startYear, quarter: action.startQuarter },
      { year: action.endYear, quarter: action.endQuarter },
      plan.cadence,
    );
    if (!actionPeriods.some((p) => periodKey(p) === key)) {
      throw invalid([
        {
          name: 'year',
          code: 'outside_period',
          ...reasonOf('progress.outside_period', {
            startYear: action.startYear,
            startQuarter: action.startQuarter,
            endYear: action.endYear,
            endQuarter: action.endQuarter,
          }),
        },
      ]);
    }
    if (periodFirstDay(period) > today)
      throw invalid([
        {
          name: 'year',
          code: 'future',
          ...reasonOf('progress.future'),
        },
      ]);
    if (dto.status === 'completed' && dto.percentComplete !== 100) {
      throw invalid([
        {
          name: 'percentComplete',
          code: 'completed_not_100',
          ...reasonOf('progress.completed_not_100'),
        },
      ]);
    }
    const closed = await m.findOneBy(ClosedPeriodEntity, {
      tenantId,
      lineageId: plan.lineageId,
      periodKey: key,
    });
    if (closed)
      throw new DomainError(
        'period_closed',
        period.quarter
          ? message('progress.quarter_closed', { quarter: period.quarter, year: period.year })
          : message('progress.year_closed', { year: period.year }),
      );
    const saved = await m.save(
      m.create(ProgressUpdateEntity, {
        tenantId,
        actionId,
        lineageId: plan.lineageId,
        actionKey: action.key,
        year: dto.year,
        quarter,
        status: dto.status,
        percentComplete: dto.percentComplete,
        narrative: dto.narrative.trim(),
        spentCents: dto.spentCents,
        authorId: actor?.kind === 'user' ? actor.id : null,
        createdAt: this.clock.now(),
      }),
    );
    const update: ProgressUpdate = {
      id: saved.id,
      actionId,
      actionKey: action.key,
      period,
      status: saved.status,
      percentComplete: saved.percentComplete,
      narrative: saved.narrative,
      spentCents: saved.spentCents,
      author: actor?.kind === 'user' ? { id: actor.id, name: actor.name } : null,
      createdAt: saved.createdAt.toISOString(),
      current: true,
    };
    await this.audit.record({
      tenantId,
      action: 'progress.reported',
      objectType: 'action',
      objectId: actionId,
      after: { ...update, planId: plan.id },
    });
    return update;
  }
}
