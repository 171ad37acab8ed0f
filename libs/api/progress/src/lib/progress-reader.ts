import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  ActionProgress,
  BlockCode,
  Cadence,
  OrgUnitRef,
  PillarCode,
  PlanStatus,
  PlanWijkRef,
  Quarter,
} from '@wk/contracts';
import { currentContext, currentTenantId, Db } from '@wk/api/core';
import {
  countStates,
  expectedProgress,
  latestSummary,
  periodsToReport,
  reportedPeriodKeys,
  totalSpent,
  type YearSummary,
} from '@wk/util';

/** One action row with what the progress views need. */
export interface ActionRow {
  id: string;
  key: string;
  title: string;
  plan_id: string;
  plan_title: string;
  plan_status: PlanStatus;
  lineage_id: string;
  cadence: Cadence;
  block: BlockCode;
  pillar: PillarCode | null;
  statement: string;
  lead_unit_id: string | null;
  lead_name: string | null;
  lead_kind: OrgUnitRef['kind'] | null;
  start_year: number;
  start_quarter: Quarter;
  end_year: number;
  end_quarter: Quarter;
  planned: string;
  /** yyyy-mm-dd of the action's milestones, earliest first. */
  milestone_dates: string[];
  /** Oldest year first; only years with an update (progress_action_years). */
  years: YearSummary[];
}

export type ActionFilter =
  | { actionId: string }
  | { planId: string }
  | { planIds: string[] }
  | { unitIds: string[] };

/**
 * The actions with their planned budget and their progress per year. The progress comes from the summary
 * the database keeps per action and year (≈ 10 narrow rows per action, index-only), not from the updates.
 */
const ACTION_SELECT = `
  SELECT a.id, a.key, a.title, a.plan_id, p.title AS plan_title, p.status AS plan_status, p.lineage_id, p.cadence,
         g.block, g.pillar, g.statement, a.lead_unit_id, o.name AS lead_name, o.kind AS lead_kind,
         a.start_year, a.start_quarter, a.end_year, a.end_quarter,
         coalesce((SELECT sum(b.amount_cents) FROM plan_action_budgets b WHERE b.tenant_id = a.tenant_id AND b.action_id = a.id), 0) AS planned,
         coalesce((SELECT json_agg(to_char(ms.due_date, 'YYYY-MM-DD') ORDER BY ms.due_date) FROM plan_action_milestones ms
                    WHERE ms.tenant_id = a.tenant_id AND ms.action_id = a.id), '[]') AS milestone_dates,
         coalesce((SELECT json_agg(json_build_object('year', y.year, 'reported', y.reported, 'lastQuarter', y.last_quarter,
                                   'status', y.status, 'percent', y.percent_complete, 'at', y.last_created_at, 'spent', y.spent_cents)
                                   ORDER BY y.year)
                     FROM progress_action_years y
                    WHERE y.tenant_id = a.tenant_id AND y.lineage_id = p.lineage_id AND y.action_key = a.key), '[]') AS years
    FROM plan_actions a
    JOIN plans p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id
    JOIN plan_goals g ON g.tenant_id = a.tenant_id AND g.id = a.goal_id
    LEFT JOIN org_units o ON o.tenant_id = a.tenant_id AND o.id = a.lead_unit_id
   WHERE a.tenant_id = $1`;

/** Reads actions with their progress. Every query names the tenant (row-level security checks it again). */
@Injectable()
export class ProgressReader {
  constructor(private readonly db: Db) {}

  async actionRows(filter: ActionFilter): Promise<ActionRow[]> {
    const m = this.db.manager();
    const tenantId = currentTenantId();
    const order = ` ORDER BY p.title, g.block, g.pillar NULLS FIRST, g.position, a.position`;
    if ('actionId' in filter)
      return m.query(`${ACTION_SELECT} AND a.id = $2`, [tenantId, filter.actionId]);
    if ('planId' in filter)
      return m.query(`${ACTION_SELECT} AND a.plan_id = $2${order}`, [
        tenantId,
        filter.planId,
      ]);
    if ('planIds' in filter)
      return m.query(`${ACTION_SELECT} AND a.plan_id = ANY($2)${order}`, [
        tenantId,
        filter.planIds,
      ]);
    // The actions of adopted plans that these units lead or contribute to.
    return m.query(
      `${ACTION_SELECT} AND p.status = 'adopted' AND (a.lead_unit_id = ANY($2) OR EXISTS (
         SELECT 1 FROM plan_action_units u WHERE u.tenant_id = a.tenant_id AND u.action_id = a.id AND u.org_unit_id = ANY($2)))${order}`,
      [tenantId, filter.unitIds],
    );
  }

  async closedKeys(lineageIds: string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    if (!lineageIds.length) return out;
    const rows: { lineage_id: string; period_key: string }[] = await this.db
      .manager()
      .query(
        `SELECT lineage_id, period_key FROM plan_closed_periods WHERE tenant_id = $1 AND lineage_id = ANY($2)`,
        [currentTenantId(), [...new Set(lineageIds)]],
      );
    for (const r of rows)
      out.set(
        r.lineage_id,
        (out.get(r.lineage_id) ?? new Set()).add(r.period_key),
      );
    return out;
  }

  async contributingUnits(
    m: EntityManager,
    actionIds: string[],
  ): Promise<Map<string, OrgUnitRef[]>> {
    const out = new Map<string, OrgUnitRef[]>();
    if (!actionIds.length) return out;
    const rows: {
      action_id: string;
      id: string;
      name: string;
      kind: OrgUnitRef['kind'];
    }[] = await m.query(
      `SELECT au.action_id, o.id, o.name, o.kind FROM plan_action_units au
         JOIN org_units o ON o.tenant_id = au.tenant_id AND o.id = au.org_unit_id
        WHERE au.tenant_id = $1 AND au.action_id = ANY($2) ORDER BY o.name`,
      [currentTenantId(), actionIds],
    );
    for (const r of rows)
      out.set(r.action_id, [
        ...(out.get(r.action_id) ?? []),
        { id: r.id, name: r.name, kind: r.kind },
      ]);
    return out;
  }

  async wijkenOf(planIds: string[]): Promise<Map<string, PlanWijkRef[]>> {
    const out = new Map<string, PlanWijkRef[]>();
    if (!planIds.length) return out;
    const rows: { plan_id: string; id: string; name: string }[] = await this.db
      .manager()
      .query(
        `SELECT pw.plan_id, w.id, w.name FROM plan_wijken pw JOIN wijken w ON w.tenant_id = pw.tenant_id AND w.id = pw.wijk_id
        WHERE pw.tenant_id = $1 AND pw.plan_id = ANY($2) ORDER BY pw.position, w.name`,
        [currentTenantId(), [...new Set(planIds)]],
      );
    for (const r of rows)
      out.set(r.plan_id, [
        ...(out.get(r.plan_id) ?? []),
        { id: r.id, name: r.name },
      ]);
    return out;
  }

  /** The progress of each action: latest status, spent, what is due and overdue as of `today`. */
  async actionProgress(
    rows: ActionRow[],
    today: string,
  ): Promise<ActionProgress[]> {
    const m = this.db.manager();
    const closed = await this.closedKeys(rows.map((r) => r.lineage_id));
    const units = await this.contributingUnits(
      m,
      rows.map((r) => r.id),
    );
    const wijken = await this.wijkenOf(rows.map((r) => r.plan_id));
    const actor = currentContext()?.actor;
    const own = new Set(actor?.orgUnitIds ?? []);
    return rows.map((r) => {
      const state = actionState(r, closed.get(r.lineage_id), today);
      const contributing = units.get(r.id) ?? [];
      const mine =
        (r.lead_unit_id !== null && own.has(r.lead_unit_id)) ||
        contributing.some((u) => own.has(u.id));
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
        canUpdate:
          r.plan_status === 'adopted' &&
          (role === 'admin' ||
            role === 'planner' ||
            (role === 'contributor' && mine)),
      };
    });
  }
}

export const leadUnitOf = (
  r: Pick<ActionRow, 'lead_unit_id' | 'lead_name' | 'lead_kind'>,
): OrgUnitRef | null =>
  r.lead_unit_id && r.lead_name && r.lead_kind
    ? { id: r.lead_unit_id, name: r.lead_name, kind: r.lead_kind }
    : null;

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
  const latest = latestSummary(r.years);
  const all = periodsToReport({
    start: { year: r.start_year, quarter: r.start_quarter },
    end: { year: r.end_year, quarter: r.end_quarter },
    cadence: r.cadence,
    reported: reportedPeriodKeys(r.years),
    closed: closed ?? new Set(),
    today,
  });
  const { due, overdue } = countStates(all);
  return {
    plannedCents: Number(r.planned),
    spentCents: totalSpent(r.years),
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
