import type { Route } from '@angular/router';
import { roleGuard } from '@wk/web/core';

/**
 * `/plannen/...`: every role reads plans; admin and planner create and change them. `tabs`: more pages of a
 * plan from other contexts (the app adds the progress dashboard, `voortgang`): plans does not import them.
 */
export const planRoutes = (tabs: Route[] = []): Route[] => [
  {
    path: '',
    title: 'plans.title',
    loadComponent: () => import('./list/plans-list.page').then((m) => m.PlansListPage),
  },
  {
    path: 'nieuw',
    title: 'planCreate.title',
    canActivate: [roleGuard('admin', 'planner')],
    loadComponent: () => import('./create/plan-create.page').then((m) => m.PlanCreatePage),
  },
  {
    path: ':id',
    loadComponent: () => import('./plan/plan-layout.page').then((m) => m.PlanLayoutPage),
    children: [
      {
        path: '',
        title: 'plan.title',
        loadComponent: () => import('./plan/plan.page').then((m) => m.PlanPage),
      },
      {
        path: 'importeren',
        title: 'trackerImport.title',
        canActivate: [roleGuard('admin', 'planner')],
        loadComponent: () => import('./tracker/tracker-import.page').then((m) => m.TrackerImportPage),
      },
      {
        path: 'planning',
        title: 'roadmap.title',
        loadComponent: () => import('./roadmap/roadmap.page').then((m) => m.RoadmapPage),
      },
      ...tabs,
      {
        path: 'vergelijken',
        title: 'comparison.title',
        loadComponent: () => import('./comparison/comparison.page').then((m) => m.ComparisonPage),
      },
      {
        path: 'geschiedenis',
        title: 'history.title',
        loadComponent: () => import('./history/history.page').then((m) => m.HistoryPage),
      },
    ],
  },
];
