import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ACTION_STATUSES, type ActionStatus } from '@wk/contracts';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { BarChartComponent, type BarChartItem, type DataTableColumn, DataTableComponent } from '@wk/web/shared/ui';
import { ACTION_STATUS_LABELS, ACTION_STATUS_TONES } from '../util/format';

/** The dashboard's actions per status: a bar chart and a table with the same figures. */
@Component({
  selector: 'wk-dashboard-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BarChartComponent, DataTableComponent, TranslatePipe],
  template: `
    <wk-bar-chart [label]="'dashboard.chartLabel' | t: { name: ('dashboard.status.caption' | t) }" [items]="bars()" [integer]="true" />
    <wk-data-table
      [caption]="'dashboard.tableCaption' | t: { name: ('dashboard.status.caption' | t) }"
      [columns]="columns()"
      [rows]="bars()"
      [trackBy]="byLabel"
      [narrow]="true"
    />
  `,
})
export class DashboardStatusComponent {
  readonly #i18n = inject(I18nService);

  readonly byStatus = input.required<Record<ActionStatus, number>>();

  readonly bars = computed<BarChartItem[]>(() =>
    ACTION_STATUSES.map((status) => ({
      label: this.#i18n.t(ACTION_STATUS_LABELS[status]),
      value: this.byStatus()[status],
      valueText: String(this.byStatus()[status]),
      tone: ACTION_STATUS_TONES[status],
    })),
  );
  readonly columns = computed<DataTableColumn<BarChartItem>[]>(() => [
    { key: 'label', label: this.#i18n.t('dashboard.col.status') },
    { key: 'valueText', label: this.#i18n.t('dashboard.col.actions'), numeric: true },
  ]);
  readonly byLabel = (bar: BarChartItem): string => bar.label;
}
