import {
  BLOCK_CODES,
  PILLAR_BLOCK,
  PILLAR_CODES,
  type BlockCode,
  type Completeness,
  type CompletenessIssue,
  type Plan,
  type PlanGoal,
} from '@wk/contracts';
import { isWithinHorizon } from './year-quarter';

/** A plan horizon shorter than this many years (end year − start year) gives a warning. */
export const MIN_HORIZON_YEARS = 10;

export type CompletenessInput = Pick<Plan, 'vision' | 'startYear' | 'endYear' | 'sections' | 'goals'>;

/**
 * Checks whether a plan may be submitted for review. Issues come in a fixed order:
 *
 * 1. `horizon_short` (warning) when endYear − startYear < {@link MIN_HORIZON_YEARS};
 * 2. `vision_missing` (error) when the vision is blank;
 * 3. per block, in `BLOCK_CODES` order:
 *    - `section_empty` (warning) when the block's narrative is blank;
 *    - `block_without_goals` (error) when no goal has the block — for B4 instead one
 *      `pillar_without_goals` (error) per pillar (P1…P3) without a goal;
 *    - per goal of the block (B4: grouped by pillar P1…P3, goals without a pillar last; otherwise
 *      in the given order): `goal_without_actions` (error) when it has no actions, and per action
 *      `action_without_lead` (error) when it has no lead unit and `action_outside_horizon` (error)
 *      when its start or end falls outside the plan's horizon.
 *
 * The plan is complete when there are no errors; warnings do not block submission.
 */
export function checkCompleteness(plan: CompletenessInput): Completeness {
  const issues: CompletenessIssue[] = [];

  if (plan.endYear - plan.startYear < MIN_HORIZON_YEARS) {
    issues.push({ code: 'horizon_short', severity: 'warning' });
  }
  if (plan.vision.trim() === '') {
    issues.push({ code: 'vision_missing', severity: 'error' });
  }

  for (const block of BLOCK_CODES) {
    if (plan.sections[block].trim() === '') {
      issues.push({ code: 'section_empty', severity: 'warning', block });
    }

    const goals = plan.goals.filter((goal) => goal.block === block);
    if (block === PILLAR_BLOCK) {
      for (const pillar of PILLAR_CODES) {
        if (!goals.some((goal) => goal.pillar === pillar)) {
          issues.push({
            code: 'pillar_without_goals',
            severity: 'error',
            block,
            pillar,
          });
        }
      }
    } else if (goals.length === 0) {
      issues.push({ code: 'block_without_goals', severity: 'error', block });
    }

    for (const goal of block === PILLAR_BLOCK ? byPillar(goals) : goals) {
      issues.push(...goalIssues(goal, block, plan.startYear, plan.endYear));
    }
  }

  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return {
    complete: errors === 0,
    errors,
    warnings: issues.length - errors,
    issues,
  };
}

/** Goals grouped by pillar P1…P3 (stable within a pillar); goals without a known pillar last. */
function byPillar(goals: PlanGoal[]): PlanGoal[] {
  const rank = (goal: PlanGoal): number => {
    const index = goal.pillar === null ? -1 : PILLAR_CODES.indexOf(goal.pillar);
    return index === -1 ? PILLAR_CODES.length : index;
  };
  return goals
    .map((goal, index) => ({ goal, index }))
    .sort((a, b) => rank(a.goal) - rank(b.goal) || a.index - b.index)
    .map(({ goal }) => goal);
}

function goalIssues(goal: PlanGoal, block: BlockCode, startYear: number, endYear: number): CompletenessIssue[] {
  const issues: CompletenessIssue[] = [];
  if (goal.actions.length === 0) {
    issues.push({
      code: 'goal_without_actions',
      severity: 'error',
      goalId: goal.id,
      subject: goal.statement,
      block,
      ...(goal.pillar !== null ? { pillar: goal.pillar } : {}),
    });
  }
  for (const action of goal.actions) {
    const refs = {
      actionId: action.id,
      goalId: goal.id,
      subject: action.title,
      block,
    };
    if (action.leadUnit === null) {
      issues.push({ code: 'action_without_lead', severity: 'error', ...refs });
    }
    if (!isWithinHorizon(action.start, action.end, startYear, endYear)) {
      issues.push({
        code: 'action_outside_horizon',
        severity: 'error',
        ...refs,
      });
    }
  }
  return issues;
}
