import { Injectable } from '@nestjs/common';
import type { ActionProgress, ActionProgressList, OverviewRow, PlanDashboard, TenantOverview, YearBudget } from '@wk/contracts';
import { Clock, currentContext, isReader, notFound, readerMaySee } from '@wk/api/core';
import { PlanFacts } from '@wk/api/plans';
import { OrgUnitsService } from '@wk/api/tenancy';
import { periodKey, rollupWeighted } from '@wk/util';
import { actionState, leadUnitOf, ProgressReader, type ActionRow } from './progress-reader';
import { blockRollups, course, list, weigh, type Weighted } from './progress-rollups';

/**
 * The progress views: one action, the actions of the signed-in user's units or of a unit, a plan's dashboard and
 * the tenant's overview. Updates are ProgressUpdatesService, closed periods ClosedPeriodsService.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly reader: ProgressReader,
    private readonly clock: Clock,
    private readonly facts: PlanFacts,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  /** The progress of one action (404 when it does not exist or its plan is hidden from a reader). */
  async actionProgress(actionId: string, today = this.clock.today()): Promise<ActionProgress> {
    // One read of the action with its plan; hidden like PlanFacts.actionWithPlan hides it (a reader sees no draft).
    const [row] = await this.reader.actionRows({ actionId });
    if (!row || !readerMaySee(row.plan_status)) throw notFound('action');
    const [item] = await this.reader.actionProgress([row], today);
    if (!item) throw notFound('action');
    return item;
  }

  /** The actions of the signed-in user's units across all adopted plans. */
  async myActions(state: 'all' | 'due' | 'overdue', today = this.clock.today()): Promise<ActionProgressList> {
    const units = currentContext()?.actor?.orgUnitIds ?? [];
    const items = units.length ? await this.reader.actionProgress(await this.reader.actionRows({ unitIds: units }), today) : [];
    return list(items.filter((a) => state === 'all' || (state === 'due' ? a.dueCount > 0 : a.overdueCount > 0)));
  }

  /** Every action of a plan with its progress on the day (404 when the plan is missing or hidden from a reader). */
  async planActions(planId: string, today = this.clock.today()): Promise<ActionProgress[]> {
    await this.facts.plan(planId);
    return this.reader.actionProgress(await this.reader.actionRows({ planId }), today);
  }

  async unitActions(unitId: string, today = this.clock.today()): Promise<ActionProgressList> {
    await this.orgUnits.get(unitId); // 404 when the unit does not exist
    return list(await this.reader.actionProgress(await this.reader.actionRows({ unitIds: [unitId] }), today));
  }

  async dashboard(planId: string, today = this.clock.today()): Promise<PlanDashboard> {
    const plan = await this.facts.plan(planId);
    const rows = await this.reader.actionRows({ planId });
    const closedPeriods = await this.reader.closedPeriods(plan.lineageId);
    const closed = new Set(closedPeriods.map((c) => periodKey(c)));
    const actions = rows.map((row) => ({ row, state: actionState(row, closed, today) }));
    const weighted = weigh(actions);
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
    for (const r of rows) for (const y of r.years) if (y.year <= Number(today.slice(0, 4))) yearOf(y.year).spentCents += y.spent;
    // Nobody reports on a plan that is not adopted yet: its dashboard is a preview without overdue reports.
    const preview = plan.status === 'draft' || plan.status === 'in_review';
    const overdue = actions.flatMap(({ row: r, state }) =>
      (preview ? [] : state.periods)
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
      course: course(plan.startYear, Math.min(plan.endYear, Number(today.slice(0, 4))), weighted),
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
      perPlan.set(id, weigh(list.map((row) => ({ row, state: actionState(row, closed.get(row.lineage_id), today) }))));
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
}
