import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadErrorComponent, type LoadStateSource } from './load-error.component';

/**
 * The one place that shows how loading stands: "Loading…" while it loads, the error with a button
 * to try again when it failed, and, once loaded, the projected empty message when `empty` is set.
 * It shows nothing when there is data: the page shows that itself, under `@if (loader.value(); as x)`.
 * The element itself takes no room (`display: contents`), so it can stand in a flex or grid layout.
 *
 * ```html
 * <wk-load-state [loader]="data" [empty]="rows().length === 0">{{ 'list.empty' | t }}</wk-load-state>
 * ```
 */
@Component({
  selector: 'wk-load-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadErrorComponent, TranslatePipe],
  template: `
    @switch (loader().state().status) {
      @case ('loading') {
        <p class="utrecht-paragraph wk-loading">
          <span class="wk-loading__spinner" aria-hidden="true"></span>{{ loadingText() ?? ('common.loading' | t) }}
        </p>
      }
      @case ('error') {
        <wk-load-error [loader]="loader()" [notFoundPage]="notFoundPage()" [retry]="retry()" [heading]="errorHeading()" />
      }
      @case ('ready') {
        @if (empty()) {
          <div class="wk-empty">
            <p class="utrecht-paragraph"><ng-content /></p>
          </div>
        }
      }
    }
  `,
})
export class LoadStateComponent {
  readonly loader = input.required<LoadStateSource>();
  /** The text while loading; "Bezig met laden…" when not given. */
  readonly loadingText = input<string | null>(null);
  /** Loaded, but nothing to show: the projected content is shown as the empty message. */
  readonly empty = input(false);
  /** Say "not found" for a 404 (a page about one thing); otherwise the 404's reason is shown as any error. */
  readonly notFoundPage = input(false);
  /** Offer to try again after an error. */
  readonly retry = input(true);
  /** Start an error with "loading failed" (off for a small part of a page). */
  readonly errorHeading = input(true);
}
