import type { ActionStatus, Quarter } from '@wk/contracts';
import { periodKey } from './periods';

/**
 * An action's progress in one year, as the database keeps it (table progress_action_years, maintained by a
 * trigger on every update): enough for the progress views without reading each update.
 */
export interface YearSummary {
  year: number;
  /** Bit q-1 for each reported quarter q (1–4), bit 4 for a report on the year as a whole. */
  reported: number;
  /** The year's latest reported period: a quarter, or null for the year as a whole (which comes after Q4). */
  lastQuarter: Quarter | null;
  /** Status and percent of that latest period's update (a correction replaces the original). */
  status: ActionStatus;
  percent: number;
  /** When that update was made (ISO 8601). */
  at: string;
  /** Spent in the year: for each period the amount of its latest update, added up. */
  spent: number;
}

/** The bit of a period in YearSummary.reported. */
export const reportedBit = (quarter: Quarter | null): number => (quarter === null ? 16 : 1 << (quarter - 1));

/** The periodKeys (`2026-Q3`, `2026`) that have an update, over all the summaries. */
export function reportedPeriodKeys(years: readonly YearSummary[]): Set<string> {
  const keys = new Set<string>();
  for (const y of years) {
    for (const quarter of [1, 2, 3, 4, null] as const) {
      if (y.reported & reportedBit(quarter)) keys.add(periodKey({ year: y.year, quarter }));
    }
  }
  return keys;
}

/** The summary that counts at the end of `year`: the latest one of that year or before; undefined when none. */
export function summaryAt(years: readonly YearSummary[], year: number): YearSummary | undefined {
  let last: YearSummary | undefined;
  for (const y of years) {
    if (y.year <= year && (!last || y.year > last.year)) {
      last = y;
    }
  }
  return last;
}

/** The latest summary of all (the action's current status); undefined without updates. */
export const latestSummary = (years: readonly YearSummary[]): YearSummary | undefined => summaryAt(years, Number.MAX_SAFE_INTEGER);

/** Spent over all years. */
export const totalSpent = (years: readonly YearSummary[]): number => years.reduce((sum, y) => sum + y.spent, 0);
