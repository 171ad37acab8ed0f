import { CountingUpdates1795940000000 } from './1795940000000-CountingUpdates';
import { INDICATOR_TABLES, Indicators1795950000000 } from './1795950000000-Indicators';
import { GoalIndicatorTargets1795990000000, TARGET_TABLES } from './1795990000000-GoalIndicatorTargets';
import { PlanPublications1796000000000, PUBLICATION_TABLES } from './1796000000000-PlanPublications';
import { REMINDER_TABLES, Reminders1796000100000 } from './1796000100000-Reminders';
import { IDENTITY_PROVIDER_TABLES, IdentityProviders1796000200000 } from './1796000200000-IdentityProviders';
import { DistributionReadyKeys1796000300000 } from './1796000300000-DistributionReadyKeys';
import { IndicatorIndexes1795980000000 } from './1795980000000-IndicatorIndexes';
import { Foundation1795906572742 } from './1795906572742-Foundation';
import { RowLevelSecurity1795906600000, TENANT_TABLES as FOUNDATION_TENANT_TABLES } from './1795906600000-RowLevelSecurity';
import { Plans1795913403748 } from './1795913403748-Plans';
import { Progress1795914528352 } from './1795914528352-Progress';
import { ProgressCoveringIndex1795914528500 } from './1795914528500-ProgressCoveringIndex';
import { SessionLookup1795920000200 } from './1795920000200-SessionLookup';
import { Accounts1795930100000 } from './1795930100000-Accounts';
import { PlanThemes1795930200000 } from './1795930200000-PlanThemes';
import { MILESTONE_TABLES, MilestoneProgress1795930300000 } from './1795930300000-MilestoneProgress';
import { ViewCache1795920000100, VIEW_CACHE_TABLES } from './1795920000100-ViewCache';
import { ProgressSummaries1795920000000, SUMMARY_TABLES } from './1795920000000-ProgressSummaries';
import { PROGRESS_TABLES, ProgressRowLevelSecurity1795914528400 } from './1795914528400-ProgressRowLevelSecurity';
import { PLAN_TABLES, PlansRowLevelSecurity1795913403800 } from './1795913403800-PlansRowLevelSecurity';

/** Every migration, in order, listed explicitly. */
export const MIGRATIONS = [
  Foundation1795906572742,
  RowLevelSecurity1795906600000,
  Plans1795913403748,
  PlansRowLevelSecurity1795913403800,
  Progress1795914528352,
  ProgressRowLevelSecurity1795914528400,
  ProgressCoveringIndex1795914528500,
  ProgressSummaries1795920000000,
  ViewCache1795920000100,
  SessionLookup1795920000200,
  Accounts1795930100000,
  PlanThemes1795930200000,
  MilestoneProgress1795930300000,
  CountingUpdates1795940000000,
  Indicators1795950000000,
  IndicatorIndexes1795980000000,
  GoalIndicatorTargets1795990000000,
  PlanPublications1796000000000,
  Reminders1796000100000,
  IdentityProviders1796000200000,
  DistributionReadyKeys1796000300000,
];

/** Every table whose rows belong to one tenant (column tenant_id), all under FORCE row-level security. */
export const TENANT_TABLES = [
  ...FOUNDATION_TENANT_TABLES,
  ...PLAN_TABLES,
  ...PROGRESS_TABLES,
  ...SUMMARY_TABLES,
  ...VIEW_CACHE_TABLES,
  ...MILESTONE_TABLES,
  ...INDICATOR_TABLES,
  ...TARGET_TABLES,
  ...PUBLICATION_TABLES,
  ...REMINDER_TABLES,
  ...IDENTITY_PROVIDER_TABLES,
] as const;
export { PLAN_TABLES, PROGRESS_TABLES, SUMMARY_TABLES };
