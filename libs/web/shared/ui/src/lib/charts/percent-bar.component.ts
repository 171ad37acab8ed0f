import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type ChartTone, percentOf } from './chart-scale';

/** A short bar for a percentage with the figure in text beside it; the bar itself is decoration. */
@Component({
  selector: 'wk-percent-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="wk-percent-bar">
      <span class="wk-percent-bar__track" aria-hidden="true">
        <span [class]="'wk-percent-bar__fill wk-chart-tone--' + tone()" [style.width.%]="width()"></span>
        @if (markerAt(); as at) {
          <span class="wk-percent-bar__marker" [style.left.%]="at"></span>
        }
      </span>
      <span class="wk-percent-bar__text">{{ text() }}</span>
    </span>
  `,
})
export class PercentBarComponent {
  /** 0–100. */
  readonly value = input.required<number>();
  /** The figure as read and shown, e.g. "40% klaar". */
  readonly text = input.required<string>();
  readonly tone = input<ChartTone>('primary');
  /** 0–100: a line across the bar where it should be (the expected progress); say it in `text` too. */
  readonly marker = input<number | null>(null);
  readonly width = computed(() => percentOf(this.value(), 100));
  /** The marker's place; at least a sliver from the start so that 0% still shows a line. */
  readonly markerAt = computed(() => {
    const marker = this.marker();
    return marker === null ? null : Math.max(0.5, percentOf(marker, 100));
  });
}
