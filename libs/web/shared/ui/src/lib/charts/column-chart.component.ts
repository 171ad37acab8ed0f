import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ChartTone, niceScale } from './chart-scale';

export interface ColumnSeries {
  name: string;
  tone: ChartTone;
  /** Draw this series hatched, so that it differs from the others by more than colour. */
  hatched?: boolean;
}

export interface ColumnGroup {
  /** Label under the group, e.g. a year. */
  label: string;
  /** One value per series, in the order of `series`. */
  values: readonly number[];
  /** The values as read out, in the same order (defaults to `format`). */
  valueTexts?: readonly string[];
}

const LEFT = 84;
const TOP = 12;
const PLOT_HEIGHT = 180;
const BOTTOM = 28;
const GROUP_WIDTH = 52;
const BAR_WIDTH = 18;
const BAR_GAP = 3;
const RIGHT = 8;

let nextId = 0;

/**
 * Vertical columns in groups (SVG), e.g. planned and spent budget per year, with a value axis and
 * a legend. The SVG is one image for assistive technology, labelled with every figure, inside a
 * region that scrolls sideways (also by keyboard) when the chart is wider than the screen. Give a
 * table with the same figures too.
 */
@Component({
  selector: 'wk-column-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-column-chart">
      <!-- The chart may be wider than the screen: a region that keyboard users can scroll. -->
      <div class="wk-column-chart__scroll" tabindex="0" role="region" [attr.aria-label]="label()">
        <svg
          class="wk-column-chart__svg"
          [attr.viewBox]="'0 0 ' + width() + ' ' + height"
          [attr.width]="width()"
          [attr.height]="height"
          role="img"
          [attr.aria-label]="ariaLabel()"
          focusable="false"
        >
          <defs>
            @for (s of series(); track $index) {
              @if (s.hatched) {
                <pattern [attr.id]="patternId($index)" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                  <rect width="6" height="6" fill="#ffffff" />
                  <rect width="3" height="6" [attr.class]="'wk-chart-fill--' + s.tone" />
                </pattern>
              }
            }
          </defs>
          @for (tick of ticks(); track $index) {
            <line class="wk-column-chart__grid" [attr.x1]="left" [attr.x2]="width() - right" [attr.y1]="tick.y" [attr.y2]="tick.y" />
            <text class="wk-column-chart__tick" [attr.x]="left - 8" [attr.y]="tick.y + 4" text-anchor="end">{{ tick.text }}</text>
          }
          @for (group of columns(); track $index) {
            @for (bar of group.bars; track $index) {
              <rect
                [attr.class]="'wk-column-chart__bar wk-chart-stroke--' + bar.tone + (bar.hatched ? '' : ' wk-chart-fill--' + bar.tone)"
                [attr.x]="bar.x"
                [attr.y]="bar.y"
                [attr.width]="barWidth"
                [attr.height]="bar.height"
                [attr.fill]="bar.hatched ? 'url(#' + bar.pattern + ')' : null"
              />
            }
            <text class="wk-column-chart__label" [attr.x]="group.center" [attr.y]="top + plotHeight + 18" text-anchor="middle">
              {{ group.label }}
            </text>
          }
          <line
            class="wk-column-chart__axis"
            [attr.x1]="left"
            [attr.x2]="width() - right"
            [attr.y1]="top + plotHeight"
            [attr.y2]="top + plotHeight"
          />
        </svg>
      </div>
      <ul class="wk-chart-legend" [attr.aria-label]="legendLabel()">
        @for (s of series(); track $index) {
          <li class="wk-chart-legend__item">
            <svg class="wk-chart-legend__swatch" viewBox="0 0 16 16" width="16" height="16" focusable="false" aria-hidden="true">
              <rect
                x="1"
                y="1"
                width="14"
                height="14"
                [attr.class]="'wk-chart-stroke--' + s.tone + (s.hatched ? '' : ' wk-chart-fill--' + s.tone)"
                [attr.fill]="s.hatched ? 'url(#' + patternId($index) + ')' : null"
              />
            </svg>
            {{ s.name }}
          </li>
        }
      </ul>
    </div>
  `,
})
export class ColumnChartComponent {
  readonly #id = `wk-chart-${nextId++}`;

  /** What the chart shows, e.g. "Budget per jaar"; every figure follows it in the image's label. */
  readonly label = input.required<string>();
  readonly series = input.required<readonly ColumnSeries[]>();
  readonly groups = input.required<readonly ColumnGroup[]>();
  /** Name of the legend for assistive technology, e.g. "Legenda". */
  readonly legendLabel = input<string | null>(null);
  /** Formats values for the axis and the label, e.g. as euros. */
  readonly format = input<(value: number) => string>((value) => String(value));

  readonly left = LEFT;
  readonly right = RIGHT;
  readonly top = TOP;
  readonly plotHeight = PLOT_HEIGHT;
  readonly height = TOP + PLOT_HEIGHT + BOTTOM;
  readonly barWidth = BAR_WIDTH;

  readonly scale = computed(() => niceScale(Math.max(0, ...this.groups().flatMap((g) => g.values))));
  readonly scaleMax = computed(() => this.scale().max);
  readonly width = computed(() => LEFT + Math.max(1, this.groups().length) * GROUP_WIDTH + RIGHT);
  readonly ticks = computed(() =>
    this.scale().ticks.map((value) => ({
      y: TOP + PLOT_HEIGHT - (value / this.scaleMax()) * PLOT_HEIGHT,
      text: this.format()(value),
    })),
  );
  readonly columns = computed(() => {
    const series = this.series();
    const inner = series.length * BAR_WIDTH + (series.length - 1) * BAR_GAP;
    return this.groups().map((group, g) => {
      const start = LEFT + g * GROUP_WIDTH + (GROUP_WIDTH - inner) / 2;
      return {
        label: group.label,
        center: LEFT + g * GROUP_WIDTH + GROUP_WIDTH / 2,
        bars: series.map((s, i) => {
          const value = Math.max(0, group.values[i] ?? 0);
          const height = (Math.min(value, this.scaleMax()) / this.scaleMax()) * PLOT_HEIGHT;
          return {
            x: start + i * (BAR_WIDTH + BAR_GAP),
            y: TOP + PLOT_HEIGHT - height,
            height,
            tone: s.tone,
            hatched: s.hatched === true,
            pattern: this.patternId(i),
          };
        }),
      };
    });
  });
  readonly ariaLabel = computed(() => {
    const series = this.series();
    const format = this.format();
    const parts = this.groups().map((group) => {
      const values = series.map((s, i) => `${s.name} ${group.valueTexts?.[i] ?? format(group.values[i] ?? 0)}`);
      return `${group.label}: ${values.join(', ')}`;
    });
    return `${this.label()}: ${parts.join('; ')}.`;
  });

  patternId(index: number): string {
    return `${this.#id}-arcering-${index}`;
  }
}
