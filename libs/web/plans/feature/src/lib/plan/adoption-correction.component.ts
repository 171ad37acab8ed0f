import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type OnInit,
  afterNextRender,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import type { Plan } from '@wk/contracts';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PlanStore } from '@wk/web/plans/data-access';
import { AppClock, TranslatePipe, createFormErrors, fieldsIn } from '@wk/web/core';
import { ButtonDirective, ErrorSummaryComponent, FormControlDirective, FormFieldComponent, controlId } from '@wk/web/shared/ui';
import { lifecycleProblemKey } from './plan-errors';

const PREFIX = 'vaststelling-corrigeren';

/**
 * The beheerder corrects the date or the decision of an adopted revision (a typing error in the council decision),
 * with a reason that the history shows. The plan's content stays frozen. The form, opened from the plan's next steps
 * (PlanLifecycleComponent, which loads it when opened): it starts with the plan's values and its heading focused, and
 * says `closed` when cancelled or saved.
 */
@Component({
  selector: 'wk-adoption-correction',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, ErrorSummaryComponent, FormControlDirective, FormFieldComponent, ReactiveFormsModule, TranslatePipe],
  template: `
    <form class="wk-form wk-inline-form" novalidate [formGroup]="form" (submit)="save($event)" aria-labelledby="corrigeren-kop">
      <h3 class="utrecht-heading-3" id="corrigeren-kop" tabindex="-1" #heading>{{ 'correction.heading' | t }}</h3>
      <p class="utrecht-paragraph">{{ 'correction.lead' | t }}</p>
      <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="errors.errors().summary" [idPrefix]="prefix" />
      <wk-form-field
        [controlId]="id('adoptedOn')"
        [label]="'lifecycle.adopt.date' | t"
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
      <wk-form-field
        [controlId]="id('reason')"
        [label]="'correction.reason' | t"
        [description]="'correction.reason.description' | t"
        [error]="errors.field('reason')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        <textarea wkControl class="utrecht-textarea utrecht-textarea--html-textarea" rows="3" formControlName="reason"></textarea>
      </wk-form-field>
      <div class="wk-form__actions">
        <button type="submit" wkButton="primary" [attr.aria-disabled]="store.busy() ? 'true' : null">
          {{ (store.busy() ? 'common.saving' : 'correction.submit') | t }}
        </button>
        <button type="button" wkButton="subtle" (click)="hide()">{{ 'common.cancel' | t }}</button>
      </div>
    </form>
  `,
})
export class AdoptionCorrectionComponent implements OnInit {
  readonly store = inject(PlanStore);
  readonly plan = input.required<Plan>();
  /** Cancelled, or saved (the plan's notice says so). */
  readonly closed = output<void>();

  readonly prefix = PREFIX;
  readonly today = inject(AppClock).today();
  readonly form = new FormGroup({
    adoptedOn: new FormControl('', { nonNullable: true }),
    decisionReference: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
  });
  readonly errors = createFormErrors(fieldsIn(['adoptedOn', 'decisionReference', 'reason']));
  readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  constructor() {
    afterNextRender(() => this.heading()?.nativeElement.focus());
  }

  ngOnInit(): void {
    this.form.setValue({ adoptedOn: this.plan().adoptedOn ?? '', decisionReference: this.plan().decisionReference ?? '', reason: '' });
  }

  id(field: string): string {
    return controlId(PREFIX, field);
  }

  hide(): void {
    this.closed.emit();
  }

  async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy()) {
      return;
    }
    const value = this.form.getRawValue();
    const adoptedOn = value.adoptedOn.trim();
    const decisionReference = value.decisionReference.trim();
    const reason = value.reason.trim();
    const plan = this.plan();
    const ok = this.errors.check([
      [
        'adoptedOn',
        !/^\d{4}-\d{2}-\d{2}$/.test(adoptedOn)
          ? 'lifecycle.adopt.error.date'
          : adoptedOn > this.today
            ? 'lifecycle.adopt.error.future'
            : adoptedOn === plan.adoptedOn && decisionReference === plan.decisionReference
              ? 'correction.error.unchanged'
              : null,
      ],
      ['decisionReference', decisionReference === '' ? 'lifecycle.adopt.error.reference' : null],
      ['reason', reason === '' ? 'correction.error.reason' : null],
    ]);
    if (!ok) {
      return;
    }
    try {
      await this.store.write((current, api) =>
        api.correctAdoption(current.id, { adoptedOn, decisionReference, reason, version: current.version }),
      );
      this.store.notify('correction.saved');
      this.hide();
    } catch (error: unknown) {
      this.errors.fail(error, lifecycleProblemKey);
    }
  }
}
