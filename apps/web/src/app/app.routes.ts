import type { Route } from '@angular/router';
import { operatorGuard, signedInGuard, signedOutGuard, tenantGuard } from '@wk/web/core';

/** One lazy route per domain; the route `title` is a translation key (see PageTitleStrategy). */
export const appRoutes: Route[] = [
  {
    path: 'inloggen',
    title: 'login.title',
    canActivate: [signedOutGuard],
    loadComponent: () => import('@wk/web/auth/feature').then((m) => m.LoginPage),
  },
  // Why signing in through the gemeente's own account was refused (signed in or not).
  {
    path: 'inloggen/geweigerd',
    title: 'refused.heading',
    loadComponent: () => import('@wk/web/auth/feature').then((m) => m.SignInRefusedPage),
  },
  // Public pages: no sign-in (the plans a gemeente published, and the accessibility statement).
  {
    path: 'openbaar/:gemeente',
    title: 'public.gemeente.heading',
    loadComponent: () => import('@wk/web/public/feature').then((m) => m.PublicGemeentePage),
  },
  {
    path: 'openbaar/:gemeente/:wijk',
    title: 'public.title',
    loadComponent: () => import('@wk/web/public/feature').then((m) => m.PublicWijkPage),
  },
  {
    path: 'toegankelijkheid',
    title: 'a11y.heading',
    loadComponent: () => import('@wk/web/public/feature').then((m) => m.AccessibilityStatementPage),
  },
  {
    path: '',
    canActivate: [signedInGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'home.title',
        canActivate: [tenantGuard],
        loadComponent: () => import('./pages/home.page').then((m) => m.HomePage),
      },
      {
        path: 'plannen',
        canActivate: [tenantGuard],
        loadChildren: () =>
          import('@wk/web/plans/feature').then((m) =>
            m.planRoutes([
              {
                path: 'voortgang',
                title: 'dashboard.title',
                loadComponent: () => import('@wk/web/progress/feature').then((p) => p.loadPlanDashboardPage()),
              },
            ]),
          ),
      },
      {
        path: 'mijn-acties',
        canActivate: [tenantGuard],
        loadChildren: () => import('@wk/web/progress/feature').then((m) => m.MY_ACTIONS_ROUTES),
      },
      {
        path: 'e-mails',
        canActivate: [tenantGuard],
        loadChildren: () => import('@wk/web/progress/feature').then((m) => m.MAIL_ROUTES),
      },
      {
        path: 'acties',
        canActivate: [tenantGuard],
        loadChildren: () => import('@wk/web/progress/feature').then((m) => m.ACTION_ROUTES),
      },
      {
        path: 'organisatieonderdelen',
        canActivate: [tenantGuard],
        loadChildren: () => import('@wk/web/progress/feature').then((m) => m.UNIT_ROUTES),
      },
      {
        path: 'voortgang',
        canActivate: [tenantGuard],
        loadChildren: () => import('@wk/web/progress/feature').then((m) => m.OVERVIEW_ROUTES),
      },
      {
        path: 'indicatoren',
        canActivate: [tenantGuard],
        loadChildren: () => import('@wk/web/indicators/feature').then((m) => m.INDICATOR_ROUTES),
      },
      {
        path: 'wijken',
        canActivate: [tenantGuard],
        loadChildren: () => import('@wk/web/admin/feature').then((m) => m.WIJKEN_ROUTES),
      },
      {
        path: 'beheer',
        canActivate: [tenantGuard],
        loadChildren: () => import('@wk/web/admin/feature').then((m) => m.ADMIN_ROUTES),
      },
      {
        path: 'platform/cijfers',
        title: 'indicatorImport.title',
        canActivate: [operatorGuard],
        data: { scope: 'public' },
        loadComponent: () => import('@wk/web/indicators/feature').then((m) => m.loadIndicatorImportPage()),
      },
      {
        path: 'platform',
        canActivate: [operatorGuard],
        loadChildren: () => import('@wk/web/admin/feature').then((m) => m.PLATFORM_ROUTES),
      },
      {
        path: 'wachtwoord',
        title: 'password.title',
        loadComponent: () => import('@wk/web/auth/feature').then((m) => m.ChangePasswordPage),
      },
      {
        path: 'sessies',
        title: 'sessions.title',
        loadComponent: () => import('@wk/web/auth/feature').then((m) => m.SessionsPage),
      },
      {
        path: 'kies-gemeente',
        title: 'chooseTenant.title',
        canActivate: [tenantGuard],
        loadComponent: () => import('@wk/web/auth/feature').then((m) => m.ChooseTenantPage),
      },
      {
        path: 'geen-toegang',
        title: 'noAccess.title',
        loadComponent: () => import('./pages/no-access.page').then((m) => m.NoAccessPage),
      },
    ],
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./pages/not-found.page').then((m) => m.NotFoundPage),
  },
];
