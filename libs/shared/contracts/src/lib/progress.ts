import type { BlockCode, PillarCode } from './building-blocks';
import type { OrgUnitRef, PlanWijkRef, Quarter, UserRef, YearQuarter } from './plans';

/** How often the actions of a plan report: every quarter, or once a year. */
export const CADENCES = ['quarterly', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const ACTION_STATUSES = ['not_started', 'on_track', 'at_risk', 'delayed', 'completed', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A reporting period: a quarter (quarterly cadence) or a whole year (quarter null, yearly cadence). */
export interface Period {
  year: number;
  quarter: Quarter | null;
}

/**
 * Due and overdue (see `periodsToReport` in @wk/util):
 * - the periods an action reports on are those of the plan's cadence that overlap the action's start–end;
 * - a period is `due` from its last month until one month after it ends (the deadline);
 * - after the deadline a period without an update is `overdue` (also when the period was closed meanwhile);
 * - periods that have not reached their last month yet are not listed.
 */
export type PeriodState = 'reported' | 'due' | 'overdue';

export interface PeriodToReport extends Period {
  state: PeriodState;
  /** yyyy-mm-dd: the last day to report on time. */
  deadline: string;
  closed: boolean;
}

export interface ProgressUpdate {
  id: string;
  actionId: string;
  /** Stable across revisions (the action's key). */
  actionKey: string;
  period: Period;
  status: ActionStatus;
  percentComplete: number;
  narrative: string;
  /** Spent in this period, integer euro cents. */
  spentCents: number;
  author: UserRef | null;
  createdAt: string;
  /** False when a later update for the same period corrects this one. */
  current: boolean;
}

export interface CreateProgressUpdateRequest {
  year: number;
  /** Required for a quarterly plan, left out for a yearly one. */
  quarter?: Quarter;
  status: ActionStatus;
  percentComplete: number;
  narrative: string;
  spentCents: number;
}

export interface ClosePeriodRequest {
  year: number;
  /** Required for a quarterly plan, left out for a yearly one. */
  quarter?: Quarter;
}

export interface ClosedPeriod extends Period {
  closedAt: string;
  closedBy: UserRef | null;
}

/** An action as seen from progress views: where it sits, who leads it, what it last reported and what is due. */
/**
 * How the progress expected by today is worked out (shown in the interface):
 * - `linear`: a straight line from 0% at the start of the action's first period to 100% at the end of its last;
 * - `milestones`: when the action has milestones, each one is an equal step of the work and the end of the
 *   action the last step; the line runs straight between the steps.
 */
export type ExpectedRule = 'linear' | 'milestones';

export interface ExpectedProgress {
  rule: ExpectedRule;
  /** 0–100, one decimal. */
  percent: number;
}

export interface ActionProgress {
  actionId: string;
  actionKey: string;
  title: string;
  planId: string;
  planTitle: string;
  wijken: PlanWijkRef[];
  block: BlockCode;
  pillar: PillarCode | null;
  goalStatement: string;
  leadUnit: OrgUnitRef | null;
  contributingUnits: OrgUnitRef[];
  start: YearQuarter;
  end: YearQuarter;
  cadence: Cadence;
  plannedCents: number;
  spentCents: number;
  /** From the latest current update; `not_started` and 0 when there is none. */
  status: ActionStatus;
  percentComplete: number;
  lastUpdate: { period: Period; createdAt: string } | null;
  /** What the action should have done by the view's date, and by which rule. */
  expected: ExpectedProgress;
  /** The periods still to report as of the view's date (due or overdue, closed ones included), oldest first. */
  periods: PeriodToReport[];
  /** Keys of the plan's closed periods ('2026-Q3', '2026'): nothing more can be reported for them. */
  closedPeriods: string[];
  /** How many of the periods up to the view's date have an update. */
  reportedCount: number;
  dueCount: number;
  overdueCount: number;
  /** Whether the signed-in user may post an update (contributors: lead or contributing unit is theirs). */
  canUpdate: boolean;
}

export interface ActionProgressList {
  items: ActionProgress[];
  total: number;
  due: number;
  overdue: number;
}

/**
 * Roll-up rule (shown in the interface):
 * progress of a block or pillar = the average of the actions' percent complete, weighted by each action's
 * total planned budget; an action without budget weighs as much as the average budgeted action of the plan
 * (all weigh the same when no action has a budget); cancelled actions do not count; an action without
 * updates counts as 0%.
 * Status of a block: no_data when none of its actions reported; delayed when delayed actions carry at least
 * a quarter of the weight; at_risk when at-risk and delayed together carry at least a quarter; completed when
 * all are completed; otherwise on_track.
 */
export const ROLLUP_THRESHOLD = 0.25;
export type RollupStatus = 'no_data' | 'on_track' | 'at_risk' | 'delayed' | 'completed';

export interface Rollup {
  /** 0–100, one decimal. */
  progress: number;
  /**
   * What should have been done by the view's date (0–100, one decimal): the actions' expected progress
   * (see ExpectedRule), weighted and counted as `progress` is.
   */
  expected: number;
  status: RollupStatus;
  actions: number;
  reported: number;
  plannedCents: number;
  spentCents: number;
  byStatus: Record<ActionStatus, number>;
}

export interface BlockRollup extends Rollup {
  block: BlockCode;
  pillar: PillarCode | null;
}

export interface YearBudget {
  year: number;
  plannedCents: number;
  spentCents: number;
}

/** Progress of one block (or pillar) at the end of each year: the course over the years. */
export interface BlockCourse {
  block: BlockCode;
  pillar: PillarCode | null;
  points: { year: number; progress: number }[];
}

export interface PlanDashboard {
  plan: {
    id: string;
    title: string;
    revision: number;
    status: string;
    startYear: number;
    endYear: number;
    cadence: Cadence;
    wijken: PlanWijkRef[];
    demo: boolean;
  };
  /** yyyy-mm-dd of "today" used for due and overdue. */
  asOf: string;
  /**
   * True for a plan that is not adopted yet (draft, in review): nobody can report on it, so the dashboard is a
   * preview and lists no overdue reports.
   */
  preview: boolean;
  total: Rollup;
  /** Six blocks (B4 as a whole) followed by the three pillars of B4. */
  blocks: BlockRollup[];
  pillars: BlockRollup[];
  budgetByYear: YearBudget[];
  course: BlockCourse[];
  overdue: {
    actionId: string;
    title: string;
    leadUnit: OrgUnitRef | null;
    period: Period;
    deadline: string;
  }[];
  closedPeriods: ClosedPeriod[];
}

/** One wijk's row in the tenant overview: its current (adopted, else latest) plan against the blocks and pillars. */
export interface OverviewRow {
  wijk: PlanWijkRef;
  plan: {
    id: string;
    title: string;
    theme: string | null;
    status: string;
    revision: number;
    demo: boolean;
  } | null;
  blocks: BlockRollup[];
  pillars: BlockRollup[];
  total: Rollup | null;
}

export interface TenantOverview {
  asOf: string;
  rows: OverviewRow[];
}

/**
 * Where a milestone stands on the view's date:
 * - `done`: marked done (on the adopted plan, or already in the plan);
 * - `late`: not done and its date has passed;
 * - `soon`: not done and due within MILESTONE_SOON_DAYS days (today included);
 * - `planned`: not done, due later.
 */
export type MilestoneState = 'done' | 'late' | 'soon' | 'planned';
export const MILESTONE_STATES: readonly MilestoneState[] = ['late', 'soon', 'planned', 'done'];
export const MILESTONE_SOON_DAYS = 30;

/** One mark on a milestone: done, or not done after all. Never changed; the latest counts. */
export interface MilestoneMark {
  id: string;
  done: boolean;
  note: string;
  author: UserRef | null;
  createdAt: string;
}

export interface MilestoneProgress {
  /** Stable across revisions. */
  key: string;
  title: string;
  /** yyyy-mm-dd */
  dueDate: string;
  done: boolean;
  state: MilestoneState;
  /** The latest mark, newest first in `history`; empty when nobody marked it on the adopted plan. */
  history: MilestoneMark[];
}

export interface ActionMilestones {
  actionId: string;
  asOf: string;
  /** Whether the signed-in user may mark milestones of this action (adopted plan, own unit for contributors). */
  canUpdate: boolean;
  items: MilestoneProgress[];
}

/** A milestone with its action, for the plan's dashboard and roadmap. */
export interface PlanMilestone extends Omit<MilestoneProgress, 'history'> {
  actionId: string;
  actionTitle: string;
  leadUnit: OrgUnitRef | null;
  /** When it was last marked done; null when not done or done in the plan itself. */
  doneAt: string | null;
}

export interface PlanMilestones {
  asOf: string;
  counts: Record<MilestoneState, number>;
  /** Every milestone of the plan, by date. */
  items: PlanMilestone[];
}

export interface CreateMilestoneMarkRequest {
  done: boolean;
  /** Optional, at most 1000 characters. */
  note?: string;
}
