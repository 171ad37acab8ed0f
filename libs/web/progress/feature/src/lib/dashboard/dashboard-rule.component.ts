import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ROLLUP_THRESHOLD } from '@wk/contracts';
import { TranslatePipe } from '@wk/web/core';

/** The roll-up rule of the dashboard in plain words: how progress and status are worked out. */
@Component({
  selector: 'wk-dashboard-rule',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <section class="wk-rule" aria-labelledby="voortgang-rekenregel">
      <h3 class="utrecht-heading-3 wk-rule__title" id="voortgang-rekenregel" tabindex="-1">{{ 'dashboard.rule.heading' | t }}</h3>
      <ul class="utrecht-unordered-list wk-rule__list">
        <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.average' | t }}</li>
        <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.weight' | t }}</li>
        <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.noBudget' | t }}</li>
        <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.cancelled' | t }}</li>
        <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.expected' | t }}</li>
      </ul>
      <p class="utrecht-paragraph wk-rule__subtitle">{{ 'dashboard.rule.status' | t }}</p>
      <ul class="utrecht-unordered-list wk-rule__list">
        <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.status.no_data' | t }}</li>
        <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.status.delayed' | t: { share: threshold } }}</li>
        <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.status.at_risk' | t: { share: threshold } }}</li>
        <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.status.completed' | t }}</li>
        <li class="utrecht-unordered-list__item">{{ 'dashboard.rule.status.on_track' | t }}</li>
      </ul>
    </section>
  `,
})
export class DashboardRuleComponent {
  /** "een kwart (25%)": the share of the weight that makes a block delayed or at risk. */
  readonly threshold = `${Math.round(ROLLUP_THRESHOLD * 100)}%`;
}
