import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  type OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { BlockCode, PillarCode, Plan, PlanGoal } from '@wk/contracts';
import { PlanStore } from '@wk/web/plans/data-access';
import { TranslatePipe, createFormErrors, fieldsIn } from '@wk/web/core';
import { ButtonDirective, ErrorSummaryComponent, FormControlDirective, FormFieldComponent, controlId } from '@wk/web/shared/ui';
import { conflictKey } from './plan-errors';

/** Add a goal to a block (and pillar), or change one: statement and optional target. */
@Component({
  selector: 'wk-goal-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, ErrorSummaryComponent, FormControlDirective, FormFieldComponent, ReactiveFormsModule, TranslatePipe],
  template: `
    <form class="wk-inline-form" novalidate [formGroup]="form" (submit)="save($event)" [attr.aria-labelledby]="prefix() + '-kop'">
      <h4 class="utrecht-heading-4 wk-inline-form__title" [id]="prefix() + '-kop'">
        {{ (goal() ? 'goalForm.editHeading' : 'goalForm.addHeading') | t }}
      </h4>
      <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="errors.errors().summary" [idPrefix]="prefix()" />
      <wk-form-field
        [controlId]="id('statement')"
        [label]="'goalForm.field.statement' | t"
        [description]="'goalForm.field.statement.description' | t"
        [error]="errors.field('statement')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        <textarea wkControl class="utrecht-textarea utrecht-textarea--html-textarea" rows="3" formControlName="statement"></textarea>
      </wk-form-field>
      <wk-form-field
        [controlId]="id('target')"
        [label]="'goalForm.field.target' | t"
        [description]="'goalForm.field.target.description' | t"
        [optionalText]="'form.optional' | t"
        [error]="errors.field('target')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        <input wkControl class="utrecht-textbox utrecht-textbox--html-input" type="text" autocomplete="off" formControlName="target" />
      </wk-form-field>
      <div class="wk-button-row">
        <button type="submit" wkButton="primary" [attr.aria-disabled]="store.busy() ? 'true' : null">
          {{ (store.busy() ? 'common.saving' : goal() ? 'goalForm.save' : 'goalForm.add') | t }}
        </button>
        <button type="button" wkButton="subtle" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
      </div>
    </form>
  `,
})
export class GoalFormComponent implements OnInit {
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);
  readonly store = inject(PlanStore);

  readonly block = input.required<BlockCode>();
  readonly pillar = input<PillarCode | null>(null);
  /** The goal to change; null to add one. */
  readonly goal = input<PlanGoal | null>(null);
  /** The new plan and the id of the goal saved. */
  readonly saved = output<{ plan: Plan; goalId: string | null }>();
  readonly cancelled = output<void>();

  readonly form = new FormGroup({
    statement: new FormControl('', { nonNullable: true }),
    target: new FormControl('', { nonNullable: true }),
  });
  readonly errors = createFormErrors(fieldsIn(['statement', 'target']));
  readonly prefix = computed(() => {
    const goal = this.goal();
    return goal ? `doel-${goal.id}-form` : `nieuw-doel-${this.block()}${this.pillar() ?? ''}`;
  });

  ngOnInit(): void {
    const goal = this.goal();
    if (goal) {
      this.form.setValue({ statement: goal.statement, target: goal.target ?? '' });
    }
    afterNextRender(() => this.#document.getElementById(this.id('statement'))?.focus(), { injector: this.#injector });
  }

  id(field: string): string {
    return controlId(this.prefix(), field);
  }

  async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy()) {
      return;
    }
    const value = this.form.getRawValue();
    const statement = value.statement.trim();
    const target = value.target.trim() || null;
    if (!this.errors.check([['statement', statement === '' ? 'goalForm.error.statementRequired' : null]])) {
      return;
    }
    const existing = this.goal();
    try {
      const before = new Set(this.store.plan()?.goals.map((g) => g.id));
      const plan = await this.store.write((current, api) => {
        if (existing) {
          const version = current.goals.find((g) => g.id === existing.id)?.version ?? existing.version;
          return api.updateGoal(existing.id, { statement, target, version });
        }
        return api.createGoal(current.id, { block: this.block(), pillar: this.pillar(), statement, target });
      });
      const goalId = existing ? existing.id : (plan.goals.find((g) => !before.has(g.id))?.id ?? null);
      this.saved.emit({ plan, goalId });
    } catch (error: unknown) {
      this.errors.fail(error, conflictKey);
    }
  }
}
