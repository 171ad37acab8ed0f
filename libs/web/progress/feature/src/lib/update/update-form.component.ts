import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ACTION_STATUSES, type ActionProgress, type ActionStatus, type Problem, type ProgressUpdate } from '@wk/contracts';
import { ProgressApi } from '@wk/web/progress/data-access';
import { AppClock, I18nService, type TranslationKey, TranslatePipe, createFormErrors } from '@wk/web/core';
import {
  ButtonDirective,
  ErrorSummaryComponent,
  FieldsetComponent,
  FormControlDirective,
  FormFieldComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { ACTION_STATUS_DESCRIPTIONS, ACTION_STATUS_LABELS, periodLabel } from '../util/format';
import { type PeriodOption, initialUpdateValue, periodOptions, readUpdateForm, updateFieldOf } from '../util/update-form';

/** Our own words where the API's would not help: a contributor outside the action's units. */
function generalKey(problem: Problem): TranslationKey | null {
  return problem.status === 403 ? 'progressForm.error.forbidden' : null;
}

/**
 * A progress update for one action: period (due, overdue or current), status, percentage,
 * explanation and money spent. Posts it and tells the page (`saved`); errors appear at the fields
 * and in a summary.
 */
@Component({
  selector: 'wk-progress-update-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    ErrorSummaryComponent,
    FieldsetComponent,
    FormControlDirective,
    FormFieldComponent,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  template: `
    <form
      class="wk-inline-form wk-inline-form--wide wk-update-form"
      novalidate
      [formGroup]="form"
      [attr.aria-labelledby]="idPrefix() + '-kop'"
      (submit)="submit($event)"
    >
      @if (headingLevel() === 4) {
        <h4 class="utrecht-heading-4 wk-inline-form__title" [id]="idPrefix() + '-kop'" tabindex="-1">{{ heading() }}</h4>
      } @else {
        <h3 class="utrecht-heading-3 wk-inline-form__title" [id]="idPrefix() + '-kop'" tabindex="-1">{{ heading() }}</h3>
      }
      <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="errors.errors().summary" [idPrefix]="idPrefix()" />

      @if (options().length === 0) {
        <p class="utrecht-paragraph">{{ 'progressForm.noPeriods' | t }}</p>
        @if (cancellable()) {
          <div class="wk-form__actions wk-inline-form__actions">
            <button type="button" wkButton="secondary" (click)="cancelled.emit()">
              {{ 'common.close' | t }}
            </button>
          </div>
        }
      } @else {
        <wk-form-field
          [controlId]="id('period')"
          [label]="'progressForm.field.period' | t"
          [description]="'progressForm.field.period.description' | t"
          [error]="errors.field('period')"
          [errorPrefix]="'form.errorPrefix' | t"
        >
          <select wkControl class="utrecht-select utrecht-select--html-select wk-select" formControlName="period">
            @for (group of optionGroups(); track group.label) {
              <optgroup [label]="group.label | t">
                @for (option of group.options; track option.key) {
                  <option [value]="option.key">{{ option.text }}</option>
                }
              </optgroup>
            }
          </select>
        </wk-form-field>

        <wk-fieldset
          [firstControlId]="id('status')"
          [legend]="'progressForm.field.status' | t"
          [error]="errors.field('status')"
          [errorPrefix]="'form.errorPrefix' | t"
        >
          <div class="wk-option-columns wk-option-columns--wide">
            @for (status of statuses; track status; let first = $first) {
              <div class="utrecht-form-field utrecht-form-field--radio wk-option">
                <div class="utrecht-form-field__input">
                  <input
                    type="radio"
                    class="utrecht-radio-button utrecht-radio-button--html-input"
                    [id]="first ? id('status') : id('status') + '-' + status"
                    [attr.name]="id('status')"
                    formControlName="status"
                    [value]="status"
                    [attr.aria-describedby]="id('status') + '-' + status + '-uitleg'"
                    (change)="chooseStatus(status)"
                  />
                </div>
                <div class="utrecht-form-field__label">
                  <label class="utrecht-form-label utrecht-form-label--radio" [for]="first ? id('status') : id('status') + '-' + status">{{
                    statusLabels[status] | t
                  }}</label>
                </div>
                <div
                  class="utrecht-form-field-description utrecht-form-field__description wk-option__description"
                  [id]="id('status') + '-' + status + '-uitleg'"
                >
                  {{ statusDescriptions[status] | t }}
                </div>
              </div>
            }
          </div>
        </wk-fieldset>

        <wk-form-field
          [controlId]="id('percent')"
          [label]="'progressForm.field.percent' | t"
          [description]="'progressForm.field.percent.description' | t"
          [error]="errors.field('percent')"
          [errorPrefix]="'form.errorPrefix' | t"
        >
          <span class="wk-suffix-field">
            <input
              wkControl
              class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric wk-textbox--percent"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              formControlName="percent"
            />
            <span class="wk-suffix-field__suffix" aria-hidden="true">%</span>
          </span>
        </wk-form-field>

        <wk-form-field
          [controlId]="id('narrative')"
          [label]="'progressForm.field.narrative' | t"
          [description]="'progressForm.field.narrative.description' | t"
          [error]="errors.field('narrative')"
          [errorPrefix]="'form.errorPrefix' | t"
        >
          <textarea wkControl class="utrecht-textarea utrecht-textarea--html-textarea" rows="4" formControlName="narrative"></textarea>
        </wk-form-field>

        <wk-form-field
          [controlId]="id('spent')"
          [label]="'progressForm.field.spent' | t"
          [description]="'progressForm.field.spent.description' | t"
          [error]="errors.field('spent')"
          [errorPrefix]="'form.errorPrefix' | t"
        >
          <span class="wk-money">
            <span class="wk-money__sign" aria-hidden="true">€</span>
            <input
              wkControl
              class="utrecht-textbox utrecht-textbox--html-input wk-textbox--number"
              type="text"
              inputmode="decimal"
              autocomplete="off"
              formControlName="spent"
            />
          </span>
        </wk-form-field>

        <div class="wk-form__actions wk-inline-form__actions">
          <button type="submit" wkButton="primary" [attr.aria-disabled]="busy() ? 'true' : null">
            {{ (busy() ? 'common.saving' : 'progressForm.submit') | t }}
          </button>
          @if (cancellable()) {
            <button type="button" wkButton="subtle" (click)="cancelled.emit()">
              {{ 'common.cancel' | t }}
            </button>
          }
        </div>
      }
    </form>
  `,
})
export class UpdateFormComponent {
  readonly #api = inject(ProgressApi);
  readonly #i18n = inject(I18nService);

  readonly action = input.required<ActionProgress>();
  /** Prefix of the control ids (and of the error summary). */
  readonly idPrefix = input.required<string>();
  readonly heading = input.required<string>();
  readonly headingLevel = input<3 | 4>(3);
  readonly cancellable = input(true);
  /** yyyy-mm-dd; the product's today (AppClock) unless given. */
  readonly today = input<string>(inject(AppClock).today());
  readonly saved = output<ProgressUpdate>();
  readonly cancelled = output<void>();

  readonly statuses = ACTION_STATUSES;
  readonly statusLabels = ACTION_STATUS_LABELS;
  readonly statusDescriptions = ACTION_STATUS_DESCRIPTIONS;
  readonly busy = signal(false);
  readonly errors = createFormErrors(updateFieldOf);
  readonly options = computed<PeriodOption[]>(() => periodOptions(this.action(), this.today()));
  readonly #fb = inject(NonNullableFormBuilder);
  readonly form = this.#fb.group({
    period: '',
    status: this.#fb.control<ActionStatus | ''>(''),
    percent: '',
    narrative: '',
    spent: '',
  });
  readonly optionTexts = computed(() => {
    const t = this.#i18n.t.bind(this.#i18n);
    return this.options().map((option) => {
      const period = periodLabel(option.period, t);
      const date = option.deadline ? this.#i18n.formatDate(option.deadline) : '';
      const text =
        option.state === 'overdue'
          ? t('progress.periodText.overdue', { period, date })
          : option.state === 'due'
            ? t('progress.periodText.due', { period, date })
            : option.state === 'current'
              ? t('progress.periodText.current', { period })
              : t('progress.periodText.again', { period });
      return { key: option.key, again: option.state === 'again', text };
    });
  });
  /** To report first (due, overdue, current), then earlier periods to report again. */
  readonly optionGroups = computed(() => {
    const texts = this.optionTexts();
    return [
      { label: 'progressForm.group.toReport' as const, options: texts.filter((o) => !o.again) },
      { label: 'progressForm.group.again' as const, options: texts.filter((o) => o.again) },
    ].filter((g) => g.options.length > 0);
  });

  constructor() {
    // Starts again whenever the action (and so the periods to offer) changes.
    effect(() => this.form.setValue(initialUpdateValue(this.action(), this.options())));
  }

  id(field: string): string {
    return controlId(this.idPrefix(), field);
  }

  /** Completed means 100%: filled in for the user, who can still see and change it. */
  chooseStatus(status: ActionStatus): void {
    if (status === 'completed') {
      this.form.controls.percent.setValue('100');
    }
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) {
      return;
    }
    const { request, checks } = readUpdateForm(this.form.getRawValue(), this.options());
    if (!this.errors.check(checks) || !request) {
      return;
    }
    this.busy.set(true);
    try {
      const update = await firstValueFrom(this.#api.addUpdate(this.action().actionId, request));
      this.saved.emit(update);
    } catch (error: unknown) {
      this.errors.fail(error, generalKey);
    } finally {
      this.busy.set(false);
    }
  }
}
