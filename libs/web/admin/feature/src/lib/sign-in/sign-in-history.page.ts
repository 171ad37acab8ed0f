import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { OIDC_REFUSALS, type SignInEvent } from '@wk/contracts';
import { IdentityProviderApi } from '@wk/web/admin/data-access';
import { createLoader, I18nService, LoadStateComponent, TranslatePipe, type TranslationKey } from '@wk/web/core';
import {
  BreadcrumbComponent,
  DataTableCellDirective,
  DataTableComponent,
  PageHeadingComponent,
  StatusBadgeComponent,
  type DataTableColumn,
} from '@wk/web/shared/ui';
import { map } from 'rxjs';

/** Short reasons for the table; a code the page does not know is shown as it is. */
const REASONS: Record<string, TranslationKey> = {
  wrong_password: 'signIns.reason.wrong_password',
  ...Object.fromEntries(OIDC_REFUSALS.map((code) => [code, `signIns.reason.${code}` as TranslationKey])),
};

/** `/beheer/inloggen/geschiedenis`: who of the gemeente signed in, when, how and from where, and what was refused. */
@Component({
  selector: 'wk-sign-in-history-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BreadcrumbComponent,
    DataTableCellDirective,
    DataTableComponent,
    LoadStateComponent,
    PageHeadingComponent,
    StatusBadgeComponent,
    TranslatePipe,
  ],
  template: `
    <wk-breadcrumb [label]="'common.breadcrumb' | t" [items]="breadcrumb()" />
    <wk-page-heading [heading]="'signIns.heading' | t" [lead]="'signIns.lead' | t" />
    <wk-load-state [loader]="data" [empty]="data.value()?.length === 0">{{ 'signIns.empty' | t }}</wk-load-state>
    @if (data.value(); as events) {
      @if (events.length > 0) {
        <wk-data-table [caption]="'signIns.caption' | t: { count: events.length }" [columns]="columns()" [rows]="events">
          <ng-template wkCell="at" [wkCellOf]="events" let-e>{{ i18n.formatDateTime(e.at) }}</ng-template>
          <ng-template wkCell="who" [wkCellOf]="events" let-e>
            {{ e.userName ?? ('signIns.unknownPerson' | t) }}
            @if (e.email) {
              <br /><span class="wk-muted">{{ e.email }}</span>
            }
          </ng-template>
          <ng-template wkCell="method" [wkCellOf]="events" let-e>{{
            (e.signInMethod === 'oidc' ? 'sessions.method.oidc' : 'sessions.method.password') | t
          }}</ng-template>
          <ng-template wkCell="result" [wkCellOf]="events" let-e>
            @if (e.result === 'ok') {
              <wk-status-badge [label]="'signIns.result.ok' | t" variant="success" />
            } @else {
              <wk-status-badge [label]="'signIns.result.refused' | t" variant="danger" />
              @if (e.reason) {
                <br />{{ reasonText(e.reason) }}
              }
            }
          </ng-template>
          <ng-template wkCell="ip" [wkCellOf]="events" let-e>{{ e.ip ?? ('common.none' | t) }}</ng-template>
        </wk-data-table>
        <p class="utrecht-paragraph wk-muted">{{ 'signIns.help' | t }}</p>
      }
    }
  `,
})
export class SignInHistoryPage {
  readonly i18n = inject(I18nService);
  readonly #api = inject(IdentityProviderApi);

  readonly breadcrumb = computed(() => [{ label: this.i18n.t('admin.heading'), path: '/beheer' }]);
  readonly data = createLoader(() => this.#api.signIns().pipe(map((answer) => answer.items)));

  readonly columns = computed<DataTableColumn<SignInEvent>[]>(() => [
    { key: 'at', label: this.i18n.t('signIns.col.at'), sortValue: (e) => e.at },
    { key: 'who', label: this.i18n.t('signIns.col.who'), sortValue: (e) => e.userName ?? e.email ?? '' },
    { key: 'method', label: this.i18n.t('sessions.col.method') },
    { key: 'result', label: this.i18n.t('signIns.col.result'), sortValue: (e) => e.result },
    { key: 'ip', label: this.i18n.t('sessions.col.ip') },
  ]);

  reasonText(code: string): string {
    const key = REASONS[code];
    return key ? this.i18n.t(key) : code;
  }
}
