import type { BlockCode, PillarCode } from './building-blocks';
import type { Cadence } from './progress';

/**
 * Plan lifecycle: draft → in_review → adopted → archived.
 * Only a draft can be edited; in_review can go back to draft; adopted and archived revisions are frozen.
 */
export const PLAN_STATUSES = ['draft', 'in_review', 'adopted', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

/** A point in time at quarter precision: the start or end of an action. */
export interface YearQuarter {
  year: number;
  quarter: Quarter;
}

/** Narrative per building block; every block is present (empty string when not written yet). */
export type PlanSections = Record<BlockCode, string>;

export interface PlanWijkRef {
  id: string;
  name: string;
}

export interface PlanSummary {
  id: string;
  /** Shared by every revision of the same plan. */
  lineageId: string;
  /** 1 for the first revision, then 2, 3… */
  revision: number;
  title: string;
  /**
   * What the plan is about when it is not the wijk's whole plan (e.g. "Veiligheid"). Two plans can be in force
   * for the same wijk only when both name a theme and the themes differ; null: the plan covers the whole wijk.
   */
  theme: string | null;
  status: PlanStatus;
  startYear: number;
  endYear: number;
  /** How often the actions report progress. */
  cadence: Cadence;
  wijken: PlanWijkRef[];
  goalCount: number;
  actionCount: number;
  /** Date of adoption (yyyy-mm-dd), when adopted. */
  adoptedOn: string | null;
  decisionReference: string | null;
  /** Invented demo content is labelled as such in the interface. */
  demo: boolean;
  updatedAt: string;
  version: number;
}

export interface Milestone {
  /**
   * Stable across revisions; always in answers. In a request, give the key the milestone had to keep it (its
   * "done" marks on the adopted plan follow the key); without one, the milestone is new.
   */
  key?: string;
  title: string;
  /** yyyy-mm-dd */
  dueDate: string;
  done: boolean;
}

export interface BudgetLine {
  year: number;
  /** Planned budget for that year, in integer euro cents. */
  amountCents: number;
}

export interface OrgUnitRef {
  id: string;
  name: string;
  kind: 'department' | 'partner';
}

export interface UserRef {
  id: string;
  name: string;
}

export interface PlanAction {
  id: string;
  /** Stable across revisions: the same action in an older or newer revision has the same key. */
  key: string;
  planId: string;
  goalId: string;
  title: string;
  description: string;
  /** The trekker: the organisation unit that leads the action. */
  leadUnit: OrgUnitRef | null;
  /** Contributing departments and partners. */
  contributingUnits: OrgUnitRef[];
  owner: UserRef | null;
  start: YearQuarter;
  end: YearQuarter;
  budget: BudgetLine[];
  milestones: Milestone[];
  position: number;
  version: number;
}

export interface PlanGoal {
  id: string;
  /** Stable across revisions. */
  key: string;
  planId: string;
  block: BlockCode;
  /** Set exactly when block is B4. */
  pillar: PillarCode | null;
  statement: string;
  target: string | null;
  position: number;
  actions: PlanAction[];
  version: number;
}

export interface PlanRevisionRef {
  id: string;
  revision: number;
  status: PlanStatus;
  adoptedOn: string | null;
}

export interface Plan extends Omit<PlanSummary, 'goalCount' | 'actionCount'> {
  vision: string;
  sections: PlanSections;
  /** Goals in display order: by block, pillar, position. */
  goals: PlanGoal[];
  submittedAt: string | null;
  adoptedAt: string | null;
  archivedAt: string | null;
  createdAt: string;
  /** Every revision of this plan (this one included), oldest first. */
  revisions: PlanRevisionRef[];
  /** True when the plan cannot be edited (in review, adopted, archived). */
  readOnly: boolean;
  completeness: Completeness;
}

// ---- completeness ----

export const COMPLETENESS_CODES = [
  'vision_missing',
  'section_empty',
  'block_without_goals',
  'pillar_without_goals',
  'goal_without_actions',
  'action_without_lead',
  'action_outside_horizon',
  'horizon_short',
] as const;
export type CompletenessCode = (typeof COMPLETENESS_CODES)[number];

export interface CompletenessIssue {
  code: CompletenessCode;
  /** `error` blocks submitting the plan for review; `warning` does not. */
  severity: 'error' | 'warning';
  block?: BlockCode;
  pillar?: PillarCode;
  goalId?: string;
  actionId?: string;
  /** A short name of the object concerned (goal statement or action title), for the message. */
  subject?: string;
}

export interface Completeness {
  /** No errors: the plan may be submitted for review. */
  complete: boolean;
  errors: number;
  warnings: number;
  issues: CompletenessIssue[];
}

// ---- requests ----

export interface CreatePlanRequest {
  title: string;
  /** Optional theme (see PlanSummary.theme). */
  theme?: string | null;
  wijkIds: string[];
  startYear: number;
  endYear: number;
  vision?: string;
  /** Default quarterly. */
  cadence?: Cadence;
}

export interface UpdatePlanRequest {
  title?: string;
  theme?: string | null;
  wijkIds?: string[];
  startYear?: number;
  endYear?: number;
  vision?: string;
  cadence?: Cadence;
  /** Only the blocks given are changed. */
  sections?: Partial<PlanSections>;
  version: number;
}

/** Submit, send back to draft, archive, new revision: only the version the caller saw. */
export interface PlanTransitionRequest {
  version: number;
}

export interface AdoptPlanRequest {
  /** yyyy-mm-dd */
  adoptedOn: string;
  /** E.g. the raadsbesluit reference "RB 2025/114". */
  decisionReference: string;
  /**
   * The plans in force (adopted, another plan) for the same wijk that this plan replaces: they are archived in
   * the same step. Without them, adopting a plan while another one is in force for one of its wijken (and the
   * themes do not differ) is refused with 409 `plan_in_force`, naming those plans.
   */
  replacePlanIds?: string[];
  version: number;
}

/** A plan in force that stands in the way of an adoption (problem `plan_in_force`). */
export interface PlanInForceRef {
  id: string;
  lineageId: string;
  title: string;
  theme: string | null;
  revision: number;
  adoptedOn: string | null;
  /** The wijken both plans cover. */
  wijken: PlanWijkRef[];
}

/** A beheerder corrects the date or the decision of an adopted revision; the content stays frozen. */
export interface CorrectAdoptionRequest {
  /** yyyy-mm-dd, not after today. */
  adoptedOn: string;
  decisionReference: string;
  /** Why the correction was needed; shown in the plan's history. */
  reason: string;
  version: number;
}

export interface CreateGoalRequest {
  block: BlockCode;
  pillar?: PillarCode | null;
  statement: string;
  target?: string | null;
}

export interface UpdateGoalRequest {
  block?: BlockCode;
  pillar?: PillarCode | null;
  statement?: string;
  target?: string | null;
  version: number;
}

/** The new order of the goals of one block (and pillar, for B4); must list exactly those goals. */
export interface ReorderGoalsRequest {
  block: BlockCode;
  pillar?: PillarCode | null;
  goalIds: string[];
  /** The plan's version. */
  version: number;
}

export interface CreateActionRequest {
  title: string;
  description?: string;
  leadUnitId?: string | null;
  contributingUnitIds?: string[];
  ownerId?: string | null;
  start: YearQuarter;
  end: YearQuarter;
  budget?: BudgetLine[];
  milestones?: Milestone[];
}

export interface UpdateActionRequest {
  title?: string;
  description?: string;
  leadUnitId?: string | null;
  contributingUnitIds?: string[];
  ownerId?: string | null;
  start?: YearQuarter;
  end?: YearQuarter;
  budget?: BudgetLine[];
  milestones?: Milestone[];
  /** Move the action to another goal of the same plan (it goes to the end of that goal). */
  goalId?: string;
  version: number;
}

/** The new order of the actions of one goal; must list exactly those actions. */
export interface ReorderActionsRequest {
  actionIds: string[];
  /** The goal's version. */
  version: number;
}

// ---- comparison ----

export interface FieldChange {
  /** e.g. `title`, `vision`, `sections.B3`, `startYear`, `leadUnit`, `budget`. */
  field: string;
  before: unknown;
  after: unknown;
}

export interface GoalDiff {
  key: string;
  block: BlockCode;
  pillar: PillarCode | null;
  statement: string;
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
}

export interface ActionDiff {
  key: string;
  title: string;
  /** The goal statement the action sits under (in the newer revision, or the older one when removed). */
  goalStatement: string;
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
}

export interface PlanComparison {
  base: PlanRevisionRef;
  target: PlanRevisionRef;
  /** Plan-level fields: title, vision, horizon, wijken, sections.B1…B6. */
  plan: FieldChange[];
  goals: GoalDiff[];
  actions: ActionDiff[];
}

/** Before/after snapshot of a plan for comparison: what `comparePlans` reads. */
export type PlanSnapshot = Pick<Plan, 'title' | 'vision' | 'startYear' | 'endYear' | 'sections' | 'wijken' | 'goals'>;

// ---- the action-tracker import (CSV or Excel into a draft plan) ----

export const TRACKER_FORMATS = ['csv', 'xlsx'] as const;
export type TrackerFormat = (typeof TRACKER_FORMATS)[number];

/** POST /plans/:id/tracker: a tracker file, checked (commit false: the preview) or imported (commit true). */
export interface TrackerImportRequest {
  fileName: string;
  format: TrackerFormat;
  /** The CSV text, or the Excel file in base64. */
  content: string;
  commit: boolean;
}

export interface TrackerImportResult {
  committed: boolean;
  /** Goals the import makes (existing goals with the same block, pillar and text are used). */
  newGoals: number;
  actions: {
    row: number;
    block: BlockCode;
    pillar: PillarCode | null;
    goal: string;
    title: string;
    leadUnit: string | null;
    start: YearQuarter;
    end: YearQuarter;
    budgetCents: number;
  }[];
}
