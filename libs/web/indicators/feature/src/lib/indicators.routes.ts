import type { Route } from '@angular/router';
import { roleGuard } from '@wk/web/core';

/**
 * The import of public figures (the platform's `/platform/cijfers`) beside the gemeente's own (`importeren` below). A
 * loader rather than the class: the page and its forms stay out of every page that uses this library's exports.
 */
export const loadIndicatorImportPage = () => import('./indicator-import.page').then((m) => m.IndicatorImportPage);

/**
 * `/indicatoren`: how all wijken are doing (signals, map, all figures); `/indicatoren/wijken/:id`: one wijk;
 * `/indicatoren/ranglijst/:code`: the wijken on one indicator; `/indicatoren/signaalregels`: the early-warning thresholds.
 */
export const INDICATOR_ROUTES: Route[] = [
  {
    path: '',
    title: 'wijkenOverview.title',
    loadComponent: () => import('./indicators-overview.page').then((m) => m.IndicatorsOverviewPage),
  },
  {
    path: 'wijken/:id',
    title: 'indicators.title',
    loadComponent: () => import('./wijk-indicators.page').then((m) => m.WijkIndicatorsPage),
  },
  {
    path: 'wijken/:id/vergelijken',
    title: 'compare.title',
    loadComponent: () => import('./compare-wijken.page').then((m) => m.CompareWijkenPage),
  },
  {
    path: 'ranglijst/:code',
    title: 'ranking.title',
    loadComponent: () => import('./indicator-ranking.page').then((m) => m.IndicatorRankingPage),
  },
  {
    path: 'eigen',
    title: 'ownIndicators.title',
    loadComponent: () => import('./own-indicators.page').then((m) => m.OwnIndicatorsPage),
  },
  {
    path: 'importeren',
    title: 'indicatorImport.titleOwn',
    canActivate: [roleGuard('admin', 'planner')],
    data: { scope: 'own' },
    loadComponent: loadIndicatorImportPage,
  },
  {
    path: 'signaalregels',
    title: 'warningSettings.title',
    loadComponent: () => import('./warning-settings.page').then((m) => m.WarningSettingsPage),
  },
];
