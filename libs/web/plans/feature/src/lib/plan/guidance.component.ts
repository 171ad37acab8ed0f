import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input } from '@angular/core';
import type { Localised } from '@wk/contracts';
import { I18nService, TranslatePipe } from '@wk/web/core';

/** Wide screens show the questions beside the text (open); narrow screens start with them folded. */
const WIDE = '(min-width: 64rem)';

/** Guidance questions that help a planner write a part of the plan, in a disclosure. */
@Component({
  selector: 'wk-guidance',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="wk-guidance">
      <details class="wk-guidance__details" [open]="wide && startOpen()">
        <summary [attr.aria-label]="('plans.guidance' | t) + ': ' + name()" class="wk-guidance__summary">
          {{ 'plans.guidance' | t }}
        </summary>
        <ul class="wk-guidance__list">
          @for (question of questions(); track $index) {
            <li>{{ question[language()] }}</li>
          }
        </ul>
      </details>
    </div>
  `,
})
export class GuidanceComponent {
  readonly language = inject(I18nService).language;
  readonly wide = inject(DOCUMENT).defaultView?.matchMedia?.(WIDE).matches ?? true;

  readonly questions = input.required<readonly Localised[]>();
  /** What the questions are about, for screen readers ("Bouwsteen 3: Fysieke investeringen"). */
  readonly name = input.required<string>();
  /** Open on wide screens (for those who write); folded for readers. */
  readonly startOpen = input(true);
}
