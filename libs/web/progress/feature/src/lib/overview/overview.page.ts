import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BLOCK_CODES, type BlockCode, type BlockRollup, PILLAR_CODES, type PillarCode, type PlanStatus, type Rollup } from '@wk/contracts';
import { ProgressApi } from '@wk/web/progress/data-access';
import { createLoader, I18nService, LoadStateComponent, SessionStore, TranslatePipe } from '@wk/web/core';
import { LiveStatusComponent, PageHeadingComponent, StatusBadgeComponent } from '@wk/web/shared/ui';
import { SignalsSummaryComponent } from '@wk/web/indicators/feature';
import { ROLLUP_STATUS_LABELS, blockOfColumn, blockShort, dashboardAnchor, formatPercent } from '../util/format';

interface Column {
  key: string;
  block: BlockCode;
  pillar: PillarCode | null;
  heading: string;
  name: string;
}

const PLAN_STATUS_KEYS = {
  draft: 'plans.status.draft',
  in_review: 'plans.status.in_review',
  adopted: 'plans.status.adopted',
  archived: 'plans.status.archived',
} as const;

/**
 * `/voortgang`: every wijk against the six building blocks (and, on request, the three pillars of
 * block 4). Each cell says the status in words and the progress, coloured by status, and links to
 * that block on the plan's dashboard.
 */
@Component({
  selector: 'wk-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LoadStateComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    RouterLink,
    SignalsSummaryComponent,
    StatusBadgeComponent,
    TranslatePipe,
  ],
  template: `
    <wk-page-heading [heading]="'overview.heading' | t" [lead]="'overview.lead' | t">
      <a class="utrecht-link" routerLink="/organisatieonderdelen">{{ 'overview.perUnit' | t }}</a>
    </wk-page-heading>
    <wk-live-status [text]="liveText()" />

    <wk-load-state [loader]="data" [notFoundPage]="true" />
    @if (data.state().status === 'ready') {
      @if (data.value(); as overview) {
        <p class="utrecht-paragraph">{{ 'overview.asOf' | t: { date: formatDate(overview.asOf) } }}</p>
        @if (hasDemo()) {
          <p class="utrecht-paragraph">
            <span class="wk-demo-label">{{ 'overview.demo' | t }}</span>
          </p>
        }
        @if (overview.rows.length === 0) {
          <div class="wk-empty">
            <p class="utrecht-paragraph">{{ 'overview.empty' | t }}</p>
          </div>
        } @else {
          <div class="utrecht-form-field utrecht-form-field--checkbox wk-option wk-overview__toggle">
            <div class="utrecht-form-field__input">
              <input
                type="checkbox"
                id="overzicht-pijlers"
                class="utrecht-checkbox utrecht-checkbox--html-input wk-checkbox"
                [checked]="showPillars()"
                (change)="togglePillars($event)"
              />
            </div>
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label utrecht-form-label--checkbox" for="overzicht-pijlers">{{
                'overview.showPillars' | t
              }}</label>
            </div>
          </div>

          <h2 class="utrecht-heading-2 wk-overview__heading" id="overzicht-kop">{{ caption() }}</h2>
          <div class="wk-overview" tabindex="0" role="region" aria-labelledby="overzicht-kop">
            <table
              class="utrecht-table utrecht-table--html-table wk-table wk-overview__table"
              [class.wk-overview__table--wide]="showPillars()"
            >
              <caption class="utrecht-table__caption wk-visually-hidden">
                {{
                  caption()
                }}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell wk-overview__wijk" scope="col">{{ 'overview.col.wijk' | t }}</th>
                  @for (column of columns(); track column.key) {
                    <th class="utrecht-table__header-cell wk-overview__head" scope="col">
                      <span class="wk-nowrap">{{ column.heading }}</span>
                      <span class="wk-overview__head-name">{{ column.name }}</span>
                    </th>
                  }
                  <th class="utrecht-table__header-cell wk-overview__head" scope="col">{{ 'overview.col.total' | t }}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                @for (row of rows(); track row.key) {
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell wk-table__row-header wk-overview__wijk" scope="row">
                      <span class="wk-overview__wijk-name">{{ row.wijk }}</span>
                      @if (row.plan; as plan) {
                        <a class="utrecht-link wk-overview__plan" [routerLink]="['/plannen', plan.id, 'voortgang']">{{ plan.title }}</a>
                        @if (plan.theme) {
                          <span class="wk-overview__theme">{{ 'overview.theme' | t: { theme: plan.theme } }}</span>
                        }
                        <span class="wk-overview__plan-meta">
                          <wk-status-badge
                            [label]="planStatus(plan.status) | t"
                            [variant]="plan.status === 'adopted' ? 'success' : 'neutral'"
                          />
                          @if (plan.demo) {
                            <span class="wk-demo-label">{{ 'plans.demo' | t }}</span>
                          }
                        </span>
                      }
                    </th>
                    @if (row.cells; as cells) {
                      @for (cell of cells; track cell.key) {
                        <td class="utrecht-table__cell wk-overview__cell">
                          <a
                            [class]="'wk-status-cell wk-status-cell--' + cell.status"
                            [routerLink]="['/plannen', row.plan?.id, 'voortgang']"
                            [fragment]="cell.anchor"
                          >
                            <span class="wk-visually-hidden">{{ row.label }}, {{ cell.column }}: </span>
                            <span class="wk-status-cell__status">{{ cell.statusText }}</span>
                            <span class="wk-status-cell__value">{{ cell.progress }}</span>
                          </a>
                        </td>
                      }
                    } @else {
                      <td class="utrecht-table__cell wk-overview__none" [attr.colspan]="columns().length + 1">{{ row.none }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p class="utrecht-paragraph utrecht-paragraph--small wk-muted">{{ 'overview.legend' | t }}</p>
        }
      }
    }
    <wk-signals-summary />
  `,
})
export class OverviewPage {
  readonly #i18n = inject(I18nService);
  readonly #session = inject(SessionStore);
  readonly #api = inject(ProgressApi);

  readonly showPillars = signal(false);
  readonly data = createLoader(() => this.#api.overview());

  readonly hasDemo = computed(() => (this.data.value()?.rows ?? []).some((r) => r.plan?.demo));
  readonly caption = computed(() => this.#i18n.t('overview.caption', { gemeente: this.#session.tenant()?.name ?? '' }));
  readonly columns = computed<Column[]>(() => {
    const t = this.#i18n.t.bind(this.#i18n);
    const language = this.#i18n.language();
    const blocks: Column[] = BLOCK_CODES.map((block) => ({
      key: block,
      block,
      pillar: null,
      heading: blockShort(block, null, t, language),
      name: blockOfColumn(block, null, language),
    }));
    const pillars: Column[] = this.showPillars()
      ? PILLAR_CODES.map((pillar) => ({
          key: pillar,
          block: 'B4',
          pillar,
          heading: t('overview.col.pillar'),
          name: blockShort('B4', pillar, t, language),
        }))
      : [];
    // The pillars follow block 4, which they belong to.
    const at = blocks.findIndex((c) => c.block === 'B4') + 1;
    return [...blocks.slice(0, at), ...pillars, ...blocks.slice(at)];
  });
  readonly rows = computed(() => {
    const t = this.#i18n.t.bind(this.#i18n);
    const language = this.#i18n.language();
    const columns = this.columns();
    return (this.data.value()?.rows ?? []).map((row) => {
      const adopted = row.plan?.status === 'adopted';
      const find = (c: Column): BlockRollup | undefined =>
        c.pillar ? row.pillars.find((p) => p.pillar === c.pillar) : row.blocks.find((b) => b.block === c.block && b.pillar === null);
      const cell = (key: string, column: string, anchor: string, rollup: Rollup | null | undefined) => ({
        key,
        column,
        anchor,
        status: rollup?.status ?? 'no_data',
        statusText: t(ROLLUP_STATUS_LABELS[rollup?.status ?? 'no_data']),
        progress: formatPercent(rollup?.progress ?? 0, language),
      });
      return {
        key: `${row.wijk.id}:${row.plan?.id ?? ''}`,
        wijk: row.wijk.name,
        label: row.plan?.theme ? `${row.wijk.name} (${row.plan.theme})` : row.wijk.name,
        plan: row.plan,
        none: row.plan ? t('overview.notAdopted') : t('overview.noPlan'),
        cells:
          adopted && row.plan
            ? [
                ...columns.map((c) => cell(c.key, `${c.heading} ${c.name}`, dashboardAnchor(c.block, c.pillar), find(c))),
                cell('total', t('overview.col.total'), 'voortgang-bouwstenen', row.total),
              ]
            : null,
      };
    });
  });
  readonly liveText = computed(() => {
    const state = this.data.state();
    return state.status === 'loading' ? this.#i18n.t('common.loading') : state.status === 'error' ? this.data.errorText() : '';
  });

  planStatus(status: string): (typeof PLAN_STATUS_KEYS)[PlanStatus] {
    return PLAN_STATUS_KEYS[status as PlanStatus] ?? PLAN_STATUS_KEYS.draft;
  }

  togglePillars(event: Event): void {
    this.showPillars.set((event.target as HTMLInputElement).checked);
  }

  formatDate(iso: string): string {
    return this.#i18n.formatDate(iso);
  }
}
