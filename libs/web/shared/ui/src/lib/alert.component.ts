import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * NL Design System alert. `ok` and `info` are polite status messages; `error` and `warning`
 * are announced at once, unless `polite` is set (e.g. a warning that appears while typing).
 */
@Component({
  selector: 'wk-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div [class]="className()" [attr.role]="role()">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          @if (heading()) {
            <p class="utrecht-paragraph wk-alert__heading">{{ heading() }}</p>
          }
          <ng-content />
        </div>
      </div>
    </div>
  `,
})
export class AlertComponent {
  readonly type = input<AlertType>('info');
  readonly heading = input<string | null>(null);
  /** Announce politely even for a warning or an error (do not interrupt someone who is typing). */
  readonly polite = input(false);
  /**
   * False when the text is announced another way, e.g. because the alert sits inside a live region
   * that is always on the page (a live region inserted together with its text is often not read).
   */
  readonly announce = input(true);
  readonly className = computed(() => `utrecht-alert utrecht-alert--${this.type()} wk-alert`);
  readonly role = computed(() =>
    !this.announce() ? null : !this.polite() && (this.type() === 'error' || this.type() === 'warning') ? 'alert' : 'status',
  );
}
