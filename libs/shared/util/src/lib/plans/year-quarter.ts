import type { YearQuarter } from '@wk/contracts';

/**
 * Quarters as one running number (year × 4 + quarter − 1), so that consecutive quarters differ by
 * one across year boundaries: 2025 Q4 → 8103, 2026 Q1 → 8104.
 */
export function quarterIndex(yq: YearQuarter): number {
  return yq.year * 4 + yq.quarter - 1;
}

/** Sort comparator: −1 when `a` is earlier than `b`, 1 when later, 0 when the same quarter. */
export function compareYearQuarter(a: YearQuarter, b: YearQuarter): number {
  return Math.sign(quarterIndex(a) - quarterIndex(b));
}

/**
 * True when `start` is not before Q1 of `startYear` and `end` is not after Q4 of `endYear`
 * (both bounds inclusive). Whether `start` precedes `end` is not checked here.
 */
export function isWithinHorizon(start: YearQuarter, end: YearQuarter, startYear: number, endYear: number): boolean {
  return (
    quarterIndex(start) >= quarterIndex({ year: startYear, quarter: 1 }) && quarterIndex(end) <= quarterIndex({ year: endYear, quarter: 4 })
  );
}

/**
 * Every calendar year the period from `start` to `end` (inclusive) touches, ascending.
 * Empty when `end` is before `start`.
 */
export function yearsOf(start: YearQuarter, end: YearQuarter): number[] {
  if (quarterIndex(end) < quarterIndex(start)) {
    return [];
  }
  const years: number[] = [];
  for (let year = start.year; year <= end.year; year++) {
    years.push(year);
  }
  return years;
}
