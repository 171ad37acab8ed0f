import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { OrgUnit, User } from '@wk/contracts';
import { OrgUnitsApi, UsersApi } from '@wk/web/admin/data-access';
import {
  createLoader,
  I18nService,
  LoadStateComponent,
  NotificationStore,
  ROLE_LABELS,
  SessionStore,
  TranslatePipe,
  API_BASE,
} from '@wk/web/core';
import {
  AlertComponent,
  BreadcrumbComponent,
  ButtonDirective,
  DataTableCellDirective,
  type DataTableColumn,
  DataTableComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  StatusBadgeComponent,
} from '@wk/web/shared/ui';
import { forkJoin, map } from 'rxjs';

/** `/beheer/gebruikers`: everyone who may sign in for this gemeente. */
@Component({
  selector: 'wk-users-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LoadStateComponent,
    AlertComponent,
    BreadcrumbComponent,
    ButtonDirective,
    DataTableCellDirective,
    DataTableComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    RouterLink,
    StatusBadgeComponent,
    TranslatePipe,
  ],
  templateUrl: './users-list.page.html',
})
export class UsersListPage {
  /** The list as CSV (semicolon-separated, for Dutch Excel). */
  readonly csvUrl = `${API_BASE}/csv-exports/users`;
  readonly #i18n = inject(I18nService);
  readonly #users = inject(UsersApi);
  readonly #orgUnits = inject(OrgUnitsApi);
  readonly #session = inject(SessionStore);

  readonly roleLabels = ROLE_LABELS;
  readonly isAdmin = this.#session.isAdmin;
  readonly tenantName = computed(() => this.#session.tenant()?.name ?? '');
  readonly flash = inject(NotificationStore).take();
  readonly breadcrumb = computed(() => [{ label: this.#i18n.t('admin.heading'), path: '/beheer' }]);

  readonly data = createLoader(() =>
    forkJoin({ users: this.#users.list(), orgUnits: this.#orgUnits.list() }).pipe(
      map(({ users, orgUnits }) => ({
        users: [...users.items].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        total: users.total,
        orgUnitNames: new Map(orgUnits.items.map((unit: OrgUnit) => [unit.id, unit.name])),
      })),
    ),
  );

  readonly columns = computed<DataTableColumn<User>[]>(() => [
    { key: 'name', label: this.#i18n.t('users.col.name'), sortValue: (user) => user.name },
    { key: 'email', label: this.#i18n.t('users.col.email'), sortValue: (user) => user.email },
    { key: 'role', label: this.#i18n.t('users.col.role'), sortValue: (user) => this.#i18n.t(ROLE_LABELS[user.role]) },
    { key: 'orgUnits', label: this.#i18n.t('users.col.orgUnits') },
    { key: 'status', label: this.#i18n.t('users.col.status'), sortValue: (user) => (user.active ? 0 : 1) },
  ]);
  readonly byId = (user: User): string => user.id;

  readonly liveText = computed(() => {
    const state = this.data.state();
    if (state.status === 'loading') {
      return this.#i18n.t('common.loading');
    }
    if (state.status === 'error') {
      return this.data.errorText();
    }
    return this.#i18n.t('users.count', { count: state.value.users.length });
  });

  unitNames(ids: readonly string[], names: ReadonlyMap<string, string>): string {
    return ids
      .map((id) => names.get(id))
      .filter((name): name is string => name !== undefined)
      .sort((a, b) => a.localeCompare(b, 'nl'))
      .join(', ');
  }
}
