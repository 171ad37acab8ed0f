import { ChangeDetectionStrategy, Component, Injectable, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { CreateIndicatorTargetRequest, IndicatorTarget, Plan, PlanGoal } from '@wk/contracts';
import { TARGET_TOLERANCE_DEFAULT } from '@wk/contracts';
import { PlansApi } from '@wk/web/plans/data-access';
import { IndicatorsApi } from '@wk/web/indicators/data-access';
import { formatFigure } from '@wk/web/indicators/feature';
import { I18nService, TranslatePipe, createFormErrors, fieldsIn } from '@wk/web/core';
import { ButtonDirective, ErrorSummaryComponent, FormControlDirective, FormFieldComponent, controlId } from '@wk/web/shared/ui';
import { firstValueFrom, map, of } from 'rxjs';

/** The effect indicators of the plan on screen, read once for all its goals. */
@Injectable({ providedIn: 'root' })
export class PlanTargetsStore {
  readonly #api = inject(PlansApi);
  readonly #planId = signal<string | null>(null);
  readonly #round = signal(0);
  readonly targets = rxResource({
    params: () => ({ id: this.#planId(), round: this.#round() }),
    stream: ({ params }) => (params.id ? this.#api.indicatorTargets(params.id).pipe(map((p) => p.items)) : of([] as IndicatorTarget[])),
  });

  use(planId: string): void {
    if (this.#planId() !== planId) this.#planId.set(planId);
  }

  reload(): void {
    this.#round.update((n) => n + 1);
  }
}

const FIELDS = [
  'indicatorCode',
  'wijkId',
  'baseline.year',
  'baseline.value',
  'target.year',
  'target.value',
  'intermediate',
  'tolerancePercent',
];

/** A number as people type it in Dutch or English: "3,88" or "3.88"; null when it is none. */
function numberOf(text: string): number | null {
  const t = text.trim().replace(',', '.');
  return t !== '' && /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * A goal's effect indicators: which indicator of which wijk the goal should move, from a baseline to a target (with
 * an optional intermediate target). In a draft a planner links, and removes, them here; the plan's dashboard shows
 * whether the wijk is on course.
 */
@Component({
  selector: 'wk-goal-targets',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, ErrorSummaryComponent, FormControlDirective, FormFieldComponent, ReactiveFormsModule, TranslatePipe],
  template: `
    @if (mine().length || editable()) {
      <div class="wk-goal-targets">
        <h5 class="utrecht-heading-5">{{ 'targets.heading' | t }}</h5>
        @if (mine().length) {
          <ul class="utrecht-unordered-list">
            @for (t of mine(); track t.id) {
              <li class="utrecht-unordered-list__item">
                {{ describe(t) }}
                @if (editable()) {
                  <button type="button" wkButton="subtle" small (click)="remove(t)" [disabled]="busy()">
                    {{ 'targets.remove' | t: { name: t.indicator.name[language()] } }}
                  </button>
                }
              </li>
            }
          </ul>
        }
        @if (editable()) {
          @if (open()) {
            <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="errors.errors().summary" [idPrefix]="formId()" />
            <form class="wk-form wk-goal-targets__form" [formGroup]="form" (ngSubmit)="save()" novalidate>
              <wk-form-field
                [controlId]="id('indicatorCode')"
                [label]="'targets.indicator' | t"
                [error]="errors.field('indicatorCode')"
                [errorPrefix]="'form.errorPrefix' | t"
              >
                <select wkControl class="utrecht-select utrecht-select--html-select" formControlName="indicatorCode">
                  @for (i of catalogue(); track i.code) {
                    <option [value]="i.code">{{ i.name[language()] }}</option>
                  }
                </select>
              </wk-form-field>
              @if (plan().wijken.length > 1) {
                <wk-form-field
                  [controlId]="id('wijkId')"
                  [label]="'targets.wijk' | t"
                  [error]="errors.field('wijkId')"
                  [errorPrefix]="'form.errorPrefix' | t"
                >
                  <select wkControl class="utrecht-select utrecht-select--html-select" formControlName="wijkId">
                    @for (w of plan().wijken; track w.id) {
                      <option [value]="w.id">{{ w.name }}</option>
                    }
                  </select>
                </wk-form-field>
              }
              <div class="wk-goal-targets__pair">
                <wk-form-field
                  [controlId]="id('baseline.year')"
                  [label]="'targets.baselineYear' | t"
                  [error]="errors.field('baseline.year')"
                  [errorPrefix]="'form.errorPrefix' | t"
                >
                  <input
                    wkControl
                    class="utrecht-textbox utrecht-textbox--html-input wk-input--year"
                    inputmode="numeric"
                    formControlName="baselineYear"
                  />
                </wk-form-field>
                <wk-form-field
                  [controlId]="id('baseline.value')"
                  [label]="'targets.baselineValue' | t"
                  [error]="errors.field('baseline.value')"
                  [errorPrefix]="'form.errorPrefix' | t"
                >
                  <input
                    wkControl
                    class="utrecht-textbox utrecht-textbox--html-input wk-input--short"
                    inputmode="decimal"
                    formControlName="baselineValue"
                  />
                </wk-form-field>
              </div>
              <div class="wk-goal-targets__pair">
                <wk-form-field
                  [controlId]="id('target.year')"
                  [label]="'targets.targetYear' | t"
                  [error]="errors.field('target.year')"
                  [errorPrefix]="'form.errorPrefix' | t"
                >
                  <input
                    wkControl
                    class="utrecht-textbox utrecht-textbox--html-input wk-input--year"
                    inputmode="numeric"
                    formControlName="targetYear"
                  />
                </wk-form-field>
                <wk-form-field
                  [controlId]="id('target.value')"
                  [label]="'targets.targetValue' | t"
                  [error]="errors.field('target.value')"
                  [errorPrefix]="'form.errorPrefix' | t"
                >
                  <input
                    wkControl
                    class="utrecht-textbox utrecht-textbox--html-input wk-input--short"
                    inputmode="decimal"
                    formControlName="targetValue"
                  />
                </wk-form-field>
              </div>
              <div class="wk-goal-targets__pair">
                <wk-form-field
                  [controlId]="id('intermediate')"
                  [label]="'targets.stepYear' | t"
                  [optionalText]="'form.optional' | t"
                  [error]="errors.field('intermediate')"
                  [errorPrefix]="'form.errorPrefix' | t"
                >
                  <input
                    wkControl
                    class="utrecht-textbox utrecht-textbox--html-input wk-input--year"
                    inputmode="numeric"
                    formControlName="stepYear"
                  />
                </wk-form-field>
                <wk-form-field [controlId]="id('stepValue')" [label]="'targets.stepValue' | t" [optionalText]="'form.optional' | t">
                  <input
                    wkControl
                    class="utrecht-textbox utrecht-textbox--html-input wk-input--short"
                    inputmode="decimal"
                    formControlName="stepValue"
                  />
                </wk-form-field>
              </div>
              <wk-form-field
                [controlId]="id('tolerancePercent')"
                [label]="'targets.tolerance' | t"
                [description]="'targets.tolerance.description' | t"
                [error]="errors.field('tolerancePercent')"
                [errorPrefix]="'form.errorPrefix' | t"
              >
                <input
                  wkControl
                  class="utrecht-textbox utrecht-textbox--html-input wk-input--short"
                  inputmode="decimal"
                  formControlName="tolerance"
                />
              </wk-form-field>
              <div class="wk-form__actions">
                <button type="submit" wkButton="primary" [attr.aria-disabled]="busy() ? 'true' : null">{{ 'targets.save' | t }}</button>
                <button type="button" wkButton (click)="open.set(false)">{{ 'common.cancel' | t }}</button>
              </div>
            </form>
          } @else {
            <button
              type="button"
              wkButton
              small
              (click)="open.set(true)"
              [attr.aria-label]="'targets.addFor' | t: { goal: goal().statement }"
            >
              <span aria-hidden="true">+</span> {{ 'targets.add' | t }}
            </button>
          }
        }
      </div>
    }
  `,
})
export class GoalTargetsComponent {
  readonly #api = inject(PlansApi);
  readonly #indicators = inject(IndicatorsApi);
  readonly #i18n = inject(I18nService);
  readonly #store = inject(PlanTargetsStore);
  readonly language = this.#i18n.language;

  readonly plan = input.required<Plan>();
  readonly goal = input.required<PlanGoal>();
  readonly editable = input(false);

  readonly open = signal(false);
  readonly busy = signal(false);
  readonly errors = createFormErrors(fieldsIn(FIELDS));
  readonly formId = computed(() => `doel-${this.goal().id}-effect`);
  readonly id = (field: string) => controlId(this.formId(), field);
  readonly mine = computed(() => (this.#store.targets.value() ?? []).filter((t) => t.goalId === this.goal().id));
  readonly #catalogue = rxResource({
    params: () => this.open(),
    stream: ({ params }) => (params ? this.#indicators.catalogue().pipe(map((p) => p.items)) : of([])),
  });
  readonly catalogue = computed(() => this.#catalogue.value() ?? []);

  readonly form = new FormGroup({
    indicatorCode: new FormControl('lbm_score', { nonNullable: true }),
    wijkId: new FormControl('', { nonNullable: true }),
    baselineYear: new FormControl('', { nonNullable: true }),
    baselineValue: new FormControl('', { nonNullable: true }),
    targetYear: new FormControl('', { nonNullable: true }),
    targetValue: new FormControl('', { nonNullable: true }),
    stepYear: new FormControl('', { nonNullable: true }),
    stepValue: new FormControl('', { nonNullable: true }),
    tolerance: new FormControl(String(TARGET_TOLERANCE_DEFAULT), { nonNullable: true }),
  });

  constructor() {
    effect(() => this.#store.use(this.plan().id));
  }

  describe(t: IndicatorTarget): string {
    const locale = this.#i18n.locale();
    const figure = (v: number) => formatFigure(v, t.indicator, locale);
    const steps = t.intermediate.map((s) => this.#i18n.t('targets.step', { value: figure(s.value), year: s.year })).join(', ');
    return this.#i18n.t('targets.line', {
      indicator: t.indicator.name[this.#i18n.language()],
      wijk: t.wijk.name,
      baseline: figure(t.baseline.value),
      baselineYear: t.baseline.year,
      target: figure(t.target.value),
      targetYear: t.target.year,
      steps: steps ? ` (${steps})` : '',
    });
  }

  async remove(t: IndicatorTarget): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.#api.deleteIndicatorTarget(t.id, t.version));
      this.#store.reload();
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  async save(): Promise<void> {
    if (this.busy()) return;
    const v = this.form.getRawValue();
    const year = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null);
    const step = v.stepYear.trim() !== '' || v.stepValue.trim() !== '';
    const valid = this.errors.check([
      ['baseline.year', year(v.baselineYear) === null ? 'targets.error.year' : null],
      ['baseline.value', numberOf(v.baselineValue) === null ? 'targets.error.number' : null],
      ['target.year', year(v.targetYear) === null ? 'targets.error.year' : null],
      ['target.value', numberOf(v.targetValue) === null ? 'targets.error.number' : null],
      ['intermediate', step && (year(v.stepYear) === null || numberOf(v.stepValue) === null) ? 'targets.error.step' : null],
      ['tolerancePercent', numberOf(v.tolerance) === null ? 'targets.error.number' : null],
    ]);
    if (!valid) return;
    const request: CreateIndicatorTargetRequest = {
      indicatorCode: v.indicatorCode,
      ...(v.wijkId ? { wijkId: v.wijkId } : {}),
      baseline: { year: year(v.baselineYear) ?? 0, value: numberOf(v.baselineValue) ?? 0 },
      target: { year: year(v.targetYear) ?? 0, value: numberOf(v.targetValue) ?? 0 },
      intermediate: step ? [{ year: year(v.stepYear) ?? 0, value: numberOf(v.stepValue) ?? 0 }] : [],
      tolerancePercent: numberOf(v.tolerance) ?? TARGET_TOLERANCE_DEFAULT,
    };
    this.busy.set(true);
    try {
      await firstValueFrom(this.#api.addIndicatorTarget(this.goal().id, request));
      this.errors.clear();
      this.open.set(false);
      this.form.reset();
      this.#store.reload();
    } catch (error: unknown) {
      // The API names nested fields (intermediate.0.year): they belong to the one intermediate target here.
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}
