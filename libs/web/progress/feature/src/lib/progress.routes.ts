import type { Route } from '@angular/router';

/**
 * The "Voortgang" tab of a plan: a child of `/plannen/:id`, whose page provides the PlanStore. A loader rather than the
 * class, so that the page is a chunk of its own and not part of every page that loads these routes (the overview).
 */
export const loadPlanDashboardPage = () => import('./dashboard/plan-dashboard.page').then((m) => m.PlanDashboardPage);

/** `/mijn-acties`: the actions of the signed-in user's organisation units. */
export const MY_ACTIONS_ROUTES: Route[] = [
  {
    path: '',
    title: 'myActions.title',
    loadComponent: () => import('./my-actions/my-actions.page').then((m) => m.MyActionsPage),
  },
];

/** `/e-mails`: the reminders by e-mail and the (demo) outbox. */
export const MAIL_ROUTES: Route[] = [
  {
    path: '',
    title: 'mail.title',
    loadComponent: () => import('./mail/mail.page').then((m) => m.MailPage),
  },
];

/** `/acties/:id`: one action, its updates and the update form. */
export const ACTION_ROUTES: Route[] = [
  {
    path: ':id',
    title: 'actionPage.title',
    loadComponent: () => import('./action/action.page').then((m) => m.ActionPage),
  },
];

/** `/organisatieonderdelen` and `/organisatieonderdelen/:id/acties`: the actions of one unit. */
export const UNIT_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'unitActions.title',
    loadComponent: () => import('./unit/unit-actions.page').then((m) => m.UnitActionsPage),
  },
  {
    path: ':id/acties',
    title: 'unitActions.title',
    loadComponent: () => import('./unit/unit-actions.page').then((m) => m.UnitActionsPage),
  },
];

/** `/voortgang`: every wijk against the building blocks. */
export const OVERVIEW_ROUTES: Route[] = [
  {
    path: '',
    title: 'overview.title',
    loadComponent: () => import('./overview/overview.page').then((m) => m.OverviewPage),
  },
];
