import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Tenant } from '@wk/contracts';
import { PlatformApi } from '@wk/web/admin/data-access';
import { createLoader, I18nService, LoadStateComponent, NotificationStore, TranslatePipe } from '@wk/web/core';
import {
  AlertComponent,
  ButtonDirective,
  DataTableCellDirective,
  type DataTableColumn,
  DataTableComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  StatusBadgeComponent,
} from '@wk/web/shared/ui';
import { map } from 'rxjs';

/** `/platform/gemeenten`: the gemeenten on this installation (platform operator only). */
@Component({
  selector: 'wk-tenants-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    DataTableCellDirective,
    DataTableComponent,
    LoadStateComponent,
    AlertComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    RouterLink,
    StatusBadgeComponent,
    TranslatePipe,
  ],
  template: `
    <wk-page-heading [heading]="'tenants.heading' | t" [lead]="'tenants.lead' | t">
      <a wkButton="primary" routerLink="nieuw">{{ 'tenants.add' | t }}</a>
    </wk-page-heading>

    @if (flash) {
      <wk-alert type="ok"
        ><p class="utrecht-paragraph">{{ flash.key | t: flash.params }}</p></wk-alert
      >
    }
    <wk-live-status [text]="liveText()" />

    <wk-load-state [loader]="data" [empty]="data.value()?.length === 0">{{ 'tenants.empty' | t }}</wk-load-state>
    @if (data.state().status === 'ready') {
      @if (data.value(); as tenants) {
        @if (tenants.length > 0) {
          <wk-data-table
            [caption]="'tenants.caption' | t: { count: tenants.length }"
            [columns]="columns()"
            [rows]="tenants"
            [trackBy]="byId"
          >
            <ng-template wkCell="name" [wkCellOf]="tenants" let-tenant>
              <span class="wk-swatch" [style.background-color]="tenant.theme.primaryColor" aria-hidden="true"></span>
              <a class="utrecht-link" [routerLink]="tenant.id">{{ tenant.name }}</a>
            </ng-template>
            <ng-template wkCell="cbsCode" [wkCellOf]="tenants" let-tenant
              ><span class="wk-code">{{ tenant.cbsCode }}</span></ng-template
            >
            <ng-template wkCell="slug" [wkCellOf]="tenants" let-tenant
              ><span class="wk-code">{{ tenant.slug }}</span></ng-template
            >
            <ng-template wkCell="created" [wkCellOf]="tenants" let-tenant>{{ formatDate(tenant.createdAt) }}</ng-template>
            <ng-template wkCell="status" [wkCellOf]="tenants" let-tenant>
              <wk-status-badge
                [label]="(tenant.active ? 'tenants.status.active' : 'tenants.status.inactive') | t"
                [variant]="tenant.active ? 'success' : 'inactive'"
              />
            </ng-template>
          </wk-data-table>
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

  readonly columns = computed<DataTableColumn<Tenant>[]>(() => [
    { key: 'name', label: this.#i18n.t('tenants.col.name'), sortValue: (tenant) => tenant.name },
    { key: 'cbsCode', label: this.#i18n.t('tenants.col.cbsCode'), sortValue: (tenant) => tenant.cbsCode },
    { key: 'slug', label: this.#i18n.t('tenants.col.slug') },
    { key: 'created', label: this.#i18n.t('tenants.col.created'), sortValue: (tenant) => tenant.createdAt },
    { key: 'status', label: this.#i18n.t('tenants.col.status') },
  ]);
  readonly byId = (tenant: Tenant): string => tenant.id;

  formatDate(iso: string): string {
    return this.#i18n.formatDate(iso);
  }
}
