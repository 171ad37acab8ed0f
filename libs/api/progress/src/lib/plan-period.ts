import type { Quarter } from '@wk/contracts';
import { invalid, reasonOf } from '@wk/api/core';
import type { PlanFact } from '@wk/api/plans';

/** The period a write names, checked against the plan's cadence: a quarter for quarterly plans, none for yearly ones. */
export function periodOfPlan(plan: PlanFact, year: number, quarter: Quarter | undefined): { year: number; quarter: Quarter | null } {
  if (plan.cadence === 'quarterly' && quarter === undefined) {
    throw invalid([
      {
        name: 'quarter',
        code: 'required',
        ...reasonOf('progress.quarter_required'),
      },
    ]);
  }
  if (plan.cadence === 'yearly' && quarter !== undefined) {
    throw invalid([
      {
        name: 'quarter',
        code: 'not_allowed',
        ...reasonOf('progress.quarter_not_allowed'),
      },
    ]);
  }
  return { year, quarter: quarter ?? null };
}
