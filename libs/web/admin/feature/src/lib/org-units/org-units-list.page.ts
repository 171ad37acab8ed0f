import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
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
import { AlertComponent, BreadcrumbComponent, LiveStatusComponent, PageHeadingComponent } from '@wk/web/shared/ui';
import { map } from 'rxjs';

/** `/beheer/organisatieonderdelen`: departments of the gemeente and outside partners. */
@Component({
  selector: 'wk-org-units-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, AlertComponent, BreadcrumbComponent, LiveStatusComponent, PageHeadingComponent, RouterLink, TranslatePipe],
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
