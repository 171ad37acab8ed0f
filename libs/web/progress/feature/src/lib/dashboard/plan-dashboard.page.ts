import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ACTION_STATUSES, type ClosedPeriod, ROLLUP_THRESHOLD } from '@wk/contracts';
import { formatEuroCents } from '@wk/util';
import { PlanStore } from '@wk/web/plans/data-access';
import { ProgressApi } from '@wk/web/progress/data-access';
import { createLoader, I18nService, LoadErrorComponent, SessionStore, TranslatePipe } from '@wk/web/core';
import {
  AlertComponent,
  BarChartComponent,
  type BarChartItem,
  ColumnChartComponent,
  type ColumnGroup,
  type ColumnSeries,
  LineChartComponent,
  LiveStatusComponent,
  LoadingComponent,
  StatusBadgeComponent,
} from '@wk/web/shared/ui';
import { NEVER, firstValueFrom } from 'rxjs';
import { courseYears } from '../util/dashboard';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUS_TONES,
  ROLLUP_STATUS_LABELS,
  ROLLUP_STATUS_VARIANTS,
  blockLabel,
  formatEuroShort,
  formatPercent,
  periodLabel,
} from '../util/format';
import { ClosePeriodFormComponent } from './close-period-form.component';
import { PlanMilestonesComponent } from './plan-milestones.component';
import { RollupSectionComponent } from './rollup-section.component';

/** The sections of the page, for the "on this page" links. */
const SECTIONS = [
  { id: 'voortgang-rekenregel', key: 'dashboard.rule.heading' },
  { id: 'voortgang-bouwstenen', key: 'dashboard.blocks.heading' },
  { id: 'voortgang-pijlers', key: 'dashboard.pillars.heading' },
  { id: 'voortgang-status', key: 'dashboard.status.heading' },
  { id: 'voortgang-te-laat', key: 'dashboard.overdue.nav' },
  { id: 'voortgang-mijlpalen', key: 'dashboard.milestones.heading' },
  { id: 'voortgang-budget', key: 'dashboard.budget.heading' },
  { id: 'voortgang-verloop', key: 'dashboard.course.heading' },
  { id: 'voortgang-perioden', key: 'dashboard.closed.heading' },
] as const;

/**
 * `/plannen/:id/voortgang`: how the plan's actions stand. The roll-up rule in plain words; progress
 * per block and per pillar; actions by status; overdue updates; budget planned and spent per year;
 * the course of each block over the years; closed periods (and closing one, for planners). Every
 * chart has a table with the same figures.
 */
@Component({
  selector: 'wk-plan-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AlertComponent,
    BarChartComponent,
    ClosePeriodFormComponent,
    ColumnChartComponent,
    LineChartComponent,
    LiveStatusComponent,
    LoadingComponent,
    PlanMilestonesComponent,
    RollupSectionComponent,
    RouterLink,
    StatusBadgeComponent,
    TranslatePipe,
    LoadErrorComponent,
  ],
  template: `
    <h2 class="utrecht-heading-2 wk-tab-heading">{{ 'dashboard.heading' | t }}</h2>
    <wk-live-status [text]="liveText()" />
    @if (store.plan(); as plan) {
      @if (plan.status !== 'adopted') {
        <wk-alert type="info">
          <p class="utrecht-paragraph">{{ notAdoptedText() }}</p>
          @if (adopted(); as a) {
            <p class="utrecht-paragraph">
              <a class="utrecht-link" [routerLink]="['/plannen', a.id, 'voortgang']">{{ 'dashboard.toAdopted' | t: { revision: a.revision } }}</a>
            </p>
          }
        </wk-alert>
      }
    }
    @switch (data.state().status) {
      @case ('loading') {
        <wk-loading [text]="'common.loading' | t" />
      }
      @case ('error') {
        <wk-load-error [loader]="data" />
      }
      @case ('ready') {
        @if (data.value(); as d) {
          <p class="utrecht-paragraph">
            {{ (d.plan.cadence === 'yearly' ? 'dashboard.lead.yearly' : 'dashboard.lead.quarterly') | t: { date: formatDate(d.asOf) } }}
          </p>
          @if (d.plan.demo) {
            <p class="utrecht-paragraph"><span class="wk-demo-label">{{ 'dashboard.demo' | t }}</span></p>
          }
          @if (d.preview) {
            <wk-alert type="info" [heading]="'dashboard.preview.heading' | t">
              <p class="utrecht-paragraph">{{ 'dashboard.preview.lead' | t }}</p>
            </wk-alert>
          }

          <nav class="wk-page-nav" [attr.aria-label]="'dashboard.pageNav' | t">
            <p class="utrecht-paragraph wk-page-nav__title" aria-hidden="true">{{ 'dashboard.pageNav' | t }}</p>
            <ul class="wk-page-nav__list">
              @for (section of sections; track section.id) {
                <li><a class="utrecht-link" [href]="'#' + section.id" (click)="jump($event, section.id)">{{ section.key | t }}</a></li>
              }
            </ul>
          </nav>

          <dl class="wk-stats wk-stats--wide">
            <div class="wk-stat">
              <dt class="wk-stat__label">{{ 'dashboard.total.progress' | t }}</dt>
              <dd class="wk-stat__value">
                <span class="wk-stat__number">{{ percent(d.total.progress) }}</span>
                <wk-status-badge [label]="rollupLabels[d.total.status] | t" [variant]="rollupVariants[d.total.status]" />
                <span class="wk-stat__note">{{ 'dashboard.total.expected' | t: { percent: percent(d.total.expected) } }}</span>
              </dd>
            </div>
            <div class="wk-stat">
              <dt class="wk-stat__label">{{ 'dashboard.total.actions' | t }}</dt>
              <dd class="wk-stat__value">
                <span class="wk-stat__number">{{ d.total.actions }}</span>
                {{ 'dashboard.total.reported' | t: { count: d.total.reported } }}
              </dd>
            </div>
            <div class="wk-stat">
              <dt class="wk-stat__label">{{ 'dashboard.total.budget' | t }}</dt>
              <dd class="wk-stat__value">
                <span class="wk-stat__number">{{ money(d.total.spentCents) }}</span>
                {{ 'dashboard.total.ofPlanned' | t: { amount: money(d.total.plannedCents) } }}
              </dd>
            </div>
            <div class="wk-stat" [class.wk-stat--danger]="d.overdue.length > 0">
              <dt class="wk-stat__label">{{ 'dashboard.total.overdue' | t }}</dt>
              <dd class="wk-stat__value"><span class="wk-stat__number">{{ d.overdue.length }}</span></dd>
            </div>
          </dl>

          <section class="wk-rule" aria-labelledby="voortgang-rekenregel">
            <h3 class="utrecht-heading-3 wk-rule__title" id="voortgang-rekenregel" tabindex="-1">{{ 'dashboard.rule.heading' | t }}</h3>
            <ul class="utrecht-unordered-list wk-rule__list">
              <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.average' | t }}</li>
              <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.weight' | t }}</li>
              <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.noBudget' | t }}</li>
              <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.cancelled' | t }}</li>
              <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.expected' | t }}</li>
            </ul>
            <p class="utrecht-paragraph wk-rule__subtitle">{{ 'dashboard.rule.status' | t }}</p>
            <ul class="utrecht-unordered-list wk-rule__list">
              <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.status.no_data' | t }}</li>
              <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.status.delayed' | t: { share: threshold } }}</li>
              <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.status.at_risk' | t: { share: threshold } }}</li>
              <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.status.completed' | t }}</li>
              <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.status.on_track' | t }}</li>
            </ul>
          </section>

          <section class="wk-section wk-section--separated" aria-labelledby="voortgang-bouwstenen">
            <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-bouwstenen" tabindex="-1">{{ 'dashboard.blocks.heading' | t }}</h3>
            <wk-rollup-section [rollups]="d.blocks" [caption]="'dashboard.blocks.caption' | t" [highlight]="fragment()" />
          </section>

          <section class="wk-section wk-section--separated" aria-labelledby="voortgang-pijlers">
            <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-pijlers" tabindex="-1">{{ 'dashboard.pillars.heading' | t }}</h3>
            <p class="utrecht-paragraph">{{ 'dashboard.pillars.lead' | t }}</p>
            <wk-rollup-section [rollups]="d.pillars" [caption]="'dashboard.pillars.caption' | t" [highlight]="fragment()" />
          </section>

          <section class="wk-section wk-section--separated" aria-labelledby="voortgang-status">
            <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-status" tabindex="-1">{{ 'dashboard.status.heading' | t }}</h3>
            <p class="utrecht-paragraph">{{ 'dashboard.status.lead' | t }}</p>
            <wk-bar-chart [label]="'dashboard.chartLabel' | t: { name: ('dashboard.status.caption' | t) }" [items]="statusBars()" [integer]="true" />
            <div class="utrecht-table-container wk-table-container wk-table-container--narrow">
              <table class="utrecht-table utrecht-table--html-table wk-table">
                <caption class="utrecht-table__caption wk-table__caption">{{ 'dashboard.tableCaption' | t: { name: ('dashboard.status.caption' | t) } }}</caption>
                <thead class="utrecht-table__header">
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.status' | t }}</th>
                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">{{ 'dashboard.col.actions' | t }}</th>
                  </tr>
                </thead>
                <tbody class="utrecht-table__body">
                  @for (bar of statusBars(); track bar.label) {
                    <tr class="utrecht-table__row">
                      <th class="utrecht-table__header-cell wk-table__row-header" scope="row">{{ bar.label }}</th>
                      <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{{ bar.valueText }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </section>

          <section class="wk-section wk-section--separated" aria-labelledby="voortgang-te-laat">
            <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-te-laat" tabindex="-1">
              {{ 'dashboard.overdue.heading' | t: { count: d.overdue.length } }}
            </h3>
            @if (d.overdue.length === 0) {
              <div class="wk-empty">
                <p class="utrecht-paragraph">{{ (d.preview ? 'dashboard.overdue.preview' : 'dashboard.overdue.empty') | t }}</p>
              </div>
            } @else {
              <p class="utrecht-paragraph">{{ 'dashboard.overdue.lead' | t }}</p>
              <div class="utrecht-table-container wk-table-container">
                <table class="utrecht-table utrecht-table--html-table wk-table">
                  <caption class="utrecht-table__caption wk-table__caption wk-visually-hidden">{{ 'dashboard.overdue.caption' | t: { count: d.overdue.length } }}</caption>
                  <thead class="utrecht-table__header">
                    <tr class="utrecht-table__row">
                      <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.action' | t }}</th>
                      <th class="utrecht-table__header-cell" scope="col">{{ 'action.lead' | t }}</th>
                      <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.period' | t }}</th>
                      <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.lateSince' | t }}</th>
                    </tr>
                  </thead>
                  <tbody class="utrecht-table__body">
                    @for (row of overdue(); track row.key) {
                      <tr class="utrecht-table__row">
                        <th class="utrecht-table__header-cell wk-table__row-header" scope="row">
                          <a class="utrecht-link" [routerLink]="['/acties', row.actionId]">{{ row.title }}</a>
                        </th>
                        <td class="utrecht-table__cell">
                          @if (row.lead; as lead) {
                            <a class="utrecht-link" [routerLink]="['/organisatieonderdelen', lead.id, 'acties']">{{ lead.name }}</a>
                          } @else {
                            <span class="wk-muted">{{ 'action.noLead' | t }}</span>
                          }
                        </td>
                        <td class="utrecht-table__cell">{{ row.period }}</td>
                        <td class="utrecht-table__cell wk-nowrap">{{ row.since }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }
          </section>

          <section class="wk-section wk-section--separated" aria-labelledby="voortgang-mijlpalen">
            <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-mijlpalen" tabindex="-1">{{ 'dashboard.milestones.heading' | t }}</h3>
            <wk-plan-milestones [planId]="d.plan.id" />
          </section>

          <section class="wk-section wk-section--separated" aria-labelledby="voortgang-budget">
            <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-budget" tabindex="-1">{{ 'dashboard.budget.heading' | t }}</h3>
            <p class="utrecht-paragraph">{{ 'dashboard.budget.lead' | t }}</p>
            <wk-column-chart [label]="'dashboard.chartLabel' | t: { name: ('dashboard.budget.caption' | t) }" [series]="budgetSeries()" [groups]="budgetGroups()" [format]="shortMoney" [legendLabel]="'dashboard.legend' | t" />
            <div class="utrecht-table-container wk-table-container wk-table-container--narrow">
              <table class="utrecht-table utrecht-table--html-table wk-table">
                <caption class="utrecht-table__caption wk-table__caption">{{ 'dashboard.tableCaption' | t: { name: ('dashboard.budget.caption' | t) } }}</caption>
                <thead class="utrecht-table__header">
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.year' | t }}</th>
                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">{{ 'dashboard.col.planned' | t }}</th>
                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">{{ 'dashboard.col.spent' | t }}</th>
                  </tr>
                </thead>
                <tbody class="utrecht-table__body">
                  @for (year of d.budgetByYear; track year.year) {
                    <tr class="utrecht-table__row">
                      <th class="utrecht-table__header-cell wk-table__row-header" scope="row">{{ year.year }}</th>
                      <td class="utrecht-table__cell utrecht-table__cell--numeric-data wk-nowrap">{{ money(year.plannedCents) }}</td>
                      <td class="utrecht-table__cell utrecht-table__cell--numeric-data wk-nowrap">{{ money(year.spentCents) }}</td>
                    </tr>
                  }
                </tbody>
                <tfoot>
                  <tr class="utrecht-table__row wk-table__total">
                    <th class="utrecht-table__header-cell wk-table__row-header" scope="row">{{ 'dashboard.total' | t }}</th>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-data wk-nowrap">{{ money(budgetTotal().planned) }}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-data wk-nowrap">{{ money(budgetTotal().spent) }}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>

          <section class="wk-section wk-section--separated" aria-labelledby="voortgang-verloop">
            <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-verloop" tabindex="-1">{{ 'dashboard.course.heading' | t }}</h3>
            <p class="utrecht-paragraph">{{ 'dashboard.course.lead' | t: { start: d.plan.startYear, end: d.plan.endYear } }}</p>
            <ul class="wk-course-grid">
              @for (c of course(); track c.key) {
                <li class="wk-course">
                  <p class="utrecht-paragraph wk-course__title">{{ c.label }}</p>
                  <wk-line-chart [label]="c.chartLabel" [points]="c.points" [xMin]="d.plan.startYear" [xMax]="d.plan.endYear" [topLabel]="percent(100)" />
                  <p class="utrecht-paragraph wk-course__last">{{ c.last }}</p>
                </li>
              }
            </ul>
            <div class="utrecht-table-container wk-table-container" tabindex="0" role="region" aria-labelledby="verloop-bijschrift">
              <table class="utrecht-table utrecht-table--html-table wk-table wk-table--auto">
                <caption class="utrecht-table__caption wk-table__caption" id="verloop-bijschrift">
                  {{ 'dashboard.tableCaption' | t: { name: ('dashboard.course.caption' | t) } }}
                </caption>
                <thead class="utrecht-table__header">
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.blockOrPillar' | t }}</th>
                    @for (year of years(); track year) {
                      <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">{{ 'dashboard.col.endOf' | t: { year: year } }}</th>
                    }
                  </tr>
                </thead>
                <tbody class="utrecht-table__body">
                  @for (c of course(); track c.key) {
                    <tr class="utrecht-table__row">
                      <th class="utrecht-table__header-cell wk-table__row-header" scope="row">{{ c.label }}</th>
                      @for (cell of c.cells; track $index) {
                        <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{{ cell }}</td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </section>

          <section class="wk-section wk-section--separated" aria-labelledby="voortgang-perioden">
            <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-perioden" tabindex="-1">{{ 'dashboard.closed.heading' | t }}</h3>
            <p class="utrecht-paragraph">{{ 'dashboard.closed.lead' | t }}</p>
            <div class="wk-live-area" role="status" aria-live="polite">
              @if (closedText(); as text) {
                <wk-alert type="ok" [announce]="false"><p class="utrecht-paragraph">{{ text }}</p></wk-alert>
              }
            </div>
            @if (d.closedPeriods.length === 0) {
              <p class="utrecht-paragraph wk-muted">{{ 'dashboard.closed.none' | t }}</p>
            } @else {
              <ul class="wk-plain-list wk-closed-list">
                @for (c of closedList(); track c.key) {
                  <li class="wk-plain-list__item">
                    <strong>{{ c.period }}</strong> – {{ c.by }}
                  </li>
                }
              </ul>
            }
            @if (canClose()) {
              @if (store.plan()?.status === 'adopted') {
                <wk-close-period-form [plan]="d.plan" [asOf]="d.asOf" [closed]="d.closedPeriods" (done)="periodClosed($event)" />
              } @else {
                <p class="utrecht-paragraph wk-muted">{{ 'dashboard.closed.onAdopted' | t }}</p>
              }
            }
          </section>
        }
      }
    }
  `,
})
export class PlanDashboardPage {
  readonly #i18n = inject(I18nService);
  readonly #session = inject(SessionStore);
  readonly #api = inject(ProgressApi);
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);
  readonly #t = this.#i18n.t.bind(this.#i18n);
  readonly store = inject(PlanStore);

  readonly sections = SECTIONS;
  readonly rollupLabels = ROLLUP_STATUS_LABELS;
  readonly rollupVariants = ROLLUP_STATUS_VARIANTS;
  /** "een kwart (25%)": the share of the weight that makes a block delayed or at risk. */
  readonly threshold = `${Math.round(ROLLUP_THRESHOLD * 100)}%`;
  readonly canClose = computed(() => this.#session.hasRole('admin', 'planner'));
  /** The `#voortgang-B3` the overview links to. */
  readonly fragment = toSignal(inject(ActivatedRoute).fragment, { initialValue: null });
  readonly closedText = signal<string | null>(null);

  readonly #planId = computed(() => this.store.plan()?.id ?? null);
  readonly data = createLoader(() => {
    const id = this.#planId();
    return id ? this.#api.dashboard(id) : NEVER;
  });

  readonly adopted = computed(() => {
    const plan = this.store.plan();
    const adopted = plan?.revisions.find((r) => r.status === 'adopted');
    return plan && adopted && adopted.id !== plan.id ? { id: adopted.id, revision: adopted.revision } : null;
  });
  readonly notAdoptedText = computed(() => {
    const plan = this.store.plan();
    if (!plan) {
      return '';
    }
    if (plan.status === 'archived') {
      return this.#i18n.t('dashboard.archived');
    }
    return this.adopted() ? this.#i18n.t('dashboard.draftWithAdopted', { revision: this.adopted()?.revision ?? '' }) : this.#i18n.t('dashboard.notAdoptedYet');
  });
  readonly liveText = computed(() => {
    const state = this.data.state();
    return state.status === 'loading' ? this.#i18n.t('common.loading') : state.status === 'error' ? this.data.errorText() : '';
  });

  readonly statusBars = computed<BarChartItem[]>(() => {
    const d = this.data.value();
    if (!d) {
      return [];
    }
    return ACTION_STATUSES.map((status) => ({
      label: this.#t(ACTION_STATUS_LABELS[status]),
      value: d.total.byStatus[status],
      valueText: String(d.total.byStatus[status]),
      tone: ACTION_STATUS_TONES[status],
    }));
  });
  readonly overdue = computed(() =>
    (this.data.value()?.overdue ?? []).map((o) => ({
      key: `${o.actionId}-${o.period.year}-${o.period.quarter ?? ''}`,
      actionId: o.actionId,
      title: o.title,
      lead: o.leadUnit,
      period: periodLabel(o.period, this.#t),
      since: this.#i18n.formatDate(o.deadline),
    })),
  );
  readonly budgetSeries = computed<ColumnSeries[]>(() => [
    { name: this.#t('dashboard.col.planned'), tone: 'primary' },
    { name: this.#t('dashboard.col.spent'), tone: 'info', hatched: true },
  ]);
  readonly budgetGroups = computed<ColumnGroup[]>(() =>
    (this.data.value()?.budgetByYear ?? []).map((y) => ({
      label: String(y.year),
      values: [y.plannedCents, y.spentCents],
      valueTexts: [this.money(y.plannedCents), this.money(y.spentCents)],
    })),
  );
  readonly budgetTotal = computed(() =>
    (this.data.value()?.budgetByYear ?? []).reduce((sum, y) => ({ planned: sum.planned + y.plannedCents, spent: sum.spent + y.spentCents }), { planned: 0, spent: 0 }),
  );
  readonly years = computed(() => courseYears(this.data.value()?.course ?? []));

  /** The last point of a course: "Nu (4 december 2026): 15,6%" for this year, "Eind 2025: 12%" for a year that is over. */
  lastText(last: { year: number; progress: number }, asOf: string): string {
    const percent = this.percent(last.progress);
    return last.year === Number(asOf.slice(0, 4))
      ? this.#t('dashboard.course.now', { date: this.#i18n.formatDate(asOf), percent })
      : this.#t('dashboard.course.last', { year: last.year, percent });
  }
  readonly course = computed(() => {
    const d = this.data.value();
    const language = this.#i18n.language();
    const years = this.years();
    return (d?.course ?? []).map((c) => {
      const label = blockLabel(c.block, c.pillar, this.#t, language);
      const points = c.points.map((p) => ({ x: p.year, y: p.progress }));
      const byYear = new Map(c.points.map((p) => [p.year, p.progress]));
      const described = c.points.map((p) => this.#t('dashboard.course.point', { year: p.year, percent: this.percent(p.progress) })).join(', ');
      const last = c.points[c.points.length - 1];
      return {
        key: `${c.block}${c.pillar ?? ''}`,
        label,
        points,
        chartLabel: `${label}: ${described || this.#t('dashboard.course.noPoints')}`,
        last: last && d ? this.lastText(last, d.asOf) : this.#t('dashboard.course.noPoints'),
        cells: years.map((year) => (byYear.has(year) ? this.percent(byYear.get(year) ?? 0) : '–')),
      };
    });
  });
  readonly closedList = computed(() =>
    (this.data.value()?.closedPeriods ?? []).map((c) => ({
      key: `${c.year}-${c.quarter ?? ''}`,
      period: periodLabel(c, this.#t),
      by: c.closedBy
        ? this.#t('dashboard.closed.by', { name: c.closedBy.name, date: this.#i18n.formatDate(c.closedAt) })
        : this.#t('dashboard.closed.on', { date: this.#i18n.formatDate(c.closedAt) }),
    })),
  );

  /** Formats cents for the chart's axis. */
  readonly shortMoney = (cents: number): string => formatEuroShort(cents, this.#i18n.language());

  constructor() {
    // Coming from the overview (#voortgang-B3): once the figures are there, move to that block
    // (once: not again when the figures are reloaded after closing a period).
    let handled: string | null = null;
    effect(() => {
      const fragment = this.fragment();
      if (fragment && fragment !== handled && this.data.state().status === 'ready') {
        handled = fragment;
        untracked(() => afterNextRender(() => this.#focus(fragment), { injector: this.#injector }));
      }
    });
  }

  percent(value: number): string {
    return formatPercent(value, this.#i18n.language());
  }

  money(cents: number): string {
    return formatEuroCents(cents, this.#i18n.language());
  }

  formatDate(iso: string): string {
    return this.#i18n.formatDate(iso);
  }

  /** The base href would turn `#id` into a navigation; move focus to the section instead. */
  jump(event: Event, id: string): void {
    event.preventDefault();
    this.#focus(id);
  }

  async periodClosed(closed: ClosedPeriod): Promise<void> {
    this.closedText.set(this.#t('dashboard.closed.done', { period: periodLabel(closed, this.#t) }));
    const id = this.#planId();
    if (!id) {
      return;
    }
    try {
      this.data.set(await firstValueFrom(this.#api.dashboard(id)));
    } catch {
      this.data.reload();
    }
  }

  #focus(id: string): void {
    const target = this.#document.getElementById(id);
    if (target) {
      target.scrollIntoView?.({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }
}
