import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { EARLY_WARNING_CONSECUTIVE, EARLY_WARNING_MIN_STEP_PERCENT } from '@wk/contracts';
import { IndicatorsApi } from '@wk/web/indicators/data-access';
import {
  createLoader,
  I18nService,
  LoadStateComponent,
  problemFromError,
  problemMessage,
  reasonText,
  SessionStore,
  TranslatePipe,
} from '@wk/web/core';
import { ButtonDirective, PageHeadingComponent } from '@wk/web/shared/ui';

/**
 * `/indicatoren/signaalregels` — the gemeente's thresholds of the early-warning rule. Planners and the beheerder
 * change them; everyone else reads them.
 */
@Component({
  selector: 'wk-warning-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, LoadStateComponent, PageHeadingComponent, ReactiveFormsModule, RouterLink, TranslatePipe],
  template: `
    <wk-page-heading [heading]="'warningSettings.heading' | t" [lead]="'warningSettings.lead' | t">
      <a class="utrecht-link" routerLink="/indicatoren">{{ 'ranking.back' | t }}</a>
    </wk-page-heading>
    <wk-load-state [loader]="data" />
    @if (data.value(); as s) {
      <p class="utrecht-paragraph">
        {{ (s.isDefault ? 'warningSettings.isDefault' : 'warningSettings.isOwn') | t }}
      </p>
      @if (canEdit()) {
        <form class="wk-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <p class="utrecht-paragraph wk-live" role="status">{{ saved() ? ('warningSettings.saved' | t) : '' }}</p>
          @if (error()) {
            <div class="utrecht-alert utrecht-alert--error wk-alert" role="alert">
              <p class="utrecht-paragraph">{{ error() }}</p>
            </div>
          }
          <div class="utrecht-form-field wk-form-field">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="regels-metingen">{{ 'warningSettings.consecutive' | t }}</label>
            </div>
            <p class="utrecht-form-field-description" id="regels-metingen-uitleg">
              {{ 'warningSettings.consecutiveHelp' | t: consecutiveBounds }}
            </p>
            <div class="utrecht-form-field__input">
              <input
                id="regels-metingen"
                class="utrecht-textbox utrecht-textbox--html-input wk-input wk-input--short"
                type="number"
                inputmode="numeric"
                [min]="consecutiveBounds.min"
                [max]="consecutiveBounds.max"
                step="1"
                formControlName="consecutive"
                aria-describedby="regels-metingen-uitleg"
              />
            </div>
          </div>
          <div class="utrecht-form-field wk-form-field">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="regels-procent">{{ 'warningSettings.minStepPercent' | t }}</label>
            </div>
            <p class="utrecht-form-field-description" id="regels-procent-uitleg">
              {{ 'warningSettings.minStepPercentHelp' | t: stepBounds }}
            </p>
            <div class="utrecht-form-field__input">
              <input
                id="regels-procent"
                class="utrecht-textbox utrecht-textbox--html-input wk-input wk-input--short"
                type="number"
                inputmode="decimal"
                [min]="stepBounds.min"
                [max]="stepBounds.max"
                step="0.05"
                formControlName="minStepPercent"
                aria-describedby="regels-procent-uitleg"
              />
            </div>
          </div>
          <div class="wk-form__actions">
            <button type="submit" wkButton="primary" [disabled]="saving()">{{ 'warningSettings.save' | t }}</button>
            <button type="button" wkButton (click)="useDefaults()" [disabled]="saving()">{{ 'warningSettings.defaults' | t }}</button>
          </div>
        </form>
      } @else {
        <dl class="wk-facts">
          <dt>{{ 'warningSettings.consecutive' | t }}</dt>
          <dd>{{ s.consecutive }}</dd>
          <dt>{{ 'warningSettings.minStepPercent' | t }}</dt>
          <dd>{{ s.minStepPercent }}%</dd>
        </dl>
      }
    }
  `,
})
export class WarningSettingsPage {
  readonly #api = inject(IndicatorsApi);
  readonly #i18n = inject(I18nService);
  readonly #session = inject(SessionStore);

  readonly data = createLoader(() => this.#api.warningSettings());
  readonly canEdit = computed(() => this.#session.hasRole('admin', 'planner'));
  readonly consecutiveBounds = EARLY_WARNING_CONSECUTIVE;
  readonly stepBounds = EARLY_WARNING_MIN_STEP_PERCENT;
  readonly saving = signal(false);
  readonly error = signal<string | null>(null);
  readonly saved = signal(false);

  readonly form = inject(NonNullableFormBuilder).group({
    consecutive: [2, [Validators.required]],
    minStepPercent: [0.25, [Validators.required]],
  });

  constructor() {
    effect(() => {
      const s = this.data.value();
      if (s) this.form.setValue({ consecutive: s.consecutive, minStepPercent: s.minStepPercent });
    });
  }

  useDefaults(): void {
    this.form.setValue({ consecutive: 2, minStepPercent: 0.25 });
    this.save();
  }

  save(): void {
    if (this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    this.saved.set(false);
    const { consecutive, minStepPercent } = this.form.getRawValue();
    this.#api.setWarningSettings({ consecutive: Number(consecutive), minStepPercent: Number(minStepPercent) }).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.data.set(saved);
        this.saved.set(true);
      },
      error: (e: unknown) => {
        this.saving.set(false);
        const problem = problemFromError(e);
        const reasons = (problem.invalidParams ?? []).map((p) => reasonText(p, this.#i18n.language()));
        this.error.set([...new Set(reasons)].join(' ') || problemMessage(problem, (key) => this.#i18n.t(key), this.#i18n.language()));
      },
    });
  }
}
