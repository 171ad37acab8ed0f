import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PlatformApi } from '@wk/web/admin/data-access';
import { createLoader, I18nService, LoadStateComponent, NotificationStore, TranslatePipe } from '@wk/web/core';
import { AlertComponent, LiveStatusComponent, PageHeadingComponent, StatusBadgeComponent } from '@wk/web/shared/ui';
import { map } from 'rxjs';

/** `/platform/gemeenten`: the gemeenten on this installation (platform operator only). */
@Component({
  selector: 'wk-tenants-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, AlertComponent, LiveStatusComponent, PageHeadingComponent, RouterLink, StatusBadgeComponent, TranslatePipe],
  template: `
    <wk-page-heading [heading]="'tenants.heading' | t" [lead]="'tenants.lead' | t">
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="nieuw">{{
        'tenants.add' | t
      }}</a>
    </wk-page-heading>

    @if (flash) {
      <wk-alert type="ok"
        ><p class="utrecht-paragraph">{{ flash.key | t: flash.params }}</p></wk-alert
      >
    }
    <wk-live-status [text]="liveText()" />

    <wk-load-state [loader]="data" />
    @if (data.state().status === 'ready') {
      @if (data.value(); as tenants) {
        @if (tenants.length === 0) {
          <div class="wk-empty">
            <p class="utrecht-paragraph">{{ 'tenants.empty' | t }}</p>
          </div>
        } @else {
          <div class="utrecht-table-container wk-table-container">
            <table class="utrecht-table utrecht-table--html-table wk-table">
              <caption class="utrecht-table__caption wk-table__caption">
                {{
                  'tenants.caption' | t: { count: tenants.length }
                }}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">{{ 'tenants.col.name' | t }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ 'tenants.col.cbsCode' | t }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ 'tenants.col.slug' | t }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ 'tenants.col.created' | t }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ 'tenants.col.status' | t }}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                @for (tenant of tenants; track tenant.id) {
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell wk-table__row-header" scope="row">
                      <span class="wk-swatch" [style.background-color]="tenant.theme.primaryColor" aria-hidden="true"></span>
                      <a class="utrecht-link" [routerLink]="tenant.id">{{ tenant.name }}</a>
                    </th>
                    <td class="utrecht-table__cell">
                      <span class="wk-code">{{ tenant.cbsCode }}</span>
                    </td>
                    <td class="utrecht-table__cell">
                      <span class="wk-code">{{ tenant.slug }}</span>
                    </td>
                    <td class="utrecht-table__cell">{{ formatDate(tenant.createdAt) }}</td>
                    <td class="utrecht-table__cell">
                      <wk-status-badge
                        [label]="(tenant.active ? 'tenants.status.active' : 'tenants.status.inactive') | t"
                        [variant]="tenant.active ? 'success' : 'inactive'"
                      />
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    }
  `,
})
export class TenantsListPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(PlatformApi);

  readonly flash = inject(NotificationStore).take();
  readonly data = createLoader(() =>
    this.#api.listTenants().pipe(map((page) => [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'nl')))),
  );
  readonly liveText = computed(() => {
    const state = this.data.state();
    if (state.status === 'loading') {
      return this.#i18n.t('common.loading');
    }
    return state.status === 'error' ? this.data.errorText() : this.#i18n.t('tenants.count', { count: state.value.length });
  });

  formatDate(iso: string): string {
    return this.#i18n.formatDate(iso);
  }
}
