import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { WijkenApi } from '@wk/web/admin/data-access';
import { createLoader, I18nService, LoadStateComponent, SessionStore, TranslatePipe } from '@wk/web/core';
import { ButtonDirective, BreadcrumbComponent, PageHeadingComponent } from '@wk/web/shared/ui';
import { AuditHistoryComponent } from './audit-history.component';
import { CbsUnitsComponent } from './cbs-units.component';

/** `/wijken/:id`: one wijk, readable by every role. */
@Component({
  selector: 'wk-wijk-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    LoadStateComponent,
    AuditHistoryComponent,
    BreadcrumbComponent,
    CbsUnitsComponent,
    PageHeadingComponent,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <wk-breadcrumb [label]="'common.breadcrumb' | t" [items]="breadcrumb()" />
    @if (data.state().status !== 'ready') {
      <wk-page-heading [heading]="'wijkDetail.title' | t" />
    }
    <wk-load-state [loader]="data" [notFoundPage]="true" />
    @if (data.state().status === 'ready') {
      @if (data.value(); as wijk) {
        <wk-page-heading [preHeading]="'wijkDetail.title' | t" [heading]="wijk.name">
          <div class="wk-button-row">
            <a wkButton="primary" routerLink="/plannen" [queryParams]="{ wijk: wijk.id }">{{ 'wijkDetail.plans' | t }}</a>
            <a wkButton [routerLink]="['/indicatoren/wijken', wijk.id]">{{ 'wijkDetail.indicators' | t }}</a>
            @if (isAdmin()) {
              <a wkButton [routerLink]="['/beheer/wijken', wijk.id]">{{ 'wijkDetail.edit' | t }}</a>
            }
          </div>
        </wk-page-heading>

        <dl class="wk-facts">
          <div class="wk-facts__row">
            <dt class="wk-facts__key">{{ 'wijkForm.cbsUnits.legend' | t }}</dt>
            <dd class="wk-facts__value"><wk-cbs-units [units]="wijk.cbsUnits" /></dd>
          </div>
          <div class="wk-facts__row">
            <dt class="wk-facts__key">{{ 'wijkForm.field.population' | t }}</dt>
            <dd class="wk-facts__value">
              @if (wijk.population !== null) {
                {{ formatNumber(wijk.population) }}
                @if (wijk.populationYear) {
                  ({{ wijk.populationYear }})
                }
                <span class="wk-muted wk-block">
                  {{ 'wijkDetail.source' | t }}: {{ wijk.populationSource || ('wijken.sourceUnknown' | t) }}
                </span>
              } @else {
                <span class="wk-muted">{{ 'common.unknown' | t }}</span>
              }
            </dd>
          </div>
          <div class="wk-facts__row">
            <dt class="wk-facts__key">{{ 'wijkForm.field.roleInCity' | t }}</dt>
            <dd class="wk-facts__value wk-prose">
              {{ wijk.roleInCity || ('wijkDetail.noRole' | t) }}
            </dd>
          </div>
        </dl>

        @if (canReadHistory()) {
          <wk-audit-history objectType="wijk" [objectId]="wijk.id" [name]="wijk.name" />
        }
      }
    }
  `,
})
export class WijkDetailPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(WijkenApi);
  readonly #session = inject(SessionStore);

  /** Route parameter. */
  readonly id = input.required<string>();

  readonly isAdmin = this.#session.isAdmin;
  /** The audit log is for admin, planner and viewer (not for contributors). */
  readonly canReadHistory = computed(() => this.#session.hasRole('admin', 'planner', 'viewer'));
  readonly breadcrumb = computed(() => [{ label: this.#i18n.t('wijken.heading'), path: '/wijken' }]);
  readonly data = createLoader(() => this.#api.get(this.id()));

  formatNumber(value: number): string {
    return this.#i18n.formatNumber(value);
  }
}
