import { Injectable } from '@nestjs/common';
import type { ActionProgress, ClosedPeriod, OrgUnitRef, PlanWijkRef, Quarter } from '@wk/contracts';
import { currentContext, currentTenantId, Db } from '@wk/api/core';
import { PlanFacts, type ActionFilter, type ActionPlanRow } from '@wk/api/plans';
import { countStates, expectedProgress, latestSummary, periodsToReport, reportedPeriodKeys, totalSpent, type YearSummary } from '@wk/util';

/** One action with what the progress views need: the plan's facts and the progress per year. */
export interface ActionRow extends ActionPlanRow {
  /** Oldest year first; only years with an update (progress_action_years). */
  years: YearSummary[];
}

/**
 * Reads actions with their progress. The plan's side comes from plans (PlanFacts); the progress from the
 * summary the database keeps per action and year (≈ 10 narrow rows per action, index-only), not from the
 * updates. Every query names the tenant (row-level security checks it again).
 */
@Injectable()
export class ProgressReader {
  constructor(
    private readonly db: Db,
    private readonly facts: PlanFacts,
  ) {}

  async actionRows(filter: ActionFilter): Promise<ActionRow[]> {
    const rows = await this.facts.actionRows(filter);
    if (!rows.length) return [];
    const years: { lineage_id: string; action_key: string; years: YearSummary[] }[] = await this.db.manager().query(
      `SELECT y.lineage_id, y.action_key,
              json_agg(json_build_object('year', y.year, 'reported', y.reported, 'lastQuarter', y.last_quarter, 'status', y.status,
                                         'percent', y.percent_complete, 'at', y.last_created_at, 'spent', y.spent_cents) ORDER BY y.year) AS years
         FROM progress_action_years y
        WHERE y.tenant_id = $1 AND y.lineage_id = ANY($2) AND y.action_key = ANY($3)
        GROUP BY y.lineage_id, y.action_key`,
      [currentTenantId(), [...new Set(rows.map((r) => r.lineage_id))], rows.map((r) => r.key)],
    );
    const byAction = new Map(years.map((y) => [`${y.lineage_id}/${y.action_key}`, y.years]));
    return rows.map((r) => ({ ...r, years: byAction.get(`${r.lineage_id}/${r.key}`) ?? [] }));
  }

  async closedKeys(lineageIds: string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    if (!lineageIds.length) return out;
    const rows: { lineage_id: string; period_key: string }[] = await this.db
      .manager()
      .query(`SELECT lineage_id, period_key FROM plan_closed_periods WHERE tenant_id = $1 AND lineage_id = ANY($2)`, [
        currentTenantId(),
        [...new Set(lineageIds)],
      ]);
    for (const r of rows) out.set(r.lineage_id, (out.get(r.lineage_id) ?? new Set()).add(r.period_key));
    return out;
  }

  /** The closed periods of a plan's lineage (all revisions), oldest first, with who closed them. */
  async closedPeriods(lineageId: string): Promise<ClosedPeriod[]> {
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
      [currentTenantId(), lineageId],
    );
    return rows.map((r) => ({
      year: r.year,
      quarter: r.quarter,
      closedAt: new Date(r.closed_at).toISOString(),
      closedBy: r.closed_by && r.name ? { id: r.closed_by, name: r.name } : null,
    }));
  }

  wijkenOf(planIds: string[]): Promise<Map<string, PlanWijkRef[]>> {
    return this.facts.wijkenOf(planIds);
  }

  /** The progress of each action: latest status, spent, what is due and overdue as of `today`. */
  async actionProgress(rows: ActionRow[], today: string): Promise<ActionProgress[]> {
    const closed = await this.closedKeys(rows.map((r) => r.lineage_id));
    const units = await this.facts.contributingUnits(rows.map((r) => r.id));
    const wijken = await this.facts.wijkenOf(rows.map((r) => r.plan_id));
    const actor = currentContext()?.actor;
    const own = new Set(actor?.orgUnitIds ?? []);
    return rows.map((r) => {
      const state = actionState(r, closed.get(r.lineage_id), today);
      const contributing = units.get(r.id) ?? [];
      const mine = (r.lead_unit_id !== null && own.has(r.lead_unit_id)) || contributing.some((u) => own.has(u.id));
      const role = actor?.role;
      return {
        actionId: r.id,
        actionKey: r.key,
        title: r.title,
        planId: r.plan_id,
        planTitle: r.plan_title,
        wijken: wijken.get(r.plan_id) ?? [],
        block: r.block,
        pillar: r.pillar,
        goalStatement: r.statement,
        leadUnit: leadUnitOf(r),
        contributingUnits: contributing,
        start: { year: r.start_year, quarter: r.start_quarter },
        end: { year: r.end_year, quarter: r.end_quarter },
        cadence: r.cadence,
        ...state,
        canUpdate: r.plan_status === 'adopted' && (role === 'admin' || role === 'planner' || (role === 'contributor' && mine)),
      };
    });
  }
}

export const leadUnitOf = (r: Pick<ActionRow, 'lead_unit_id' | 'lead_name' | 'lead_kind'>): OrgUnitRef | null =>
  r.lead_unit_id && r.lead_name && r.lead_kind ? { id: r.lead_unit_id, name: r.lead_name, kind: r.lead_kind } : null;

/** The figures of one action as of `today`, from its yearly summaries (see ActionProgress). */
export function actionState(
  r: ActionRow,
  closed: Set<string> | undefined,
  today: string,
): Pick<
  ActionProgress,
  | 'plannedCents'
  | 'spentCents'
  | 'status'
  | 'percentComplete'
  | 'lastUpdate'
  | 'expected'
  | 'periods'
  | 'closedPeriods'
  | 'reportedCount'
  | 'dueCount'
  | 'overdueCount'
> {
  // The figures as they stood at the end of today's year: a view of an earlier day leaves out later years.
  const years = r.years.filter((y) => y.year <= Number(today.slice(0, 4)));
  const latest = latestSummary(years);
  const all = periodsToReport({
    start: { year: r.start_year, quarter: r.start_quarter },
    end: { year: r.end_year, quarter: r.end_quarter },
    cadence: r.cadence,
    reported: reportedPeriodKeys(years),
    closed: closed ?? new Set(),
    today,
  });
  const { due, overdue } = countStates(all);
  return {
    plannedCents: Number(r.planned),
    spentCents: totalSpent(years),
    status: latest?.status ?? 'not_started',
    percentComplete: latest?.percent ?? 0,
    lastUpdate: latest
      ? {
          period: { year: latest.year, quarter: latest.lastQuarter },
          createdAt: new Date(latest.at).toISOString(),
        }
      : null,
    expected: expectedProgress(
      {
        start: { year: r.start_year, quarter: r.start_quarter },
        end: { year: r.end_year, quarter: r.end_quarter },
      },
      r.milestone_dates,
      today,
    ),
    periods: all.filter((p) => p.state !== 'reported'),
    closedPeriods: [...(closed ?? [])].sort(),
    reportedCount: all.length - due - overdue,
    dueCount: due,
    overdueCount: overdue,
  };
}
