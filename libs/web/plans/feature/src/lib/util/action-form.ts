import { type BudgetLine, type CreateActionRequest, type Milestone, type PlanAction, QUARTERS, type Quarter } from '@wk/contracts';
import { isNegativeAmount, numberFormat, parseEuroToCents } from '@wk/util';
import type { FieldCheck } from '@wk/web/core';

export interface BudgetRowValue {
  year: string;
  /** Euros as typed, the Dutch way: "1.250.000" or "1.250,50". */
  amount: string;
}

export interface MilestoneRowValue {
  /** The milestone's key when it exists already (kept, so that its marks of "done" follow it). */
  key?: string;
  title: string;
  /** yyyy-mm-dd, from a date input. */
  dueDate: string;
  done: boolean;
}

export interface ActionFormValue {
  title: string;
  description: string;
  leadUnitId: string;
  contributingUnitIds: string[];
  ownerId: string;
  startYear: string;
  startQuarter: string;
  endYear: string;
  endQuarter: string;
  budget: BudgetRowValue[];
  milestones: MilestoneRowValue[];
}

/** Euro cents as text to edit, the way a Dutch user types it: 125000000 → "1.250.000", 125050 → "1.250,50". */
export function centsToEuroInput(cents: number): string {
  const whole = cents % 100 === 0;
  return numberFormat('nl-NL', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
    useGrouping: true,
  }).format(cents / 100);
}

/**
 * The period a new action starts in: the current quarter (from the clock, `today` as yyyy-mm-dd), kept within the
 * plan's years (the first quarter of the plan when it has not begun, the last quarter when it has ended).
 */
export function currentPeriodIn(horizon: { startYear: number; endYear: number }, today: string): { year: number; quarter: Quarter } {
  const year = Number(today.slice(0, 4));
  const quarter = (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as Quarter;
  if (year < horizon.startYear) {
    return { year: horizon.startYear, quarter: 1 };
  }
  if (year > horizon.endYear) {
    return { year: horizon.endYear, quarter: 4 };
  }
  return { year, quarter };
}

/**
 * The form's starting values: an existing action, or an empty one that starts in the current quarter (within the
 * plan's years, see currentPeriodIn) and runs to the end of that year.
 */
export function actionFormValue(
  action: PlanAction | null,
  horizon: { startYear: number; endYear: number },
  today: string,
): ActionFormValue {
  if (!action) {
    const start = currentPeriodIn(horizon, today);
    return {
      title: '',
      description: '',
      leadUnitId: '',
      contributingUnitIds: [],
      ownerId: '',
      startYear: String(start.year),
      startQuarter: String(start.quarter),
      endYear: String(start.year),
      endQuarter: '4',
      budget: [],
      milestones: [],
    };
  }
  return {
    title: action.title,
    description: action.description,
    leadUnitId: action.leadUnit?.id ?? '',
    contributingUnitIds: action.contributingUnits.map((unit) => unit.id),
    ownerId: action.owner?.id ?? '',
    startYear: String(action.start.year),
    startQuarter: String(action.start.quarter),
    endYear: String(action.end.year),
    endQuarter: String(action.end.quarter),
    budget: [...action.budget]
      .sort((a, b) => a.year - b.year)
      .map((line) => ({ year: String(line.year), amount: centsToEuroInput(line.amountCents) })),
    milestones: action.milestones.map((m) => ({ ...(m.key ? { key: m.key } : {}), title: m.title, dueDate: m.dueDate, done: m.done })),
  };
}

function toYear(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

function toQuarter(text: string): Quarter | null {
  const value = Number(text);
  return (QUARTERS as readonly number[]).includes(value) ? (value as Quarter) : null;
}

/**
 * Reads the budget rows: every row needs a year and an amount in euros typed the Dutch way
 * ("1.250.000", "1.250,50"; converted with parseEuroToCents), and a year may occur once.
 */
export function readBudget(rows: readonly BudgetRowValue[]): { lines: BudgetLine[]; checks: FieldCheck[] } {
  const lines: BudgetLine[] = [];
  const checks: FieldCheck[] = [];
  const seen = new Set<number>();
  rows.forEach((row, index) => {
    const year = toYear(row.year);
    const text = row.amount.trim();
    const cents = text === '' ? null : parseEuroToCents(text);
    checks.push([
      `budget.${index}.year`,
      year === null ? 'actionForm.error.budgetYear' : seen.has(year) ? 'actionForm.error.budgetYearTwice' : null,
    ]);
    checks.push([
      `budget.${index}.amountCents`,
      text === ''
        ? 'actionForm.error.amountRequired'
        : isNegativeAmount(text)
          ? 'actionForm.error.amountNegative'
          : cents === null
            ? 'actionForm.error.amountFormat'
            : null,
    ]);
    if (year !== null) {
      seen.add(year);
    }
    if (year !== null && cents !== null) {
      lines.push({ year, amountCents: cents });
    }
  });
  return { lines, checks };
}

/** The total of the rows that can be read (for the running total under the budget). */
export function budgetTotalCents(rows: readonly BudgetRowValue[]): number {
  return rows.reduce((total, row) => total + (parseEuroToCents(row.amount.trim()) ?? 0), 0);
}

function readMilestones(rows: readonly MilestoneRowValue[]): { milestones: Milestone[]; checks: FieldCheck[] } {
  const checks: FieldCheck[] = [];
  const milestones: Milestone[] = [];
  rows.forEach((row, index) => {
    const title = row.title.trim();
    const date = /^\d{4}-\d{2}-\d{2}$/.test(row.dueDate) ? row.dueDate : null;
    checks.push([`milestones.${index}.title`, title === '' ? 'actionForm.error.milestoneTitle' : null]);
    checks.push([`milestones.${index}.dueDate`, date === null ? 'actionForm.error.milestoneDate' : null]);
    if (title !== '' && date !== null) {
      milestones.push({ ...(row.key ? { key: row.key } : {}), title, dueDate: date, done: row.done });
    }
  });
  return { milestones, checks };
}

/** Client-side checks of the action form, in the order of the fields, and the request when they pass. */
export function readActionForm(value: ActionFormValue): { request: CreateActionRequest | null; checks: FieldCheck[] } {
  const title = value.title.trim();
  const start = { year: toYear(value.startYear), quarter: toQuarter(value.startQuarter) };
  const end = { year: toYear(value.endYear), quarter: toQuarter(value.endQuarter) };
  const checks: FieldCheck[] = [['title', title === '' ? 'actionForm.error.titleRequired' : null]];
  checks.push(['start.year', start.year === null || start.quarter === null ? 'actionForm.error.start' : null]);
  const endBeforeStart =
    start.year !== null &&
    start.quarter !== null &&
    end.year !== null &&
    end.quarter !== null &&
    end.year * 4 + end.quarter < start.year * 4 + start.quarter;
  checks.push([
    'end.year',
    end.year === null || end.quarter === null ? 'actionForm.error.end' : endBeforeStart ? 'actionForm.error.endBeforeStart' : null,
  ]);
  const budget = readBudget(value.budget);
  const milestones = readMilestones(value.milestones);
  checks.push(...budget.checks, ...milestones.checks);

  if (
    checks.some(([, message]) => message !== null) ||
    start.year === null ||
    start.quarter === null ||
    end.year === null ||
    end.quarter === null
  ) {
    return { request: null, checks };
  }
  return {
    request: {
      title,
      description: value.description.trim(),
      leadUnitId: value.leadUnitId || null,
      contributingUnitIds: value.contributingUnitIds.filter((id) => id !== value.leadUnitId),
      ownerId: value.ownerId || null,
      start: { year: start.year, quarter: start.quarter },
      end: { year: end.year, quarter: end.quarter },
      budget: [...budget.lines].sort((a, b) => a.year - b.year),
      milestones: milestones.milestones,
    },
    checks,
  };
}

/**
 * Where the API's `invalidParams[].name` lands in the action form: `start` on the start year,
 * `budget.2` on that row's amount, `budget` or `milestones` as a whole on their "add" button.
 */
export function actionFieldOf(name: string): string | null {
  if (/^(title|description|leadUnitId|ownerId)$/.test(name)) {
    return name;
  }
  if (/^contributingUnitIds(\.|$)/.test(name)) {
    return 'contributingUnitIds';
  }
  const period = /^(start|end)(?:\.(year|quarter))?$/.exec(name);
  if (period) {
    return `${period[1]}.${period[2] ?? 'year'}`;
  }
  const budget = /^budget(?:\.(\d+)(?:\.(year|amountCents))?)?/.exec(name);
  if (budget) {
    return budget[1] === undefined ? 'budget' : `budget.${budget[1]}.${budget[2] ?? 'amountCents'}`;
  }
  const milestone = /^milestones(?:\.(\d+)(?:\.(title|dueDate|done))?)?/.exec(name);
  if (milestone) {
    return milestone[1] === undefined ? 'milestones' : `milestones.${milestone[1]}.${milestone[2] ?? 'title'}`;
  }
  return null;
}
