import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ActionProgress, Plan, ProgressUpdate } from '@wk/contracts';
import { PlansApi } from '@wk/web/plans/data-access';
import { ProgressApi } from '@wk/web/progress/data-access';
import { AppClock, createLoader, I18nService, LoadStateComponent, SessionStore, TranslatePipe } from '@wk/web/core';
import {
  AlertComponent,
  BreadcrumbComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  PercentBarComponent,
  StatusBadgeComponent,
} from '@wk/web/shared/ui';
import { type Observable, catchError, firstValueFrom, forkJoin, map, of, switchMap } from 'rxjs';
import { UpdateFormComponent } from '../update/update-form.component';
import { ActionFactsComponent } from './action-facts.component';
import { ActionTimelineComponent } from './action-timeline.component';
import { MilestonesSectionComponent } from './milestones-section.component';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUS_TONES,
  ACTION_STATUS_VARIANTS,
  formatPercent,
  periodLabel,
  periodShort,
  periodStateText,
} from '../util/format';
import { openPeriods } from '../util/sort';

/**
 * `/acties/:id`: one action with its facts, the updates still to come, the update form (for those
 * who may report) and every update so far, corrections included.
 */
@Component({
  selector: 'wk-action-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LoadStateComponent,
    AlertComponent,
    BreadcrumbComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    PercentBarComponent,
    RouterLink,
    StatusBadgeComponent,
    TranslatePipe,
    ActionFactsComponent,
    ActionTimelineComponent,
    MilestonesSectionComponent,
    UpdateFormComponent,
  ],
  template: `
    <wk-breadcrumb [label]="'common.breadcrumb' | t" [items]="breadcrumb()" />
    <wk-live-status [text]="liveText()" />
    @if (data.state().status !== 'ready') {
      <wk-page-heading [heading]="'actionPage.title' | t" />
    }
    <wk-load-state [loader]="data" [notFoundPage]="true" />
    @if (data.state().status === 'ready') {
      @if (data.value(); as d) {
        <wk-page-heading [preHeading]="'actionPage.title' | t" [heading]="d.action.title" />
        @if (d.plan.demo) {
          <p class="utrecht-paragraph wk-demo-label wk-demo-label--large">{{ 'plans.demo' | t }}</p>
        }

        @if (d.progress; as p) {
          <div class="wk-progress-summary">
            <wk-status-badge [label]="statusLabels[p.status] | t" [variant]="statusVariants[p.status]" />
            <wk-percent-bar
              [value]="p.percentComplete"
              [text]="percentText(p)"
              [tone]="statusTones[p.status]"
              [marker]="p.expected.percent"
            />
          </div>
          @if (d.plan.status === 'adopted') {
            <div class="wk-expected" data-testid="verwacht">
              <p class="utrecht-paragraph">
                {{ 'progress.expected.line' | t: { date: formatDay(), percent: formatPct(p.expected.percent) } }}
                {{ aheadText(p) }}
              </p>
              <p class="utrecht-paragraph wk-hint">{{ ruleText(p) }}</p>
            </div>
          }
        }

        @if (d.plan.status !== 'adopted') {
          <wk-alert type="info">
            <p class="utrecht-paragraph">{{ 'actionPage.notAdopted' | t: { revision: d.plan.revision } }}</p>
            @if (adoptedRevision(d.plan); as adopted) {
              <p class="utrecht-paragraph">
                <a class="utrecht-link" [routerLink]="['/plannen', adopted.id, 'voortgang']">{{
                  'actionPage.toAdopted' | t: { revision: adopted.revision }
                }}</a>
              </p>
            }
          </wk-alert>
        }

        <wk-action-facts [action]="d.action" [plan]="d.plan" [progress]="d.progress" />

        @if (d.action.milestones.length > 0) {
          <wk-milestones-section [actionId]="d.action.id" [adopted]="d.plan.status === 'adopted'" />
        }

        @if (d.progress; as p) {
          @if (open(p).length > 0) {
            <section class="wk-section" aria-labelledby="actie-te-melden">
              <h2 class="utrecht-heading-2" id="actie-te-melden">{{ 'progress.card.toReport' | t }}</h2>
              <ul class="wk-period-list">
                @for (text of open(p); track $index) {
                  <li [class]="'wk-period-list__item wk-period-list__item--' + text.state">
                    <span class="wk-period-list__icon" aria-hidden="true">{{ text.state === 'overdue' ? '!' : '…' }}</span>
                    <span>{{ text.text }}</span>
                  </li>
                }
              </ul>
            </section>
          }

          @if (p.canUpdate) {
            <section class="wk-section" aria-labelledby="actie-melden">
              <h2 class="utrecht-heading-2" id="actie-melden">{{ 'progressForm.heading' | t }}</h2>
              <div class="wk-live-area" role="status" aria-live="polite">
                @if (saved(); as text) {
                  <wk-alert type="ok" [announce]="false"
                    ><p class="utrecht-paragraph">{{ text }}</p></wk-alert
                  >
                }
              </div>
              <wk-progress-update-form
                [action]="p"
                idPrefix="melding"
                [heading]="'progressForm.newUpdate' | t"
                [cancellable]="false"
                (saved)="updated($event)"
              />
            </section>
          } @else if (isContributor() && d.plan.status === 'adopted') {
            <wk-alert type="info"
              ><p class="utrecht-paragraph">{{ 'actionPage.notYours' | t }}</p></wk-alert
            >
          }
        }

        <section class="wk-section wk-section--separated" aria-labelledby="actie-meldingen">
          <h2 class="utrecht-heading-2" id="actie-meldingen" tabindex="-1">{{ 'timeline.heading' | t: { count: d.updates.length } }}</h2>
          <wk-action-timeline [updates]="d.updates" />
        </section>
      }
    }
  `,
})
export class ActionPage {
  readonly #i18n = inject(I18nService);
  readonly #clock = inject(AppClock);
  readonly #session = inject(SessionStore);
  readonly #api = inject(ProgressApi);
  readonly #plans = inject(PlansApi);
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);
  readonly #t = this.#i18n.t.bind(this.#i18n);

  /** Route parameter. */
  readonly id = input.required<string>();

  readonly statusLabels = ACTION_STATUS_LABELS;
  readonly statusVariants = ACTION_STATUS_VARIANTS;
  readonly statusTones = ACTION_STATUS_TONES;
  readonly saved = signal<string | null>(null);
  readonly isContributor = computed(() => this.#session.role() === 'contributor');

  readonly data = createLoader(() =>
    this.#api.action(this.id()).pipe(
      switchMap((action) =>
        forkJoin({
          action: of(action),
          plan: this.#plans.get(action.planId),
          progress: this.#progressOf(action.id),
          updates: this.#api.updates(action.id).pipe(map((page) => page.items)),
        }),
      ),
      // Progress is reported on the adopted revision only; a draft or archived one shows the plan's text.
      map((data) => ({ ...data, progress: data.plan.status === 'adopted' ? data.progress : null })),
    ),
  );

  readonly breadcrumb = computed(() => {
    const plan = this.data.value()?.plan;
    const items = [{ label: this.#i18n.t('plans.heading'), path: '/plannen' }];
    return plan ? [...items, { label: plan.title, path: `/plannen/${plan.id}/voortgang` }] : items;
  });
  readonly liveText = computed(() => {
    const state = this.data.state();
    return state.status === 'loading' ? this.#i18n.t('common.loading') : state.status === 'error' ? this.data.errorText() : '';
  });
  adoptedRevision(plan: Plan): { id: string; revision: number } | null {
    const adopted = plan.revisions.find((r) => r.status === 'adopted');
    return adopted && adopted.id !== plan.id ? { id: adopted.id, revision: adopted.revision } : null;
  }

  open(progress: ActionProgress): { state: string; text: string }[] {
    return openPeriods(progress).map((p) => ({ state: p.state, text: periodStateText(p, this.#t, (iso) => this.#i18n.formatDate(iso)) }));
  }

  /** Today (the product's clock), written out. */
  formatDay(): string {
    return this.#i18n.formatDate(this.#clock.today());
  }

  formatPct(value: number): string {
    return formatPercent(value, this.#i18n.language());
  }

  /** Ahead of or behind the expected progress, in whole percentage points. */
  aheadText(progress: ActionProgress): string {
    const points = Math.round(progress.percentComplete - progress.expected.percent);
    const language = this.#i18n.language();
    return points === 0
      ? this.#i18n.t('progress.expected.even')
      : this.#i18n.t(points > 0 ? 'progress.expected.ahead' : 'progress.expected.behind', {
          points: Math.abs(points).toLocaleString(language),
        });
  }

  /** Which rule gives the expected progress, with the action's start and end. */
  ruleText(progress: ActionProgress): string {
    const t = this.#i18n.t.bind(this.#i18n);
    const span = (yq: ActionProgress['start']): string => periodShort(yq, t);
    return t(progress.expected.rule === 'milestones' ? 'progress.expected.rule.milestones' : 'progress.expected.rule.linear', {
      start: span(progress.start),
      end: span(progress.end),
    });
  }

  percentText(progress: ActionProgress): string {
    return this.#i18n.t('progress.percentDone', { percent: formatPercent(progress.percentComplete, this.#i18n.language()) });
  }

  /** After an update: the new state and timeline, without hiding the page meanwhile. */
  async updated(update: ProgressUpdate): Promise<void> {
    const current = this.data.value();
    if (!current) {
      return;
    }
    const text = this.#i18n.t('progress.saved', { title: current.action.title, period: periodLabel(update.period, this.#t) });
    // Announced by the live area around the confirmation (the same text twice is still read out).
    this.saved.update((m) => (m === text ? `${text}\u00a0` : text));
    try {
      const [progress, updates] = await Promise.all([
        firstValueFrom(this.#progressOf(current.action.id)),
        firstValueFrom(this.#api.updates(current.action.id).pipe(map((page) => page.items))),
      ]);
      this.data.set({ ...current, progress, updates });
    } catch {
      this.data.reload();
    }
    afterNextRender(() => this.#document.getElementById('actie-meldingen')?.focus(), { injector: this.#injector });
  }

  #progressOf(actionId: string): Observable<ActionProgress | null> {
    return this.#api.actionProgress(actionId).pipe(catchError(() => of(null)));
  }
}
