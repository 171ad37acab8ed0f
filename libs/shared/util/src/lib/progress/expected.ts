import type { ExpectedProgress, YearQuarter } from '@wk/contracts';
import { addDays, daysBetween } from '../clock';
import { periodFirstDay, periodLastDay } from './periods';

/** One point of the expected course: on `day`, `percent` should be done. */
interface Point {
  day: string;
  percent: number;
}

/**
 * What an action should have done by `today` (yyyy-mm-dd), from its plan (see the rule in @wk/contracts at
 * `ExpectedRule`):
 * - `linear`: a straight line from 0% on the first day of its first quarter to 100% at the end of its last
 *   quarter;
 * - `milestones` (when it has any): every milestone is an equal step and the end of the action the last one:
 *   with n milestones before the end, the k-th stands for k/(n+1) of the work, the end of the action for all
 *   of it (a milestone due on its last day or later is the end). Between two steps the line runs straight.
 * Before the start 0, after the end 100; one decimal.
 */
export function expectedProgress(
  action: { start: YearQuarter; end: YearQuarter },
  milestoneDueDates: readonly string[],
  today: string,
): ExpectedProgress {
  const first = periodFirstDay(action.start);
  // The line reaches 100% when the last day of the action is over.
  const end = addDays(periodLastDay(action.end), 1);
  if (milestoneDueDates.length === 0) {
    return {
      rule: 'linear',
      percent: along(
        [
          { day: first, percent: 0 },
          { day: end, percent: 100 },
        ],
        today,
      ),
    };
  }
  // A milestone is done by the end of its due date; one due on or after the last day of the action is its end.
  const days = milestoneDueDates
    .map((due) => addDays(due, 1))
    .filter((day) => day < end)
    .sort();
  const steps = days.length + 1;
  const points: Point[] = [
    { day: first, percent: 0 },
    ...days.map((day, i) => ({ day: day < first ? first : day, percent: ((i + 1) * 100) / steps })),
    { day: end, percent: 100 },
  ];
  return { rule: 'milestones', percent: along(points, today) };
}

/** The value on `today` of the line through `points` (ordered by day; the highest value on a day counts). */
function along(points: readonly Point[], today: string): number {
  let value = 0;
  for (const [i, p] of points.entries()) {
    if (today >= p.day) {
      value = Math.max(value, p.percent);
      continue;
    }
    const prev = points[i - 1];
    if (prev) {
      const span = daysBetween(prev.day, p.day);
      const into = daysBetween(prev.day, today);
      const prevValue = Math.max(value, prev.percent);
      value = span > 0 ? prevValue + ((p.percent - prevValue) * into) / span : prevValue;
    }
    break;
  }
  return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
}
