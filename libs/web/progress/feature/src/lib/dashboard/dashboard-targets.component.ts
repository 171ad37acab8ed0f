import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { IndicatorTarget, TargetStatus } from '@wk/contracts';
import { numberFormat } from '@wk/util';
import { PlansApi } from '@wk/web/plans/data-access';
import { formatFigure } from '@wk/web/indicators/feature';
import { createLoader, I18nService, TranslatePipe, type TranslationKey } from '@wk/web/core';
import { StatusBadgeComponent, type StatusBadgeVariant } from '@wk/web/shared/ui';
import { map } from 'rxjs';

const STATUS_KEYS: Record<TargetStatus, TranslationKey> = {
  on_course: 'targets.status.on_course',
  off_course: 'targets.status.off_course',
  target_reached: 'targets.status.target_reached',
  no_new_measurement: 'targets.status.no_new_measurement',
};
const STATUS_VARIANTS: Record<TargetStatus, StatusBadgeVariant> = {
  on_course: 'success',
  off_course: 'warning',
  target_reached: 'info',
  no_new_measurement: 'neutral',
};

/**
 * The plan dashboard's effect indicators: per goal's indicator the wijk's latest figure against the straight path from
 * the baseline to the target, in words (status badge with text), with the caution that moving is not proof.
 */
@Component({
  selector: 'wk-dashboard-targets',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StatusBadgeComponent, TranslatePipe],
  template: `
    <p class="utrecht-paragraph wk-indicators__caution">{{ 'targets.dashboard.caution' | t }}</p>
    @if (targets.value(); as list) {
      @if (list.length === 0) {
        <p class="utrecht-paragraph wk-muted">{{ 'targets.dashboard.none' | t }}</p>
      } @else {
        <p class="utrecht-paragraph">{{ 'targets.dashboard.rule' | t }}</p>
        <div class="wk-targets">
          @for (c of cards(); track c.id) {
            <article class="wk-target" [attr.aria-labelledby]="'doel-effect-' + c.id">
              <h4 class="utrecht-heading-4" [id]="'doel-effect-' + c.id">{{ c.name }} – {{ c.wijk }}</h4>
              <p class="wk-target__goal">{{ c.goal }}</p>
              <wk-status-badge [label]="c.statusKey | t" [variant]="c.variant" />
              <dl class="wk-target__figures">
                <div>
                  <dt>{{ 'targets.latest' | t }}</dt>
                  <dd>{{ c.latest }}</dd>
                </div>
                @if (c.expected) {
                  <div>
                    <dt>{{ 'targets.expected' | t }}</dt>
                    <dd>{{ c.expected }}</dd>
                  </div>
                }
                <div>
                  <dt>{{ 'targets.baseline' | t }}</dt>
                  <dd>{{ c.baseline }}</dd>
                </div>
                @if (c.steps) {
                  <div>
                    <dt>{{ 'targets.intermediate' | t }}</dt>
                    <dd>{{ c.steps }}</dd>
                  </div>
                }
                <div>
                  <dt>{{ 'targets.target' | t }}</dt>
                  <dd>{{ c.target }}</dd>
                </div>
              </dl>
              <p class="wk-target__note">{{ 'targets.margin' | t: { percent: c.margin } }}</p>
              <a class="utrecht-link" [routerLink]="['/indicatoren/wijken', c.wijkId]">{{ 'targets.toWijk' | t: { wijk: c.wijk } }}</a>
            </article>
          }
        </div>
      }
    }
  `,
})
export class DashboardTargetsComponent {
  readonly #api = inject(PlansApi);
  readonly #i18n = inject(I18nService);
  readonly planId = input.required<string>();
  /** Goal statements by goal id, to name the goal each indicator belongs to. */
  readonly goals = input<Readonly<Record<string, string>>>({});
  readonly targets = createLoader(() => this.#api.indicatorTargets(this.planId()).pipe(map((p) => p.items)));

  readonly cards = computed(() => {
    const locale = this.#i18n.locale();
    const language = this.#i18n.language();
    return (this.targets.value() ?? []).map((t: IndicatorTarget) => {
      const figure = (v: number) => formatFigure(v, t.indicator, locale);
      return {
        id: t.id,
        name: t.indicator.name[language],
        wijk: t.wijk.name,
        wijkId: t.wijk.id,
        goal: this.goals()[t.goalId] ?? '',
        statusKey: STATUS_KEYS[t.status],
        variant: STATUS_VARIANTS[t.status],
        latest: t.latest ? `${figure(t.latest.value)} (${t.latest.year})` : this.#i18n.t('targets.status.no_new_measurement'),
        expected: t.latest && t.expected !== null ? `${figure(t.expected)} (${t.latest.year})` : null,
        baseline: `${figure(t.baseline.value)} (${t.baseline.year})`,
        steps: t.intermediate.map((s) => `${figure(s.value)} (${s.year})`).join(', '),
        target: `${figure(t.target.value)} (${t.target.year})`,
        margin: numberFormat(locale, { maximumFractionDigits: 1 }).format(t.tolerancePercent),
      };
    });
  });
}
