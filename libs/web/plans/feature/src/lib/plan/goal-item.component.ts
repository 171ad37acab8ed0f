import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import type { Plan, PlanGoal } from '@wk/contracts';
import { PlanStore } from '@wk/web/plans/data-access';
import { I18nService, TranslatePipe, createFormErrors } from '@wk/web/core';
import { ButtonDirective, AlertComponent, type ConfirmDeleteTexts } from '@wk/web/shared/ui';
import { anchors } from '../util/format';
import { moveId } from '../util/order';
import { ActionFormComponent } from './action-form.component';
import { ActionItemComponent } from './action-item.component';
import { GoalFormComponent } from './goal-form.component';
import { GoalTargetsComponent } from './goal-targets.component';
import { ItemToolbarComponent } from './item-toolbar.component';
import { conflictKey } from './plan-errors';

/** One goal with its actions; in a draft the goal and its actions can be changed in place. */
@Component({
  selector: 'wk-goal-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    ActionFormComponent,
    ActionItemComponent,
    AlertComponent,
    GoalFormComponent,
    GoalTargetsComponent,
    ItemToolbarComponent,
    TranslatePipe,
  ],
  template: `
    <article class="wk-goal" [id]="anchor()" tabindex="-1" [attr.aria-labelledby]="anchor() + '-titel'">
      @if (editing()) {
        <wk-goal-form [block]="goal().block" [pillar]="goal().pillar" [goal]="goal()" (saved)="saved()" (cancelled)="closeEdit()" />
      } @else {
        <h4 class="utrecht-heading-4 wk-goal__title" [id]="anchor() + '-titel'">
          <span class="wk-goal__label">{{ 'goal.label' | t: { number: index() + 1 } }}</span>
          {{ goal().statement }}
        </h4>
        @if (goal().target) {
          <p class="utrecht-paragraph wk-goal__target">
            <strong>{{ 'goal.target' | t }}:</strong> {{ goal().target }}
          </p>
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
            [label]="'goal.tools' | t: { number: index() + 1 }"
            [name]="'goal.label' | t: { number: index() + 1 }"
            [idPrefix]="anchor()"
            [first]="index() === 0"
            [last]="index() === count() - 1"
            [deleteTexts]="deleteTexts()"
            [busy]="store.busy()"
            (edit)="openEdit()"
            (move)="move($event)"
            (remove)="remove()"
          />
        }
      }

      <wk-goal-targets [plan]="plan()" [goal]="goal()" [editable]="editable()" />

      <div class="wk-goal__actions">
        <h5 class="wk-visually-hidden">{{ 'goal.actions' | t: { number: index() + 1 } }}</h5>
        @if (goal().actions.length === 0) {
          <p class="utrecht-paragraph wk-muted">{{ 'goal.noActions' | t }}</p>
        } @else {
          <ol class="wk-action-list">
            @for (action of goal().actions; track action.id; let i = $index, n = $count) {
              <li class="wk-action-list__item">
                <wk-action-item
                  [plan]="plan()"
                  [goal]="goal()"
                  [action]="action"
                  [index]="i"
                  [count]="n"
                  [editable]="editable()"
                  (gone)="actionGone()"
                />
              </li>
            }
          </ol>
        }
        @if (editable()) {
          @if (adding()) {
            <wk-action-form [plan]="plan()" [goal]="goal()" (saved)="actionAdded($event.actionId)" (cancelled)="closeAdd()" />
          } @else {
            <button
              [attr.aria-label]="('goal.addAction' | t) + ': ' + ('goal.label' | t: { number: index() + 1 })"
              type="button"
              wkButton
              small
              [id]="anchor() + '-actie-toevoegen'"
              (click)="adding.set(true)"
            >
              <span aria-hidden="true">+</span> {{ 'goal.addAction' | t }}
            </button>
          }
        }
      </div>
    </article>
  `,
})
export class GoalItemComponent {
  readonly #i18n = inject(I18nService);
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);
  readonly store = inject(PlanStore);

  readonly plan = input.required<Plan>();
  readonly goal = input.required<PlanGoal>();
  /** The ids of the goals in the same block (and pillar), in order. */
  readonly siblings = input.required<readonly string[]>();
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  readonly editable = input(false);
  /** The goal was deleted: the list moves focus. */
  readonly gone = output<void>();

  readonly editing = signal(false);
  readonly adding = signal(false);
  readonly errors = createFormErrors(() => null);
  readonly anchor = computed(() => anchors.goal(this.goal().id));
  readonly deleteTexts = computed<ConfirmDeleteTexts>(() => ({
    start: this.#i18n.t('goal.delete'),
    question: this.#i18n.t(this.goal().actions.length > 0 ? 'goal.delete.questionWithActions' : 'goal.delete.question', {
      count: this.goal().actions.length,
    }),
    confirm: this.#i18n.t('common.delete.confirm'),
    cancel: this.#i18n.t('common.delete.cancel'),
    busy: this.#i18n.t('common.deleting'),
  }));

  openEdit(): void {
    this.errors.clear();
    this.editing.set(true);
  }

  closeEdit(): void {
    this.editing.set(false);
    this.#focus(`${this.anchor()}-wijzigen`);
  }

  saved(): void {
    this.store.announce(this.#i18n.t('goal.saved', { number: this.index() + 1 }));
    this.closeEdit();
  }

  closeAdd(): void {
    this.adding.set(false);
    this.#focus(`${this.anchor()}-actie-toevoegen`);
  }

  actionAdded(actionId: string | null): void {
    this.adding.set(false);
    const action = this.goal().actions.find((a) => a.id === actionId);
    this.store.announce(this.#i18n.t('action.added', { title: action?.title ?? '' }));
    this.#focus(actionId ? anchors.action(actionId) : `${this.anchor()}-actie-toevoegen`);
  }

  actionGone(): void {
    this.#focus(this.editable() ? `${this.anchor()}-actie-toevoegen` : this.anchor());
  }

  async move(delta: -1 | 1): Promise<void> {
    const goal = this.goal();
    const ids = moveId(this.siblings(), goal.id, delta);
    if (!ids || this.store.busy()) {
      return;
    }
    this.errors.clear();
    try {
      await this.store.write((plan, api) =>
        api.reorderGoals(plan.id, { block: goal.block, pillar: goal.pillar, goalIds: ids, version: plan.version }),
      );
      const position = ids.indexOf(goal.id) + 1;
      this.store.announce(this.#i18n.t('goal.moved', { statement: goal.statement, position, count: ids.length }));
      const atEdge = delta === -1 ? position === 1 : position === ids.length;
      this.#focus(`${this.anchor()}-${(delta === -1) !== atEdge ? 'omhoog' : 'omlaag'}`);
    } catch (error: unknown) {
      this.errors.fail(error, conflictKey);
    }
  }

  async remove(): Promise<void> {
    const goal = this.goal();
    if (this.store.busy()) {
      return;
    }
    this.errors.clear();
    try {
      await this.store.write((plan, api) => api.deleteGoal(goal.id, plan.goals.find((g) => g.id === goal.id)?.version ?? goal.version));
      this.store.announce(this.#i18n.t('goal.deleted', { statement: goal.statement }));
      this.gone.emit();
    } catch (error: unknown) {
      this.errors.fail(error, conflictKey);
    }
  }

  #focus(id: string): void {
    afterNextRender(() => this.#document.getElementById(id)?.focus(), { injector: this.#injector });
  }
}
