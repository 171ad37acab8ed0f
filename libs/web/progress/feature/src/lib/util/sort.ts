import type { ActionProgress, PeriodToReport } from '@wk/contracts';

/** What a list of actions can be narrowed to: all, those with an update due, or with one overdue. */
export type ActionFilter = 'all' | 'due' | 'overdue';

/** The periods still to be reported (due or overdue), oldest first. */
export function openPeriods(action: Pick<ActionProgress, 'periods'>): PeriodToReport[] {
  return action.periods.filter((p) => p.state !== 'reported').sort((a, b) => a.deadline.localeCompare(b.deadline));
}

/** 0 with an overdue update, 1 with an update due, 2 otherwise. */
export function urgency(action: Pick<ActionProgress, 'overdueCount' | 'dueCount'>): 0 | 1 | 2 {
  return action.overdueCount > 0 ? 0 : action.dueCount > 0 ? 1 : 2;
}

/**
 * Overdue first, then due, then the rest; within each, the oldest open deadline first, then by plan
 * and by title (Dutch order). Returns a new array.
 */
export function sortOverdueFirst<T extends ActionProgress>(items: readonly T[]): T[] {
  const deadline = (a: T): string => openPeriods(a)[0]?.deadline ?? '9999-12-31';
  return [...items].sort(
    (a, b) =>
      urgency(a) - urgency(b) ||
      deadline(a).localeCompare(deadline(b)) ||
      a.planTitle.localeCompare(b.planTitle, 'nl') ||
      a.title.localeCompare(b.title, 'nl'),
  );
}

export function filterActions<T extends ActionProgress>(items: readonly T[], filter: ActionFilter): T[] {
  switch (filter) {
    case 'all':
      return [...items];
    case 'due':
      return items.filter((a) => a.dueCount > 0);
    case 'overdue':
      return items.filter((a) => a.overdueCount > 0);
  }
}
