import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { PlanInForceRef } from '@wk/contracts';
import { PlanStore } from '@wk/web/plans/data-access';
import { AppClock, I18nService, TranslatePipe, createFormErrors, fieldsIn } from '@wk/web/core';
import { ButtonDirective, ErrorSummaryComponent, FormControlDirective, FormFieldComponent, controlId } from '@wk/web/shared/ui';
import { lifecycleProblemKey } from './plan-errors';

const PREFIX = 'vaststellen';

/**
 * Adopt a plan in review: the date and reference of the council's decision. When the API answers that plans are in
 * force for the same wijken (409 plan_in_force), the planner ticks the plans this one replaces.
 */
@Component({
  selector: 'wk-adopt-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <form class="wk-form wk-inline-form" novalidate [formGroup]="form" (submit)="adopt($event)" aria-labelledby="vaststellen-kop">
      <h3 class="utrecht-heading-3" id="vaststellen-kop" tabindex="-1" #heading>{{ 'lifecycle.adopt.heading' | t }}</h3>
      <p class="utrecht-paragraph">{{ 'lifecycle.adopt.lead' | t }}</p>
      <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="errors.errors().summary" [idPrefix]="prefix" />
      <wk-form-field
        [controlId]="id('adoptedOn')"
        [label]="'lifecycle.adopt.date' | t"
        [description]="'lifecycle.adopt.date.description' | t"
        [error]="errors.field('adoptedOn')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        <input
          wkControl
          class="utrecht-textbox utrecht-textbox--html-input wk-textbox--date"
          type="date"
          [max]="today"
          formControlName="adoptedOn"
        />
      </wk-form-field>
      <wk-form-field
        [controlId]="id('decisionReference')"
        [label]="'lifecycle.adopt.reference' | t"
        [description]="'lifecycle.adopt.reference.description' | t"
        [error]="errors.field('decisionReference')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        <input
          wkControl
          class="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          autocomplete="off"
          formControlName="decisionReference"
        />
      </wk-form-field>
      @if (inForce().length) {
        <div class="utrecht-form-fieldset wk-fieldset" [class.wk-fieldset--invalid]="errors.field('replacePlanIds')">
          <fieldset
            class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset"
            [attr.aria-describedby]="id('replacePlanIds') + '-uitleg'"
          >
            <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend wk-fieldset__legend">
              {{ 'lifecycle.adopt.replace.legend' | t }}
            </legend>
            <div class="utrecht-form-field-description wk-form-field__description" [id]="id('replacePlanIds') + '-uitleg'">
              {{ 'lifecycle.adopt.replace.description' | t }}
            </div>
            @if (errors.field('replacePlanIds'); as error) {
              <p class="utrecht-form-field-error-message wk-form-field__error" [id]="id('replacePlanIds') + '-fout'">
                <span class="wk-visually-hidden">{{ 'form.errorPrefix' | t }}</span> {{ error }}
              </p>
            }
            @for (other of inForce(); track other.id; let first = $first) {
              <div class="utrecht-form-field utrecht-form-field--checkbox wk-option">
                <div class="utrecht-form-field__input">
                  <input
                    type="checkbox"
                    class="utrecht-checkbox utrecht-checkbox--html-input wk-checkbox"
                    [id]="first ? id('replacePlanIds') : id('replacePlanIds') + '-' + other.id"
                    [checked]="form.controls.replacePlanIds.value.includes(other.id)"
                    (change)="toggleReplace(other.id)"
                  />
                </div>
                <div class="utrecht-form-field__label">
                  <label
                    class="utrecht-form-label utrecht-form-label--checkbox"
                    [for]="first ? id('replacePlanIds') : id('replacePlanIds') + '-' + other.id"
                  >
                    {{ 'lifecycle.adopt.replace.option' | t: replaceParams(other) }}
                  </label>
                  <a class="utrecht-link wk-block" [routerLink]="['/plannen', other.id]">{{
                    'lifecycle.adopt.replace.open' | t: { title: other.title }
                  }}</a>
                </div>
              </div>
            }
          </fieldset>
        </div>
      }
      <div class="wk-form__actions">
        <button type="submit" wkButton="primary" [attr.aria-disabled]="store.busy() ? 'true' : null">
          {{ (store.busy() ? 'common.saving' : 'lifecycle.adopt.submit') | t }}
        </button>
        <button type="button" wkButton="subtle" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
      </div>
    </form>
  `,
})
export class AdoptFormComponent {
  readonly #i18n = inject(I18nService);
  readonly store = inject(PlanStore);

  /** The plan is adopted (the store holds it). */
  readonly adopted = output<void>();
  readonly cancelled = output<void>();

  readonly prefix = PREFIX;
  readonly today = inject(AppClock).today();
  readonly #fb = inject(NonNullableFormBuilder);
  readonly form = this.#fb.group({
    adoptedOn: this.today,
    decisionReference: '',
    replacePlanIds: this.#fb.control<readonly string[]>([]),
  });
  readonly errors = createFormErrors(fieldsIn(['adoptedOn', 'decisionReference', 'replacePlanIds']));
  /** Plans in force for the same wijk that the API named (409 plan_in_force): the planner says whether this plan replaces them. */
  readonly inForce = signal<readonly PlanInForceRef[]>([]);
  readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus(), { injector: inject(Injector) });
  }

  id(field: string): string {
    return controlId(PREFIX, field);
  }

  replaceParams(other: PlanInForceRef): Record<string, string | number> {
    return {
      title: other.title,
      revision: other.revision,
      wijken: other.wijken.map((w) => w.name).join(', '),
      date: other.adoptedOn ? this.#i18n.formatDate(other.adoptedOn) : '',
    };
  }

  toggleReplace(id: string): void {
    const control = this.form.controls.replacePlanIds;
    const current = control.value;
    control.setValue(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
  }

  async adopt(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy()) {
      return;
    }
    const value = this.form.getRawValue();
    const adoptedOn = value.adoptedOn.trim();
    const decisionReference = value.decisionReference.trim();
    const ok = this.errors.check([
      [
        'adoptedOn',
        !/^\d{4}-\d{2}-\d{2}$/.test(adoptedOn)
          ? 'lifecycle.adopt.error.date'
          : adoptedOn > this.today
            ? 'lifecycle.adopt.error.future'
            : null,
      ],
      ['decisionReference', decisionReference === '' ? 'lifecycle.adopt.error.reference' : null],
      ['replacePlanIds', this.inForce().some((p) => !value.replacePlanIds.includes(p.id)) ? 'lifecycle.adopt.replace.error' : null],
    ]);
    if (!ok) {
      return;
    }
    const replacePlanIds = this.inForce()
      .map((p) => p.id)
      .filter((id) => value.replacePlanIds.includes(id));
    try {
      await this.store.write((plan, api) =>
        api.adopt(plan.id, { adoptedOn, decisionReference, ...(replacePlanIds.length ? { replacePlanIds } : {}), version: plan.version }),
      );
      this.store.notify(replacePlanIds.length ? 'lifecycle.adoptedReplacing' : 'lifecycle.adopted');
      this.adopted.emit();
    } catch (error: unknown) {
      const problem = this.errors.fail(error, lifecycleProblemKey);
      if (problem.code === 'plan_in_force') {
        // Ask explicitly: the planner ticks the plans this one replaces (or gives the plans different themes).
        this.inForce.set(problem.plansInForce ?? []);
        this.form.controls.replacePlanIds.setValue([]);
        this.errors.check([['replacePlanIds', 'lifecycle.adopt.replace.error']]);
      }
    }
  }
}
