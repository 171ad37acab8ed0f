import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ActionProgress, Plan, PlanAction } from '@wk/contracts';
import { formatEuroCents, sumBudgetCents } from '@wk/util';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { CADENCE_LABELS, blockLabel } from '../util/format';

/** The facts of an action on its page: plan, wijken, block and goal, units, period, cadence, budget and money spent. */
@Component({
  selector: 'wk-action-facts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <dl class="wk-facts wk-plan-facts">
      <div class="wk-facts__row">
        <dt class="wk-facts__key">{{ 'progress.fact.plan' | t }}</dt>
        <dd class="wk-facts__value">
          <a class="utrecht-link" [routerLink]="['/plannen', plan().id, 'voortgang']">{{ plan().title }}</a>
          <span class="wk-muted"> ({{ 'plan.fact.revisionOf' | t: { revision: plan().revision, count: plan().revisions.length } }})</span>
        </dd>
      </div>
      <div class="wk-facts__row">
        <dt class="wk-facts__key">{{ 'plan.fact.wijken' | t }}</dt>
        <dd class="wk-facts__value">{{ wijken() }}</dd>
      </div>
      @if (goal(); as g) {
        <div class="wk-facts__row">
          <dt class="wk-facts__key">{{ (g.pillar ? 'progress.fact.blockPillar' : 'progress.fact.block') | t }}</dt>
          <dd class="wk-facts__value">{{ g.block }}</dd>
        </div>
        <div class="wk-facts__row">
          <dt class="wk-facts__key">{{ 'progress.fact.goal' | t }}</dt>
          <dd class="wk-facts__value">{{ g.statement }}</dd>
        </div>
      }
      <div class="wk-facts__row">
        <dt class="wk-facts__key">{{ 'action.lead' | t }}</dt>
        <dd class="wk-facts__value">
          @if (action().leadUnit; as lead) {
            <a class="utrecht-link" [routerLink]="['/organisatieonderdelen', lead.id, 'acties']">{{ lead.name }}</a>
          } @else {
            <span class="wk-warning-text">{{ 'action.noLead' | t }}</span>
          }
        </dd>
      </div>
      @if (action().contributingUnits.length > 0) {
        <div class="wk-facts__row">
          <dt class="wk-facts__key">{{ 'action.contributing' | t }}</dt>
          <dd class="wk-facts__value">
            @for (unit of action().contributingUnits; track unit.id; let last = $last) {
              <a class="utrecht-link" [routerLink]="['/organisatieonderdelen', unit.id, 'acties']">{{ unit.name }}</a
              >{{ last ? '' : ', ' }}
            }
          </dd>
        </div>
      }
      <div class="wk-facts__row">
        <dt class="wk-facts__key">{{ 'action.period' | t }}</dt>
        <dd class="wk-facts__value">{{ period() }}</dd>
      </div>
      <div class="wk-facts__row">
        <dt class="wk-facts__key">{{ 'progress.fact.cadence' | t }}</dt>
        <dd class="wk-facts__value">{{ cadenceLabels[plan().cadence] | t }}</dd>
      </div>
      <div class="wk-facts__row">
        <dt class="wk-facts__key">{{ 'progress.fact.planned' | t }}</dt>
        <dd class="wk-facts__value">{{ planned() }}</dd>
      </div>
      @if (progress(); as p) {
        <div class="wk-facts__row">
          <dt class="wk-facts__key">{{ 'progress.fact.spent' | t }}</dt>
          <dd class="wk-facts__value">{{ money(p.spentCents) }}</dd>
        </div>
      }
    </dl>
  `,
})
export class ActionFactsComponent {
  readonly #i18n = inject(I18nService);

  readonly action = input.required<PlanAction>();
  readonly plan = input.required<Plan>();
  /** How the action stands; null when it is not in an adopted plan. */
  readonly progress = input<ActionProgress | null>(null);

  readonly cadenceLabels = CADENCE_LABELS;
  readonly goal = computed(() => {
    const goal = this.plan().goals.find((g) => g.id === this.action().goalId);
    const t = this.#i18n.t.bind(this.#i18n);
    return goal
      ? { block: blockLabel(goal.block, goal.pillar, t, this.#i18n.language()), pillar: goal.pillar !== null, statement: goal.statement }
      : null;
  });
  readonly wijken = computed(() =>
    this.plan()
      .wijken.map((w) => w.name)
      .join(', '),
  );
  readonly period = computed(() => {
    const { start, end } = this.action();
    const t = this.#i18n.t.bind(this.#i18n);
    return `${t('plans.yearQuarter', { year: start.year, quarter: start.quarter })} – ${t('plans.yearQuarter', { year: end.year, quarter: end.quarter })}`;
  });
  readonly planned = computed(() => {
    const budget = this.action().budget;
    return budget.length === 0 ? this.#i18n.t('action.noBudget') : this.money(sumBudgetCents(budget));
  });

  money(cents: number): string {
    return formatEuroCents(cents, this.#i18n.language());
  }
}
