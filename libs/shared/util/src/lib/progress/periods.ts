import { QUARTERS } from '@wk/contracts';
import type { Cadence, Period, PeriodState, PeriodToReport, Quarter, YearQuarter } from '@wk/contracts';
import { quarterIndex, yearsOf } from '../plans/year-quarter';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a calendar month (1-based), Gregorian leap years. */
function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  const days = DAYS[month - 1];
  if (days === undefined) throw new RangeError(`not a month: ${month}`);
  return days;
}

/** Per period: its key, the first day of its last month and its deadline (computed once; the views ask for them per action). */
const PERIOD_TEXT = new Map<number, { key: string; lastMonthStart: string; deadline: string }>();
function periodText(p: Period): {
  key: string;
  lastMonthStart: string;
  deadline: string;
} {
  const id = p.year * 10 + (p.quarter ?? 0);
  let found = PERIOD_TEXT.get(id);
  if (!found) {
    found = {
      key: periodKey(p),
      lastMonthStart: periodFirstDayOfLastMonth(p),
      deadline: deadlineOf(p),
    };
    if (PERIOD_TEXT.size < 10_000) PERIOD_TEXT.set(id, found);
  }
  return found;
}

function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads a yyyy-mm-dd calendar date; throws a RangeError for anything else (including 2026-02-30). */
function parseDate(text: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Not a yyyy-mm-dd date: "${text}"`);
}

/** The calendar month (1–12) in which the period ends: the quarter's third month, or December. */
function lastMonthOf(p: Period): number {
  return p.quarter === null ? 12 : p.quarter * 3;
}

/** Stable text key of a period: '2026-Q3' for a quarter, '2026' for a whole year. */
export function periodKey(p: Period): string {
  return p.quarter === null ? String(p.year) : `${p.year}-Q${p.quarter}`;
}

/**
 * The periods of `cadence` that overlap `start`–`end` (both inclusive), oldest first.
 * Quarterly: every quarter from `start` to `end`. Yearly: every year from `start.year` to `end.year`,
 * quarter null — an action starting or ending mid-year still reports on that whole year.
 * Empty when `end` is before `start`.
 */
export function periodsOf(start: YearQuarter, end: YearQuarter, cadence: Cadence): Period[] {
  if (cadence === 'yearly') {
    return yearsOf(start, end).map((year) => ({ year, quarter: null }));
  }
  const periods: Period[] = [];
  for (let i = quarterIndex(start); i <= quarterIndex(end); i++) {
    periods.push({
      year: Math.floor(i / 4),
      quarter: ((i % 4) + 1) as Quarter,
    });
  }
  return periods;
}

/** yyyy-mm-dd of the last day of the period: 2026-Q1 → 2026-03-31, yearly 2026 → 2026-12-31. */
export function periodLastDay(p: Period): string {
  const month = lastMonthOf(p);
  return formatDate(p.year, month, daysInMonth(p.year, month));
}

/** yyyy-mm-dd of the first day of the period: 2026-Q3 → 2026-07-01, yearly 2026 → 2026-01-01. */
export function periodFirstDay(p: Period): string {
  return formatDate(p.year, p.quarter ? (p.quarter - 1) * 3 + 1 : 1, 1);
}

/** yyyy-mm-dd of the first day of the period's last month: 2026-Q1 → 2026-03-01, yearly 2026 → 2026-12-01. */
export function periodFirstDayOfLastMonth(p: Period): string {
  return formatDate(p.year, lastMonthOf(p), 1);
}

/**
 * yyyy-mm-dd of the last day to report on time: the last day of the month after the period ends.
 * 2026-Q1 → 2026-04-30, 2026-Q4 → 2027-01-31, yearly 2026 → 2027-01-31.
 */
export function deadlineOf(p: Period): string {
  const last = lastMonthOf(p);
  const year = last === 12 ? p.year + 1 : p.year;
  const month = last === 12 ? 1 : last + 1;
  return formatDate(year, month, daysInMonth(year, month));
}

/** The period of `cadence` that contains `today` (yyyy-mm-dd). Throws a RangeError for an invalid date. */
export function currentPeriod(today: string, cadence: Cadence): Period {
  const { year, month } = parseDate(today);
  if (cadence === 'yearly') {
    return { year, quarter: null };
  }
  return { year, quarter: Math.ceil(month / 3) as Quarter };
}

/**
 * Sort comparator (−1, 0, 1): by year, then by quarter, where a whole-year period (quarter null)
 * sorts after the four quarters of its year.
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.year !== b.year) {
    return Math.sign(a.year - b.year);
  }
  return Math.sign((a.quarter ?? 5) - (b.quarter ?? 5));
}

/**
 * True when `p` is a period of `cadence`: an integer year with quarter 1–4 for quarterly,
 * with quarter null for yearly. Checks the values at run time (for input from requests).
 */
export function isValidPeriodForCadence(p: Period, cadence: Cadence): boolean {
  if (!Number.isInteger(p.year)) {
    return false;
  }
  if (cadence === 'yearly') {
    return p.quarter === null;
  }
  return (QUARTERS as readonly unknown[]).includes(p.quarter);
}

export interface PeriodsToReportInput {
  /** First and last quarter of the action (inclusive). */
  start: YearQuarter;
  end: YearQuarter;
  /** The plan's reporting cadence. */
  cadence: Cadence;
  /** periodKeys with at least one update. */
  reported: Set<string>;
  /** periodKeys that have been closed. */
  closed: Set<string>;
  /** yyyy-mm-dd. */
  today: string;
}

/**
 * The periods an action reports on as of `today`, oldest first (see `PeriodState` in @wk/contracts):
 * only the periods of the cadence that overlap the action and whose last month has begun
 * (today ≥ first day of the last month). A period with an update is `reported`; otherwise it is
 * `due` up to and including its deadline and `overdue` after it, whether or not it was closed.
 * `closed` says whether the period's key is in `input.closed`. Throws a RangeError for an invalid `today`.
 */
export function periodsToReport(input: PeriodsToReportInput): PeriodToReport[] {
  const { today } = input;
  parseDate(today);
  return periodsOf(input.start, input.end, input.cadence)
    .filter((p) => today >= periodText(p).lastMonthStart)
    .sort(comparePeriods)
    .map((p): PeriodToReport => {
      const { key, deadline } = periodText(p);
      const state: PeriodState = input.reported.has(key) ? 'reported' : today <= deadline ? 'due' : 'overdue';
      return {
        year: p.year,
        quarter: p.quarter,
        state,
        deadline,
        closed: input.closed.has(key),
      };
    });
}

/** Number of `due` and of `overdue` periods (reported ones count in neither). */
export function countStates(periods: PeriodToReport[]): {
  due: number;
  overdue: number;
} {
  let due = 0;
  let overdue = 0;
  for (const p of periods) {
    if (p.state === 'due') {
      due++;
    } else if (p.state === 'overdue') {
      overdue++;
    }
  }
  return { due, overdue };
}
