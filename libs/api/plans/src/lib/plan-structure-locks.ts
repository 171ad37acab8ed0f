import { Injectable } from '@nestjs/common';
import type { BlockCode, PillarCode } from '@wk/contracts';
import { currentTenantId, Db, invalid, notFound, oneRow, param, versionConflict } from '@wk/api/core';
import type { MessageCode } from '@wk/util/messages';
import { ActionEntity, GoalEntity, type PlanEntity } from './plan.entities';
import { assertEditable } from './plan-guards';
import { PlanReader } from './plan-reader';

/**
 * The locks and positions the goal and action writes share. Every write locks the plan row first and
 * refuses when the plan is not a draft, so nothing changes in a revision that is in review, adopted or
 * archived.
 *
 * Versioned writes of a goal or an action lock the plan, then the goal or action itself (`FOR UPDATE`), and
 * only then read the version they compare: two writes based on the same version can never both pass, on
 * PostgreSQL's default READ COMMITTED too. The order (plan, goal, action) is the same for every write, so
 * writers queue instead of deadlocking.
 */
@Injectable()
export class PlanStructureLocks {
  constructor(
    private readonly db: Db,
    private readonly reader: PlanReader,
  ) {}

  /** The position after the last goal of a block (and pillar): new and moved goals go to the end. */
  async nextGoalPosition(tenantId: string, planId: string, block: BlockCode, pillar: PillarCode | null): Promise<number> {
    const query = `SELECT coalesce(max(position) + 1, 0) AS next FROM plan_goals WHERE tenant_id = $1 AND plan_id = $2 AND block = $3 AND pillar IS NOT DISTINCT FROM $4`;
    const rows = await this.db.manager().query<{ next: number }[]>(query, [tenantId, planId, block, pillar]);
    return Number(oneRow(rows, query).next);
  }

  /** The position after the last action of a goal: new and moved actions go to the end. */
  async nextActionPosition(tenantId: string, goalId: string): Promise<number> {
    const query = `SELECT coalesce(max(position) + 1, 0) AS next FROM plan_actions WHERE tenant_id = $1 AND goal_id = $2`;
    const rows = await this.db.manager().query<{ next: number }[]>(query, [tenantId, goalId]);
    return Number(oneRow(rows, query).next);
  }

  async editablePlan(planId: string): Promise<PlanEntity> {
    const plan = await this.reader.row(planId, true);
    assertEditable(plan);
    return plan;
  }

  /**
   * Locks the goal's plan (refusing when it is not a draft), then the goal, and compares the version
   * (when given) with the goal as it is once locked. The first read only finds the plan: a goal never
   * moves to another plan. A goal deleted while this request waited is not found.
   */
  async lockGoal(id: string, version?: number): Promise<{ plan: PlanEntity; goal: GoalEntity }> {
    const plan = await this.editablePlan((await this.goal(id)).planId);
    const goal = await this.goal(id, true);
    if (version !== undefined && goal.version !== version) throw versionConflict(goal.version);
    return { plan, goal };
  }

  /** As `lockGoal`, for an action (an action moves between goals, never between plans). */
  async lockAction(id: string, version: number): Promise<{ plan: PlanEntity; action: ActionEntity }> {
    const plan = await this.editablePlan((await this.action(id)).planId);
    const action = await this.action(id, true);
    if (action.version !== version) throw versionConflict(action.version);
    return { plan, action };
  }

  /** The goal; with `lock`, locked for update (no relations are loaded, so the lock is on this row alone). */
  async goal(id: string, lock = false): Promise<GoalEntity> {
    const g = await this.db.manager().findOne(GoalEntity, {
      where: { tenantId: currentTenantId(), id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!g) throw notFound('goal');
    return g;
  }

  async action(id: string, lock = false): Promise<ActionEntity> {
    const a = await this.db.manager().findOne(ActionEntity, {
      where: { tenantId: currentTenantId(), id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!a) throw notFound('action');
    return a;
  }
}

export function blankToNull(v: string | null | undefined): string | null {
  return v === undefined || v === null || !v.trim() ? null : v.trim();
}

export function assertSameSet(actual: string[], given: string[], field: string, reason: MessageCode): void {
  const a = new Set(actual);
  if (a.size !== given.length || given.some((id) => !a.has(id))) throw invalid([param(field, 'mismatch', reason)]);
}
