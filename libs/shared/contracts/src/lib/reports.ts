import type { IndicatorTarget } from './indicators';
import type { Plan } from './plans';
import type { ActionStatus, BlockRollup, Period, PlanDashboard, PlanMilestones, ProgressUpdate } from './progress';
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

// ---- publication: a plan on the gemeente's public pages ----

/** Whether a plan revision is on the public pages (GET/PUT/DELETE /plans/:id/publication). */
export interface PlanPublication {
  published: boolean;
  publishedAt: string | null;
  /** The public page of each wijk of the plan (`/openbaar/nijmegen/meijhorst`); shown once published. */
  publicPaths: string[];
  /** Only an adopted revision can be published. */
  canPublish: boolean;
}

export interface PublicGemeente {
  name: string;
  slug: string;
  theme: TenantTheme;
}

export interface PublicWijkRef {
  name: string;
  slug: string;
}

/** A published plan as the public sees it: nothing internal (no people, no budgets, no drafts). */
export interface PublicPlan {
  title: string;
  theme: string | null;
  startYear: number;
  endYear: number;
  adoptedOn: string | null;
  decisionReference: string | null;
  vision: string;
  wijken: PublicWijkRef[];
  /** yyyy-mm-dd of the latest progress update, or null. */
  lastUpdate: string | null;
  /** Progress per block (B4 as a whole) and then per pillar. */
  progress: {
    block: BlockRollup['block'];
    pillar: BlockRollup['pillar'];
    progress: number;
    status: BlockRollup['status'];
    actions: number;
  }[];
  goals: {
    block: BlockRollup['block'];
    pillar: BlockRollup['pillar'];
    statement: string;
    target: string | null;
    actions: { title: string; leadUnit: string | null; start: string; end: string; status: ActionStatus; percentComplete: number }[];
  }[];
}

/** GET /public/gemeenten/:gemeente: the gemeente's published plans. */
export interface PublicGemeentePage {
  gemeente: PublicGemeente;
  plans: { title: string; theme: string | null; startYear: number; endYear: number; wijken: PublicWijkRef[]; lastUpdate: string | null }[];
}

/** GET /public/gemeenten/:gemeente/wijken/:wijk: the published plans of one wijk (also the open data as JSON). */
export interface PublicWijkPage {
  gemeente: PublicGemeente;
  wijk: PublicWijkRef;
  /** yyyy-mm-dd of the figures. */
  asOf: string;
  plans: PublicPlan[];
}

// ---- reminders by e-mail ----

/** A gemeente's weekly digest (tenants.settings.reminders): on or off, and the day (1 Monday … 7 Sunday). */
export interface ReminderSettings {
  enabled: boolean;
  weekday: number;
}
export const REMINDER_DEFAULTS: ReminderSettings = { enabled: true, weekday: 1 };

/** Whether the signed-in user gets the weekly digest. */
export interface ReminderSubscription {
  subscribed: boolean;
}

export interface OutboxMail {
  id: string;
  kind: 'digest' | 'period_closed';
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  /** When SMTP accepted it, or when it was kept in the outbox only; null while waiting (or retrying). */
  sentAt: string | null;
  delivery: 'smtp' | 'outbox' | null;
  attempts: number;
  lastError: string | null;
}

/** GET /mail-outbox: the admin sees the gemeente's mails, everyone else the mails to them. */
export interface MailOutbox {
  /** No SMTP server is set (SMTP_URL): nothing is sent, the mails are only kept here (the demo outbox). */
  demo: boolean;
  items: OutboxMail[];
}
