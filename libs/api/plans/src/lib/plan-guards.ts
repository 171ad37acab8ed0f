import type { EntityManager } from 'typeorm';
import type { PlanStatus } from '@wk/contracts';
import { DomainError, message } from '@wk/api/core';
import { messageRef, type MessageCode } from '@wk/util/messages';
import type { PlanEntity } from './plan.entities';

const STATUS: Record<PlanStatus, MessageCode> = {
  draft: 'status.draft',
  in_review: 'status.in_review',
  adopted: 'status.adopted',
  archived: 'status.archived',
};

/** Only a draft can be changed: in review, adopted and archived revisions are frozen. */
export function assertEditable(plan: PlanEntity): void {
  if (plan.status === 'draft') return;
  throw new DomainError(
    'plan_read_only',
    plan.status === 'in_review'
      ? 'plan.read_only_in_review'
      : message('plan.read_only_frozen', { status: messageRef(STATUS[plan.status]) }),
  );
}

/** The lifecycle steps, named in the refusal of a step that is not possible. */
export type PlanStep = 'submit' | 'reopen' | 'adopt' | 'correct_adoption' | 'archive' | 'new_revision';

export function assertStatus(
  plan: PlanEntity,
  allowed: readonly ['draft'] | readonly ['in_review'] | readonly ['adopted'] | readonly ['adopted', 'archived'],
  step: PlanStep,
): void {
  if ((allowed as readonly PlanStatus[]).includes(plan.status)) return;
  const allowedText: MessageCode = allowed.length === 2 ? 'status.adopted_or_archived' : STATUS[allowed[0]];
  throw new DomainError(
    'invalid_transition',
    message('plan.invalid_transition', {
      step: messageRef(`step.${step}`),
      status: messageRef(STATUS[plan.status]),
      allowed: messageRef(allowedText),
    }),
  );
}

/** Which of `ids` are not rows of `table` in this tenant (row-level security hides other tenants' rows anyway). */
export async function missingIds(
  m: EntityManager,
  table: 'org_units' | 'users' | 'wijken',
  tenantId: string,
  ids: string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows: { id: string }[] = await m.query(`SELECT id FROM ${table} WHERE tenant_id = $1 AND id = ANY($2)`, [tenantId, ids]);
  const found = new Set(rows.map((r) => r.id));
  return new Set(ids.filter((id) => !found.has(id)));
}

export { param } from '@wk/api/core';
