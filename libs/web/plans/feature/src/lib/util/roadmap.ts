import {
  BLOCK_CODES,
  PILLAR_BLOCK,
  PILLAR_CODES,
  type BlockCode,
  type PillarCode,
  type Plan,
  type PlanAction,
  type PlanGoal,
  type Quarter,
  type YearQuarter,
} from '@wk/contracts';
import { daysBetween, quarterIndex, yearOf } from '@wk/util';
import { horizonYears } from './format';

/** Where an action runs within one year: from quarter to quarter (both included). */
export interface RoadmapCell {
  year: number;
  from: Quarter;
  to: Quarter;
  /** Text for the cell, so that the bar does not rely on colour: "K2–K4", or "K3" for one quarter. */
  label: string;
  /** The action already ran before this year / goes on after it (the bar continues). */
  continuesBefore: boolean;
  continuesAfter: boolean;
  /** The action's milestones in this year: where they fall (0–100, share of the year) and their index in the action. */
  points: { at: number; index: number }[];
  /** No bar: the action does not run this year, only a milestone of it falls here. */
  empty?: boolean;
}

export interface RoadmapRow {
  action: PlanAction;
  goal: PlanGoal;
  /** One entry per year of the horizon: null where the action does not run. */
  cells: (RoadmapCell | null)[];
  /** The action starts before the horizon or ends after it (that part is not shown). */
  outsideHorizon: boolean;
}

export interface RoadmapGroup {
  block: BlockCode;
  pillar: PillarCode | null;
  rows: RoadmapRow[];
}

export interface Roadmap {
  years: number[];
  groups: RoadmapGroup[];
}

/**
 * The quarters in which an action runs in `year`, or null when it does not run that year (also
 * when the end lies before the start). `quarterLabel` turns a quarter into "K2" or "Q2".
 */
export function roadmapCell(
  start: YearQuarter,
  end: YearQuarter,
  year: number,
  quarterLabel: (quarter: Quarter) => string,
): RoadmapCell | null {
  if (quarterIndex(end) < quarterIndex(start) || year < start.year || year > end.year) {
    return null;
  }
  const from: Quarter = year === start.year ? start.quarter : 1;
  const to: Quarter = year === end.year ? end.quarter : 4;
  return {
    year,
    from,
    to,
    label: from === to ? quarterLabel(from) : `${quarterLabel(from)}–${quarterLabel(to)}`,
    continuesBefore: year > start.year,
    continuesAfter: year < end.year,
    points: [],
  };
}

/** Where a day (yyyy-mm-dd) falls in its year, 0–100: 1 January is 0, 31 December just under 100. */
export function dayInYear(day: string): number {
  const year = yearOf(day);
  return (daysBetween(`${year}-01-01`, day) / daysBetween(`${year}-01-01`, `${year + 1}-01-01`)) * 100;
}

/** The cells of an action with its milestones placed in the year they fall in (also outside the bar). */
function cellsOf(action: PlanAction, years: number[], quarterLabel: (quarter: Quarter) => string): (RoadmapCell | null)[] {
  return years.map((year) => {
    const points = action.milestones
      .map((m, index) => ({ index, year: yearOf(m.dueDate), at: dayInYear(m.dueDate) }))
      .filter((p) => p.year === year)
      .map(({ at, index }) => ({ at, index }));
    const cell = roadmapCell(action.start, action.end, year, quarterLabel);
    if (cell) {
      return { ...cell, points };
    }
    // A milestone in a year the action does not run still shows, on an empty track.
    return points.length > 0
      ? { year, from: 1, to: 1, label: '', continuesBefore: false, continuesAfter: false, points, empty: true }
      : null;
  });
}

/**
 * The plan's actions against the years of its horizon, grouped by building block in the fixed
 * order B1…B6 (B4 split into its pillars P1…P3). Groups without actions are kept, so every block
 * appears in the table.
 */
export function buildRoadmap(plan: Pick<Plan, 'startYear' | 'endYear' | 'goals'>, quarterLabel: (quarter: Quarter) => string): Roadmap {
  const years = horizonYears(plan.startYear, plan.endYear);
  const first = quarterIndex({ year: plan.startYear, quarter: 1 });
  const last = quarterIndex({ year: plan.endYear, quarter: 4 });

  const row = (goal: PlanGoal, action: PlanAction): RoadmapRow => ({
    action,
    goal,
    cells: cellsOf(action, years, quarterLabel),
    outsideHorizon: quarterIndex(action.start) < first || quarterIndex(action.end) > last,
  });
  const rowsOf = (goals: PlanGoal[]): RoadmapRow[] =>
    goals.flatMap((goal) => [...goal.actions].sort((a, b) => a.position - b.position).map((action) => row(goal, action)));

  const groups: RoadmapGroup[] = [];
  for (const block of BLOCK_CODES) {
    const goals = plan.goals.filter((goal) => goal.block === block);
    if (block === PILLAR_BLOCK) {
      for (const pillar of PILLAR_CODES) {
        groups.push({ block, pillar, rows: rowsOf(goals.filter((goal) => goal.pillar === pillar)) });
      }
    } else {
      groups.push({ block, pillar: null, rows: rowsOf(goals) });
    }
  }
  return { years, groups };
}
