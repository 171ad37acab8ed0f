import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { PlanSummary } from '@wk/contracts';
import { WijkenApi } from '@wk/web/admin/data-access';
import { PlansApi } from '@wk/web/plans/data-access';
import { createLoader, I18nService, LoadStateComponent, NotificationStore, SessionStore, TranslatePipe } from '@wk/web/core';
import { AlertComponent, LiveStatusComponent, PageHeadingComponent, StatusBadgeComponent } from '@wk/web/shared/ui';
import { map } from 'rxjs';
import { PLAN_STATUS_LABELS, PLAN_STATUS_VARIANTS, formatHorizon } from '../util/format';

/** `/plannen` and `/plannen?wijk=<id>`: every revision of every plan, newest revision first per plan. */
@Component({
  selector: 'wk-plans-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, AlertComponent, LiveStatusComponent, PageHeadingComponent, RouterLink, StatusBadgeComponent, TranslatePipe],
  template: `
    <wk-page-heading [heading]="'plans.heading' | t" [lead]="'plans.lead' | t">
      @if (canCreate() && hasWijken()) {
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          routerLink="/plannen/nieuw"
          [queryParams]="wijk() ? { wijk: wijk() } : {}"
          >{{ 'plans.add' | t }}</a
        >
      }
    </wk-page-heading>

    @if (canCreate() && wijken.value()?.length === 0) {
      <wk-alert type="info" [heading]="'plans.noWijken.heading' | t">
        <p class="utrecht-paragraph">{{ 'plans.noWijken.text' | t }}</p>
        @if (isAdmin()) {
          <p class="utrecht-paragraph">
            <a class="utrecht-link" routerLink="/beheer/wijken/nieuw">{{ 'plans.noWijken.link' | t }}</a>
          </p>
        }
      </wk-alert>
    }

    @if (flash) {
      <wk-alert type="ok"
        ><p class="utrecht-paragraph">{{ flash.key | t: flash.params }}</p></wk-alert
      >
    }

    <form class="wk-filter" role="search" [attr.aria-label]="'plans.filter.label' | t" (submit)="applyFilter($event)">
      <div class="utrecht-form-field wk-form-field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="plannen-wijk">{{ 'plans.filter.wijk' | t }}</label>
        </div>
        <div class="utrecht-form-field__input">
          <select id="plannen-wijk" class="utrecht-select utrecht-select--html-select wk-select" (change)="chooseWijk($event)">
            <option value="" [selected]="selectedWijk() === ''">{{ 'plans.filter.all' | t }}</option>
            @for (w of wijken.value() ?? []; track w.id) {
              <option [value]="w.id" [selected]="w.id === selectedWijk()">{{ w.name }}</option>
            }
          </select>
        </div>
      </div>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">{{ 'plans.filter.apply' | t }}</button>
    </form>

    <wk-live-status [text]="liveText()" />

    <wk-load-state [loader]="data" />
    @if (data.state().status === 'ready') {
      @if (data.value(); as page) {
        @if (page.items.length === 0) {
          <div class="wk-empty">
            <p class="utrecht-paragraph">{{ (wijk() ? 'plans.emptyForWijk' : 'plans.empty') | t: { wijk: wijkName() } }}</p>
          </div>
        } @else {
          <div class="utrecht-table-container wk-table-container">
            <table class="utrecht-table utrecht-table--html-table wk-table">
              <caption class="utrecht-table__caption wk-table__caption">
                {{
                  caption()
                }}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">{{ 'plans.col.title' | t }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ 'plans.col.wijken' | t }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ 'plans.col.horizon' | t }}</th>
                  <th class="utrecht-table__header-cell" scope="col">{{ 'plans.col.status' | t }}</th>
                  <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
                    {{ 'plans.col.revision' | t }}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">{{ 'plans.col.adopted' | t }}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                @for (plan of page.items; track plan.id) {
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell wk-table__row-header" scope="row">
                      <a class="utrecht-link" [routerLink]="['/plannen', plan.id]">{{ plan.title }}</a>
                      @if (plan.demo) {
                        <span class="wk-demo-label wk-block">{{ 'plans.demo' | t }}</span>
                      }
                    </th>
                    <td class="utrecht-table__cell">{{ wijkNames(plan) }}</td>
                    <td class="utrecht-table__cell wk-nowrap">{{ horizon(plan) }}</td>
                    <td class="utrecht-table__cell">
                      <wk-status-badge [label]="statusLabels[plan.status] | t" [variant]="statusVariants[plan.status]" />
                    </td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{{ plan.revision }}</td>
                    <td class="utrecht-table__cell">
                      @if (plan.adoptedOn) {
                        {{ formatDate(plan.adoptedOn) }}
                        @if (plan.decisionReference) {
                          <span class="wk-muted wk-block">{{ plan.decisionReference }}</span>
                        }
                      } @else {
                        <span class="wk-muted">{{ 'plans.notAdopted' | t }}</span>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (page.total > page.items.length) {
            <p class="utrecht-paragraph wk-muted">{{ 'common.partial' | t: { shown: page.items.length, total: page.total } }}</p>
          }
        }
      }
    }
  `,
})
export class PlansListPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(PlansApi);
  readonly #session = inject(SessionStore);
  readonly #router = inject(Router);

  /** Query parameter `wijk`: show only the plans for this wijk. */
  readonly wijk = input<string | undefined>(undefined);

  readonly statusLabels = PLAN_STATUS_LABELS;
  readonly statusVariants = PLAN_STATUS_VARIANTS;
  readonly canCreate = computed(() => this.#session.hasRole('admin', 'planner'));
  readonly flash = inject(NotificationStore).take();
  readonly selectedWijk = linkedSignal(() => this.wijk() ?? '');

  readonly #wijkenApi = inject(WijkenApi);
  readonly wijken = createLoader(() =>
    this.#wijkenApi.list().pipe(map((page) => [...page.items].sort((a, b) => a.name.localeCompare(b.name, 'nl')))),
  );
  readonly data = createLoader(() => this.#api.list(this.wijk() ?? null));
  /** A plan belongs to wijken: "new plan" is offered once the gemeente has one. */
  readonly hasWijken = computed(() => (this.wijken.value()?.length ?? 0) > 0);
  readonly isAdmin = computed(() => this.#session.hasRole('admin'));

  readonly wijkName = computed(() => this.wijken.value()?.find((w) => w.id === this.wijk())?.name ?? '');
  readonly caption = computed(() => {
    const count = this.data.value()?.items.length ?? 0;
    const gemeente = this.#session.tenant()?.name ?? '';
    return this.wijk()
      ? this.#i18n.t('plans.captionForWijk', { wijk: this.wijkName(), count })
      : this.#i18n.t('plans.caption', { gemeente, count });
  });
  readonly liveText = computed(() => {
    const state = this.data.state();
    if (state.status === 'loading') {
      return this.#i18n.t('common.loading');
    }
    return state.status === 'error' ? this.data.errorText() : this.#i18n.t('plans.count', { count: state.value.items.length });
  });

  wijkNames(plan: PlanSummary): string {
    return plan.wijken.map((w) => w.name).join(', ');
  }

  horizon(plan: PlanSummary): string {
    return formatHorizon(plan.startYear, plan.endYear);
  }

  formatDate(date: string): string {
    return this.#i18n.formatDate(date);
  }

  chooseWijk(event: Event): void {
    this.selectedWijk.set((event.target as HTMLSelectElement).value);
  }

  applyFilter(event: Event): void {
    event.preventDefault();
    const wijk = this.selectedWijk();
    void this.#router.navigate(['/plannen'], { queryParams: wijk ? { wijk } : {} });
  }
}
