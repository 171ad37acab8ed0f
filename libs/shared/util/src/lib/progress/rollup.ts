import { ACTION_STATUSES, ROLLUP_THRESHOLD } from '@wk/contracts';
import type { ActionStatus, Rollup, RollupStatus } from '@wk/contracts';

/** One action as the roll-up sees it. */
export interface RollupInput {
  /** The action's total planned budget, integer euro cents. */
  plannedCents: number;
  spentCents: number;
  /** From the latest current update; `not_started` when there is none. */
  status: ActionStatus;
  percentComplete: number;
  /** Whether the action has at least one update. */
  reported: boolean;
  /** What the action should have done by the view's date (0–100; see `expectedProgress`); 0 when left out. */
  expectedPercent?: number;
}

export type WeightedRollupInput = RollupInput & { weight: number };

/**
 * Relative tolerance for the status thresholds, so that a share of exactly 25% still counts when the
 * weights (averages of budgets) carry floating-point noise. Far below one cent in any real budget.
 */
const THRESHOLD_TOLERANCE = 1e-12;

/**
 * The roll-up weight of each input, in the same order: its `plannedCents`; an input without budget
 * (plannedCents 0 or less) weighs the average plannedCents of the budgeted inputs of this list
 * (cancelled ones included); when no input has a budget, every input weighs 1.
 * Pass all actions of the plan, then roll up subsets with `rollupWeighted`.
 */
export function actionWeights(inputs: RollupInput[]): number[] {
  return withWeights(inputs).map((input) => input.weight);
}

/** Each input with its roll-up weight (see `actionWeights`), in the same order. */
export function withWeights<T extends RollupInput>(inputs: readonly T[]): (T & { weight: number })[] {
  const budgeted = inputs.filter((input) => input.plannedCents > 0);
  // Without any budget every input weighs 1; then no input has plannedCents > 0 and all take this weight.
  const unbudgeted = budgeted.length ? budgeted.reduce((sum, input) => sum + input.plannedCents, 0) / budgeted.length : 1;
  return inputs.map((input) => ({ ...input, weight: input.plannedCents > 0 ? input.plannedCents : unbudgeted }));
}

function emptyByStatus(): Record<ActionStatus, number> {
  const byStatus = {} as Record<ActionStatus, number>;
  for (const status of ACTION_STATUSES) {
    byStatus[status] = 0;
  }
  return byStatus;
}

function atLeastThreshold(part: number, total: number): boolean {
  return part >= ROLLUP_THRESHOLD * total * (1 - THRESHOLD_TOLERANCE);
}

/** The percent an input contributes: 0 without updates, 100 when completed, else its percent (clamped to 0–100). */
function effectivePercent(input: RollupInput): number {
  if (!input.reported) {
    return 0;
  }
  if (input.status === 'completed') {
    return 100;
  }
  return Math.min(100, Math.max(0, input.percentComplete));
}

/**
 * Rolls up actions with given weights (see the roll-up rule at `ROLLUP_THRESHOLD` in @wk/contracts).
 * - `actions`, `reported`, `plannedCents`, `spentCents` and `byStatus` count every input, cancelled included.
 * - Cancelled inputs count neither in `progress` nor in the status shares.
 * - `progress`: the weighted mean of the percent complete of the other inputs (completed = 100,
 *   without updates = 0), rounded to one decimal; 0 when nothing counts.
 * - `expected`: the weighted mean of their expected percent, counted the same way.
 * - `status`, first match: `no_data` when no input reported or every input is cancelled; `completed`
 *   when every non-cancelled input is completed; `delayed` when delayed inputs carry at least
 *   ROLLUP_THRESHOLD of the non-cancelled weight; `at_risk` when at-risk and delayed together do;
 *   else `on_track`.
 */
export function rollupWeighted(items: WeightedRollupInput[]): Rollup {
  const byStatus = emptyByStatus();
  let reported = 0;
  let plannedCents = 0;
  let spentCents = 0;
  for (const item of items) {
    byStatus[item.status]++;
    if (item.reported) {
      reported++;
    }
    plannedCents += item.plannedCents;
    spentCents += item.spentCents;
  }

  const counted = items.filter((item) => item.status !== 'cancelled');
  let totalWeight = 0;
  let weightedPercent = 0;
  let weightedExpected = 0;
  let delayedWeight = 0;
  let atRiskWeight = 0;
  for (const item of counted) {
    totalWeight += item.weight;
    weightedPercent += item.weight * effectivePercent(item);
    weightedExpected += item.weight * Math.min(100, Math.max(0, item.expectedPercent ?? 0));
    if (item.status === 'delayed') {
      delayedWeight += item.weight;
    } else if (item.status === 'at_risk') {
      atRiskWeight += item.weight;
    }
  }
  const progress = totalWeight > 0 ? Math.round((weightedPercent * 10) / totalWeight) / 10 : 0;
  const expected = totalWeight > 0 ? Math.round((weightedExpected * 10) / totalWeight) / 10 : 0;

  let status: RollupStatus;
  if (reported === 0 || counted.length === 0) {
    status = 'no_data';
  } else if (counted.every((item) => item.status === 'completed')) {
    status = 'completed';
  } else if (totalWeight > 0 && atLeastThreshold(delayedWeight, totalWeight)) {
    status = 'delayed';
  } else if (totalWeight > 0 && atLeastThreshold(delayedWeight + atRiskWeight, totalWeight)) {
    status = 'at_risk';
  } else {
    status = 'on_track';
  }

  return {
    progress,
    expected,
    status,
    actions: items.length,
    reported,
    plannedCents,
    spentCents,
    byStatus,
  };
}

/** `rollupWeighted` with the weights `actionWeights(inputs)`: for a list that is the whole plan. */
export function rollup(inputs: RollupInput[]): Rollup {
  return rollupWeighted(withWeights(inputs));
}
