import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterOutlet } from '@angular/router';
import type { CreatePlanRequest, Plan } from '@wk/contracts';
import { WijkenApi } from '@wk/web/admin/data-access';
import { PlanStore } from '@wk/web/plans/data-access';
import { createLoader, I18nService, LoadStateComponent, NotificationStore, SessionStore, TranslatePipe } from '@wk/web/core';
import {
  AlertComponent,
  BreadcrumbComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  StatusBadgeComponent,
  SubNavComponent,
  type SubNavItem,
} from '@wk/web/shared/ui';
import { map, of } from 'rxjs';
import { PlanBasicsFormComponent } from '../create/plan-basics-form.component';
import { PLAN_STATUS_LABELS, PLAN_STATUS_VARIANTS, anchors, formatHorizon, horizonLength } from '../util/format';
import { focusById } from '../util/focus';
import type { PlanBasicsValue } from '../util/plan-basics';
import { PlanLifecycleComponent } from './plan-lifecycle.component';
import { PlanPublicationComponent } from './plan-publication.component';

/**
 * `/plannen/:id/...`: the plan's heading, facts and next steps, and the sub-navigation between
 * the plan itself, its planning, the comparison of revisions and its history. Provides the
 * {@link PlanStore} that those pages share.
 */
@Component({
  selector: 'wk-plan-layout-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PlanStore],
  imports: [
    PlanPublicationComponent,
    LoadStateComponent,
    AlertComponent,
    BreadcrumbComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    PlanBasicsFormComponent,
    PlanLifecycleComponent,
    RouterOutlet,
    StatusBadgeComponent,
    SubNavComponent,
    TranslatePipe,
  ],
  template: `
    <wk-breadcrumb [label]="'common.breadcrumb' | t" [items]="breadcrumb()" />
    <wk-live-status [text]="store.announcement()" />
    @if (store.data.state().status !== 'ready') {
      <wk-page-heading [heading]="'plan.preHeading' | t" />
    }
    <wk-load-state [loader]="store.data" [notFoundPage]="true" />
    @if (store.data.state().status === 'ready') {
      @if (store.plan(); as plan) {
        <wk-page-heading [preHeading]="'plan.preHeading' | t" [heading]="plan.title" />
        @if (plan.demo) {
          <p class="utrecht-paragraph wk-demo-label wk-demo-label--large">{{ 'plans.demo' | t }}</p>
        }
        @if (store.notice(); as notice) {
          <div #notice tabindex="-1" class="wk-notice">
            <wk-alert type="ok"
              ><p class="utrecht-paragraph">{{ notice.key | t: notice.params }}</p></wk-alert
            >
          </div>
        }

        <dl class="wk-facts wk-plan-facts">
          <div class="wk-facts__row">
            <dt class="wk-facts__key">{{ 'plan.fact.wijken' | t }}</dt>
            <dd class="wk-facts__value">{{ wijkNames(plan) }}</dd>
          </div>
          @if (plan.theme) {
            <div class="wk-facts__row">
              <dt class="wk-facts__key">{{ 'plan.fact.theme' | t }}</dt>
              <dd class="wk-facts__value">{{ plan.theme }}</dd>
            </div>
          }
          <div class="wk-facts__row">
            <dt class="wk-facts__key">{{ 'plan.fact.horizon' | t }}</dt>
            <dd class="wk-facts__value" [id]="horizonAnchor" tabindex="-1">
              {{ horizon(plan) }}
              <span class="wk-muted">({{ 'plan.fact.years' | t: { count: years(plan) } }})</span>
            </dd>
          </div>
          <div class="wk-facts__row">
            <dt class="wk-facts__key">{{ 'plan.fact.cadence' | t }}</dt>
            <dd class="wk-facts__value">
              {{ (plan.cadence === 'yearly' ? 'planForm.cadence.yearly' : 'planForm.cadence.quarterly') | t }}
            </dd>
          </div>
          <div class="wk-facts__row">
            <dt class="wk-facts__key">{{ 'plan.fact.status' | t }}</dt>
            <dd class="wk-facts__value">
              <wk-status-badge [label]="statusLabels[plan.status] | t" [variant]="statusVariants[plan.status]" />
            </dd>
          </div>
          <div class="wk-facts__row">
            <dt class="wk-facts__key">{{ 'plan.fact.revision' | t }}</dt>
            <dd class="wk-facts__value">
              {{ 'plan.fact.revisionOf' | t: { revision: plan.revision, count: plan.revisions.length } }}
            </dd>
          </div>
          @if (plan.adoptedOn) {
            <div class="wk-facts__row">
              <dt class="wk-facts__key">{{ 'plan.fact.adopted' | t }}</dt>
              <dd class="wk-facts__value">
                {{ formatDate(plan.adoptedOn) }}
                @if (plan.decisionReference) {
                  <span class="wk-block">{{ 'plan.fact.decision' | t: { reference: plan.decisionReference } }}</span>
                }
              </dd>
            </div>
          }
          @if (plan.status === 'adopted') {
            <div class="wk-facts__row">
              <dt class="wk-facts__key">{{ 'publication.fact' | t }}</dt>
              <dd class="wk-facts__value"><wk-plan-publication [plan]="plan" /></dd>
            </div>
          }
        </dl>

        @switch (plan.status) {
          @case ('adopted') {
            <wk-alert type="info"
              ><p class="utrecht-paragraph">{{ (canManage() ? 'plan.readOnly.adopted' : 'plan.readOnly.adoptedReader') | t }}</p></wk-alert
            >
          }
          @case ('in_review') {
            <wk-alert type="info"
              ><p class="utrecht-paragraph">{{ 'plan.readOnly.in_review' | t }}</p></wk-alert
            >
          }
          @case ('archived') {
            <wk-alert type="info"
              ><p class="utrecht-paragraph">{{ 'plan.readOnly.archived' | t }}</p></wk-alert
            >
          }
          @default {
            @if (!canManage()) {
              <wk-alert type="info"
                ><p class="utrecht-paragraph">{{ 'plan.readOnly.role' | t }}</p></wk-alert
              >
            }
          }
        }

        @if (canManage()) {
          @if (editingBasics() && plan.status === 'draft') {
            <section class="wk-inline-panel" aria-labelledby="plangegevens-kop">
              <h2 class="utrecht-heading-2" id="plangegevens-kop" tabindex="-1">{{ 'plan.basics.heading' | t }}</h2>
              <!-- Forms are loaded when first opened: their code is not part of every plan page's first download. -->
              @defer (on immediate) {
                <wk-plan-basics-form
                  idPrefix="plangegevens"
                  [initial]="basics()"
                  [wijken]="wijkOptions()"
                  [submitLabel]="'common.save' | t"
                  [save]="saveBasics"
                  (cancelled)="closeBasics()"
                />
              }
            </section>
          } @else {
            <wk-plan-lifecycle [plan]="plan" (editBasics)="openBasics()" />
          }
        }

        <wk-sub-nav [label]="'plan.subNav' | t" [items]="subNav()" />
        <router-outlet />
      }
    }
  `,
})
export class PlanLayoutPage {
  readonly #i18n = inject(I18nService);
  readonly #session = inject(SessionStore);
  readonly #notifications = inject(NotificationStore);
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);
  readonly #wijkenApi = inject(WijkenApi);
  readonly store = inject(PlanStore);

  /** Route parameter. */
  readonly id = input.required<string>();

  readonly statusLabels = PLAN_STATUS_LABELS;
  readonly statusVariants = PLAN_STATUS_VARIANTS;
  readonly horizonAnchor = anchors.horizon;
  readonly canManage = computed(() => this.#session.hasRole('admin', 'planner'));
  readonly editingBasics = signal(false);
  readonly noticeElement = viewChild<ElementRef<HTMLElement>>('notice');
  readonly breadcrumb = computed(() => [{ label: this.#i18n.t('plans.heading'), path: '/plannen' }]);
  readonly subNav = computed<SubNavItem[]>(() => {
    const id = this.id();
    const items: SubNavItem[] = [
      { label: this.#i18n.t('plan.tab.plan'), link: ['/plannen', id] },
      { label: this.#i18n.t('plan.tab.roadmap'), link: ['/plannen', id, 'planning'] },
      { label: this.#i18n.t('plan.tab.progress'), link: ['/plannen', id, 'voortgang'] },
      { label: this.#i18n.t('plan.tab.comparison'), link: ['/plannen', id, 'vergelijken'] },
    ];
    // The history (audit log) is for admin, planner and viewer, as elsewhere in Wijkkompas.
    if (this.#session.hasRole('admin', 'planner', 'viewer')) {
      items.push({ label: this.#i18n.t('plan.tab.history'), link: ['/plannen', id, 'geschiedenis'] });
    }
    return items;
  });
  /** The gemeente's wijken, for changing the plan's wijken (loaded only when a planner opens the form). */
  readonly #wijken = createLoader(() =>
    this.editingBasics() ? this.#wijkenApi.list().pipe(map((page) => page.items.map((w) => ({ id: w.id, name: w.name })))) : of([]),
  );
  readonly wijkOptions = computed(() => {
    const loaded = this.#wijken.value();
    return (loaded && loaded.length > 0 ? loaded : (this.store.plan()?.wijken ?? []))
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.editingBasics.set(false);
        this.store.select(id);
      });
    });
    // A confirmation from the page before (plan created, new revision made) is shown here.
    effect(() => {
      const plan = this.store.plan();
      if (plan && plan.id === this.id()) {
        untracked(() => {
          const flash = this.#notifications.take();
          if (flash) {
            this.store.notify(flash.key, flash.params);
          }
        });
      }
    });
    // New confirmations take focus, so that keyboard and screen-reader users hear the outcome.
    effect(() => {
      if (this.store.notice()) {
        afterNextRender(() => this.noticeElement()?.nativeElement.focus(), { injector: this.#injector });
      }
    });
  }

  readonly saveBasics = async (request: CreatePlanRequest): Promise<void> => {
    await this.store.write((plan, api) => api.update(plan.id, { ...request, version: plan.version }));
    this.editingBasics.set(false);
    this.store.notify('plan.basics.saved');
  };

  openBasics(): void {
    this.store.clearNotice();
    this.editingBasics.set(true);
    afterNextRender(() => focusById(this.#document, 'plangegevens-kop'), { injector: this.#injector });
  }

  closeBasics(): void {
    this.editingBasics.set(false);
    afterNextRender(() => focusById(this.#document, 'plan-stappen-kop'), { injector: this.#injector });
  }

  /** The form's starting values; recomputed only when the plan changes. */
  readonly basics = computed<PlanBasicsValue>(() => {
    const plan = this.store.plan();
    if (!plan) {
      return { title: '', wijkIds: [], startYear: '', endYear: '', cadence: 'quarterly' };
    }
    return {
      title: plan.title,
      theme: plan.theme ?? '',
      wijkIds: plan.wijken.map((w) => w.id),
      startYear: String(plan.startYear),
      endYear: String(plan.endYear),
      cadence: plan.cadence,
    };
  });

  wijkNames(plan: Plan): string {
    return plan.wijken.map((w) => w.name).join(', ');
  }

  horizon(plan: Plan): string {
    return formatHorizon(plan.startYear, plan.endYear);
  }

  years(plan: Plan): number {
    return horizonLength(plan.startYear, plan.endYear);
  }

  formatDate(date: string): string {
    return this.#i18n.formatDate(date);
  }
}
