import type { Cadence, Period } from '@wk/contracts';
import { comparePeriods, periodKey, periodLastDay, periodsOf } from '@wk/util';

/**
 * The periods of the plan that have ended by `asOf` and are not closed yet, newest first: what a
 * planner can close.
 */
export function closablePeriods(
  plan: { startYear: number; endYear: number; cadence: Cadence },
  asOf: string,
  closed: readonly Period[],
): Period[] {
  const done = new Set(closed.map(periodKey));
  return periodsOf({ year: plan.startYear, quarter: 1 }, { year: plan.endYear, quarter: 4 }, plan.cadence)
    .filter((p) => periodLastDay(p) < asOf && !done.has(periodKey(p)))
    .sort((a, b) => comparePeriods(b, a));
}

/** The years that the course of the blocks covers, in order (the union of their points). */
export function courseYears(course: readonly { points: readonly { year: number }[] }[]): number[] {
  return [...new Set(course.flatMap((c) => c.points.map((p) => p.year)))].sort((a, b) => a - b);
}
