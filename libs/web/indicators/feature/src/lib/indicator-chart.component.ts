import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { IndicatorPoint } from '@wk/contracts';
import { numberFormat } from '@wk/util';

const WIDTH = 340;
const HEIGHT = 170;
const AREA = { left: 44, top: 12, width: 284, height: 118 };

export interface ChartLine {
  key: 'wijk' | 'gemeente' | 'nederland' | 'target' | 'compare1' | 'compare2' | 'compare3';
  label: string;
  points: readonly IndicatorPoint[];
}

interface Drawn {
  key: ChartLine['key'];
  label: string;
  /** Polyline pieces: a gap (no value) breaks the line. */
  pieces: string[];
  dots: { x: number; y: number }[];
}

/** Round tick labels for a value axis from `min` to `max` (two or three decimals for scores, none for counts). */
function formatTick(value: number, decimals: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: decimals }).format(value);
}

/**
 * The wijk against its gemeente and the Netherlands over the years (SVG). Each line has its own pattern (solid,
 * dashed, dotted) besides its colour; a year without a figure breaks the line. One image for assistive technology
 * with `label` as its text: the page gives the same figures as a table.
 */
@Component({
  selector: 'wk-indicator-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg class="wk-indicator-chart" [attr.viewBox]="'0 0 ' + width + ' ' + height" role="img" [attr.aria-label]="label()" focusable="false">
      @for (tick of scale().ticks; track tick.value) {
        <line
          class="wk-indicator-chart__grid"
          [attr.x1]="area.left"
          [attr.x2]="area.left + area.width"
          [attr.y1]="tick.y"
          [attr.y2]="tick.y"
        />
        <text class="wk-indicator-chart__tick" [attr.x]="area.left - 6" [attr.y]="tick.y + 4" text-anchor="end">{{ tick.label }}</text>
      }
      @for (line of drawn(); track line.key) {
        @for (piece of line.pieces; track $index) {
          <polyline [attr.class]="'wk-indicator-chart__line wk-indicator-chart__line--' + line.key" [attr.points]="piece" />
        }
        @for (d of line.dots; track $index) {
          <circle [attr.class]="'wk-indicator-chart__dot wk-indicator-chart__dot--' + line.key" [attr.cx]="d.x" [attr.cy]="d.y" r="3" />
        }
      }
      @for (year of years(); track year.value) {
        <text class="wk-indicator-chart__tick" [attr.x]="year.x" [attr.y]="height - 18" [attr.text-anchor]="year.anchor">
          {{ year.value }}
        </text>
      }
    </svg>
    <ul class="wk-indicator-chart__legend">
      @for (line of drawn(); track line.key) {
        <li>
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line [attr.class]="'wk-indicator-chart__line wk-indicator-chart__line--' + line.key" x1="0" x2="28" y1="5" y2="5" />
          </svg>
          {{ line.label }}
        </li>
      }
    </ul>
  `,
})
export class IndicatorChartComponent {
  /** The text alternative: what the chart shows, with the latest figures. */
  readonly label = input.required<string>();
  readonly lines = input.required<readonly ChartLine[]>();
  readonly decimals = input(1);
  readonly locale = input('nl-NL');

  readonly width = WIDTH;
  readonly height = HEIGHT;
  readonly area = AREA;

  readonly #values = computed(() => this.lines().flatMap((l) => l.points.flatMap((p) => (p.value === null ? [] : [p.value]))));
  readonly #yearRange = computed(() => {
    const years = this.lines().flatMap((l) => l.points.map((p) => p.year));
    return years.length ? { min: Math.min(...years), max: Math.max(...years) } : { min: 0, max: 1 };
  });
  readonly #valueRange = computed(() => {
    const values = this.#values();
    if (!values.length) return { min: 0, max: 1 };
    const min = Math.min(...values);
    const max = Math.max(...values);
    const pad = max === min ? Math.abs(max) * 0.1 || 1 : (max - min) * 0.12;
    return { min: min - pad, max: max + pad };
  });

  readonly #x = (year: number): number => {
    const { min, max } = this.#yearRange();
    return max === min ? AREA.left + AREA.width / 2 : AREA.left + ((year - min) / (max - min)) * AREA.width;
  };
  readonly #y = (value: number): number => {
    const { min, max } = this.#valueRange();
    return AREA.top + AREA.height - ((value - min) / (max - min)) * AREA.height;
  };

  readonly scale = computed(() => {
    const { min, max } = this.#valueRange();
    const values = [min, (min + max) / 2, max];
    return { ticks: values.map((value) => ({ value, y: this.#y(value), label: formatTick(value, this.decimals(), this.locale()) })) };
  });

  readonly years = computed(() => {
    const { min, max } = this.#yearRange();
    const list = min === max ? [min] : [min, max];
    return list.map((value, i) => ({ value, x: this.#x(value), anchor: list.length === 1 ? 'middle' : i === 0 ? 'start' : 'end' }));
  });

  readonly drawn = computed<Drawn[]>(() =>
    this.lines()
      .filter((l) => l.points.some((p) => p.value !== null))
      .map((l) => {
        const pieces: string[] = [];
        let current: string[] = [];
        const dots: { x: number; y: number }[] = [];
        for (const p of [...l.points].sort((a, b) => a.year - b.year)) {
          if (p.value === null) {
            if (current.length > 1) pieces.push(current.join(' '));
            current = [];
            continue;
          }
          const x = this.#x(p.year);
          const y = this.#y(p.value);
          current.push(`${x.toFixed(1)},${y.toFixed(1)}`);
          dots.push({ x, y });
        }
        if (current.length > 1) pieces.push(current.join(' '));
        return { key: l.key, label: l.label, pieces, dots };
      }),
  );
}
