import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { PlanSummary } from '@wk/contracts';
import { WijkenApi } from '@wk/web/admin/data-access';
import { PlansApi } from '@wk/web/plans/data-access';
import { createLoader, I18nService, LoadStateComponent, NotificationStore, SessionStore, TranslatePipe } from '@wk/web/core';
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
import { PLAN_STATUS_LABELS, PLAN_STATUS_VARIANTS, formatHorizon } from '../util/format';

/** `/plannen` and `/plannen?wijk=<id>`: every revision of every plan, newest revision first per plan. */
@Component({
  selector: 'wk-plans-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    DataTableCellDirective,
    DataTableComponent,
    LoadStateComponent,
    ReactiveFormsModule,
    AlertComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    RouterLink,
    StatusBadgeComponent,
    TranslatePipe,
  ],
  template: `
    <wk-page-heading [heading]="'plans.heading' | t" [lead]="'plans.lead' | t">
      @if (canCreate() && hasWijken()) {
        <a wkButton="primary" routerLink="/plannen/nieuw" [queryParams]="wijk() ? { wijk: wijk() } : {}">{{ 'plans.add' | t }}</a>
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
          <select id="plannen-wijk" class="utrecht-select utrecht-select--html-select wk-select" [formControl]="selectedWijk">
            <option value="">{{ 'plans.filter.all' | t }}</option>
            @for (w of wijken.value() ?? []; track w.id) {
              <option [value]="w.id">{{ w.name }}</option>
            }
          </select>
        </div>
      </div>
      <button type="submit" wkButton>{{ 'plans.filter.apply' | t }}</button>
    </form>

    <wk-live-status [text]="liveText()" />

    <wk-load-state [loader]="data" [empty]="data.value()?.items?.length === 0">{{
      (wijk() ? 'plans.emptyForWijk' : 'plans.empty') | t: { wijk: wijkName() }
    }}</wk-load-state>
    @if (data.state().status === 'ready') {
      @if (data.value(); as page) {
        @if (page.items.length > 0) {
          <wk-data-table [caption]="caption()" [columns]="columns()" [rows]="page.items" [trackBy]="byId">
            <ng-template wkCell="title" [wkCellOf]="page.items" let-plan>
              <a class="utrecht-link" [routerLink]="['/plannen', plan.id]">{{ plan.title }}</a>
              @if (plan.demo) {
                <span class="wk-demo-label wk-block">{{ 'plans.demo' | t }}</span>
              }
            </ng-template>
            <ng-template wkCell="wijken" [wkCellOf]="page.items" let-plan>{{ wijkNames(plan) }}</ng-template>
            <ng-template wkCell="horizon" [wkCellOf]="page.items" let-plan
              ><span class="wk-nowrap">{{ horizon(plan) }}</span></ng-template
            >
            <ng-template wkCell="status" [wkCellOf]="page.items" let-plan>
              <wk-status-badge [label]="statusLabels[plan.status] | t" [variant]="statusVariants[plan.status]" />
            </ng-template>
            <ng-template wkCell="adopted" [wkCellOf]="page.items" let-plan>
              @if (plan.adoptedOn) {
                {{ formatDate(plan.adoptedOn) }}
                @if (plan.decisionReference) {
                  <span class="wk-muted wk-block">{{ plan.decisionReference }}</span>
                }
              } @else {
                <span class="wk-muted">{{ 'plans.notAdopted' | t }}</span>
              }
            </ng-template>
          </wk-data-table>
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
  /** The wijk chosen in the filter; applied by the button (a new URL). */
  readonly selectedWijk = new FormControl('', { nonNullable: true });

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

  readonly columns = computed<DataTableColumn<PlanSummary>[]>(() => [
    { key: 'title', label: this.#i18n.t('plans.col.title') },
    { key: 'wijken', label: this.#i18n.t('plans.col.wijken') },
    { key: 'horizon', label: this.#i18n.t('plans.col.horizon') },
    { key: 'status', label: this.#i18n.t('plans.col.status') },
    { key: 'revision', label: this.#i18n.t('plans.col.revision'), numeric: true },
    { key: 'adopted', label: this.#i18n.t('plans.col.adopted') },
  ]);
  readonly byId = (plan: PlanSummary): string => plan.id;

  constructor() {
    // The filter shows the wijk of the URL (also after going back).
    effect(() => this.selectedWijk.setValue(this.wijk() ?? ''));
  }

  wijkNames(plan: PlanSummary): string {
    return plan.wijken.map((w) => w.name).join(', ');
  }

  horizon(plan: PlanSummary): string {
    return formatHorizon(plan.startYear, plan.endYear);
  }

  formatDate(date: string): string {
    return this.#i18n.formatDate(date);
  }

  applyFilter(event: Event): void {
    event.preventDefault();
    const wijk = this.selectedWijk.value;
    void this.#router.navigate(['/plannen'], { queryParams: wijk ? { wijk } : {} });
  }
}
