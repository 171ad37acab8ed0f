import { CADENCES, THEME_MAX_LENGTH, YEAR_MAX, YEAR_MIN, type Cadence, type CreatePlanRequest } from '@wk/contracts';
import { MIN_HORIZON_YEARS } from '@wk/util';
import type { FieldCheck } from '@wk/web/core';

export const MIN_PLAN_YEAR = YEAR_MIN;
export const MAX_PLAN_YEAR = YEAR_MAX;

export interface PlanBasicsValue {
  title: string;
  /** Optional: what the plan is about when it is not the wijk's whole plan. */
  theme?: string;
  wijkIds: readonly string[];
  startYear: string;
  endYear: string;
  /** How often the trekkers report progress. */
  cadence: Cadence | '';
}

function year(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) {
    return null;
  }
  const value = Number(trimmed);
  return value >= MIN_PLAN_YEAR && value <= MAX_PLAN_YEAR ? value : null;
}

function isCadence(value: string): value is Cadence {
  return (CADENCES as readonly string[]).includes(value);
}

/**
 * True when both years can be read and the horizon is shorter than the study asks for: a warning,
 * not an error (the plan can still be saved).
 */
export function isHorizonShort(value: Pick<PlanBasicsValue, 'startYear' | 'endYear'>): boolean {
  const start = year(value.startYear);
  const end = year(value.endYear);
  return start !== null && end !== null && end >= start && end - start < MIN_HORIZON_YEARS;
}

/** Client-side checks of the plan's title, wijken and horizon; the request when they pass. */
export function readPlanBasics(value: PlanBasicsValue): { request: CreatePlanRequest | null; checks: FieldCheck[] } {
  const title = value.title.trim();
  const start = year(value.startYear);
  const end = year(value.endYear);
  const range = { min: MIN_PLAN_YEAR, max: MAX_PLAN_YEAR };
  const checks: FieldCheck[] = [
    ['title', title === '' ? 'planForm.error.titleRequired' : null],
    ['theme', (value.theme ?? '').trim().length > THEME_MAX_LENGTH ? 'planForm.error.themeTooLong' : null],
    ['wijkIds', value.wijkIds.length === 0 ? 'planForm.error.wijkRequired' : null],
    ['startYear', start === null ? 'planForm.error.year' : null, range],
    ['endYear', end === null ? 'planForm.error.year' : start !== null && end < start ? 'planForm.error.endBeforeStart' : null, range],
    ['cadence', isCadence(value.cadence) ? null : 'planForm.error.cadence'],
  ];
  if (checks.some(([, message]) => message !== null) || start === null || end === null || !isCadence(value.cadence)) {
    return { request: null, checks };
  }
  const theme = (value.theme ?? '').trim();
  return {
    request: {
      title,
      theme: theme === '' ? null : theme,
      wijkIds: [...value.wijkIds],
      startYear: start,
      endYear: end,
      cadence: value.cadence,
    },
    checks,
  };
}
