import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { ClosedPeriod } from '@wk/contracts';
import { formatEuroCents } from '@wk/util';
import { PlanStore } from '@wk/web/plans/data-access';
import { ProgressApi } from '@wk/web/progress/data-access';
import { createLoader, I18nService, LoadStateComponent, TranslatePipe } from '@wk/web/core';
import { AlertComponent, LiveStatusComponent, StatusBadgeComponent } from '@wk/web/shared/ui';
import { NEVER, firstValueFrom } from 'rxjs';
import { ROLLUP_STATUS_LABELS, ROLLUP_STATUS_VARIANTS, formatPercent } from '../util/format';
import { DashboardSectionsComponent } from './dashboard-sections.component';

/** The sections of the page, for the "on this page" links. */
const SECTIONS = [
  { id: 'voortgang-rekenregel', key: 'dashboard.rule.heading' },
  { id: 'voortgang-effect', key: 'targets.dashboard.nav' },
  { id: 'voortgang-bouwstenen', key: 'dashboard.blocks.heading' },
  { id: 'voortgang-pijlers', key: 'dashboard.pillars.heading' },
  { id: 'voortgang-status', key: 'dashboard.status.heading' },
  { id: 'voortgang-te-laat', key: 'dashboard.overdue.nav' },
  { id: 'voortgang-mijlpalen', key: 'dashboard.milestones.heading' },
  { id: 'voortgang-budget', key: 'dashboard.budget.heading' },
  { id: 'voortgang-verloop', key: 'dashboard.course.heading' },
  { id: 'voortgang-perioden', key: 'dashboard.closed.heading' },
  { id: 'voortgang-downloads', key: 'downloads.heading' },
] as const;

/**
 * `/plannen/:id/voortgang`: how the plan's actions stand. The roll-up rule in plain words; progress
 * per block and per pillar; actions by status; overdue updates; budget planned and spent per year;
 * the course of each block over the years; closed periods (and closing one, for planners). Every
 * chart has a table with the same figures.
 */
@Component({
  selector: 'wk-plan-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LoadStateComponent,
    AlertComponent,
    DashboardSectionsComponent,
    LiveStatusComponent,
    RouterLink,
    StatusBadgeComponent,
    TranslatePipe,
  ],
  template: `
    <h2 class="utrecht-heading-2 wk-tab-heading">{{ 'dashboard.heading' | t }}</h2>
    <wk-live-status [text]="liveText()" />
    @if (store.plan(); as plan) {
      @if (plan.status !== 'adopted') {
        <wk-alert type="info">
          <p class="utrecht-paragraph">{{ notAdoptedText() }}</p>
          @if (adopted(); as a) {
            <p class="utrecht-paragraph">
              <a class="utrecht-link" [routerLink]="['/plannen', a.id, 'voortgang']">{{
                'dashboard.toAdopted' | t: { revision: a.revision }
              }}</a>
            </p>
          }
        </wk-alert>
      }
    }
    <wk-load-state [loader]="data" [notFoundPage]="true" />
    @if (data.state().status === 'ready') {
      @if (data.value(); as d) {
        <p class="utrecht-paragraph">
          {{ (d.plan.cadence === 'yearly' ? 'dashboard.lead.yearly' : 'dashboard.lead.quarterly') | t: { date: formatDate(d.asOf) } }}
        </p>
        @if (d.plan.demo) {
          <p class="utrecht-paragraph">
            <span class="wk-demo-label">{{ 'dashboard.demo' | t }}</span>
          </p>
        }
        @if (d.preview) {
          <wk-alert type="info" [heading]="'dashboard.preview.heading' | t">
            <p class="utrecht-paragraph">{{ 'dashboard.preview.lead' | t }}</p>
          </wk-alert>
        }

        <nav class="wk-page-nav" [attr.aria-label]="'dashboard.pageNav' | t">
          <p class="utrecht-paragraph wk-page-nav__title" aria-hidden="true">{{ 'dashboard.pageNav' | t }}</p>
          <ul class="wk-page-nav__list">
            @for (section of sections; track section.id) {
              <li>
                <a class="utrecht-link" [href]="'#' + section.id" (click)="jump($event, section.id)">{{ section.key | t }}</a>
              </li>
            }
          </ul>
        </nav>

        <dl class="wk-stats wk-stats--wide">
          <div class="wk-stat">
            <dt class="wk-stat__label">{{ 'dashboard.total.progress' | t }}</dt>
            <dd class="wk-stat__value">
              <span class="wk-stat__number">{{ percent(d.total.progress) }}</span>
              <wk-status-badge [label]="rollupLabels[d.total.status] | t" [variant]="rollupVariants[d.total.status]" />
              <span class="wk-stat__note">{{ 'dashboard.total.expected' | t: { percent: percent(d.total.expected) } }}</span>
            </dd>
          </div>
          <div class="wk-stat">
            <dt class="wk-stat__label">{{ 'dashboard.total.actions' | t }}</dt>
            <dd class="wk-stat__value">
              <span class="wk-stat__number">{{ d.total.actions }}</span>
              {{ 'dashboard.total.reported' | t: { count: d.total.reported } }}
            </dd>
          </div>
          <div class="wk-stat">
            <dt class="wk-stat__label">{{ 'dashboard.total.budget' | t }}</dt>
            <dd class="wk-stat__value">
              <span class="wk-stat__number">{{ money(d.total.spentCents) }}</span>
              {{ 'dashboard.total.ofPlanned' | t: { amount: money(d.total.plannedCents) } }}
            </dd>
          </div>
          <div class="wk-stat" [class.wk-stat--danger]="d.overdue.length > 0">
            <dt class="wk-stat__label">{{ 'dashboard.total.overdue' | t }}</dt>
            <dd class="wk-stat__value">
              <span class="wk-stat__number">{{ d.overdue.length }}</span>
            </dd>
          </div>
        </dl>

        @defer (on idle) {
          <wk-dashboard-sections
            [dashboard]="d"
            [goals]="goalStatements()"
            [highlight]="fragment()"
            [planStatus]="store.plan()?.status ?? null"
            [justClosed]="justClosed()"
            (closed)="periodClosed($event)"
            (complete)="sectionsShown.set(true)"
          />
        } @placeholder {
          <div class="wk-dashboard__pending"></div>
        }
      }
    }
  `,
})
export class PlanDashboardPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(ProgressApi);
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);
  readonly store = inject(PlanStore);
  /** The statements of the plan's goals by id (an effect indicator names its goal). */
  readonly goalStatements = computed(() => Object.fromEntries((this.store.plan()?.goals ?? []).map((g) => [g.id, g.statement])));

  readonly sections = SECTIONS;
  readonly rollupLabels = ROLLUP_STATUS_LABELS;
  readonly rollupVariants = ROLLUP_STATUS_VARIANTS;
  /** The `#voortgang-B3` the overview links to. */
  readonly fragment = toSignal(inject(ActivatedRoute).fragment, { initialValue: null });
  /** The period just closed, confirmed in its section. */
  readonly justClosed = signal<ClosedPeriod | null>(null);
  /** The sections below the key figures are all there (they follow the first screen: DashboardSectionsComponent). */
  readonly sectionsShown = signal(false);
  /** A section to move to once the sections are there. */
  readonly #pending = signal<string | null>(null);

  readonly #planId = computed(() => this.store.plan()?.id ?? null);
  readonly data = createLoader(() => {
    const id = this.#planId();
    return id ? this.#api.dashboard(id) : NEVER;
  });

  readonly adopted = computed(() => {
    const plan = this.store.plan();
    const adopted = plan?.revisions.find((r) => r.status === 'adopted');
    return plan && adopted && adopted.id !== plan.id ? { id: adopted.id, revision: adopted.revision } : null;
  });
  readonly notAdoptedText = computed(() => {
    const plan = this.store.plan();
    if (!plan) {
      return '';
    }
    if (plan.status === 'archived') {
      return this.#i18n.t('dashboard.archived');
    }
    return this.adopted()
      ? this.#i18n.t('dashboard.draftWithAdopted', { revision: this.adopted()?.revision ?? '' })
      : this.#i18n.t('dashboard.notAdoptedYet');
  });
  readonly liveText = computed(() => {
    const state = this.data.state();
    return state.status === 'loading' ? this.#i18n.t('common.loading') : state.status === 'error' ? this.data.errorText() : '';
  });

  constructor() {
    // Coming from the overview (#voortgang-B3): move to that block once the sections are there (below), once: not
    // again when the figures are reloaded after closing a period.
    let handled: string | null = null;
    effect(() => {
      const fragment = this.fragment();
      if (fragment && fragment !== handled) {
        handled = fragment;
        this.#pending.set(fragment);
      }
    });
    // The sections come after the first screen (and again after a reload): a move to one of them waits until they are
    // all there.
    effect(() => {
      if (this.data.state().status !== 'ready') {
        this.sectionsShown.set(false);
      }
    });
    effect(() => {
      const id = this.#pending();
      if (id && this.sectionsShown()) {
        this.#pending.set(null);
        untracked(() => afterNextRender(() => this.#focus(id), { injector: this.#injector }));
      }
    });
  }

  percent(value: number): string {
    return formatPercent(value, this.#i18n.language());
  }

  money(cents: number): string {
    return formatEuroCents(cents, this.#i18n.language());
  }

  formatDate(iso: string): string {
    return this.#i18n.formatDate(iso);
  }

  /** The base href would turn `#id` into a navigation; move focus to the section instead. */
  jump(event: Event, id: string): void {
    event.preventDefault();
    if (this.sectionsShown()) {
      this.#focus(id);
    } else {
      this.#pending.set(id);
    }
  }

  async periodClosed(closed: ClosedPeriod): Promise<void> {
    this.justClosed.set(closed);
    const id = this.#planId();
    if (!id) {
      return;
    }
    try {
      this.data.set(await firstValueFrom(this.#api.dashboard(id)));
    } catch {
      this.data.reload();
    }
  }

  #focus(id: string): void {
    const target = this.#document.getElementById(id);
    if (target) {
      target.scrollIntoView?.({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }
}
