import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { YearBudget } from '@wk/contracts';
import { formatEuroCents } from '@wk/util';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { ColumnChartComponent, type ColumnGroup, type ColumnSeries } from '@wk/web/shared/ui';
import { formatEuroShort } from '../util/format';

/** The dashboard's budget planned and spent per year: a column chart and a table with the same figures. */
@Component({
  selector: 'wk-dashboard-budget',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ColumnChartComponent, TranslatePipe],
  template: `
    <wk-column-chart
      [label]="'dashboard.chartLabel' | t: { name: ('dashboard.budget.caption' | t) }"
      [series]="series()"
      [groups]="groups()"
      [format]="shortMoney"
      [legendLabel]="'dashboard.legend' | t"
    />
    <div class="utrecht-table-container wk-table-container wk-table-container--narrow">
      <table class="utrecht-table utrecht-table--html-table wk-table">
        <caption class="utrecht-table__caption wk-table__caption">
          {{
            'dashboard.tableCaption' | t: { name: ('dashboard.budget.caption' | t) }
          }}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.year' | t }}</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {{ 'dashboard.col.planned' | t }}
            </th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {{ 'dashboard.col.spent' | t }}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          @for (year of years(); track year.year) {
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
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data wk-nowrap">{{ money(total().planned) }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data wk-nowrap">{{ money(total().spent) }}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  `,
})
export class DashboardBudgetComponent {
  readonly #i18n = inject(I18nService);
  readonly years = input.required<readonly YearBudget[]>();

  readonly series = computed<ColumnSeries[]>(() => [
    { name: this.#i18n.t('dashboard.col.planned'), tone: 'primary' },
    { name: this.#i18n.t('dashboard.col.spent'), tone: 'info', hatched: true },
  ]);
  readonly groups = computed<ColumnGroup[]>(() =>
    this.years().map((y) => ({
      label: String(y.year),
      values: [y.plannedCents, y.spentCents],
      valueTexts: [this.money(y.plannedCents), this.money(y.spentCents)],
    })),
  );
  readonly total = computed(() =>
    this.years().reduce((sum, y) => ({ planned: sum.planned + y.plannedCents, spent: sum.spent + y.spentCents }), { planned: 0, spent: 0 }),
  );

  /** Formats cents for the chart's axis. */
  readonly shortMoney = (cents: number): string => formatEuroShort(cents, this.#i18n.language());

  money(cents: number): string {
    return formatEuroCents(cents, this.#i18n.language());
  }
}
