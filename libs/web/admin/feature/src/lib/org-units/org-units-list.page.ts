import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { OrgUnit } from '@wk/contracts';
import { OrgUnitsApi } from '@wk/web/admin/data-access';
import {
  createLoader,
  I18nService,
  LoadStateComponent,
  NotificationStore,
  ORG_UNIT_KIND_LABELS,
  SessionStore,
  TranslatePipe,
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
} from '@wk/web/shared/ui';
import { map } from 'rxjs';

/** `/beheer/organisatieonderdelen`: departments of the gemeente and outside partners. */
@Component({
  selector: 'wk-org-units-list-page',
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
    TranslatePipe,
  ],
  templateUrl: './org-units-list.page.html',
})
export class OrgUnitsListPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(OrgUnitsApi);
  readonly #session = inject(SessionStore);

  readonly kindLabels = ORG_UNIT_KIND_LABELS;
  readonly isAdmin = this.#session.isAdmin;
  readonly tenantName = computed(() => this.#session.tenant()?.name ?? '');
  readonly flash = inject(NotificationStore).take();
  readonly breadcrumb = computed(() => [{ label: this.#i18n.t('admin.heading'), path: '/beheer' }]);

  readonly data = createLoader(() =>
    this.#api.list().pipe(
      map((page) => ({
        total: page.total,
        units: [...page.items].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'nl')),
      })),
    ),
  );

  readonly columns = computed<DataTableColumn<OrgUnit>[]>(() => [
    { key: 'name', label: this.#i18n.t('orgUnits.col.name'), sortValue: (unit) => unit.name },
    { key: 'kind', label: this.#i18n.t('orgUnits.col.kind'), sortValue: (unit) => this.#i18n.t(ORG_UNIT_KIND_LABELS[unit.kind]) },
    { key: 'description', label: this.#i18n.t('orgUnits.col.description') },
    { key: 'members', label: this.#i18n.t('orgUnits.col.members'), numeric: true, sortValue: (unit) => unit.memberCount },
  ]);
  readonly byId = (unit: OrgUnit): string => unit.id;

  readonly liveText = computed(() => {
    const state = this.data.state();
    if (state.status === 'loading') {
      return this.#i18n.t('common.loading');
    }
    return state.status === 'error' ? this.data.errorText() : this.#i18n.t('orgUnits.count', { count: state.value.units.length });
  });

  formatNumber(value: number): string {
    return this.#i18n.formatNumber(value);
  }
}
