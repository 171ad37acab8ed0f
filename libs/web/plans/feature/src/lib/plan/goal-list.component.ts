import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import type { BlockCode, PillarCode, Plan } from '@wk/contracts';
import { PlanStore } from '@wk/web/plans/data-access';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { anchors } from '../util/format';
import { GoalFormComponent } from './goal-form.component';
import { GoalItemComponent } from './goal-item.component';
import { ButtonDirective } from '@wk/web/shared/ui';

/** The goals of one block (or one pillar of B4), with "add a goal" in a draft. */
@Component({
  selector: 'wk-goal-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, GoalFormComponent, GoalItemComponent, TranslatePipe],
  template: `
    @if (goals().length === 0) {
      <p class="utrecht-paragraph wk-muted">{{ 'goal.none' | t }}</p>
    } @else {
      <ol class="wk-goal-list">
        @for (goal of goals(); track goal.id; let i = $index, n = $count) {
          <li class="wk-goal-list__item">
            <wk-goal-item
              [plan]="plan()"
              [goal]="goal"
              [siblings]="ids()"
              [index]="i"
              [count]="n"
              [editable]="editable()"
              (gone)="goalGone()"
            />
          </li>
        }
      </ol>
    }
    @if (editable()) {
      @if (adding()) {
        <wk-goal-form [block]="block()" [pillar]="pillar()" (saved)="added($event.goalId)" (cancelled)="closeAdd()" />
      } @else {
        <button [attr.aria-label]="('goal.add' | t) + ': ' + groupName()" type="button" wkButton [id]="addId()" (click)="adding.set(true)">
          <span aria-hidden="true">+</span> {{ 'goal.add' | t }}
        </button>
      }
    }
  `,
})
export class GoalListComponent {
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);
  readonly #i18n = inject(I18nService);
  readonly store = inject(PlanStore);

  readonly plan = input.required<Plan>();
  readonly block = input.required<BlockCode>();
  readonly pillar = input<PillarCode | null>(null);
  /** Name of the block or pillar, read after "add a goal" by screen readers. */
  readonly groupName = input.required<string>();
  readonly editable = input(false);

  readonly adding = signal(false);
  readonly goals = computed(() =>
    this.plan()
      .goals.filter((g) => g.block === this.block() && (this.pillar() === null || g.pillar === this.pillar()))
      .sort((a, b) => a.position - b.position),
  );
  readonly ids = computed(() => this.goals().map((g) => g.id));
  readonly addId = computed(() => `doel-toevoegen-${this.block()}${this.pillar() ?? ''}`);

  added(goalId: string | null): void {
    this.adding.set(false);
    this.store.announce(this.#i18n.t('goal.added', { name: this.groupName() }));
    this.#focus(goalId ? anchors.goal(goalId) : this.addId());
  }

  closeAdd(): void {
    this.adding.set(false);
    this.#focus(this.addId());
  }

  goalGone(): void {
    this.#focus(this.addId());
  }

  #focus(id: string): void {
    afterNextRender(() => this.#document.getElementById(id)?.focus(), { injector: this.#injector });
  }
}
