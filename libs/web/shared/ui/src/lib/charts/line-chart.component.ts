import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ChartTone, plotPoints, polylinePoints } from './chart-scale';

const WIDTH = 280;
const HEIGHT = 96;
const AREA = { left: 8, top: 16, width: 264, height: 52 };

/**
 * A small line chart (SVG) of one series over the years, e.g. the progress of one building block:
 * the line, a dot per year, the first and last year under it. One image for assistive technology
 * with `label` as its text; give a table with the same figures too.
 */
@Component({
  selector: 'wk-line-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg class="wk-line-chart" [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img" [attr.aria-label]="label()" focusable="false">
      <line
        class="wk-line-chart__grid"
        [attr.x1]="area.left"
        [attr.x2]="area.left + area.width"
        [attr.y1]="area.top"
        [attr.y2]="area.top"
      />
      @if (topLabel()) {
        <text class="wk-line-chart__year" [attr.x]="area.left + area.width" [attr.y]="area.top - 2" text-anchor="end">
          {{ topLabel() }}
        </text>
      }
      <line
        class="wk-line-chart__axis"
        [attr.x1]="area.left"
        [attr.x2]="area.left + area.width"
        [attr.y1]="area.top + area.height"
        [attr.y2]="area.top + area.height"
      />
      @if (coordinates().length > 1) {
        <polyline [attr.class]="'wk-line-chart__line wk-chart-stroke--' + tone()" [attr.points]="line()" />
      }
      @for (c of coordinates(); track $index) {
        <circle [attr.class]="'wk-line-chart__dot wk-chart-fill--' + tone()" [attr.cx]="c.x" [attr.cy]="c.y" r="3.5" />
      }
      <text class="wk-line-chart__year" [attr.x]="area.left" [attr.y]="height - 8" text-anchor="start">{{ xMin() }}</text>
      <text class="wk-line-chart__year" [attr.x]="area.left + area.width" [attr.y]="height - 8" text-anchor="end">{{ xMax() }}</text>
    </svg>
  `,
})
export class LineChartComponent {
  /** The text alternative: what the line shows, with its figures. */
  readonly label = input.required<string>();
  readonly points = input.required<readonly { x: number; y: number }[]>();
  readonly xMin = input.required<number>();
  readonly xMax = input.required<number>();
  readonly yMax = input(100);
  /** Text at the top line, e.g. "100%". */
  readonly topLabel = input<string | null>(null);
  readonly tone = input<ChartTone>('primary');

  readonly width = WIDTH;
  readonly height = HEIGHT;
  readonly area = AREA;
  readonly coordinates = computed(() => plotPoints(this.points(), AREA, { xMin: this.xMin(), xMax: this.xMax(), yMax: this.yMax() }));
  readonly line = computed(() => polylinePoints(this.coordinates()));
}
