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
import { toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, type FormGroup, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { map } from 'rxjs';
import { type Plan, type PlanAction, type PlanGoal, QUARTERS, YEAR_MAX, YEAR_MIN } from '@wk/contracts';
import { formatEuroCents } from '@wk/util';
import { PlanStore } from '@wk/web/plans/data-access';
import { AppClock, createFormErrors, I18nService, LoadStateComponent, ORG_UNIT_KIND_LABELS, TranslatePipe } from '@wk/web/core';
import {
  ButtonDirective,
  ErrorSummaryComponent,
  FieldsetComponent,
  FormControlDirective,
  FormFieldComponent,
  controlId,
} from '@wk/web/shared/ui';
import {
  type ActionFormValue,
  type BudgetRowValue,
  type MilestoneRowValue,
  actionFieldOf,
  actionFormValue,
  budgetTotalCents,
  readActionForm,
} from '../util/action-form';
import { horizonYears } from '../util/format';
import { conflictKey } from './plan-errors';
import { PlanOptions } from './plan-options';

type BudgetRowGroup = FormGroup<{ year: FormControl<string>; amount: FormControl<string> }>;
/** `key` is '' for a milestone that is new. */
type MilestoneRowGroup = FormGroup<{
  key: FormControl<string>;
  title: FormControl<string>;
  dueDate: FormControl<string>;
  done: FormControl<boolean>;
}>;

/**
 * Add an action to a goal or change one: title, description, lead unit, contributing units, owner,
 * period (year + quarter), budget per year (euros typed the Dutch way) and milestones.
 */
@Component({
  selector: 'wk-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    LoadStateComponent,
    ErrorSummaryComponent,
    FieldsetComponent,
    FormControlDirective,
    FormFieldComponent,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  templateUrl: './action-form.component.html',
})
export class ActionFormComponent implements OnInit {
  readonly #i18n = inject(I18nService);
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);
  readonly #fb = inject(NonNullableFormBuilder);
  readonly store = inject(PlanStore);
  readonly options = inject(PlanOptions);

  readonly plan = input.required<Plan>();
  readonly goal = input.required<PlanGoal>();
  /** The action to change; null to add one. */
  readonly action = input<PlanAction | null>(null);
  /** The new plan and the id of the action saved. */
  readonly saved = output<{ plan: Plan; actionId: string | null }>();
  readonly cancelled = output<void>();

  readonly quarters = QUARTERS;
  readonly kindLabels = ORG_UNIT_KIND_LABELS;
  readonly #today = inject(AppClock).today();
  readonly form = this.#fb.group({
    title: '',
    description: '',
    leadUnitId: '',
    contributingUnitIds: this.#fb.control<string[]>([]),
    ownerId: '',
    startYear: '',
    startQuarter: '',
    endYear: '',
    endQuarter: '',
    budget: this.#fb.array<BudgetRowGroup>([]),
    milestones: this.#fb.array<MilestoneRowGroup>([]),
  });
  /** The form's value as a signal, for what is derived from it (years to choose, the running total). */
  readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.#read())), { initialValue: this.#read() });
  readonly errors = createFormErrors(actionFieldOf);
  readonly prefix = computed(() => {
    const action = this.action();
    return action ? `actie-${action.id}-form` : `nieuwe-actie-${this.goal().id}`;
  });
  /** Years to choose from: the horizon, plus a year already chosen outside it. */
  readonly years = computed(() => {
    const plan = this.plan();
    const years = new Set(horizonYears(plan.startYear, plan.endYear));
    const value = this.value();
    for (const text of [value.startYear, value.endYear, ...value.budget.map((row) => row.year)]) {
      if (/^\d{4}$/.test(text)) {
        years.add(Number(text));
      }
    }
    return [...years].sort((a, b) => a - b);
  });
  readonly total = computed(() => formatEuroCents(budgetTotalCents(this.value().budget), this.#i18n.language()));

  constructor() {
    this.#fill(actionFormValue(null, { startYear: YEAR_MIN, endYear: YEAR_MAX }, this.#today));
  }

  ngOnInit(): void {
    this.options.want();
    this.#fill(actionFormValue(this.action(), this.plan(), this.#today));
    afterNextRender(() => this.#document.getElementById(this.id('title'))?.focus(), { injector: this.#injector });
  }

  id(field: string): string {
    return controlId(this.prefix(), field);
  }

  toggleUnit(id: string): void {
    const control = this.form.controls.contributingUnitIds;
    const ids = control.value;
    control.setValue(ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
  }

  addBudgetRow(): void {
    const value = this.value();
    const used = new Set(value.budget.map((row) => row.year));
    const year = this.years().find((y) => y >= Number(value.startYear) && !used.has(String(y))) ?? this.plan().startYear;
    this.form.controls.budget.push(this.#budgetRow({ year: String(year), amount: '' }));
    this.#focusLater(this.id(`budget.${value.budget.length}.amountCents`));
  }

  removeBudgetRow(index: number): void {
    const rows = this.form.controls.budget;
    rows.removeAt(index);
    this.#focusLater(rows.length > 0 ? this.id(`budget.${Math.min(index, rows.length - 1)}.amountCents`) : this.id('budget'));
  }

  addMilestone(): void {
    const rows = this.form.controls.milestones;
    rows.push(this.#milestoneRow({ title: '', dueDate: '', done: false }));
    this.#focusLater(this.id(`milestones.${rows.length - 1}.title`));
  }

  removeMilestone(index: number): void {
    const rows = this.form.controls.milestones;
    rows.removeAt(index);
    this.#focusLater(rows.length > 0 ? this.id(`milestones.${Math.min(index, rows.length - 1)}.title`) : this.id('milestones'));
  }

  async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy()) {
      return;
    }
    const { request, checks } = readActionForm(this.#read());
    if (!this.errors.check(checks) || !request) {
      return;
    }
    const existing = this.action();
    const goalId = this.goal().id;
    try {
      const before = new Set(this.goal().actions.map((a) => a.id));
      const plan = await this.store.write((current, api) => {
        if (existing) {
          const version = current.goals.flatMap((g) => g.actions).find((a) => a.id === existing.id)?.version ?? existing.version;
          return api.updateAction(existing.id, { ...request, version });
        }
        return api.createAction(goalId, request);
      });
      const actionId = existing
        ? existing.id
        : (plan.goals.find((g) => g.id === goalId)?.actions.find((a) => !before.has(a.id))?.id ?? null);
      this.saved.emit({ plan, actionId });
    } catch (error: unknown) {
      this.errors.fail(error, conflictKey);
    }
  }

  #fill(value: ActionFormValue): void {
    const { budget, milestones, ...fields } = value;
    this.form.controls.budget.clear({ emitEvent: false });
    for (const row of budget) {
      this.form.controls.budget.push(this.#budgetRow(row), { emitEvent: false });
    }
    this.form.controls.milestones.clear({ emitEvent: false });
    for (const row of milestones) {
      this.form.controls.milestones.push(this.#milestoneRow(row), { emitEvent: false });
    }
    this.form.patchValue(fields);
  }

  #read(): ActionFormValue {
    const { milestones, ...value } = this.form.getRawValue();
    return { ...value, milestones: milestones.map(({ key, ...row }) => (key ? { key, ...row } : row)) };
  }

  #budgetRow(row: BudgetRowValue): BudgetRowGroup {
    return this.#fb.group({ year: row.year, amount: row.amount });
  }

  #milestoneRow(row: MilestoneRowValue): MilestoneRowGroup {
    return this.#fb.group({ key: row.key ?? '', title: row.title, dueDate: row.dueDate, done: row.done });
  }

  #focusLater(id: string): void {
    afterNextRender(() => this.#document.getElementById(id)?.focus(), { injector: this.#injector });
  }
}
