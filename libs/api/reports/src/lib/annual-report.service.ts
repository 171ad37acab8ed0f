import { Injectable } from '@nestjs/common';
import type { AnnualReport, ReportAction } from '@wk/contracts';
import { Clock, invalid, reasonOf } from '@wk/api/core';
import { PlansService, PlanTargetsService } from '@wk/api/plans';
import { MilestonesService, ProgressService, ProgressUpdatesService } from '@wk/api/progress';
import { TenantsService } from '@wk/api/tenancy';
import { comparePeriods } from '@wk/util';

const yq = (p: { year: number; quarter: number }): string => `${p.year}-Q${p.quarter}`;

/**
 * The content of a plan's annual report (jaarrapportage): the dashboard on the report's day (31 December of the
 * year; today while the year runs) and what the report adds to it. The PDF and Excel renderers only format this.
 */
@Injectable()
export class AnnualReportService {
  constructor(
    private readonly clock: Clock,
    private readonly plans: PlansService,
    private readonly targets: PlanTargetsService,
    private readonly progress: ProgressService,
    private readonly updates: ProgressUpdatesService,
    private readonly milestones: MilestonesService,
    private readonly tenants: TenantsService,
  ) {}

  /** The years a report can be made for: the plan's years up to this one. */
  static years(plan: { startYear: number; endYear: number }, today: string): number[] {
    const last = Math.min(plan.endYear, Number(today.slice(0, 4)));
    return Array.from({ length: Math.max(0, last - plan.startYear + 1) }, (_, i) => plan.startYear + i);
  }

  async build(planId: string, year: number): Promise<AnnualReport> {
    const madeOn = this.clock.today();
    const plan = await this.plans.get(planId); // 404 when missing, or a draft to a reader
    const years = AnnualReportService.years(plan, madeOn);
    if (!years.includes(year)) {
      const last = years.at(-1);
      throw invalid([
        {
          name: 'year',
          code: 'outside_plan',
          ...(last === undefined
            ? reasonOf('report.no_year_yet', { startYear: plan.startYear })
            : reasonOf('report.year_outside', { first: plan.startYear, last })),
        },
      ]);
    }
    const asOf = year < Number(madeOn.slice(0, 4)) ? `${year}-12-31` : madeOn;
    const dashboard = await this.progress.dashboard(planId, asOf);
    const progress = await this.progress.planActions(planId, asOf);
    const allUpdates = await this.updates.planUpdates(planId);
    const counting = allUpdates
      .filter((u) => u.current && u.period.year <= year)
      .sort((a, b) => comparePeriods(a.period, b.period) || a.createdAt.localeCompare(b.createdAt));
    const lastOf = new Map(counting.map((u) => [u.actionId, u]));
    const actions = progress.map((a): ReportAction => {
      const last = lastOf.get(a.actionId);
      return {
        actionId: a.actionId,
        title: a.title,
        goalStatement: a.goalStatement,
        block: a.block,
        pillar: a.pillar,
        leadUnit: a.leadUnit?.name ?? null,
        contributingUnits: a.contributingUnits.map((u) => u.name),
        start: yq(a.start),
        end: yq(a.end),
        status: a.status,
        percentComplete: a.percentComplete,
        expectedPercent: a.expected.percent,
        plannedCents: a.plannedCents,
        spentCents: a.spentCents,
        lastPeriod: last?.period ?? null,
        lastNarrative: last?.narrative ?? null,
        overdueCount: dashboard.preview ? 0 : a.overdueCount,
      };
    });
    const tenant = await this.tenants.current();
    return {
      gemeente: { name: tenant.name, theme: tenant.theme },
      plan: {
        id: plan.id,
        title: plan.title,
        theme: plan.theme,
        revision: plan.revision,
        status: plan.status,
        startYear: plan.startYear,
        endYear: plan.endYear,
        cadence: plan.cadence,
        wijken: plan.wijken,
        vision: plan.vision,
        adoptedOn: plan.adoptedOn,
        decisionReference: plan.decisionReference,
        demo: plan.demo,
      },
      year,
      asOf,
      madeOn,
      dashboard,
      actions,
      updates: counting.filter((u) => u.period.year === year),
      milestones: await this.milestones.ofPlan(planId, asOf),
      targets: await this.targets.forPlan(planId),
    };
  }
}
