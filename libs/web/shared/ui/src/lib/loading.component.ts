import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * Visible "Loading…" text. Announcements go through {@link LiveStatusComponent}, which stays on the
 * page, so that screen readers hear when loading ends as well.
 */
@Component({
  selector: 'wk-loading',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="utrecht-paragraph wk-loading"><span class="wk-loading__spinner" aria-hidden="true"></span>{{ text() }}</p>`,
})
export class LoadingComponent {
  readonly text = input.required<string>();
}

/** A polite live region that is always present, for the outcome of loading or of an action. */
@Component({
  selector: 'wk-live-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="wk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{{ text() }}</p>`,
})
export class LiveStatusComponent {
  readonly text = input<string | null>(null);
}
