import type { Route } from '@angular/router';

/** `/indicatoren`: the early warnings of all wijken; `/indicatoren/wijken/:id`: how one wijk is doing. */
export const INDICATOR_ROUTES: Route[] = [
  { path: '', title: 'signals.title', loadComponent: () => import('./signals.page').then((m) => m.SignalsPage) },
  {
    path: 'wijken/:id',
    title: 'indicators.title',
    loadComponent: () => import('./wijk-indicators.page').then((m) => m.WijkIndicatorsPage),
  },
];
