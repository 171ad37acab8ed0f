import type { EntityManager } from 'typeorm';
import type { InvalidParam, PlanStatus } from '@wk/contracts';
import { DomainError } from '@wk/api/core';
import type { PlanEntity } from './plan.entities';

export const STATUS_NL: Record<PlanStatus, string> = {
  draft: 'concept',
  in_review: 'in bespreking',
  adopted: 'vastgesteld',
  archived: 'gearchiveerd',
};

/** Only a draft can be changed: in review, adopted and archived revisions are frozen. */
export function assertEditable(plan: PlanEntity): void {
  if (plan.status === 'draft') return;
  const why =
    plan.status === 'in_review'
      ? 'Dit plan ligt ter bespreking en kan nu niet worden gewijzigd. Zet het eerst terug naar concept.'
      : `Deze versie van het plan is ${STATUS_NL[plan.status]} en kan niet meer worden gewijzigd. Maak een nieuwe versie om het plan aan te passen.`;
  throw new DomainError('plan_read_only', why);
}

export function assertStatus(
  plan: PlanEntity,
  allowed: PlanStatus[],
  step: string,
): void {
  if (allowed.includes(plan.status)) return;
  throw new DomainError(
    'invalid_transition',
    `${step} kan niet: het plan is ${STATUS_NL[plan.status]}. Dat kan alleen als het plan ${allowed.map((s) => STATUS_NL[s]).join(' of ')} is.`,
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
  const rows: { id: string }[] = await m.query(
    `SELECT id FROM ${table} WHERE tenant_id = $1 AND id = ANY($2)`,
    [tenantId, ids],
  );
  const found = new Set(rows.map((r) => r.id));
  return new Set(ids.filter((id) => !found.has(id)));
}

/** A calendar date that exists (2025-02-30 does not). */
export function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const param = (
  name: string,
  code: string,
  reason: string,
): InvalidParam => ({ name, code, reason });
