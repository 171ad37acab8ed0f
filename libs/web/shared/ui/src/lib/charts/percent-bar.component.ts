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
  readonly width = computed(() => percentOf(this.value(), 100));
}
