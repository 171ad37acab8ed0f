import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { TemporaryPassword } from '@wk/contracts';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { AlertComponent } from '@wk/web/shared/ui';

/**
 * A temporary password, shown once: the beheerder or operator passes it on by a safe route (in person,
 * by phone). It works 72 hours and must be replaced at the first sign-in.
 */
@Component({
  selector: 'wk-temporary-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AlertComponent, TranslatePipe],
  template: `
    <wk-alert type="ok" [heading]="'tempPassword.heading' | t: { name: name() }">
      <p class="utrecht-paragraph">{{ 'tempPassword.intro' | t }}</p>
      <p class="utrecht-paragraph wk-secret">
        <code class="wk-temporary-password" [attr.aria-label]="'tempPassword.label' | t">{{ value().password }}</code>
      </p>
      <p class="utrecht-paragraph">{{ 'tempPassword.expires' | t: { date: expires() } }}</p>
      <p class="utrecht-paragraph">{{ 'tempPassword.once' | t }}</p>
    </wk-alert>
  `,
})
export class TemporaryPasswordComponent {
  readonly #i18n = inject(I18nService);
  readonly value = input.required<TemporaryPassword>();
  /** Whose password it is. */
  readonly name = input.required<string>();
  readonly expires = computed(() => this.#i18n.formatDateTime(this.value().expiresAt));
}
