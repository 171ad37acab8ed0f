import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  BLOCK_CODES,
  PILLAR_CODES,
  type OrgUnitRef,
  type Plan,
  type PlanAction,
  type PlanGoal,
  type PlanSummary,
  type PlanWijkRef,
  type Quarter,
} from '@wk/contracts';
import { currentTenantId, Db, isReader, notFound, READER_PLAN_STATUSES, readerMaySee, versionConflict } from '@wk/api/core';
import { checkCompleteness } from '@wk/util';
import { PlanEntity, PlanWijkEntity } from './plan.entities';

const blockRank = (b: string) => (BLOCK_CODES as readonly string[]).indexOf(b);
const pillarRank = (p: string | null) => (p === null ? -1 : (PILLAR_CODES as readonly string[]).indexOf(p));

interface ActionRow {
  id: string;
  key: string;
  goal_id: string;
  title: string;
  description: string;
  lead_unit_id: string | null;
  lead_name: string | null;
  lead_kind: OrgUnitRef['kind'] | null;
  owner_id: string | null;
  owner_name: string | null;
  start_year: number;
  start_quarter: Quarter;
  end_year: number;
  end_quarter: Quarter;
  position: number;
  version: number;
}

export const toSummaryFields = (p: PlanEntity, wijken: PlanWijkRef[]) => ({
  id: p.id,
  lineageId: p.lineageId,
  revision: p.revision,
  title: p.title,
  theme: p.theme,
  status: p.status,
  startYear: p.startYear,
  cadence: p.cadence,
  endYear: p.endYear,
  wijken,
  adoptedOn: p.adoptedOn,
  decisionReference: p.decisionReference,
  demo: p.demo,
  updatedAt: p.updatedAt.toISOString(),
  version: p.version,
});

/** Assembles plans from their rows. Every query filters by tenant as well (row-level security enforces it again). */
@Injectable()
export class PlanReader {
  constructor(private readonly db: Db) {}

  async list(wijkId?: string): Promise<PlanSummary[]> {
    const m = this.db.manager();
    const tenantId = currentTenantId();
    const qb = m
      .createQueryBuilder(PlanEntity, 'p')
      .where('p.tenantId = :tenantId', { tenantId })
      .orderBy('p.title', 'ASC')
      .addOrderBy('p.revision', 'DESC');
    if (isReader()) {
      qb.andWhere('p.status IN (:...visible)', {
        visible: [...READER_PLAN_STATUSES],
      });
    }
    if (wijkId) {
      qb.andWhere('EXISTS (SELECT 1 FROM plan_wijken pw WHERE pw.tenant_id = p.tenant_id AND pw.plan_id = p.id AND pw.wijk_id = :wijkId)', {
        wijkId,
      });
    }
    const plans = await qb.getMany();
    if (!plans.length) return [];
    const ids = plans.map((p) => p.id);
    const wijken = await this.wijkenOf(m, ids);
    const counts: { plan_id: string; goals: string; actions: string }[] = await m.query(
      `SELECT p.id AS plan_id,
              (SELECT count(*) FROM plan_goals g WHERE g.tenant_id = $1 AND g.plan_id = p.id) AS goals,
              (SELECT count(*) FROM plan_actions a WHERE a.tenant_id = $1 AND a.plan_id = p.id) AS actions
         FROM plans p WHERE p.tenant_id = $1 AND p.id = ANY($2)`,
      [tenantId, ids],
    );
    const countOf = new Map(counts.map((c) => [c.plan_id, c]));
    return plans.map((p) => ({
      ...toSummaryFields(p, wijken.get(p.id) ?? []),
      goalCount: Number(countOf.get(p.id)?.goals ?? 0),
      actionCount: Number(countOf.get(p.id)?.actions ?? 0),
    }));
  }

  /** The plan row, locked for update when `lock` (every write locks its plan first: no write races an adoption). */
  async row(id: string, lock = false): Promise<PlanEntity> {
    const p = await this.db.manager().findOne(PlanEntity, {
      where: { tenantId: currentTenantId(), id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!p || !readerMaySee(p.status)) throw notFound('plan');
    return p;
  }

  /** The plan row locked for update; 409 when it is no longer at `version` (someone else changed it first). */
  async lockedAt(id: string, version: number): Promise<PlanEntity> {
    const p = await this.row(id, true);
    if (p.version !== version) throw versionConflict(p.version);
    return p;
  }

  /** The ids of the plan's wijken, in the plan's order. */
  async wijkIds(planId: string): Promise<string[]> {
    const rows = await this.db.manager().find(PlanWijkEntity, {
      where: { tenantId: currentTenantId(), planId },
      order: { position: 'ASC' },
    });
    return rows.map((r) => r.wijkId);
  }

  async load(id: string): Promise<Plan> {
    const m = this.db.manager();
    const tenantId = currentTenantId();
    const p = await this.row(id);
    // One connection runs one query at a time: sequential awaits, no Promise.all.
    const [wijken, goalRows, actionRows, units, budgets, milestones, revisions] = await sequence([
      () => this.wijkenOf(m, [id]),
      () =>
        m.query<
          {
            id: string;
            key: string;
            block: PlanGoal['block'];
            pillar: PlanGoal['pillar'];
            statement: string;
            target: string | null;
            position: number;
            version: number;
          }[]
        >(`SELECT id, key, block, pillar, statement, target, position, version FROM plan_goals WHERE tenant_id = $1 AND plan_id = $2`, [
          tenantId,
          id,
        ]),
      () =>
        m.query<ActionRow[]>(
          `SELECT a.id, a.key, a.goal_id, a.title, a.description, a.lead_unit_id, o.name AS lead_name, o.kind AS lead_kind,
                a.owner_id, u.name AS owner_name, a.start_year, a.start_quarter, a.end_year, a.end_quarter, a.position, a.version
           FROM plan_actions a
           LEFT JOIN org_units o ON o.tenant_id = a.tenant_id AND o.id = a.lead_unit_id
           LEFT JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.owner_id
          WHERE a.tenant_id = $1 AND a.plan_id = $2
          ORDER BY a.position, a.created_at`,
          [tenantId, id],
        ),
      () =>
        m.query<
          {
            action_id: string;
            id: string;
            name: string;
            kind: OrgUnitRef['kind'];
          }[]
        >(
          `SELECT au.action_id, o.id, o.name, o.kind FROM plan_action_units au
           JOIN plan_actions a ON a.tenant_id = au.tenant_id AND a.id = au.action_id
           JOIN org_units o ON o.tenant_id = au.tenant_id AND o.id = au.org_unit_id
          WHERE au.tenant_id = $1 AND a.plan_id = $2 ORDER BY o.name`,
          [tenantId, id],
        ),
      () =>
        m.query<{ action_id: string; year: number; amount_cents: string }[]>(
          `SELECT b.action_id, b.year, b.amount_cents FROM plan_action_budgets b
           JOIN plan_actions a ON a.tenant_id = b.tenant_id AND a.id = b.action_id
          WHERE b.tenant_id = $1 AND a.plan_id = $2 ORDER BY b.year`,
          [tenantId, id],
        ),
      () =>
        m.query<
          {
            action_id: string;
            key: string;
            title: string;
            due_date: string;
            done: boolean;
          }[]
        >(
          `SELECT ms.action_id, ms.key, ms.title, to_char(ms.due_date, 'YYYY-MM-DD') AS due_date, ms.done FROM plan_action_milestones ms
           JOIN plan_actions a ON a.tenant_id = ms.tenant_id AND a.id = ms.action_id
          WHERE ms.tenant_id = $1 AND a.plan_id = $2 ORDER BY ms.position`,
          [tenantId, id],
        ),
      () =>
        m.find(PlanEntity, {
          select: { id: true, revision: true, status: true, adoptedOn: true },
          where: { tenantId, lineageId: p.lineageId },
          order: { revision: 'ASC' },
        }),
    ] as const);
    const group = <T extends { action_id: string }>(rows: T[]) => {
      const out = new Map<string, T[]>();
      for (const r of rows) out.set(r.action_id, [...(out.get(r.action_id) ?? []), r]);
      return out;
    };
    const unitsOf = group(units);
    const budgetsOf = group(budgets);
    const milestonesOf = group(milestones);
    const actionsOf = new Map<string, PlanAction[]>();
    for (const a of actionRows) {
      const action: PlanAction = {
        id: a.id,
        key: a.key,
        planId: id,
        goalId: a.goal_id,
        title: a.title,
        description: a.description,
        leadUnit: a.lead_unit_id && a.lead_name && a.lead_kind ? { id: a.lead_unit_id, name: a.lead_name, kind: a.lead_kind } : null,
        contributingUnits: (unitsOf.get(a.id) ?? []).map((u) => ({
          id: u.id,
          name: u.name,
          kind: u.kind,
        })),
        owner: a.owner_id && a.owner_name ? { id: a.owner_id, name: a.owner_name } : null,
        start: { year: a.start_year, quarter: a.start_quarter },
        end: { year: a.end_year, quarter: a.end_quarter },
        budget: (budgetsOf.get(a.id) ?? []).map((b) => ({
          year: b.year,
          amountCents: Number(b.amount_cents),
        })),
        milestones: (milestonesOf.get(a.id) ?? []).map((ms) => ({
          key: ms.key,
          title: ms.title,
          dueDate: ms.due_date,
          done: ms.done,
        })),
        position: a.position,
        version: a.version,
      };
      actionsOf.set(a.goal_id, [...(actionsOf.get(a.goal_id) ?? []), action]);
    }
    const goals: PlanGoal[] = goalRows
      .sort((x, y) => blockRank(x.block) - blockRank(y.block) || pillarRank(x.pillar) - pillarRank(y.pillar) || x.position - y.position)
      .map((g) => ({
        id: g.id,
        key: g.key,
        planId: id,
        block: g.block,
        pillar: g.pillar,
        statement: g.statement,
        target: g.target,
        position: g.position,
        version: g.version,
        actions: actionsOf.get(g.id) ?? [],
      }));
    const plan: Omit<Plan, 'completeness'> = {
      ...toSummaryFields(p, wijken.get(id) ?? []),
      vision: p.vision,
      sections: p.sections,
      goals,
      submittedAt: p.submittedAt?.toISOString() ?? null,
      adoptedAt: p.adoptedAt?.toISOString() ?? null,
      archivedAt: p.archivedAt?.toISOString() ?? null,
      createdAt: p.createdAt.toISOString(),
      revisions: revisions
        .filter((r) => readerMaySee(r.status))
        .map((r) => ({
          id: r.id,
          revision: r.revision,
          status: r.status,
          adoptedOn: r.adoptedOn,
        })),
      readOnly: p.status !== 'draft',
    };
    return { ...plan, completeness: checkCompleteness(plan) };
  }

  private async wijkenOf(m: EntityManager, planIds: string[]): Promise<Map<string, PlanWijkRef[]>> {
    const rows: { plan_id: string; id: string; name: string }[] = await m.query(
      `SELECT pw.plan_id, w.id, w.name FROM plan_wijken pw JOIN wijken w ON w.tenant_id = pw.tenant_id AND w.id = pw.wijk_id
        WHERE pw.tenant_id = $1 AND pw.plan_id = ANY($2) ORDER BY pw.position, w.name`,
      [currentTenantId(), planIds],
    );
    const out = new Map<string, PlanWijkRef[]>();
    for (const r of rows) out.set(r.plan_id, [...(out.get(r.plan_id) ?? []), { id: r.id, name: r.name }]);
    return out;
  }
}

/** Runs the thunks one after another (a transaction's connection takes one query at a time). */
async function sequence<T extends readonly (() => Promise<unknown>)[]>(thunks: T): Promise<{ [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const out: unknown[] = [];
  for (const thunk of thunks) out.push(await thunk());
  return out as { [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
