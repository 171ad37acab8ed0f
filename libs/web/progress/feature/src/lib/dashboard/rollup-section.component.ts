import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BlockRollup } from '@wk/contracts';
import { formatEuroCents } from '@wk/util';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { BarChartComponent, type BarChartItem, StatusBadgeComponent } from '@wk/web/shared/ui';
import {
  ROLLUP_STATUS_LABELS,
  ROLLUP_STATUS_TONES,
  ROLLUP_STATUS_VARIANTS,
  blockLabel,
  blockShort,
  dashboardAnchor,
  formatPercent,
} from '../util/format';

/**
 * Progress of the six blocks (or the three pillars): a bar per block with its percentage, status and
 * expected progress in words (a line marks the expected progress), and a table with the same figures plus
 * actions, updates and money.
 */
@Component({
  selector: 'wk-rollup-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BarChartComponent, StatusBadgeComponent, TranslatePipe],
  template: `
    <wk-bar-chart [label]="chartLabel()" [items]="bars()" [max]="100" [format]="percent" />
    <!-- Wider than a phone screen: a region that keyboard users can scroll. -->
    <div class="utrecht-table-container wk-table-container" tabindex="0" role="region" [attr.aria-labelledby]="captionId()">
      <table class="utrecht-table utrecht-table--html-table wk-table">
        <caption class="utrecht-table__caption wk-table__caption" [id]="captionId()">
          {{
            'dashboard.tableCaption' | t: { name: caption() }
          }}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{{ (pillars() ? 'dashboard.col.pillar' : 'dashboard.col.block') | t }}</th>
            <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.status' | t }}</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {{ 'dashboard.col.progress' | t }}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {{ 'dashboard.col.expected' | t }}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {{ 'dashboard.col.actions' | t }}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {{ 'dashboard.col.reported' | t }}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {{ 'dashboard.col.planned' | t }}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {{ 'dashboard.col.spent' | t }}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          @for (row of rows(); track row.anchor) {
            <tr class="utrecht-table__row" [class.wk-table__row--highlight]="row.anchor === highlight()">
              <th class="utrecht-table__header-cell wk-table__row-header" scope="row" [id]="row.anchor" tabindex="-1">{{ row.label }}</th>
              <td class="utrecht-table__cell">
                <wk-status-badge [label]="row.status" [variant]="row.variant" />
              </td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{{ row.progress }}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{{ row.expected }}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{{ row.actions }}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{{ row.reported }}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-data wk-nowrap">{{ row.planned }}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-data wk-nowrap">{{ row.spent }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class RollupSectionComponent {
  readonly #i18n = inject(I18nService);

  readonly rollups = input.required<readonly BlockRollup[]>();
  /** What the chart and the table show, e.g. "Voortgang per bouwsteen". */
  readonly caption = input.required<string>();
  /** The element id of a row to mark (the overview links to it). */
  readonly highlight = input<string | null>(null);

  readonly pillars = computed(() => this.rollups().some((r) => r.pillar !== null));
  readonly captionId = computed(() => (this.pillars() ? 'voortgang-pijlers-tabel' : 'voortgang-bouwstenen-tabel'));
  readonly rows = computed(() => {
    const t = this.#i18n.t.bind(this.#i18n);
    const language = this.#i18n.language();
    return this.rollups().map((r) => ({
      anchor: dashboardAnchor(r.block, r.pillar),
      label: blockLabel(r.block, r.pillar, t, language),
      short: blockShort(r.block, r.pillar, t, language),
      value: r.progress,
      status: t(ROLLUP_STATUS_LABELS[r.status]),
      variant: ROLLUP_STATUS_VARIANTS[r.status],
      tone: ROLLUP_STATUS_TONES[r.status],
      progress: formatPercent(r.progress, language),
      expectedValue: r.expected,
      expected: formatPercent(r.expected, language),
      actions: r.actions,
      reported: r.reported,
      planned: formatEuroCents(r.plannedCents, language),
      spent: formatEuroCents(r.spentCents, language),
    }));
  });
  readonly bars = computed<BarChartItem[]>(() =>
    this.rows().map((row) => ({
      label: row.short,
      value: row.value,
      valueText: `${row.progress} · ${row.status} · ${this.#i18n.t('dashboard.bar.expected', { percent: row.expected })}`,
      tone: row.tone,
      marker: row.expectedValue,
    })),
  );
  readonly chartLabel = computed(() => this.#i18n.t('dashboard.chartLabel', { name: this.caption() }));
  readonly percent = (value: number): string => formatPercent(value, this.#i18n.language());
}
