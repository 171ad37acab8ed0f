import type { EntityManager } from 'typeorm';
import { type Actor, notFound, readerMaySee } from '@wk/api/core';
import { ActionEntity, PlanEntity } from '@wk/api/plans';

/**
 * An action with its plan, or 404 ("Deze actie") when either is missing or the plan is hidden from a reader.
 * `lock`: the plan is read FOR SHARE, so that a write on the action waits for an adoption or replacement.
 */
export async function actionWithPlan(
  m: EntityManager,
  tenantId: string,
  actionId: string,
  lock = false,
): Promise<{ action: ActionEntity; plan: PlanEntity }> {
  const action = await m.findOneBy(ActionEntity, { tenantId, id: actionId });
  if (!action) throw notFound('action');
  const plan = await m.findOne(PlanEntity, {
    where: { tenantId, id: action.planId },
    ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
  });
  if (!plan || !readerMaySee(plan.status)) throw notFound('action');
  return { action, plan };
}

/** Whether one of the actor's units leads the action or contributes to it. */
export async function unitsWorkOn(
  m: EntityManager,
  action: ActionEntity,
  actor: Pick<Actor, 'orgUnitIds'>,
): Promise<boolean> {
  const own = new Set(actor.orgUnitIds);
  if (action.leadUnitId !== null && own.has(action.leadUnitId)) return true;
  const units: { org_unit_id: string }[] = await m.query(
    `SELECT org_unit_id FROM plan_action_units WHERE tenant_id = $1 AND action_id = $2`,
    [action.tenantId, action.id],
  );
  return units.some((u) => own.has(u.org_unit_id));
}
