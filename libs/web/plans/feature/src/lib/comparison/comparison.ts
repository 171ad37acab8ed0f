import type { Plan, PlanRevisionRef } from '@wk/contracts';

/**
 * The revision to compare with by default: the one just before this revision, or else (for the
 * first revision) the nearest later one; null when the plan has only one revision.
 */
export function defaultBaseRevision(plan: Pick<Plan, 'id' | 'revision' | 'revisions'>): PlanRevisionRef | null {
  const others = plan.revisions.filter((r) => r.id !== plan.id);
  const earlier = others.filter((r) => r.revision < plan.revision).sort((a, b) => b.revision - a.revision);
  const later = others.filter((r) => r.revision > plan.revision).sort((a, b) => a.revision - b.revision);
  return earlier[0] ?? later[0] ?? null;
}
