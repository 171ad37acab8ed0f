import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';
import type { Loader } from './loader';

/** What {@link LoadStateComponent} and {@link LoadErrorComponent} read of a loader. */
export type LoadStateSource = Pick<Loader<unknown>, 'state' | 'errorText' | 'reload'>;

/**
 * What a page says when its data did not load: "not found" for something that does not exist (a wrong or old
 * link; trying again will not help), otherwise that loading failed, why, and a button to try again.
 */
@Component({
  selector: 'wk-load-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="utrecht-alert utrecht-alert--error wk-alert" role="alert">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          @if (notFound()) {
            <p class="utrecht-paragraph wk-alert__heading">{{ 'common.notFound' | t }}</p>
            <p class="utrecht-paragraph">{{ 'common.notFound.text' | t }}</p>
            <p class="utrecht-paragraph">
              <a class="utrecht-link" routerLink="/">{{ 'common.notFound.home' | t }}</a>
            </p>
          } @else {
            @if (heading()) {
              <p class="utrecht-paragraph wk-alert__heading">{{ 'common.loadFailed' | t }}</p>
            }
            <p class="utrecht-paragraph">{{ loader().errorText() }}</p>
            @if (retry()) {
              <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="loader().reload()">
                {{ 'common.retry' | t }}
              </button>
            }
          }
        </div>
      </div>
    </div>
  `,
})
export class LoadErrorComponent {
  readonly loader = input.required<LoadStateSource>();
  /** Say "not found" (with a link home) when the answer was 404: for a page about one thing. */
  readonly notFoundPage = input(true);
  /** Offer to try again. */
  readonly retry = input(true);
  /** Start with "loading failed" (off for a small part of a page, such as the options of a form). */
  readonly heading = input(true);
  readonly notFound = computed(() => {
    const state = this.loader().state();
    return this.notFoundPage() && state.status === 'error' && state.problem.status === 404;
  });
}
