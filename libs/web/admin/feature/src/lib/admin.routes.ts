import type { Route } from '@angular/router';
import { roleGuard } from '@wk/web/core';

const adminOnly = [roleGuard('admin')];

/** `/beheer/...`: lists for every role of the gemeente (read-only), changes for admins only. */
export const ADMIN_ROUTES: Route[] = [
  {
    path: '',
    title: 'admin.title',
    loadComponent: () => import('./admin-index.page').then((m) => m.AdminIndexPage),
  },
  {
    path: 'gebruikers',
    title: 'users.title',
    loadComponent: () => import('./users/users-list.page').then((m) => m.UsersListPage),
  },
  {
    path: 'gebruikers/nieuw',
    title: 'userCreate.title',
    canActivate: adminOnly,
    loadComponent: () => import('./users/user-create.page').then((m) => m.UserCreatePage),
  },
  {
    path: 'gebruikers/:id',
    title: 'userEdit.title',
    canActivate: adminOnly,
    loadComponent: () => import('./users/user-edit.page').then((m) => m.UserEditPage),
  },
  {
    path: 'organisatieonderdelen',
    title: 'orgUnits.title',
    loadComponent: () => import('./org-units/org-units-list.page').then((m) => m.OrgUnitsListPage),
  },
  {
    path: 'organisatieonderdelen/nieuw',
    title: 'orgUnitForm.createTitle',
    canActivate: adminOnly,
    loadComponent: () => import('./org-units/org-unit-form.page').then((m) => m.OrgUnitFormPage),
  },
  {
    path: 'organisatieonderdelen/:id',
    title: 'orgUnitForm.editTitle',
    canActivate: adminOnly,
    loadComponent: () => import('./org-units/org-unit-form.page').then((m) => m.OrgUnitFormPage),
  },
  {
    path: 'wijken',
    title: 'wijken.adminTitle',
    data: { manage: true },
    loadComponent: () => import('./wijken/wijken-list.page').then((m) => m.WijkenListPage),
  },
  {
    path: 'wijken/nieuw',
    title: 'wijkForm.createTitle',
    canActivate: adminOnly,
    loadComponent: () => import('./wijken/wijk-form.page').then((m) => m.WijkFormPage),
  },
  {
    path: 'wijken/importeren',
    title: 'wijkImport.title',
    canActivate: adminOnly,
    loadComponent: () => import('./wijken/wijken-import.page').then((m) => m.WijkenImportPage),
  },
  {
    path: 'wijken/:id',
    title: 'wijkForm.editTitle',
    canActivate: adminOnly,
    loadComponent: () => import('./wijken/wijk-form.page').then((m) => m.WijkFormPage),
  },
  {
    path: 'huisstijl',
    title: 'theme.title',
    canActivate: adminOnly,
    loadComponent: () => import('./theme/theme.page').then((m) => m.ThemePage),
  },
  {
    path: 'inloggen',
    title: 'signInSettings.title',
    canActivate: adminOnly,
    loadComponent: () => import('./sign-in/sign-in-settings.page').then((m) => m.SignInSettingsPage),
  },
  {
    path: 'inloggen/geschiedenis',
    title: 'signIns.title',
    canActivate: adminOnly,
    loadComponent: () => import('./sign-in/sign-in-history.page').then((m) => m.SignInHistoryPage),
  },
];

/** `/wijken`: the wijken of the gemeente, readable by every role. */
export const WIJKEN_ROUTES: Route[] = [
  {
    path: '',
    title: 'wijken.title',
    data: { manage: false },
    loadComponent: () => import('./wijken/wijken-list.page').then((m) => m.WijkenListPage),
  },
  {
    path: ':id',
    title: 'wijkDetail.title',
    loadComponent: () => import('./wijken/wijk-detail.page').then((m) => m.WijkDetailPage),
  },
];

/** `/platform/...`: for the platform operator, who creates gemeenten. */
export const PLATFORM_ROUTES: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'gemeenten' },
  {
    path: 'gemeenten',
    title: 'tenants.title',
    loadComponent: () => import('./platform/tenants-list.page').then((m) => m.TenantsListPage),
  },
  {
    path: 'gemeenten/nieuw',
    title: 'tenantCreate.title',
    loadComponent: () => import('./platform/tenant-create.page').then((m) => m.TenantCreatePage),
  },
  {
    path: 'gemeenten/:id',
    title: 'tenantDetail.title',
    loadComponent: () => import('./platform/tenant-detail.page').then((m) => m.TenantDetailPage),
  },
];
