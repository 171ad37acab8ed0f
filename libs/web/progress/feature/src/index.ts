export * from './lib/progress.routes';
/** The "Voortgang" tab of a plan: a child of `/plannen/:id`, whose page provides the PlanStore. */
export { PlanDashboardPage } from './lib/dashboard/plan-dashboard.page';
