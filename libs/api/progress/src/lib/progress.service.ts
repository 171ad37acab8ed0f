import { Injectable } from '@nestjs/common';
import {
  BLOCK_CODES,
  PILLAR_CODES,
  type ActionProgress,
  type ActionProgressList,
  type BlockCourse,
  type BlockRollup,
  type ClosedPeriod,
  type OverviewRow,
  type Page,
  type PlanDashboard,
  type ProgressUpdate,
  type Quarter,
  type TenantOverview,
  type YearBudget,
} from '@wk/contracts';
import { Clock, currentContext, currentTenantId, Db, DomainError, invalid, message, reasonOf, isReader, notFound } from '@wk/api/core';
import { AuditService } from '@wk/api/audit';
import { PlanFacts, type PlanFact } from '@wk/api/plans';
import { OrgUnitsService } from '@wk/api/tenancy';
import {
  actionWeights,
  deadlineOf,
  periodFirstDay,
  periodKey,
  periodLastDay,
  periodsOf,
  rollupWeighted,
  summaryAt,
  type RollupInput,
} from '@wk/util';
import { ClosedPeriodEntity, ProgressUpdateEntity } from './progress.entities';
import { actionState, leadUnitOf, ProgressReader, type ActionRow } from './progress-reader';
import type { ClosePeriodDto, CreateProgressUpdateDto } from './progress.dto';

type Weighted = RollupInput & {
  weight: number;
  block: ActionRow['block'];
  pillar: ActionRow['pillar'];
};

@Injectable()
export class ProgressService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly reader: ProgressReader,
    private readonly clock: Clock,
    private readonly facts: PlanFacts,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  // ---- updates ----

  async timeline(actionId: string): Promise<Page<ProgressUpdate>> {
    const m = this.db.manager();
    const tenantId = currentTenantId();
    const { action, plan } = await this.facts.actionWithPlan(actionId);
    const rows: {
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
    }[] = await m.query(
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
    const items = rows.map((u): ProgressUpdate => {
      return {
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
      };
    });
    return { total: items.length, items };
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

  // ---- closed periods ----

  async closedPeriods(planId: string): Promise<Page<ClosedPeriod>> {
    const items = await this.closedPeriodsOf(await this.plan(planId));
    return { total: items.length, items };
  }

  private async closedPeriodsOf(plan: PlanFact): Promise<ClosedPeriod[]> {
    const rows: {
      year: number;
      quarter: Quarter | null;
      closed_at: Date;
      closed_by: string | null;
      name: string | null;
    }[] = await this.db.manager().query(
      `SELECT c.year, c.quarter, c.closed_at, c.closed_by, u.name FROM plan_closed_periods c
         LEFT JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.closed_by
        WHERE c.tenant_id = $1 AND c.lineage_id = $2 ORDER BY c.year, c.quarter NULLS LAST`,
      [currentTenantId(), plan.lineageId],
    );
    const items = rows.map((r) => ({
      year: r.year,
      quarter: r.quarter,
      closedAt: new Date(r.closed_at).toISOString(),
      closedBy: r.closed_by && r.name ? { id: r.closed_by, name: r.name } : null,
    }));
    return items;
  }

  /** Closes a period of the plan (all revisions): it must fit the cadence and have ended. */
  async closePeriod(planId: string, dto: ClosePeriodDto, today = this.clock.today()): Promise<ClosedPeriod> {
    const tenantId = currentTenantId();
    const plan = await this.plan(planId, true);
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

  // ---- views ----

  /** The progress of one action (404 when it does not exist or its plan is hidden from a reader). */
  async actionProgress(actionId: string, today = this.clock.today()): Promise<ActionProgress> {
    await this.facts.actionWithPlan(actionId);
    const [item] = await this.reader.actionProgress(await this.reader.actionRows({ actionId }), today);
    if (!item) throw notFound('action');
    return item;
  }

  /** The actions of the signed-in user's units across all adopted plans. */
  async myActions(state: 'all' | 'due' | 'overdue', today = this.clock.today()): Promise<ActionProgressList> {
    const units = currentContext()?.actor?.orgUnitIds ?? [];
    const items = units.length ? await this.reader.actionProgress(await this.reader.actionRows({ unitIds: units }), today) : [];
    return list(items.filter((a) => state === 'all' || (state === 'due' ? a.dueCount > 0 : a.overdueCount > 0)));
  }

  async unitActions(unitId: string, today = this.clock.today()): Promise<ActionProgressList> {
    await this.orgUnits.get(unitId); // 404 when the unit does not exist
    return list(await this.reader.actionProgress(await this.reader.actionRows({ unitIds: [unitId] }), today));
  }

  async dashboard(planId: string, today = this.clock.today()): Promise<PlanDashboard> {
    const plan = await this.plan(planId);
    const rows = await this.reader.actionRows({ planId });
    const closedPeriods = await this.closedPeriodsOf(plan);
    const closed = new Set(closedPeriods.map((c) => periodKey(c)));
    const states = rows.map((r) => actionState(r, closed, today));
    const weighted = weigh(rows, states);
    const wijken = (await this.reader.wijkenOf([planId])).get(planId) ?? [];
    const planned = await this.facts.plannedPerYear(planId);
    const byYear = new Map<number, YearBudget>();
    const yearOf = (year: number): YearBudget => {
      let y = byYear.get(year);
      if (!y) byYear.set(year, (y = { year, plannedCents: 0, spentCents: 0 }));
      return y;
    };
    for (let y = plan.startYear; y <= plan.endYear; y++) yearOf(y);
    for (const [year, cents] of planned) yearOf(year).plannedCents = cents;
    for (const r of rows) for (const y of r.years) yearOf(y.year).spentCents += y.spent;
    // Nobody reports on a plan that is not adopted yet: its dashboard is a preview without overdue reports.
    const preview = plan.status === 'draft' || plan.status === 'in_review';
    const overdue = rows.flatMap((r, i) =>
      (preview ? [] : states[i].periods)
        .filter((p) => p.state === 'overdue')
        .map((p) => ({
          actionId: r.id,
          title: r.title,
          leadUnit: leadUnitOf(r),
          period: { year: p.year, quarter: p.quarter },
          deadline: p.deadline,
        })),
    );
    return {
      plan: {
        id: plan.id,
        title: plan.title,
        revision: plan.revision,
        status: plan.status,
        startYear: plan.startYear,
        endYear: plan.endYear,
        cadence: plan.cadence,
        wijken,
        demo: plan.demo,
      },
      asOf: today,
      preview,
      total: rollupWeighted(weighted),
      ...blockRollups(weighted),
      budgetByYear: [...byYear.values()].sort((a, b) => a.year - b.year),
      course: course(plan.startYear, Math.min(plan.endYear, Number(today.slice(0, 4))), rows, weighted),
      overdue: overdue.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.title.localeCompare(b.title)),
      closedPeriods,
    };
  }

  /**
   * Every wijk against the blocks and pillars: a row per plan in force (adopted; more than one only when the
   * plans have different themes), else one row with its most recent plan.
   */
  async overview(today = this.clock.today()): Promise<TenantOverview> {
    // A reader sees only adopted plans: a wijk without one shows no plan.
    const pairs = await this.facts.wijkPlans(isReader());
    const planIds = [...new Set(pairs.flatMap((p) => (p.plan_id ? [p.plan_id] : [])))];
    const rows = planIds.length ? await this.reader.actionRows({ planIds }) : [];
    const closed = await this.reader.closedKeys(rows.map((r) => r.lineage_id));
    const byPlan = new Map<string, ActionRow[]>();
    for (const r of rows) {
      const list = byPlan.get(r.plan_id);
      if (list) list.push(r);
      else byPlan.set(r.plan_id, [r]);
    }
    const perPlan = new Map<string, Weighted[]>();
    for (const [id, list] of byPlan)
      perPlan.set(
        id,
        weigh(
          list,
          list.map((r) => actionState(r, closed.get(r.lineage_id), today)),
        ),
      );
    const out: OverviewRow[] = pairs.map((p) => {
      const weighted = p.plan_id ? (perPlan.get(p.plan_id) ?? []) : null;
      return {
        wijk: { id: p.wijk_id, name: p.wijk_name },
        plan: p.plan_id
          ? {
              id: p.plan_id,
              title: p.title ?? '',
              theme: p.theme,
              status: p.status ?? '',
              revision: p.revision ?? 1,
              demo: !!p.demo,
            }
          : null,
        ...(weighted ? blockRollups(weighted) : { blocks: [], pillars: [] }),
        total: weighted ? rollupWeighted(weighted) : null,
      };
    });
    return { asOf: today, rows: out };
  }

  private plan(planId: string, lock = false): Promise<PlanFact> {
    return this.facts.plan(planId, lock ? 'update' : undefined);
  }
}

/** The period a write names, checked against the plan's cadence: a quarter for quarterly plans, none for yearly ones. */
function periodOfPlan(plan: PlanFact, year: number, quarter: Quarter | undefined): { year: number; quarter: Quarter | null } {
  if (plan.cadence === 'quarterly' && quarter === undefined) {
    throw invalid([
      {
        name: 'quarter',
        code: 'required',
        ...reasonOf('progress.quarter_required'),
      },
    ]);
  }
  if (plan.cadence === 'yearly' && quarter !== undefined) {
    throw invalid([
      {
        name: 'quarter',
        code: 'not_allowed',
        ...reasonOf('progress.quarter_not_allowed'),
      },
    ]);
  }
  return { year, quarter: quarter ?? null };
}

function list(items: ActionProgress[]): ActionProgressList {
  return {
    items,
    total: items.length,
    due: items.reduce((n, a) => n + a.dueCount, 0),
    overdue: items.reduce((n, a) => n + a.overdueCount, 0),
  };
}

/** Roll-up inputs of a plan's actions, with the plan-wide weights (see ROLLUP in the contracts). */
function weigh(
  rows: ActionRow[],
  states: Pick<ActionProgress, 'plannedCents' | 'spentCents' | 'status' | 'percentComplete' | 'lastUpdate' | 'expected'>[],
): Weighted[] {
  const inputs: RollupInput[] = states.map((a) => ({
    plannedCents: a.plannedCents,
    spentCents: a.spentCents,
    status: a.status,
    percentComplete: a.percentComplete,
    reported: a.lastUpdate !== null,
    expectedPercent: a.expected.percent,
  }));
  const weights = actionWeights(inputs);
  return inputs.map((input, i) => ({
    ...input,
    weight: weights[i],
    block: rows[i].block,
    pillar: rows[i].pillar,
  }));
}

function blockRollups(weighted: Weighted[]): {
  blocks: BlockRollup[];
  pillars: BlockRollup[];
} {
  return {
    blocks: BLOCK_CODES.map((block) => ({
      block,
      pillar: null,
      ...rollupWeighted(weighted.filter((w) => w.block === block)),
    })),
    pillars: PILLAR_CODES.map((pillar) => ({
      block: 'B4' as const,
      pillar,
      ...rollupWeighted(weighted.filter((w) => w.block === 'B4' && w.pillar === pillar)),
    })),
  };
}

/**
 * Progress of each block and pillar at the end of each year: the latest update up to that year counts. The
 * weights are today's (an action's weight follows its whole planned budget, which does not change per year).
 */
function course(fromYear: number, toYear: number, rows: ActionRow[], weighted: Weighted[]): BlockCourse[] {
  const years: number[] = [];
  for (let y = fromYear; y <= toYear; y++) years.push(y);
  const atYear = years.map((year) =>
    rows.map((r, i): Weighted => {
      const last = summaryAt(r.years, year);
      return {
        plannedCents: weighted[i].plannedCents,
        spentCents: 0,
        status: last?.status ?? 'not_started',
        percentComplete: last?.percent ?? 0,
        reported: !!last,
        weight: weighted[i].weight,
        block: r.block,
        pillar: r.pillar,
      };
    }),
  );
  const series = (block: ActionRow['block'], pillar: ActionRow['pillar']): BlockCourse => ({
    block,
    pillar,
    points: years.map((year, yi) => ({
      year,
      progress: rollupWeighted(atYear[yi].filter((w) => w.block === block && (pillar === null || w.pillar === pillar))).progress,
    })),
  });
  return [...BLOCK_CODES.map((b) => series(b, null)), ...PILLAR_CODES.map((p) => series('B4', p))];
}
