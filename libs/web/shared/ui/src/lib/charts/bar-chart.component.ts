import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ChartTone, niceScale, percentOf } from './chart-scale';

export interface BarChartItem {
  label: string;
  value: number;
  /** The value as shown beside the bar, in words where colour carries meaning ("20,3% · Risico"). */
  valueText: string;
  tone?: ChartTone;
  /** A line across the track at this value (e.g. what was expected); say it in `valueText` too. */
  marker?: number;
}

/**
 * Horizontal bars (CSS), one per item, each with its label and its value in text. One image for
 * assistive technology: `role="img"` with a label that lists every bar. Put a table with the same
 * figures beside or under it.
 */
@Component({
  selector: 'wk-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-bar-chart" role="img" [attr.aria-label]="ariaLabel()">
      @for (row of rows(); track $index) {
        <div class="wk-bar-chart__row">
          <span class="wk-bar-chart__label">{{ row.label }}</span>
          <span class="wk-bar-chart__track">
            @for (tick of grid(); track $index) {
              <span class="wk-bar-chart__grid" [style.left.%]="tick"></span>
            }
            @if (row.width > 0) {
              <span [class]="'wk-bar-chart__bar wk-chart-tone--' + row.tone" [style.width.%]="row.width"></span>
            }
            @if (row.marker !== null) {
              <span class="wk-bar-chart__marker" [style.left.%]="row.marker"></span>
            }
          </span>
          <span class="wk-bar-chart__value">{{ row.valueText }}</span>
        </div>
      }
      <div class="wk-bar-chart__row wk-bar-chart__axis">
        <span class="wk-bar-chart__label"></span>
        <span class="wk-bar-chart__ticks">
          @for (tick of ticks(); track $index; let first = $first, last = $last) {
            <span
              class="wk-bar-chart__tick"
              [class.wk-bar-chart__tick--first]="first"
              [class.wk-bar-chart__tick--last]="last"
              [style.left.%]="tick.at"
              >{{ tick.text }}</span
            >
          }
        </span>
        <span></span>
      </div>
    </div>
  `,
})
export class BarChartComponent {
  /** What the chart shows, e.g. "Voortgang per bouwsteen"; the bars' labels and values follow it. */
  readonly label = input.required<string>();
  readonly items = input.required<readonly BarChartItem[]>();
  /** The value of a full bar (at least; rounded up to a round number); by default the largest value, rounded up. */
  readonly max = input<number | null>(null);
  /** The values are counts: the axis uses whole steps. */
  readonly integer = input(false);
  /** Formats the values along the axis, e.g. as a percentage. */
  readonly format = input<(value: number) => string>((value) => String(value));

  readonly scale = computed(() => {
    const max = this.max();
    return niceScale(max ?? Math.max(0, ...this.items().map((item) => item.value)), 4, this.integer());
  });
  readonly scaleMax = computed(() => this.scale().max);
  /** Where the axis values sit, in percent of the track. */
  readonly ticks = computed(() =>
    this.scale().ticks.map((value) => ({ at: percentOf(value, this.scaleMax()), text: this.format()(value) })),
  );
  /** Lines across the track at the inner axis values. */
  readonly grid = computed(() =>
    this.ticks()
      .slice(1, -1)
      .map((tick) => tick.at),
  );
  readonly rows = computed(() =>
    this.items().map((item) => ({
      label: item.label,
      valueText: item.valueText,
      tone: item.tone ?? 'primary',
      width: percentOf(item.value, this.scaleMax()),
      marker: item.marker === undefined ? null : Math.max(0.5, percentOf(item.marker, this.scaleMax())),
    })),
  );
  readonly ariaLabel = computed(
    () =>
      `${this.label()}: ${this.items()
        .map((item) => `${item.label}: ${item.valueText}`)
        .join('; ')}.`,
  );
}
