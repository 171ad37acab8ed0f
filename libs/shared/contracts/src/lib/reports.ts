import type { IndicatorTarget } from './indicators';
import type { Plan } from './plans';
import type { ActionStatus, Period, PlanDashboard, PlanMilestones, ProgressUpdate } from './progress';
import type { TenantTheme } from './tenancy';

/** The files an annual report comes in; `json` is the content the files are made from. */
export const REPORT_FORMATS = ['pdf', 'xlsx', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The lists that can be downloaded as CSV. */
export const CSV_LISTS = ['actions', 'updates', 'wijken', 'users'] as const;
export type CsvList = (typeof CSV_LISTS)[number];

/** `semicolon` is what Dutch Excel expects; `comma` the international default. */
export const CSV_SEPARATORS = ['semicolon', 'comma'] as const;
export type CsvSeparatorName = (typeof CSV_SEPARATORS)[number];

/** One action in a report: where it stands at the end of the report's year (or today, for the current year). */
export interface ReportAction {
  actionId: string;
  title: string;
  goalStatement: string;
  block: PlanDashboard['blocks'][number]['block'];
  pillar: PlanDashboard['blocks'][number]['pillar'];
  leadUnit: string | null;
  contributingUnits: string[];
  start: string;
  end: string;
  status: ActionStatus;
  percentComplete: number;
  expectedPercent: number;
  plannedCents: number;
  spentCents: number;
  /** The latest update's period and text, up to the report's year. */
  lastPeriod: Period | null;
  lastNarrative: string | null;
  overdueCount: number;
}

/**
 * An annual report (jaarrapportage) of one plan: the plan's dashboard on the report's day (31 December of the
 * year, or today while the year runs), with the plan's vision, its actions, the year's updates, milestones and
 * effect indicators. The PDF and the Excel file are made from exactly this content.
 */
export interface AnnualReport {
  gemeente: { name: string; theme: TenantTheme };
  plan: Pick<
    Plan,
    | 'id'
    | 'title'
    | 'theme'
    | 'revision'
    | 'status'
    | 'startYear'
    | 'endYear'
    | 'cadence'
    | 'wijken'
    | 'vision'
    | 'adoptedOn'
    | 'decisionReference'
    | 'demo'
  >;
  year: number;
  /** yyyy-mm-dd: the day the figures are taken on (the dashboard's `asOf`). */
  asOf: string;
  /** yyyy-mm-dd: the day the report was made. */
  madeOn: string;
  dashboard: PlanDashboard;
  actions: ReportAction[];
  /** The updates for periods of the report's year that count (corrections replace earlier ones), by action. */
  updates: (ProgressUpdate & { actionTitle: string })[];
  milestones: PlanMilestones;
  targets: IndicatorTarget[];
}
