import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ProgressUpdate } from '@wk/contracts';
import { formatEuroCents } from '@wk/util';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { StatusBadgeComponent } from '@wk/web/shared/ui';
import { ACTION_STATUS_LABELS, ACTION_STATUS_VARIANTS, formatPercent, periodLabel } from '../util/format';

/** Every update of an action so far, newest first; a corrected one stays, marked as corrected. */
@Component({
  selector: 'wk-action-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusBadgeComponent, TranslatePipe],
  template: `
    @if (updates().length === 0) {
      <div class="wk-empty">
        <p class="utrecht-paragraph">{{ 'timeline.empty' | t }}</p>
      </div>
    } @else {
      <p class="utrecht-paragraph wk-muted">{{ 'timeline.lead' | t }}</p>
      <ol class="wk-timeline">
        @for (u of timeline(); track u.id) {
          <li class="wk-timeline__item" [class.wk-timeline__item--corrected]="!u.current">
            <h3 class="utrecht-heading-3 wk-timeline__title">
              {{ u.period }}
              <wk-status-badge [label]="statusLabels[u.status] | t" [variant]="statusVariants[u.status]" />
              @if (!u.current) {
                <wk-status-badge [label]="'timeline.corrected' | t" variant="inactive" />
              }
            </h3>
            @if (!u.current) {
              <p class="utrecht-paragraph wk-muted">{{ 'timeline.corrected.text' | t }}</p>
            }
            <dl class="wk-action__facts">
              <div class="wk-action__fact">
                <dt>{{ 'timeline.percent' | t }}</dt>
                <dd>{{ u.percent }}</dd>
              </div>
              <div class="wk-action__fact">
                <dt>{{ 'timeline.spent' | t }}</dt>
                <dd>{{ u.spent }}</dd>
              </div>
              <div class="wk-action__fact">
                <dt>{{ 'timeline.author' | t }}</dt>
                <dd>{{ u.author }}</dd>
              </div>
              <div class="wk-action__fact">
                <dt>{{ 'timeline.date' | t }}</dt>
                <dd>
                  <time [attr.datetime]="u.iso">{{ u.when }}</time>
                </dd>
              </div>
            </dl>
            <p class="utrecht-paragraph wk-prose">{{ u.narrative }}</p>
          </li>
        }
      </ol>
    }
  `,
})
export class ActionTimelineComponent {
  readonly #i18n = inject(I18nService);

  readonly updates = input.required<readonly ProgressUpdate[]>();

  readonly statusLabels = ACTION_STATUS_LABELS;
  readonly statusVariants = ACTION_STATUS_VARIANTS;
  readonly timeline = computed(() => {
    const t = this.#i18n.t.bind(this.#i18n);
    const language = this.#i18n.language();
    return this.updates().map((u) => ({
      id: u.id,
      current: u.current,
      status: u.status,
      period: periodLabel(u.period, t),
      percent: formatPercent(u.percentComplete, language),
      spent: formatEuroCents(u.spentCents, language),
      author: u.author?.name ?? t('audit.system'),
      iso: u.createdAt,
      when: this.#i18n.formatDateTime(u.createdAt),
      narrative: u.narrative,
    }));
  });
}
