import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type StatusBadgeVariant = 'success' | 'danger' | 'warning' | 'neutral' | 'inactive' | 'info';

/** A short status word in a coloured badge (NL Design System status badge). */
@Component({
  selector: 'wk-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="className()">{{ label() }}</span>`,
})
export class StatusBadgeComponent {
  readonly label = input.required<string>();
  readonly variant = input<StatusBadgeVariant>('neutral');
  readonly className = computed(() => `utrecht-status-badge wk-status-badge wk-status-badge--${this.variant()}`);
}
