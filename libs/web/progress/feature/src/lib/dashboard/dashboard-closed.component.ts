import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { ClosedPeriod, PlanDashboard, PlanStatus } from '@wk/contracts';
import { I18nService, SessionStore, TranslatePipe } from '@wk/web/core';
import { AlertComponent } from '@wk/web/shared/ui';
import { periodLabel } from '../util/format';
import { ClosePeriodFormComponent } from './close-period-form.component';

/** The dashboard's closed periods, and for admin and planner closing one (on the adopted plan only). */
@Component({
  selector: 'wk-dashboard-closed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AlertComponent, ClosePeriodFormComponent, TranslatePipe],
  template: `
    <p class="utrecht-paragraph">{{ 'dashboard.closed.lead' | t }}</p>
    <div class="wk-live-area" role="status" aria-live="polite">
      @if (justClosed(); as period) {
        <wk-alert type="ok" [announce]="false"
          ><p class="utrecht-paragraph">{{ 'dashboard.closed.done' | t: { period: periodText(period) } }}</p></wk-alert
        >
      }
    </div>
    @if (dashboard().closedPeriods.length === 0) {
      <p class="utrecht-paragraph wk-muted">{{ 'dashboard.closed.none' | t }}</p>
    } @else {
      <ul class="wk-plain-list wk-closed-list">
        @for (c of list(); track c.key) {
          <li class="wk-plain-list__item">
            <strong>{{ c.period }}</strong> – {{ c.by }}
          </li>
        }
      </ul>
    }
    @if (canClose()) {
      @if (planStatus() === 'adopted') {
        <wk-close-period-form
          [plan]="dashboard().plan"
          [asOf]="dashboard().asOf"
          [closed]="dashboard().closedPeriods"
          (done)="closed.emit($event)"
        />
      } @else {
        <p class="utrecht-paragraph wk-muted">{{ 'dashboard.closed.onAdopted' | t }}</p>
      }
    }
  `,
})
export class DashboardClosedComponent {
  readonly #i18n = inject(I18nService);
  readonly #session = inject(SessionStore);

  readonly dashboard = input.required<PlanDashboard>();
  /** The status of the plan shown (periods are closed on the adopted plan). */
  readonly planStatus = input.required<PlanStatus | null>();
  /** The period just closed here, to confirm (kept by the page, so that it outlives reloading the figures). */
  readonly justClosed = input<ClosedPeriod | null>(null);
  /** A period was closed: the figures are to be loaded again. */
  readonly closed = output<ClosedPeriod>();

  readonly canClose = computed(() => this.#session.hasRole('admin', 'planner'));
  readonly list = computed(() => {
    const t = this.#i18n.t.bind(this.#i18n);
    return this.dashboard().closedPeriods.map((c) => ({
      key: `${c.year}-${c.quarter ?? ''}`,
      period: periodLabel(c, t),
      by: c.closedBy
        ? t('dashboard.closed.by', { name: c.closedBy.name, date: this.#i18n.formatDate(c.closedAt) })
        : t('dashboard.closed.on', { date: this.#i18n.formatDate(c.closedAt) }),
    }));
  });

  periodText(period: ClosedPeriod): string {
    return periodLabel(period, this.#i18n.t.bind(this.#i18n));
  }
}
