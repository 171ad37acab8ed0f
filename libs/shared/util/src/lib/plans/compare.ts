import {
  BLOCK_CODES,
  type ActionDiff,
  type BudgetLine,
  type FieldChange,
  type GoalDiff,
  type Milestone,
  type OrgUnitRef,
  type PlanAction,
  type PlanComparison,
  type PlanGoal,
  type PlanSnapshot,
  type UserRef,
  type YearQuarter,
} from '@wk/contracts';
import { quarterIndex } from './year-quarter';

export type PlanDiff = Pick<PlanComparison, 'plan' | 'goals' | 'actions'>;

/**
 * What changed from `base` (the older revision) to `target` (the newer one).
 *
 * - `plan`: changed plan-level fields, in the order title, vision, startYear, endYear, wijken
 *   (compared by name, irrespective of order; before/after are sorted names), sections.B1…B6.
 * - `goals`: matched by `key`; `changed` when block, pillar, statement or target differ. Goals in
 *   target order, then removed goals in base order. Added and removed goals have no fields.
 * - `actions`: matched by `key` across all goals, so an action moved to another goal is `changed`
 *   with a `goal` field (before/after = goal statements). Fields in the order goal, title,
 *   description, leadUnit, contributingUnits (a set: order does not count), owner, start, end,
 *   budget (order of years does not count) and milestones (order counts). Same ordering as goals.
 *
 * Unchanged goals and actions are left out. Deterministic; the inputs are never mutated and the
 * result shares no objects with them. When a key occurs twice in one snapshot, the first wins.
 */
export function comparePlans(base: PlanSnapshot, target: PlanSnapshot): PlanDiff {
  return {
    plan: comparePlanFields(base, target),
    goals: compareGoals(base.goals, target.goals),
    actions: compareActions(base.goals, target.goals),
  };
}

// ---- plan ----

function comparePlanFields(base: PlanSnapshot, target: PlanSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  const scalar = (field: string, before: string | number, after: string | number): void => {
    if (before !== after) {
      changes.push({ field, before, after });
    }
  };
  scalar('title', base.title, target.title);
  scalar('vision', base.vision, target.vision);
  scalar('startYear', base.startYear, target.startYear);
  scalar('endYear', base.endYear, target.endYear);

  const wijkenBefore = sortedNames(base.wijken);
  const wijkenAfter = sortedNames(target.wijken);
  if (!sameList(wijkenBefore, wijkenAfter)) {
    changes.push({ field: 'wijken', before: wijkenBefore, after: wijkenAfter });
  }

  for (const block of BLOCK_CODES) {
    scalar(`sections.${block}`, base.sections[block], target.sections[block]);
  }
  return changes;
}

// ---- goals ----

function compareGoals(baseGoals: PlanGoal[], targetGoals: PlanGoal[]): GoalDiff[] {
  const baseByKey = firstByKey(baseGoals);
  const targetByKey = firstByKey(targetGoals);
  const diffs: GoalDiff[] = [];

  for (const goal of uniqueByKey(targetGoals)) {
    const before = baseByKey.get(goal.key);
    if (before === undefined) {
      diffs.push(goalDiff(goal, 'added', []));
      continue;
    }
    const fields: FieldChange[] = [];
    if (before.block !== goal.block) {
      fields.push({ field: 'block', before: before.block, after: goal.block });
    }
    if (before.pillar !== goal.pillar) {
      fields.push({
        field: 'pillar',
        before: before.pillar,
        after: goal.pillar,
      });
    }
    if (before.statement !== goal.statement) {
      fields.push({
        field: 'statement',
        before: before.statement,
        after: goal.statement,
      });
    }
    if (before.target !== goal.target) {
      fields.push({
        field: 'target',
        before: before.target,
        after: goal.target,
      });
    }
    if (fields.length > 0) {
      diffs.push(goalDiff(goal, 'changed', fields));
    }
  }
  for (const goal of uniqueByKey(baseGoals)) {
    if (!targetByKey.has(goal.key)) {
      diffs.push(goalDiff(goal, 'removed', []));
    }
  }
  return diffs;
}

function goalDiff(goal: PlanGoal, change: GoalDiff['change'], fields: FieldChange[]): GoalDiff {
  return {
    key: goal.key,
    block: goal.block,
    pillar: goal.pillar,
    statement: goal.statement,
    change,
    fields,
  };
}

// ---- actions ----

interface PlacedAction {
  action: PlanAction;
  goal: PlanGoal;
}

function compareActions(baseGoals: PlanGoal[], targetGoals: PlanGoal[]): ActionDiff[] {
  const baseActions = placedActions(baseGoals);
  const targetActions = placedActions(targetGoals);
  const baseByKey = new Map(baseActions.map((placed) => [placed.action.key, placed]));
  const targetByKey = new Map(targetActions.map((placed) => [placed.action.key, placed]));
  const diffs: ActionDiff[] = [];

  for (const placed of targetActions) {
    const before = baseByKey.get(placed.action.key);
    if (before === undefined) {
      diffs.push(actionDiff(placed, 'added', []));
      continue;
    }
    const fields = actionFieldChanges(before, placed);
    if (fields.length > 0) {
      diffs.push(actionDiff(placed, 'changed', fields));
    }
  }
  for (const placed of baseActions) {
    if (!targetByKey.has(placed.action.key)) {
      diffs.push(actionDiff(placed, 'removed', []));
    }
  }
  return diffs;
}

/** Every action with the goal it sits under, in goal order then action order; first key wins. */
function placedActions(goals: PlanGoal[]): PlacedAction[] {
  const seen = new Set<string>();
  const placed: PlacedAction[] = [];
  for (const goal of goals) {
    for (const action of goal.actions) {
      if (!seen.has(action.key)) {
        seen.add(action.key);
        placed.push({ action, goal });
      }
    }
  }
  return placed;
}

function actionDiff(placed: PlacedAction, change: ActionDiff['change'], fields: FieldChange[]): ActionDiff {
  return {
    key: placed.action.key,
    title: placed.action.title,
    goalStatement: placed.goal.statement,
    change,
    fields,
  };
}

function actionFieldChanges(base: PlacedAction, target: PlacedAction): FieldChange[] {
  const changes: FieldChange[] = [];
  const a = base.action;
  const b = target.action;

  if (base.goal.key !== target.goal.key) {
    changes.push({
      field: 'goal',
      before: base.goal.statement,
      after: target.goal.statement,
    });
  }
  if (a.title !== b.title) {
    changes.push({ field: 'title', before: a.title, after: b.title });
  }
  if (a.description !== b.description) {
    changes.push({
      field: 'description',
      before: a.description,
      after: b.description,
    });
  }
  if (refId(a.leadUnit) !== refId(b.leadUnit)) {
    changes.push({
      field: 'leadUnit',
      before: refName(a.leadUnit),
      after: refName(b.leadUnit),
    });
  }
  if (!sameList(sortedIds(a.contributingUnits), sortedIds(b.contributingUnits))) {
    changes.push({
      field: 'contributingUnits',
      before: sortedNames(a.contributingUnits),
      after: sortedNames(b.contributingUnits),
    });
  }
  if (refId(a.owner) !== refId(b.owner)) {
    changes.push({
      field: 'owner',
      before: refName(a.owner),
      after: refName(b.owner),
    });
  }
  if (quarterIndex(a.start) !== quarterIndex(b.start)) {
    changes.push({
      field: 'start',
      before: copyYearQuarter(a.start),
      after: copyYearQuarter(b.start),
    });
  }
  if (quarterIndex(a.end) !== quarterIndex(b.end)) {
    changes.push({
      field: 'end',
      before: copyYearQuarter(a.end),
      after: copyYearQuarter(b.end),
    });
  }
  const budgetBefore = sortedBudget(a.budget);
  const budgetAfter = sortedBudget(b.budget);
  if (!sameList(budgetBefore, budgetAfter, sameBudgetLine)) {
    changes.push({ field: 'budget', before: budgetBefore, after: budgetAfter });
  }
  if (!sameList(a.milestones, b.milestones, sameMilestone)) {
    changes.push({
      field: 'milestones',
      before: copyMilestones(a.milestones),
      after: copyMilestones(b.milestones),
    });
  }
  return changes;
}

// ---- helpers ----

function firstByKey(goals: PlanGoal[]): Map<string, PlanGoal> {
  return new Map(uniqueByKey(goals).map((goal) => [goal.key, goal]));
}

function uniqueByKey(goals: PlanGoal[]): PlanGoal[] {
  const seen = new Set<string>();
  const unique: PlanGoal[] = [];
  for (const goal of goals) {
    if (!seen.has(goal.key)) {
      seen.add(goal.key);
      unique.push(goal);
    }
  }
  return unique;
}

const collator = new Intl.Collator('nl');

/** Locale-aware order, with code-unit order as tie-breaker so that the result is total. */
function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function sortedNames(refs: readonly { name: string }[]): string[] {
  return refs.map((ref) => ref.name).sort(compareText);
}

function sortedIds(refs: readonly OrgUnitRef[]): string[] {
  return [...new Set(refs.map((ref) => ref.id))].sort(compareText);
}

function refId(ref: OrgUnitRef | UserRef | null): string | null {
  return ref === null ? null : ref.id;
}

function refName(ref: OrgUnitRef | UserRef | null): string | null {
  return ref === null ? null : ref.name;
}

function copyYearQuarter(yq: YearQuarter): YearQuarter {
  return { year: yq.year, quarter: yq.quarter };
}

function sortedBudget(lines: BudgetLine[]): BudgetLine[] {
  return lines
    .map((line) => ({ year: line.year, amountCents: line.amountCents }))
    .sort((a, b) => a.year - b.year || a.amountCents - b.amountCents);
}

function sameBudgetLine(a: BudgetLine, b: BudgetLine): boolean {
  return a.year === b.year && a.amountCents === b.amountCents;
}

function copyMilestones(milestones: Milestone[]): Milestone[] {
  return milestones.map((m) => ({
    title: m.title,
    dueDate: m.dueDate,
    done: m.done,
  }));
}

function sameMilestone(a: Milestone, b: Milestone): boolean {
  return a.title === b.title && a.dueDate === b.dueDate && a.done === b.done;
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean {
  if (a.length !== b.length) return false;
  const others = b.values();
  return a.every((item) => {
    const other = others.next();
    return !other.done && same(item, other.value);
  });
}
