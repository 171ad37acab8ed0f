import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { WijkenApi } from '@wk/web/admin/data-access';
import { createLoader, I18nService, LoadStateComponent, NotificationStore, SessionStore, TranslatePipe, API_BASE } from '@wk/web/core';
import { ButtonDirective, AlertComponent, BreadcrumbComponent, LiveStatusComponent, PageHeadingComponent } from '@wk/web/shared/ui';
import { map } from 'rxjs';
import { WijkenTableComponent } from './wijken-table.component';

/** `/wijken` (every role, read) and `/beheer/wijken` (route data `manage: true`; admins change). */
@Component({
  selector: 'wk-wijken-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    LoadStateComponent,
    AlertComponent,
    BreadcrumbComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    RouterLink,
    TranslatePipe,
    WijkenTableComponent,
  ],
  templateUrl: './wijken-list.page.html',
})
export class WijkenListPage {
  /** The list as CSV (semicolon-separated, for Dutch Excel). */
  readonly csvUrl = `${API_BASE}/csv-exports/wijken`;
  readonly #i18n = inject(I18nService);
  readonly #api = inject(WijkenApi);
  readonly #session = inject(SessionStore);

  /** Route data: the admin variant under /beheer. */
  readonly manage = input(false);

  readonly isAdmin = this.#session.isAdmin;
  readonly canEdit = computed(() => this.manage() && this.isAdmin());
  readonly linkBase = computed(() => (this.canEdit() ? '/beheer/wijken' : '/wijken'));
  readonly tenantName = computed(() => this.#session.tenant()?.name ?? '');
  readonly flash = inject(NotificationStore).take();
  readonly breadcrumb = computed(() => (this.manage() ? [{ label: this.#i18n.t('admin.heading'), path: '/beheer' }] : []));

  readonly data = createLoader(() =>
    this.#api.list().pipe(
      map((page) => ({
        total: page.total,
        wijken: [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      })),
    ),
  );

  readonly caption = computed(() =>
    this.#i18n.t('wijken.caption', { gemeente: this.tenantName(), count: this.data.value()?.wijken.length ?? 0 }),
  );

  readonly liveText = computed(() => {
    const state = this.data.state();
    if (state.status === 'loading') {
      return this.#i18n.t('common.loading');
    }
    return state.status === 'error' ? this.data.errorText() : this.#i18n.t('wijken.count', { count: state.value.wijken.length });
  });
}
