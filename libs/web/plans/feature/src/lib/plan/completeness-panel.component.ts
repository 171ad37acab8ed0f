import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input } from '@angular/core';
import type { Plan } from '@wk/contracts';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { issueView } from '../util/completeness';
import { focusById } from '../util/focus';

/**
 * The completeness check while a plan is drafted: what still blocks submitting it (errors) and
 * what deserves attention (warnings), each linked to the block, goal or action concerned.
 */
@Component({
  selector: 'wk-completeness-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <section class="wk-completeness" [class.wk-completeness--complete]="plan().completeness.complete" aria-labelledby="controle-kop">
      <h2 class="utrecht-heading-2 wk-completeness__title" id="controle-kop" tabindex="-1">{{ 'completeness.heading' | t }}</h2>
      @if (plan().completeness.complete) {
        <p class="utrecht-paragraph wk-completeness__status">
          <span class="wk-completeness__icon" aria-hidden="true">✓</span>
          <strong>{{ 'completeness.complete' | t }}</strong>
        </p>
        @if (canSubmit()) {
          <p class="utrecht-paragraph">{{ 'completeness.complete.text' | t }}</p>
        }
      } @else {
        <p class="utrecht-paragraph wk-completeness__status">
          <span class="wk-completeness__icon" aria-hidden="true">!</span>
          <strong>{{ 'completeness.incomplete' | t: { count: plan().completeness.errors } }}</strong>
        </p>
      }
      @if (errors().length > 0) {
        <h3 class="utrecht-heading-3 wk-completeness__subtitle">{{ 'completeness.errors' | t: { count: errors().length } }}</h3>
        <ul class="utrecht-unordered-list wk-completeness__list">
          @for (issue of errors(); track $index) {
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" [href]="'#' + issue.target" (click)="jump($event, issue.target)">{{ issue.text }}</a>
            </li>
          }
        </ul>
      }
      @if (warnings().length > 0) {
        <h3 class="utrecht-heading-3 wk-completeness__subtitle">{{ 'completeness.warnings' | t: { count: warnings().length } }}</h3>
        <ul class="utrecht-unordered-list wk-completeness__list">
          @for (issue of warnings(); track $index) {
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" [href]="'#' + issue.target" (click)="jump($event, issue.target)">{{ issue.text }}</a>
            </li>
          }
        </ul>
      }
    </section>
  `,
})
export class CompletenessPanelComponent {
  readonly #i18n = inject(I18nService);
  readonly #document = inject(DOCUMENT);

  readonly plan = input.required<Plan>();
  /** Whether the reader may submit the plan (then the green state says so). */
  readonly canSubmit = input(false);

  readonly issues = computed(() => {
    const plan = this.plan();
    const context = {
      t: this.#i18n.t.bind(this.#i18n),
      language: this.#i18n.language(),
      startYear: plan.startYear,
      endYear: plan.endYear,
    };
    return plan.completeness.issues.map((issue) => issueView(issue, context));
  });
  readonly errors = computed(() => this.issues().filter((issue) => issue.severity === 'error'));
  readonly warnings = computed(() => this.issues().filter((issue) => issue.severity === 'warning'));

  /** `href="#id"` would be resolved against the base href; move focus ourselves. */
  jump(event: Event, id: string): void {
    event.preventDefault();
    focusById(this.#document, id);
  }
}
