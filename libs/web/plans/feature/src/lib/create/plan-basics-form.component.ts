import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { map } from 'rxjs';
import { RouterLink } from '@angular/router';
import { CADENCES, type Cadence, type CreatePlanRequest, type PlanSummary, type PlanWijkRef } from '@wk/contracts';
import type { TranslationKey } from '@wk/web/core';
import { TranslatePipe, createFormErrors, fieldsIn } from '@wk/web/core';
import {
  AlertComponent,
  ButtonDirective,
  ErrorSummaryComponent,
  FieldsetComponent,
  FormControlDirective,
  FormFieldComponent,
  controlId,
} from '@wk/web/shared/ui';
import { type PlanBasicsValue, isHorizonShort, readPlanBasics } from '../util/plan-basics';

const CADENCE_LABELS: Readonly<Record<Cadence, TranslationKey>> = {
  quarterly: 'planForm.cadence.quarterly',
  yearly: 'planForm.cadence.yearly',
};

const CADENCE_DESCRIPTIONS: Readonly<Record<Cadence, TranslationKey>> = {
  quarterly: 'planForm.cadence.quarterly.description',
  yearly: 'planForm.cadence.yearly.description',
};

const FIELDS = ['title', 'theme', 'wijkIds', 'startYear', 'endYear', 'cadence'] as const;

/**
 * Title, wijken, horizon and reporting cadence of a plan: for a new plan and for changing a draft. Warns (without
 * refusing) when the horizon is shorter than 10 years. `save` sends the request and throws the
 * API's error, which is then shown at the fields.
 */
@Component({
  selector: 'wk-plan-basics-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AlertComponent,
    ButtonDirective,
    ErrorSummaryComponent,
    FieldsetComponent,
    FormControlDirective,
    FormFieldComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="errors.errors().summary" [idPrefix]="idPrefix()" />
    <form class="wk-form" novalidate [formGroup]="form" (submit)="submit($event)">
      <wk-form-field
        [controlId]="id('title')"
        [label]="'planForm.field.title' | t"
        [description]="'planForm.field.title.description' | t"
        [error]="errors.field('title')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        <input wkControl class="utrecht-textbox utrecht-textbox--html-input" type="text" autocomplete="off" formControlName="title" />
      </wk-form-field>

      <wk-form-field
        [controlId]="id('theme')"
        [label]="'planForm.field.theme' | t"
        [description]="'planForm.field.theme.description' | t"
        [error]="errors.field('theme')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        <input wkControl class="utrecht-textbox utrecht-textbox--html-input" type="text" autocomplete="off" formControlName="theme" />
      </wk-form-field>

      <wk-fieldset
        [firstControlId]="id('wijkIds')"
        [legend]="'planForm.field.wijken' | t"
        [description]="'planForm.field.wijken.description' | t"
        [error]="errors.field('wijkIds')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        @for (wijk of wijken(); track wijk.id; let first = $first) {
          <div class="utrecht-form-field utrecht-form-field--checkbox wk-option">
            <div class="utrecht-form-field__input">
              <input
                type="checkbox"
                class="utrecht-checkbox utrecht-checkbox--html-input wk-checkbox"
                [id]="first ? id('wijkIds') : id('wijkIds') + '-' + wijk.id"
                [checked]="value().wijkIds.includes(wijk.id)"
                (change)="toggleWijk(wijk.id)"
              />
            </div>
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label utrecht-form-label--checkbox" [for]="first ? id('wijkIds') : id('wijkIds') + '-' + wijk.id">
                {{ wijk.name }}
              </label>
            </div>
          </div>
        } @empty {
          <p class="utrecht-paragraph wk-muted" [id]="id('wijkIds')">{{ 'planForm.field.wijken.none' | t }}</p>
        }
      </wk-fieldset>

      <div aria-live="polite" class="wk-in-force">
        @if (inForceHere().length) {
          <wk-alert type="info" [announce]="false" [heading]="'planForm.inForce.heading' | t">
            <p class="utrecht-paragraph">{{ 'planForm.inForce.lead' | t }}</p>
            <ul class="utrecht-unordered-list">
              @for (plan of inForceHere(); track plan.id) {
                <li class="utrecht-unordered-list__item">
                  {{ 'planForm.inForce.item' | t: { wijken: wijkNamesOf(plan), title: plan.title, revision: plan.revision } }}
                  <a class="utrecht-link" [routerLink]="['/plannen', plan.id]">{{ 'planForm.inForce.link' | t: { title: plan.title } }}</a>
                </li>
              }
            </ul>
            <p class="utrecht-paragraph">{{ 'planForm.inForce.theme' | t }}</p>
          </wk-alert>
        }
      </div>

      <div class="utrecht-form-fieldset wk-fieldset">
        <fieldset
          class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset"
          [attr.aria-describedby]="id('horizon') + '-uitleg'"
        >
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend wk-fieldset__legend">
            {{ 'planForm.horizon.legend' | t }}
          </legend>
          <div class="utrecht-form-field-description wk-form-field__description" [id]="id('horizon') + '-uitleg'">
            {{ 'planForm.horizon.description' | t }}
          </div>
          <div class="wk-field-row">
            <wk-form-field
              [controlId]="id('startYear')"
              [label]="'planForm.field.startYear' | t"
              [error]="errors.field('startYear')"
              [errorPrefix]="'form.errorPrefix' | t"
            >
              <input
                wkControl
                class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric wk-textbox--year"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                formControlName="startYear"
              />
            </wk-form-field>
            <wk-form-field
              [controlId]="id('endYear')"
              [label]="'planForm.field.endYear' | t"
              [error]="errors.field('endYear')"
              [errorPrefix]="'form.errorPrefix' | t"
            >
              <input
                wkControl
                class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric wk-textbox--year"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                formControlName="endYear"
              />
            </wk-form-field>
          </div>
          @if (horizonShort()) {
            <wk-alert type="warning" [polite]="true">
              <p class="utrecht-paragraph">{{ 'planForm.horizon.short' | t }}</p>
            </wk-alert>
          }
        </fieldset>
      </div>

      <wk-fieldset
        [firstControlId]="id('cadence')"
        [legend]="'planForm.field.cadence' | t"
        [description]="'planForm.field.cadence.description' | t"
        [error]="errors.field('cadence')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        @for (option of cadences; track option; let first = $first) {
          <div class="utrecht-form-field utrecht-form-field--radio wk-option">
            <div class="utrecht-form-field__input">
              <input
                type="radio"
                class="utrecht-radio-button utrecht-radio-button--html-input"
                [id]="first ? id('cadence') : id('cadence') + '-' + option"
                [attr.name]="id('cadence')"
                formControlName="cadence"
                [value]="option"
                [attr.aria-describedby]="id('cadence') + '-' + option + '-uitleg'"
              />
            </div>
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label utrecht-form-label--radio" [for]="first ? id('cadence') : id('cadence') + '-' + option">{{
                cadenceLabels[option] | t
              }}</label>
            </div>
            <div
              class="utrecht-form-field-description utrecht-form-field__description wk-option__description"
              [id]="id('cadence') + '-' + option + '-uitleg'"
            >
              {{ cadenceDescriptions[option] | t }}
            </div>
          </div>
        }
      </wk-fieldset>

      <div class="wk-form__actions">
        <button type="submit" wkButton="primary" [attr.aria-disabled]="busy() ? 'true' : null">
          {{ busy() ? ('common.saving' | t) : submitLabel() }}
        </button>
        <button type="button" wkButton="subtle" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
      </div>
    </form>
  `,
})
export class PlanBasicsFormComponent {
  /** Prefix of the control ids (and of the error summary). */
  readonly idPrefix = input.required<string>();
  readonly initial = input.required<PlanBasicsValue>();
  readonly wijken = input.required<readonly PlanWijkRef[]>();
  readonly submitLabel = input.required<string>();
  /** Sends the request; throws the HTTP error when the API refuses it. */
  readonly save = input.required<(request: CreatePlanRequest) => Promise<unknown>>();
  readonly cancelled = output<void>();
  /** Plans in force (adopted) of the tenant: a new plan for one of their wijken is offered as a new version instead. */
  readonly plansInForce = input<readonly PlanSummary[]>([]);

  readonly #fb = inject(NonNullableFormBuilder);
  readonly form = this.#fb.group({
    title: '',
    theme: '',
    wijkIds: this.#fb.control<readonly string[]>([]),
    startYear: '',
    endYear: '',
    cadence: this.#fb.control<Cadence | ''>(''),
  });
  /** The form's value as a signal, for what is derived from it (plans in force, the horizon warning). */
  readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  /** The plans in force for the wijken ticked now. */
  readonly inForceHere = computed(() => {
    const ticked = new Set(this.value().wijkIds);
    return this.plansInForce().filter((p) => p.status === 'adopted' && p.wijken.some((w) => ticked.has(w.id)));
  });
  readonly cadences = CADENCES;
  readonly cadenceLabels = CADENCE_LABELS;
  readonly cadenceDescriptions = CADENCE_DESCRIPTIONS;
  readonly busy = signal(false);
  readonly errors = createFormErrors(fieldsIn(FIELDS));
  readonly horizonShort = computed(() => isHorizonShort(this.value()));

  constructor() {
    // Starts again from `initial` whenever it changes (a plan loaded anew).
    effect(() => {
      const { title, theme, wijkIds, startYear, endYear, cadence } = this.initial();
      this.form.setValue({ title, theme: theme ?? '', wijkIds, startYear, endYear, cadence });
    });
  }

  id(field: string): string {
    return controlId(this.idPrefix(), field);
  }

  wijkNamesOf(plan: PlanSummary): string {
    const ticked = new Set(this.value().wijkIds);
    return plan.wijken
      .filter((w) => ticked.has(w.id))
      .map((w) => w.name)
      .join(', ');
  }

  toggleWijk(id: string): void {
    const control = this.form.controls.wijkIds;
    const current = control.value;
    control.setValue(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) {
      return;
    }
    const { request, checks } = readPlanBasics(this.form.getRawValue());
    if (!this.errors.check(checks) || !request) {
      return;
    }
    this.busy.set(true);
    try {
      await this.save()(request);
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}
