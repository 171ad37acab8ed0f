import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ActionProgress, ProgressUpdate } from '@wk/contracts';
import { AppClock, I18nService, TranslatePipe } from '@wk/web/core';
import { ButtonDirective, AlertComponent, PercentBarComponent, StatusBadgeComponent } from '@wk/web/shared/ui';
import { UpdateFormComponent } from '../update/update-form.component';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUS_TONES,
  ACTION_STATUS_VARIANTS,
  blockLabel,
  formatPercent,
  periodLabel,
  periodStateText,
} from '../util/format';
import { openPeriods } from '../util/sort';
import { periodOptions } from '../util/update-form';

/** Element id of an action's card in a list (its heading takes focus after an update). */
export const cardAnchor = (actionId: string): string => `actie-${actionId}`;

/**
 * One action in a list of actions: where it sits, who leads it, how it stands, which updates are
 * still to come, and (when the user may report) a button that opens the update form in place.
 */
@Component({
  selector: 'wk-action-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, AlertComponent, PercentBarComponent, RouterLink, StatusBadgeComponent, TranslatePipe, UpdateFormComponent],
  template: `
    <article
      class="wk-progress-card"
      [class.wk-progress-card--overdue]="action().overdueCount > 0"
      [class.wk-progress-card--due]="action().overdueCount === 0 && action().dueCount > 0"
      [attr.aria-labelledby]="anchor() + '-titel'"
    >
      <div class="wk-progress-card__head">
        <h3 class="utrecht-heading-3 wk-progress-card__title" [id]="anchor() + '-titel'" tabindex="-1">
          <a class="utrecht-link" [routerLink]="['/acties', action().actionId]">{{ action().title }}</a>
        </h3>
        <div class="wk-progress-card__status">
          <wk-status-badge [label]="statusLabels[action().status] | t" [variant]="statusVariants[action().status]" />
          <wk-percent-bar
            [value]="action().percentComplete"
            [text]="percentText()"
            [tone]="statusTones[action().status]"
            [marker]="action().expected.percent"
          />
        </div>
      </div>

      <dl class="wk-action__facts">
        <div class="wk-action__fact">
          <dt>{{ 'progress.fact.plan' | t }}</dt>
          <dd>
            <a class="utrecht-link" [routerLink]="['/plannen', action().planId, 'voortgang']">{{ action().planTitle }}</a>
            @if (demo()) {
              <span class="wk-block"
                ><span class="wk-demo-label">{{ 'plans.demo' | t }}</span></span
              >
            }
          </dd>
        </div>
        <div class="wk-action__fact">
          <dt>{{ (action().wijken.length === 1 ? 'progress.fact.wijk' : 'progress.fact.wijken') | t }}</dt>
          <dd>{{ wijken() }}</dd>
        </div>
        <div class="wk-action__fact">
          <dt>{{ (action().pillar ? 'progress.fact.blockPillar' : 'progress.fact.block') | t }}</dt>
          <dd>{{ block() }}</dd>
        </div>
        <div class="wk-action__fact">
          <dt>{{ 'action.lead' | t }}</dt>
          <dd>{{ action().leadUnit?.name ?? ('action.noLead' | t) }}</dd>
        </div>
        <div class="wk-action__fact">
          <dt>{{ 'progress.fact.lastUpdate' | t }}</dt>
          <dd>{{ lastUpdate() }}</dd>
        </div>
      </dl>

      @if (periods().length > 0) {
        <p class="utrecht-paragraph wk-progress-card__subtitle">{{ 'progress.card.toReport' | t }}</p>
        <ul class="wk-period-list">
          @for (period of periods(); track period.key) {
            <li [class]="'wk-period-list__item wk-period-list__item--' + period.state">
              <span class="wk-period-list__icon" aria-hidden="true">{{ period.state === 'overdue' ? '!' : '…' }}</span>
              <span>{{ period.text }}</span>
              @if (period.closed) {
                <span class="wk-muted">({{ 'progress.card.closed' | t }})</span>
              }
            </li>
          }
        </ul>
      } @else if (action().reportedCount > 0) {
        <p class="utrecht-paragraph wk-muted">{{ 'progress.card.upToDate' | t }}</p>
      }

      @if (saved(); as text) {
        <wk-alert type="ok" [announce]="false"
          ><p class="utrecht-paragraph">{{ text }}</p></wk-alert
        >
      }

      @if (allowUpdate() && action().canUpdate && !canReport()) {
        <p class="utrecht-paragraph wk-muted">{{ nothingToReport() }}</p>
      } @else if (allowUpdate() && action().canUpdate) {
        @if (open()) {
          <wk-progress-update-form
            [action]="action()"
            [idPrefix]="anchor() + '-melding'"
            [heading]="'progressForm.headingFor' | t: { title: action().title }"
            [headingLevel]="4"
            (saved)="updated.emit($event)"
            (cancelled)="closed.emit()"
          />
        } @else {
          <button
            type="button"
            wkButton
            [id]="anchor() + '-melden'"
            [attr.aria-label]="('progress.card.report' | t) + ': ' + action().title"
            (click)="opened.emit()"
          >
            {{ 'progress.card.report' | t }}
          </button>
        }
      }
    </article>
  `,
})
export class ActionCardComponent {
  readonly #i18n = inject(I18nService);
  readonly #t = this.#i18n.t.bind(this.#i18n);

  readonly action = input.required<ActionProgress>();
  /** Whether this list offers the update form at all. */
  readonly allowUpdate = input(true);
  /** The update form is open on this card. */
  readonly open = input(false);
  /** Confirmation of the update just posted on this action (announced elsewhere). */
  readonly saved = input<string | null>(null);
  /** The action is in a plan invented for the demo. */
  readonly demo = input(false);
  /** yyyy-mm-dd; the product's today (AppClock) unless given. */
  readonly today = input<string>(inject(AppClock).today());
  readonly opened = output<void>();
  readonly closed = output<void>();
  readonly updated = output<ProgressUpdate>();

  readonly statusLabels = ACTION_STATUS_LABELS;
  readonly statusVariants = ACTION_STATUS_VARIANTS;
  readonly statusTones = ACTION_STATUS_TONES;
  readonly anchor = computed(() => cardAnchor(this.action().actionId));
  readonly percentText = computed(() => {
    const language = this.#i18n.language();
    return this.#i18n.t('progress.percentWithExpected', {
      percent: formatPercent(this.action().percentComplete, language),
      expected: formatPercent(this.action().expected.percent, language),
    });
  });
  readonly wijken = computed(() =>
    this.action()
      .wijken.map((w) => w.name)
      .join(', '),
  );
  readonly block = computed(() => blockLabel(this.action().block, this.action().pillar, this.#t, this.#i18n.language()));
  readonly lastUpdate = computed(() => {
    const last = this.action().lastUpdate;
    return last
      ? this.#i18n.t('progress.lastUpdate', { period: periodLabel(last.period, this.#t), date: this.#i18n.formatDate(last.createdAt) })
      : this.#i18n.t('progress.lastUpdate.none');
  });
  /** Whether there is a period to report on now (a due, overdue or current one that is not closed). */
  readonly canReport = computed(() => periodOptions(this.action(), this.today()).length > 0);
  readonly nothingToReport = computed(() => {
    const start = this.action().start;
    const startsLater = `${start.year}-${String(start.quarter * 3 - 2).padStart(2, '0')}-01` > this.today();
    return startsLater
      ? this.#i18n.t('progress.card.startsLater', { start: this.#t('plans.yearQuarter', { year: start.year, quarter: start.quarter }) })
      : this.#i18n.t('progressForm.noPeriods');
  });
  readonly periods = computed(() =>
    openPeriods(this.action()).map((p) => ({
      key: `${p.year}-${p.quarter ?? ''}`,
      state: p.state,
      text: periodStateText(p, this.#t, (iso) => this.#i18n.formatDate(iso)),
      closed: p.closed,
    })),
  );
}
