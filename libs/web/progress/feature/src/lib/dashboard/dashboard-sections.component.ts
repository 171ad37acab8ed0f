import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import type { ClosedPeriod, PlanDashboard, PlanStatus } from '@wk/contracts';
import { TranslatePipe } from '@wk/web/core';
import { DashboardBudgetComponent } from './dashboard-budget.component';
import { DashboardClosedComponent } from './dashboard-closed.component';
import { DashboardCourseComponent } from './dashboard-course.component';
import { DashboardDownloadsComponent } from './dashboard-downloads.component';
import { DashboardOverdueComponent } from './dashboard-overdue.component';
import { DashboardRuleComponent } from './dashboard-rule.component';
import { DashboardStatusComponent } from './dashboard-status.component';
import { DashboardTargetsComponent } from './dashboard-targets.component';
import { PlanMilestonesComponent } from './plan-milestones.component';
import { RollupSectionComponent } from './rollup-section.component';

/** How many sections the template below has (each `@if (shown() > n)`). */
export const DASHBOARD_SECTION_COUNT = 11;

/**
 * The sections of the progress dashboard below its key figures: the roll-up rule, effect, blocks, pillars, status,
 * overdue updates, milestones, budget, course, closed periods and downloads.
 *
 * They lie below the first screen on every width, so the page shows its top first and adds these one section per
 * task after that (each a short piece of work instead of one long one that keeps a slow phone busy). The page loads
 * this component once the browser is idle (`@defer`), so its code is not part of what the first screen waits for.
 * `complete` is emitted when every section is there (a jump to `#voortgang-…` waits for it).
 */
@Component({
  selector: 'wk-dashboard-sections',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DashboardBudgetComponent,
    DashboardClosedComponent,
    DashboardCourseComponent,
    DashboardDownloadsComponent,
    DashboardOverdueComponent,
    DashboardRuleComponent,
    DashboardStatusComponent,
    DashboardTargetsComponent,
    PlanMilestonesComponent,
    RollupSectionComponent,
    TranslatePipe,
  ],
  host: { '[attr.aria-busy]': "busy() ? 'true' : null" },
  template: `
    @let d = dashboard();
    @if (shown() > 0) {
      <wk-dashboard-rule />
    }

    @if (shown() > 1) {
      <section class="wk-section wk-section--separated" aria-labelledby="voortgang-effect">
        <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-effect" tabindex="-1">
          {{ 'targets.dashboard.heading' | t }}
        </h3>
        <wk-dashboard-targets [planId]="d.plan.id" [goals]="goals()" />
      </section>
    }

    @if (shown() > 2) {
      <section class="wk-section wk-section--separated" aria-labelledby="voortgang-bouwstenen">
        <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-bouwstenen" tabindex="-1">
          {{ 'dashboard.blocks.heading' | t }}
        </h3>
        <wk-rollup-section [rollups]="d.blocks" [caption]="'dashboard.blocks.caption' | t" [highlight]="highlight()" />
      </section>
    }

    @if (shown() > 3) {
      <section class="wk-section wk-section--separated" aria-labelledby="voortgang-pijlers">
        <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-pijlers" tabindex="-1">
          {{ 'dashboard.pillars.heading' | t }}
        </h3>
        <p class="utrecht-paragraph">{{ 'dashboard.pillars.lead' | t }}</p>
        <wk-rollup-section [rollups]="d.pillars" [caption]="'dashboard.pillars.caption' | t" [highlight]="highlight()" />
      </section>
    }

    @if (shown() > 4) {
      <section class="wk-section wk-section--separated" aria-labelledby="voortgang-status">
        <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-status" tabindex="-1">{{ 'dashboard.status.heading' | t }}</h3>
        <p class="utrecht-paragraph">{{ 'dashboard.status.lead' | t }}</p>
        <wk-dashboard-status [byStatus]="d.total.byStatus" />
      </section>
    }

    @if (shown() > 5) {
      <section class="wk-section wk-section--separated" aria-labelledby="voortgang-te-laat">
        <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-te-laat" tabindex="-1">
          {{ 'dashboard.overdue.heading' | t: { count: d.overdue.length } }}
        </h3>
        <wk-dashboard-overdue [overdue]="d.overdue" [preview]="d.preview" />
      </section>
    }

    @if (shown() > 6) {
      <section class="wk-section wk-section--separated" aria-labelledby="voortgang-mijlpalen">
        <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-mijlpalen" tabindex="-1">
          {{ 'dashboard.milestones.heading' | t }}
        </h3>
        <wk-plan-milestones [planId]="d.plan.id" />
      </section>
    }

    @if (shown() > 7) {
      <section class="wk-section wk-section--separated" aria-labelledby="voortgang-budget">
        <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-budget" tabindex="-1">{{ 'dashboard.budget.heading' | t }}</h3>
        <p class="utrecht-paragraph">{{ 'dashboard.budget.lead' | t }}</p>
        <wk-dashboard-budget [years]="d.budgetByYear" />
      </section>
    }

    @if (shown() > 8) {
      <section class="wk-section wk-section--separated" aria-labelledby="voortgang-verloop">
        <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-verloop" tabindex="-1">{{ 'dashboard.course.heading' | t }}</h3>
        <p class="utrecht-paragraph">{{ 'dashboard.course.lead' | t: { start: d.plan.startYear, end: d.plan.endYear } }}</p>
        <wk-dashboard-course [course]="d.course" [startYear]="d.plan.startYear" [endYear]="d.plan.endYear" [asOf]="d.asOf" />
      </section>
    }

    @if (shown() > 9) {
      <section class="wk-section wk-section--separated" aria-labelledby="voortgang-perioden">
        <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-perioden" tabindex="-1">
          {{ 'dashboard.closed.heading' | t }}
        </h3>
        <wk-dashboard-closed [dashboard]="d" [planStatus]="planStatus()" [justClosed]="justClosed()" (closed)="closed.emit($event)" />
      </section>
    }

    @if (shown() > 10) {
      <section class="wk-section wk-section--separated" aria-labelledby="voortgang-downloads">
        <h3 class="utrecht-heading-3 wk-dashboard__heading" id="voortgang-downloads" tabindex="-1">{{ 'downloads.heading' | t }}</h3>
        <wk-dashboard-downloads [dashboard]="d" />
      </section>
    }
  `,
})
export class DashboardSectionsComponent {
  readonly dashboard = input.required<PlanDashboard>();
  /** The statements of the plan's goals by id (an effect indicator names its goal). */
  readonly goals = input.required<Readonly<Record<string, string>>>();
  /** The block or pillar the visitor came for (`#voortgang-B3`), highlighted in its table. */
  readonly highlight = input<string | null>(null);
  readonly planStatus = input.required<PlanStatus | null>();
  readonly justClosed = input<ClosedPeriod | null>(null);
  readonly closed = output<ClosedPeriod>();
  /** Every section is there. */
  readonly complete = output<void>();

  /** How many sections are shown so far. */
  readonly shown = signal(0);
  readonly busy = computed(() => this.shown() < DASHBOARD_SECTION_COUNT);

  readonly #injector = inject(Injector);
  #destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.#destroyed = true));
    afterNextRender(() => this.#next());
  }

  /** After a render: the next section in a task of its own, so that the browser can paint and handle input between. */
  #next(): void {
    if (this.#destroyed) return;
    if (!this.busy()) {
      this.complete.emit();
      return;
    }
    setTimeout(() => {
      if (this.#destroyed) return;
      this.shown.update((n) => n + 1);
      afterNextRender(() => this.#next(), { injector: this.#injector });
    });
  }
}
