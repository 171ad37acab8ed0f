import { ACTION_STATUSES, type ActionProgress, type ActionStatus, type CreateProgressUpdateRequest, type Period } from '@wk/contracts';
import { currentPeriod, isNegativeAmount, parseEuroToCents, periodFirstDay, periodKey, periodsOf } from '@wk/util';
import type { FieldCheck } from '@wk/web/core';
import { openPeriods } from './sort';

/** The fields of the update form, in page order. */
export const UPDATE_FIELDS = ['period', 'status', 'percent', 'narrative', 'spent'] as const;
export type UpdateField = (typeof UPDATE_FIELDS)[number];

export const NARRATIVE_MAX = 5000;

/** What the user typed and chose. */
export interface UpdateFormValue {
  /** periodKey of the chosen period ('2026-Q3', or '2026' for a whole year). */
  period: string;
  status: ActionStatus | '';
  /** Percent complete as typed: "40" or "40%". */
  percent: string;
  narrative: string;
  /** Spent in euro as typed, the Dutch way: "12.500" or "12.500,50". */
  spent: string;
}

/**
 * A period the form offers: one still to be reported, the current one, or an earlier one that can be
 * reported again (`again`: the new update then counts, the earlier one is marked as corrected).
 */
export interface PeriodOption {
  key: string;
  period: Period;
  state: 'overdue' | 'due' | 'current' | 'again';
  /** yyyy-mm-dd; null for the current period and for a period reported before. */
  deadline: string | null;
}

/**
 * The periods an update can be posted for: the due and overdue ones that are not closed (oldest
 * first), then the current period when the action runs in it, it is not closed and not listed yet,
 * then every other period of the action that has begun and is not closed (newest first), to report again.
 */
export function periodOptions(
  action: Pick<ActionProgress, 'periods' | 'closedPeriods' | 'start' | 'end' | 'cadence'>,
  today: string,
): PeriodOption[] {
  const options: PeriodOption[] = openPeriods(action)
    .filter((p) => !p.closed)
    .map((p) => ({
      key: periodKey(p),
      period: { year: p.year, quarter: p.quarter },
      state: p.state === 'overdue' ? 'overdue' : 'due',
      deadline: p.deadline,
    }));
  const current = currentPeriod(today, action.cadence);
  const key = periodKey(current);
  const runs = periodsOf(action.start, action.end, action.cadence).some((p) => periodKey(p) === key);
  const shut = new Set(action.closedPeriods);
  const closed = shut.has(key);
  if (runs && !closed && !options.some((o) => o.key === key)) {
    options.push({ key, period: current, state: 'current', deadline: null });
  }
  const offered = new Set(options.map((o) => o.key));
  const again = periodsOf(action.start, action.end, action.cadence)
    .filter((p) => periodFirstDay(p) <= today && !shut.has(periodKey(p)) && !offered.has(periodKey(p)))
    .reverse()
    .map((p): PeriodOption => ({ key: periodKey(p), period: p, state: 'again', deadline: null }));
  return [...options, ...again];
}

/** The form's starting values: the first period offered, the action's last status and percentage. */
export function initialUpdateValue(
  action: Pick<ActionProgress, 'status' | 'percentComplete' | 'lastUpdate'>,
  options: readonly PeriodOption[],
): UpdateFormValue {
  return {
    period: options[0]?.key ?? '',
    status: action.lastUpdate ? action.status : '',
    percent: action.lastUpdate ? String(action.percentComplete) : '',
    narrative: '',
    spent: '',
  };
}

/** A whole percentage from 0 to 100, typed with or without "%"; null otherwise. */
export function parsePercent(text: string): number | null {
  const match = /^(\d{1,3})\s*%?$/.exec(text.trim());
  if (!match) {
    return null;
  }
  const value = Number(match[1]);
  return value <= 100 ? value : null;
}

/** Client-side checks of an update; the request when they pass. */
export function readUpdateForm(
  value: UpdateFormValue,
  options: readonly PeriodOption[],
): { request: CreateProgressUpdateRequest | null; checks: FieldCheck[] } {
  const option = options.find((o) => o.key === value.period) ?? null;
  const status = (ACTION_STATUSES as readonly string[]).includes(value.status) ? (value.status as ActionStatus) : null;
  const percent = parsePercent(value.percent);
  const narrative = value.narrative.trim();
  const spent = value.spent.trim() === '' ? null : parseEuroToCents(value.spent);
  const checks: FieldCheck[] = [
    ['period', option === null ? 'progressForm.error.period' : null],
    ['status', status === null ? 'progressForm.error.status' : null],
    [
      'percent',
      value.percent.trim() === ''
        ? 'progressForm.error.percentRequired'
        : percent === null
          ? 'progressForm.error.percentFormat'
          : status === 'completed' && percent !== 100
            ? 'progressForm.error.completedNot100'
            : null,
    ],
    [
      'narrative',
      narrative === ''
        ? 'progressForm.error.narrativeRequired'
        : narrative.length > NARRATIVE_MAX
          ? 'progressForm.error.narrativeTooLong'
          : null,
      { max: NARRATIVE_MAX },
    ],
    [
      'spent',
      value.spent.trim() === ''
        ? 'progressForm.error.spentRequired'
        : isNegativeAmount(value.spent)
          ? 'progressForm.error.spentNegative'
          : spent === null
            ? 'progressForm.error.spentFormat'
            : null,
    ],
  ];
  if (checks.some(([, message]) => message !== null) || !option || !status || percent === null || spent === null) {
    return { request: null, checks };
  }
  return {
    request: {
      year: option.period.year,
      // A plan that reports per year takes no quarter at all (not even null).
      ...(option.period.quarter === null ? {} : { quarter: option.period.quarter }),
      status,
      percentComplete: percent,
      narrative,
      spentCents: spent,
    },
    checks,
  };
}

/** The form field an API error is about: `year` and `quarter` are the period, `percentComplete` the percentage. */
export function updateFieldOf(name: string): UpdateField | null {
  switch (name) {
    case 'year':
    case 'quarter':
      return 'period';
    case 'status':
      return 'status';
    case 'percentComplete':
      return 'percent';
    case 'narrative':
      return 'narrative';
    case 'spentCents':
      return 'spent';
    default:
      return null;
  }
}
