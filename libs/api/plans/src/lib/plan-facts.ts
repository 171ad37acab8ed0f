import { Injectable } from '@nestjs/common';
import type { BlockCode, Cadence, OrgUnitRef, PillarCode, PlanStatus, PlanWijkRef, Quarter } from '@wk/contracts';
import { currentTenantId, Db, notFound, readerMaySee } from '@wk/api/core';
import { ActionEntity, MilestoneEntity, PlanEntity } from './plan.entities';

/*
 * What other contexts (progress) read of plans: plain facts through this one interface, never plans' tables or
 * entities. Every query names the tenant (row-level security checks it again) and hides drafts from readers.
 */

export interface PlanFact {
  id: string;
  lineageId: string;
  revision: number;
  title: string;
  status: PlanStatus;
  cadence: Cadence;
  startYear: number;
  endYear: number;
  demo: boolean;
}

export interface ActionFact {
  id: string;
  key: string;
  planId: string;
  title: string;
  leadUnitId: string | null;
  startYear: number;
  startQuarter: Quarter;
  endYear: number;
  endQuarter: Quarter;
}

export interface MilestoneFact {
  key: string;
  title: string;
  /** yyyy-mm-dd */
  dueDate: string;
  /** What the plan itself says (before any mark on the adopted plan). */
  done: boolean;
}

/** One action with its plan, goal, lead unit, planned budget and milestone dates (for the progress views). */
export interface ActionPlanRow {
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
  /** Planned budget in cents, summed over the years (bigint as text). */
  planned: string;
  /** yyyy-mm-dd of the action's milestones, earliest first. */
  milestone_dates: string[];
}

export type ActionFilter = { actionId: string } | { planId: string } | { planIds: string[] } | { unitIds: string[] };

/** A milestone of a plan with its action and the action's lead unit. */
export interface PlanMilestoneRow {
  action_id: string;
  action_key: string;
  action_title: string;
  lead_unit_id: string | null;
  lead_name: string | null;
  lead_kind: OrgUnitRef['kind'] | null;
  key: string;
  title: string;
  due_date: string;
  done: boolean;
}

/** A wijk with the plan that the overview shows for it (none, one, or one per theme in force). */
export interface WijkPlanRow {
  wijk_id: string;
  wijk_name: string;
  plan_id: string | null;
  title: string | null;
  theme: string | null;
  status: string | null;
  revision: number | null;
  demo: boolean | null;
}

const ACTION_SELECT = `
  SELECT a.id, a.key, a.title, a.plan_id, p.title AS plan_title, p.status AS plan_status, p.lineage_id, p.cadence,
         g.block, g.pillar, g.statement, a.lead_unit_id, o.name AS lead_name, o.kind AS lead_kind,
         a.start_year, a.start_quarter, a.end_year, a.end_quarter,
         coalesce((SELECT sum(b.amount_cents) FROM plan_action_budgets b WHERE b.tenant_id = a.tenant_id AND b.action_id = a.id), 0) AS planned,
         coalesce((SELECT json_agg(to_char(ms.due_date, 'YYYY-MM-DD') ORDER BY ms.due_date) FROM plan_action_milestones ms
                    WHERE ms.tenant_id = a.tenant_id AND ms.action_id = a.id), '[]') AS milestone_dates
    FROM plan_actions a
    JOIN plans p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id
    JOIN plan_goals g ON g.tenant_id = a.tenant_id AND g.id = a.goal_id
    LEFT JOIN org_units o ON o.tenant_id = a.tenant_id AND o.id = a.lead_unit_id
   WHERE a.tenant_id = $1`;
const ACTION_ORDER = ` ORDER BY p.title, g.block, g.pillar NULLS FIRST, g.position, a.position`;

@Injectable()
export class PlanFacts {
  constructor(private readonly db: Db) {}

  /**
   * A plan, or 404 ("Dit plan") when it is missing or hidden from a reader. `lock`: `share` makes a write
   * wait for an adoption or replacement; `update` serialises writes on the plan.
   */
  async plan(planId: string, lock?: 'share' | 'update'): Promise<PlanFact> {
    const plan = await this.visiblePlan(planId, lock);
    if (!plan) throw notFound('plan');
    return plan;
  }

  /** An action with its plan, or 404 ("Deze actie"). `lock`: the plan is read FOR SHARE (see plan()). */
  async actionWithPlan(actionId: string, lock = false): Promise<{ action: ActionFact; plan: PlanFact }> {
    const action = await this.db.manager().findOneBy(ActionEntity, { tenantId: currentTenantId(), id: actionId });
    if (!action) throw notFound('action');
    const plan = await this.visiblePlan(action.planId, lock ? 'share' : undefined);
    if (!plan) throw notFound('action');
    return { action, plan };
  }

  /** The plan, or null when it is missing or hidden from a reader (the callers say which resource was not found). */
  private async visiblePlan(planId: string, lock: 'share' | 'update' | undefined): Promise<PlanEntity | null> {
    const plan = await this.db.manager().findOne(PlanEntity, {
      where: { tenantId: currentTenantId(), id: planId },
      ...(lock ? { lock: { mode: lock === 'share' ? ('pessimistic_read' as const) : ('pessimistic_write' as const) } } : {}),
    });
    return plan && readerMaySee(plan.status) ? plan : null;
  }

  /** Whether one of these units leads the action or contributes to it. */
  async unitsWorkOn(action: ActionFact, orgUnitIds: readonly string[]): Promise<boolean> {
    const own = new Set(orgUnitIds);
    if (action.leadUnitId !== null && own.has(action.leadUnitId)) return true;
    const units: { org_unit_id: string }[] = await this.db
      .manager()
      .query(`SELECT org_unit_id FROM plan_action_units WHERE tenant_id = $1 AND action_id = $2`, [currentTenantId(), action.id]);
    return units.some((u) => own.has(u.org_unit_id));
  }

  /** The milestones of an action, in the plan's order. */
  async milestones(actionId: string): Promise<MilestoneFact[]> {
    return this.db.manager().find(MilestoneEntity, { where: { tenantId: currentTenantId(), actionId }, order: { position: 'ASC' } });
  }

  /** One milestone of an action by its key; undefined when the action has none with that key. */
  async milestone(actionId: string, key: string): Promise<MilestoneFact | undefined> {
    return (await this.db.manager().findOneBy(MilestoneEntity, { tenantId: currentTenantId(), actionId, key })) ?? undefined;
  }

  /** Every milestone of a plan, by date. */
  async planMilestones(planId: string): Promise<PlanMilestoneRow[]> {
    return this.db.manager().query(
      `SELECT a.id AS action_id, a.key AS action_key, a.title AS action_title, a.lead_unit_id, o.name AS lead_name,
              o.kind AS lead_kind, ms.key, ms.title, to_char(ms.due_date, 'YYYY-MM-DD') AS due_date, ms.done
         FROM plan_action_milestones ms
         JOIN plan_actions a ON a.tenant_id = ms.tenant_id AND a.id = ms.action_id
         LEFT JOIN org_units o ON o.tenant_id = a.tenant_id AND o.id = a.lead_unit_id
        WHERE ms.tenant_id = $1 AND a.plan_id = $2
        ORDER BY ms.due_date, a.title, ms.position`,
      [currentTenantId(), planId],
    );
  }

  /** Actions with what the progress views need of the plan: one action, a plan's, several plans', or a unit's. */
  async actionRows(filter: ActionFilter): Promise<ActionPlanRow[]> {
    const m = this.db.manager();
    const tenantId = currentTenantId();
    if ('actionId' in filter) return m.query(`${ACTION_SELECT} AND a.id = $2`, [tenantId, filter.actionId]);
    if ('planId' in filter) return m.query(`${ACTION_SELECT} AND a.plan_id = $2${ACTION_ORDER}`, [tenantId, filter.planId]);
    if ('planIds' in filter) return m.query(`${ACTION_SELECT} AND a.plan_id = ANY($2)${ACTION_ORDER}`, [tenantId, filter.planIds]);
    // The actions of adopted plans that these units lead or contribute to.
    return m.query(
      `${ACTION_SELECT} AND p.status = 'adopted' AND (a.lead_unit_id = ANY($2) OR EXISTS (
         SELECT 1 FROM plan_action_units u WHERE u.tenant_id = a.tenant_id AND u.action_id = a.id AND u.org_unit_id = ANY($2)))${ACTION_ORDER}`,
      [tenantId, filter.unitIds],
    );
  }

  /** The contributing units of each action, by name. */
  async contributingUnits(actionIds: string[]): Promise<Map<string, OrgUnitRef[]>> {
    const out = new Map<string, OrgUnitRef[]>();
    if (!actionIds.length) return out;
    const rows: { action_id: string; id: string; name: string; kind: OrgUnitRef['kind'] }[] = await this.db.manager().query(
      `SELECT au.action_id, o.id, o.name, o.kind FROM plan_action_units au
         JOIN org_units o ON o.tenant_id = au.tenant_id AND o.id = au.org_unit_id
        WHERE au.tenant_id = $1 AND au.action_id = ANY($2) ORDER BY o.name`,
      [currentTenantId(), actionIds],
    );
    for (const r of rows) out.set(r.action_id, [...(out.get(r.action_id) ?? []), { id: r.id, name: r.name, kind: r.kind }]);
    return out;
  }

  /** The wijken of each plan, in the plan's order. */
  async wijkenOf(planIds: string[]): Promise<Map<string, PlanWijkRef[]>> {
    const out = new Map<string, PlanWijkRef[]>();
    if (!planIds.length) return out;
    const rows: { plan_id: string; id: string; name: string }[] = await this.db.manager().query(
      `SELECT pw.plan_id, w.id, w.name FROM plan_wijken pw JOIN wijken w ON w.tenant_id = pw.tenant_id AND w.id = pw.wijk_id
        WHERE pw.tenant_id = $1 AND pw.plan_id = ANY($2) ORDER BY pw.position, w.name`,
      [currentTenantId(), [...new Set(planIds)]],
    );
    for (const r of rows) out.set(r.plan_id, [...(out.get(r.plan_id) ?? []), { id: r.id, name: r.name }]);
    return out;
  }

  /** The planned budget of a plan per year, in cents. */
  async plannedPerYear(planId: string): Promise<Map<number, number>> {
    const rows: { year: number; planned: string }[] = await this.db.manager().query(
      `SELECT b.year, sum(b.amount_cents) AS planned FROM plan_action_budgets b
         JOIN plan_actions a ON a.tenant_id = b.tenant_id AND a.id = b.action_id
        WHERE b.tenant_id = $1 AND a.plan_id = $2 GROUP BY b.year`,
      [currentTenantId(), planId],
    );
    return new Map(rows.map((r) => [r.year, Number(r.planned)]));
  }

  /**
   * Every wijk with the plans the overview shows for it: a row per plan in force (adopted; more than one only
   * when the plans have different themes), else one row with its most recent plan that is not archived. A
   * reader (`adoptedOnly`) sees adopted plans only: a wijk without one has no plan.
   */
  async wijkPlans(adoptedOnly: boolean): Promise<WijkPlanRow[]> {
    return this.db.manager().query(
      `SELECT w.id AS wijk_id, w.name AS wijk_name, p.id AS plan_id, p.title, p.theme, p.status, p.revision, p.demo
         FROM wijken w
         LEFT JOIN LATERAL (
           SELECT x.* FROM (
             SELECT p.*, bool_or(p.status = 'adopted') OVER () AS any_adopted,
                    row_number() OVER (ORDER BY (p.status = 'adopted') DESC, p.updated_at DESC) AS rank
               FROM plan_wijken pw JOIN plans p ON p.tenant_id = pw.tenant_id AND p.id = pw.plan_id
              WHERE pw.tenant_id = w.tenant_id AND pw.wijk_id = w.id AND p.status <> 'archived') x
            WHERE x.status = 'adopted' OR (NOT $2 AND NOT x.any_adopted AND x.rank = 1)) p ON true
        WHERE w.tenant_id = $1 ORDER BY w.name, w.id, p.theme NULLS FIRST, p.title`,
      [currentTenantId(), adoptedOnly],
    );
  }
}
