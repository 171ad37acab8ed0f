import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  EnvironmentInjector,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import type { Plan, PlanAction, PlanGoal } from '@wk/contracts';
import { formatEuroCents, sumBudgetCents } from '@wk/util';
import { PlanStore } from '@wk/web/plans/data-access';
import { I18nService, TranslatePipe, createFormErrors } from '@wk/web/core';
import { AlertComponent, ButtonDirective, type ConfirmDeleteTexts } from '@wk/web/shared/ui';
import { anchors, blockNumber, formatPeriod, pillarName } from '../util/format';
import { moveId } from '../util/order';
import { ActionFormComponent } from './action-form.component';
import { ItemToolbarComponent } from './item-toolbar.component';
import { conflictKey } from './plan-errors';

/** One action under a goal: what, who, when, how much; in a draft also change, move and delete. */
@Component({
  selector: 'wk-action-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ActionFormComponent, AlertComponent, ButtonDirective, ItemToolbarComponent, ReactiveFormsModule, TranslatePipe],
  template: `
    <article class="wk-action" [id]="anchor()" tabindex="-1" [attr.aria-labelledby]="anchor() + '-titel'">
      @if (editing()) {
        <wk-action-form [plan]="plan()" [goal]="goal()" [action]="action()" (saved)="saved()" (cancelled)="closeEdit()" />
      } @else {
        <h5 class="utrecht-heading-5 wk-action__title" [id]="anchor() + '-titel'">{{ action().title }}</h5>
        <dl class="wk-action__facts">
          <div class="wk-action__fact">
            <dt>{{ 'action.lead' | t }}</dt>
            <dd>
              @if (action().leadUnit; as lead) {
                {{ lead.name }}
              } @else {
                <span class="wk-warning-text">{{ 'action.noLead' | t }}</span>
              }
            </dd>
          </div>
          <div class="wk-action__fact">
            <dt>{{ 'action.period' | t }}</dt>
            <dd>{{ period() }}</dd>
          </div>
          <div class="wk-action__fact">
            <dt>{{ 'action.budget' | t }}</dt>
            <dd>{{ budget() }}</dd>
          </div>
          @if (action().contributingUnits.length > 0) {
            <div class="wk-action__fact">
              <dt>{{ 'action.contributing' | t }}</dt>
              <dd>{{ contributing() }}</dd>
            </div>
          }
          @if (action().owner; as owner) {
            <div class="wk-action__fact">
              <dt>{{ 'action.owner' | t }}</dt>
              <dd>{{ owner.name }}</dd>
            </div>
          }
        </dl>
        @if (hasDetails()) {
          <details class="wk-details">
            <summary [attr.aria-label]="('action.more' | t) + ': ' + action().title" class="wk-details__summary">
              {{ 'action.more' | t }}
            </summary>
            <div class="wk-details__body">
              @if (action().description) {
                <p class="utrecht-paragraph wk-prose">{{ action().description }}</p>
              }
              @if (action().budget.length > 0) {
                <p class="utrecht-paragraph wk-details__label">{{ 'action.budgetPerYear' | t }}</p>
                <ul class="wk-plain-list">
                  @for (line of budgetLines(); track line.year) {
                    <li class="wk-plain-list__item">{{ line.year }}: {{ line.amount }}</li>
                  }
                </ul>
              }
              @if (action().milestones.length > 0) {
                <p class="utrecht-paragraph wk-details__label">{{ 'action.milestones' | t }}</p>
                <ul class="wk-plain-list">
                  @for (m of action().milestones; track $index) {
                    <li class="wk-plain-list__item">
                      {{ m.title }} – {{ formatDate(m.dueDate) }} ({{ (m.done ? 'action.milestone.done' : 'action.milestone.open') | t }})
                    </li>
                  }
                </ul>
              }
            </div>
          </details>
        }

        @if (editable()) {
          @if (errors.errors().summary.length > 0) {
            <wk-alert type="error">
              @for (item of errors.errors().summary; track $index) {
                <p class="utrecht-paragraph">{{ item.message }}</p>
              }
            </wk-alert>
          }
          <wk-item-toolbar
            [label]="'action.tools' | t: { title: action().title }"
            [name]="action().title"
            [idPrefix]="anchor()"
            [first]="index() === 0"
            [last]="index() === count() - 1"
            [deleteTexts]="deleteTexts()"
            [busy]="store.busy()"
            (edit)="openEdit()"
            (move)="move($event)"
            (remove)="remove()"
          />
          @if (otherGoals().length > 0) {
            <form class="wk-move" (submit)="moveToGoal($event)">
              <label class="utrecht-form-label wk-move__label" [for]="anchor() + '-doel'">{{ 'action.moveTo' | t }}</label>
              <select
                [id]="anchor() + '-doel'"
                class="utrecht-select utrecht-select--html-select wk-select wk-move__select"
                [formControl]="targetGoal"
              >
                <option value="">{{ 'action.moveTo.choose' | t }}</option>
                @for (g of otherGoals(); track g.id) {
                  <option [value]="g.id">{{ g.label }}</option>
                }
              </select>
              <button [attr.aria-label]="('action.move' | t) + ': ' + action().title" type="submit" wkButton small>
                {{ 'action.move' | t }}
              </button>
            </form>
          }
        }
      }
    </article>
  `,
})
export class ActionItemComponent {
  readonly #i18n = inject(I18nService);
  readonly #injector = inject(Injector);
  /** Outlives this item: focus may have to move after the item itself is gone. */
  readonly #environment = inject(EnvironmentInjector);
  readonly #document = inject(DOCUMENT);
  readonly store = inject(PlanStore);

  readonly plan = input.required<Plan>();
  readonly goal = input.required<PlanGoal>();
  readonly action = input.required<PlanAction>();
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  readonly editable = input(false);
  /** The action left this goal (deleted or moved): the list moves focus. */
  readonly gone = output<void>();

  readonly editing = signal(false);
  readonly targetGoal = new FormControl('', { nonNullable: true });
  readonly errors = createFormErrors(() => null);
  readonly anchor = computed(() => anchors.action(this.action().id));
  readonly period = computed(() => formatPeriod(this.action().start, this.action().end, this.#i18n.t.bind(this.#i18n)));
  readonly budget = computed(() => {
    const lines = this.action().budget;
    return lines.length === 0 ? this.#i18n.t('action.noBudget') : formatEuroCents(sumBudgetCents(lines), this.#i18n.language());
  });
  readonly budgetLines = computed(() =>
    [...this.action().budget]
      .sort((a, b) => a.year - b.year)
      .map((line) => ({ year: line.year, amount: formatEuroCents(line.amountCents, this.#i18n.language()) })),
  );
  readonly contributing = computed(() =>
    this.action()
      .contributingUnits.map((u) => u.name)
      .join(', '),
  );
  readonly hasDetails = computed(() => {
    const action = this.action();
    return action.description !== '' || action.budget.length > 0 || action.milestones.length > 0;
  });
  readonly otherGoals = computed(() =>
    this.plan()
      .goals.filter((g) => g.id !== this.goal().id)
      .map((g) => {
        const language = this.#i18n.language();
        const block = this.#i18n.t('plans.block', { number: blockNumber(g.block) });
        const place = g.pillar ? `${block}, ${pillarName(g.pillar, language)}` : block;
        return { id: g.id, label: `${place} – ${g.statement}` };
      }),
  );
  readonly deleteTexts = computed<ConfirmDeleteTexts>(() => ({
    start: this.#i18n.t('action.delete'),
    question: this.#i18n.t('action.delete.question', { title: this.action().title }),
    confirm: this.#i18n.t('common.delete.confirm'),
    cancel: this.#i18n.t('common.delete.cancel'),
    busy: this.#i18n.t('common.deleting'),
  }));

  formatDate(date: string): string {
    return this.#i18n.formatDate(date);
  }

  openEdit(): void {
    this.errors.clear();
    this.editing.set(true);
  }

  closeEdit(): void {
    this.editing.set(false);
    this.#focus(`${this.anchor()}-wijzigen`);
  }

  saved(): void {
    this.store.announce(this.#i18n.t('action.saved', { title: this.action().title }));
    this.closeEdit();
  }

  async move(delta: -1 | 1): Promise<void> {
    const goal = this.goal();
    const action = this.action();
    const ids = moveId(
      goal.actions.map((a) => a.id),
      action.id,
      delta,
    );
    if (!ids || this.store.busy()) {
      return;
    }
    this.errors.clear();
    try {
      await this.store.write((plan, api) =>
        api.reorderActions(goal.id, { actionIds: ids, version: plan.goals.find((g) => g.id === goal.id)?.version ?? goal.version }),
      );
      const position = ids.indexOf(action.id) + 1;
      this.store.announce(this.#i18n.t('action.moved', { title: action.title, position, count: ids.length }));
      const atEdge = delta === -1 ? position === 1 : position === ids.length;
      this.#focus(`${this.anchor()}-${(delta === -1) !== atEdge ? 'omhoog' : 'omlaag'}`);
    } catch (error: unknown) {
      this.errors.fail(error, conflictKey);
    }
  }

  async moveToGoal(event: Event): Promise<void> {
    event.preventDefault();
    const goalId = this.targetGoal.value;
    const target = this.plan().goals.find((g) => g.id === goalId);
    if (!target || this.store.busy()) {
      return;
    }
    const action = this.action();
    this.errors.clear();
    try {
      await this.store.write((plan, api) =>
        api.updateAction(action.id, {
          goalId,
          version: plan.goals.flatMap((g) => g.actions).find((a) => a.id === action.id)?.version ?? action.version,
        }),
      );
      this.store.announce(this.#i18n.t('action.movedToGoal', { title: action.title, goal: target.statement }));
      afterNextRender(() => this.#document.getElementById(anchors.action(action.id))?.focus(), { injector: this.#environment });
    } catch (error: unknown) {
      this.errors.fail(error, conflictKey);
    }
  }

  async remove(): Promise<void> {
    const action = this.action();
    if (this.store.busy()) {
      return;
    }
    this.errors.clear();
    try {
      await this.store.write((plan, api) =>
        api.deleteAction(action.id, plan.goals.flatMap((g) => g.actions).find((a) => a.id === action.id)?.version ?? action.version),
      );
      this.store.announce(this.#i18n.t('action.deleted', { title: action.title }));
      this.gone.emit();
    } catch (error: unknown) {
      this.errors.fail(error, conflictKey);
    }
  }

  #focus(id: string): void {
    afterNextRender(() => this.#document.getElementById(id)?.focus(), { injector: this.#injector });
  }
}
