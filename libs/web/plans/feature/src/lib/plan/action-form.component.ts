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
  signal,
} from '@angular/core';
import { type Plan, type PlanAction, type PlanGoal, QUARTERS, YEAR_MAX, YEAR_MIN } from '@wk/contracts';
import { formatEuroCents } from '@wk/util';
import { PlanStore } from '@wk/web/plans/data-access';
import { AppClock, createFormErrors, I18nService, LoadStateComponent, ORG_UNIT_KIND_LABELS, TranslatePipe } from '@wk/web/core';
import { ErrorSummaryComponent, FieldsetComponent, FormControlDirective, FormFieldComponent, controlId } from '@wk/web/shared/ui';
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

/**
 * Add an action to a goal or change one: title, description, lead unit, contributing units, owner,
 * period (year + quarter), budget per year (euros typed the Dutch way) and milestones.
 */
@Component({
  selector: 'wk-action-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, ErrorSummaryComponent, FieldsetComponent, FormControlDirective, FormFieldComponent, TranslatePipe],
  templateUrl: './action-form.component.html',
})
export class ActionFormComponent implements OnInit {
  readonly #i18n = inject(I18nService);
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);
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
  readonly value = signal<ActionFormValue>(actionFormValue(null, { startYear: YEAR_MIN, endYear: YEAR_MAX }, this.#today));
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

  ngOnInit(): void {
    this.options.want();
    this.value.set(actionFormValue(this.action(), this.plan(), this.#today));
    afterNextRender(() => this.#document.getElementById(this.id('title'))?.focus(), { injector: this.#injector });
  }

  id(field: string): string {
    return controlId(this.prefix(), field);
  }

  text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  set<K extends 'title' | 'description' | 'leadUnitId' | 'ownerId' | 'startYear' | 'startQuarter' | 'endYear' | 'endQuarter'>(
    key: K,
    event: Event,
  ): void {
    const text = this.text(event);
    this.value.update((value) => ({ ...value, [key]: text }));
  }

  toggleUnit(id: string): void {
    this.value.update((value) => ({
      ...value,
      contributingUnitIds: value.contributingUnitIds.includes(id)
        ? value.contributingUnitIds.filter((x) => x !== id)
        : [...value.contributingUnitIds, id],
    }));
  }

  setBudget(index: number, key: keyof BudgetRowValue, event: Event): void {
    const text = this.text(event);
    this.value.update((value) => ({
      ...value,
      budget: value.budget.map((row, i) => (i === index ? { ...row, [key]: text } : row)),
    }));
  }

  addBudgetRow(): void {
    const value = this.value();
    const used = new Set(value.budget.map((row) => row.year));
    const year = this.years().find((y) => y >= Number(value.startYear) && !used.has(String(y))) ?? this.plan().startYear;
    this.value.set({ ...value, budget: [...value.budget, { year: String(year), amount: '' }] });
    this.#focusLater(this.id(`budget.${value.budget.length}.amountCents`));
  }

  removeBudgetRow(index: number): void {
    const rows = this.value().budget.filter((_, i) => i !== index);
    this.value.update((value) => ({ ...value, budget: rows }));
    this.#focusLater(rows.length > 0 ? this.id(`budget.${Math.min(index, rows.length - 1)}.amountCents`) : this.id('budget'));
  }

  setMilestone(index: number, key: 'title' | 'dueDate', event: Event): void {
    const text = this.text(event);
    this.value.update((value) => ({
      ...value,
      milestones: value.milestones.map((row, i) => (i === index ? { ...row, [key]: text } : row)),
    }));
  }

  toggleMilestone(index: number): void {
    this.value.update((value) => ({
      ...value,
      milestones: value.milestones.map((row, i) => (i === index ? { ...row, done: !row.done } : row)),
    }));
  }

  addMilestone(): void {
    const value = this.value();
    const row: MilestoneRowValue = { title: '', dueDate: '', done: false };
    this.value.set({ ...value, milestones: [...value.milestones, row] });
    this.#focusLater(this.id(`milestones.${value.milestones.length}.title`));
  }

  removeMilestone(index: number): void {
    const rows = this.value().milestones.filter((_, i) => i !== index);
    this.value.update((value) => ({ ...value, milestones: rows }));
    this.#focusLater(rows.length > 0 ? this.id(`milestones.${Math.min(index, rows.length - 1)}.title`) : this.id('milestones'));
  }

  async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy()) {
      return;
    }
    const { request, checks } = readActionForm(this.value());
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

  #focusLater(id: string): void {
    afterNextRender(() => this.#document.getElementById(id)?.focus(), { injector: this.#injector });
  }
}
