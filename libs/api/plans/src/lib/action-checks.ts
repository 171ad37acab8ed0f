import type { EntityManager } from 'typeorm';
import type { InvalidParam, YearQuarter } from '@wk/contracts';
import { param } from '@wk/api/core';
import { isIsoDay } from '@wk/util';
import type { PlanEntity } from './plan.entities';
import { missingIds } from './plan-guards';

/** An action as a write would leave it: what {@link actionProblems} checks. */
export interface ActionShape {
  start: YearQuarter;
  end: YearQuarter;
  lead: string | null;
  owner: string | null;
  contributing: string[];
  budget: { year: number; amountCents: number }[];
  milestones: { title: string; dueDate: string; done: boolean; key?: string }[];
}

const yq = (v: YearQuarter) => v.year * 4 + v.quarter - 1;

/** Period inside the plan's horizon, end not before start, budget years inside the period, known units and owner. */
export async function actionProblems(m: EntityManager, tenantId: string, plan: PlanEntity, a: ActionShape): Promise<InvalidParam[]> {
  const out: InvalidParam[] = [];
  if (a.start.year < plan.startYear)
    out.push(param('start.year', 'outside_horizon', 'action.starts_before_plan', { start: plan.startYear, end: plan.endYear }));
  if (a.end.year > plan.endYear)
    out.push(param('end.year', 'outside_horizon', 'action.ends_after_plan', { start: plan.startYear, end: plan.endYear }));
  if (yq(a.end) < yq(a.start))
    out.push(
      param('end', 'before_start', 'action.end_before_start', {
        endYear: a.end.year,
        endQuarter: a.end.quarter,
        startYear: a.start.year,
        startQuarter: a.start.quarter,
      }),
    );
  const years = new Set<number>();
  a.budget.forEach((b, i) => {
    if (b.year < a.start.year || b.year > a.end.year) {
      out.push(
        param(`budget.${i}.year`, 'outside_period', 'action.budget_outside_period', { year: b.year, start: a.start.year, end: a.end.year }),
      );
    }
    if (years.has(b.year)) out.push(param(`budget.${i}.year`, 'duplicate', 'action.budget_duplicate_year', { year: b.year }));
    years.add(b.year);
  });
  a.milestones.forEach((ms, i) => {
    if (!isIsoDay(ms.dueDate)) out.push(param(`milestones.${i}.dueDate`, 'format', 'field.date_not_real'));
  });
  if (a.lead && (await missingIds(m, 'org_units', tenantId, [a.lead])).size) out.push(param('leadUnitId', 'unknown', 'org_unit.unknown'));
  const missing = await missingIds(m, 'org_units', tenantId, a.contributing);
  a.contributing.forEach((id, i) => {
    if (missing.has(id)) out.push(param(`contributingUnitIds.${i}`, 'unknown', 'org_unit.unknown'));
    else if (id === a.lead) out.push(param(`contributingUnitIds.${i}`, 'is_lead', 'action.unit_is_lead'));
  });
  if (a.owner && (await missingIds(m, 'users', tenantId, [a.owner])).size) out.push(param('ownerId', 'unknown', 'user.unknown'));
  return out;
}
