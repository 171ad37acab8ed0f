import type { Problem } from '@wk/contracts';
import type { TranslationKey } from '@wk/web/core';

/**
 * Our own words for a stale write: the plan has already been reloaded (see PlanStore.write), so
 * the user only needs to try again. Other problems keep the API's explanation.
 */
export function conflictKey(problem: Problem): TranslationKey | null {
  return problem.code === 'version_conflict' ? 'plan.conflict' : null;
}

/** Messages of our own for lifecycle problems; other problems show the API's explanation. */
export function lifecycleProblemKey(problem: Problem): TranslationKey | null {
  switch (problem.code) {
    case 'version_conflict':
      return 'plan.conflict';
    case 'plan_incomplete':
      return 'lifecycle.incomplete';
    default:
      return null;
  }
}
