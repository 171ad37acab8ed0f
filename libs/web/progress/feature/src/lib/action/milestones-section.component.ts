import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { ActionMilestones, MilestoneProgress, MilestoneState, Problem } from '@wk/contracts';
import { ProgressApi } from '@wk/web/progress/data-access';
import {
  createLoader,
  I18nService,
  LoadStateComponent,
  MILESTONE_STATE_LABELS,
  problemFromError,
  problemMessage,
  TranslatePipe,
} from '@wk/web/core';
import { AlertComponent, ButtonDirective, StatusBadgeComponent, type StatusBadgeVariant } from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';

export const MILESTONE_STATE_VARIANTS: Readonly<Record<MilestoneState, StatusBadgeVariant>> = {
  done: 'success',
  late: 'danger',
  soon: 'warning',
  planned: 'neutral',
};

/**
 * The milestones of an action on its page: each with its date and state (done, late, soon, planned), who
 * marked it when, and for those who may, a button to mark it done (or not done after all). A mark is a
 * progress fact: earlier marks stay in the milestone's history.
 */
@Component({
  selector: 'wk-milestones-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, AlertComponent, ButtonDirective, StatusBadgeComponent, TranslatePipe],
  template: `
    <section class="wk-section" aria-labelledby="actie-mijlpalen">
      <h2 class="utrecht-heading-2" id="actie-mijlpalen">{{ 'milestones.heading' | t }}</h2>
      <div class="wk-live-area" role="status" aria-live="polite">
        @if (saved(); as m) {
          <wk-alert type="ok" [announce]="false"
            ><p class="utrecht-paragraph">
              {{ (m.done ? 'milestones.saved.done' : 'milestones.saved.undone') | t: { title: m.title } }}
            </p></wk-alert
          >
        }
      </div>
      @if (failure(); as text) {
        <wk-alert type="error"
          ><p class="utrecht-paragraph">{{ text }}</p></wk-alert
        >
      }
      <wk-load-state [loader]="data" [notFoundPage]="true" />
      @if (data.state().status === 'ready') {
        @if (data.value(); as list) {
          @if (!adopted()) {
            <p class="utrecht-paragraph wk-muted">{{ 'milestones.draft' | t }}</p>
          }
          <ul class="wk-milestones">
            @for (m of list.items; track m.key) {
              <li class="wk-milestones__item" [class]="'wk-milestones__item wk-milestones__item--' + m.state">
                <div class="wk-milestones__head">
                  <h3 class="utrecht-heading-3 wk-milestones__title">{{ m.title }}</h3>
                  <wk-status-badge [label]="stateLabels[m.state] | t" [variant]="stateVariants[m.state]" />
                </div>
                <p class="utrecht-paragraph wk-milestones__date">{{ 'milestones.due' | t: { date: date(m.dueDate) } }}</p>
                @if (m.history[0]; as last) {
                  <p class="utrecht-paragraph wk-muted">{{ lastMark(m) }}</p>
                }
                @if (list.canUpdate) {
                  <button
                    type="button"
                    wkButton="secondary"
                    [attr.aria-disabled]="busy() === m.key ? 'true' : null"
                    [attr.aria-label]="(m.done ? 'milestones.undo.label' : 'milestones.done.label') | t: { title: m.title }"
                    (click)="mark(list, m)"
                  >
                    {{ (busy() === m.key ? 'common.saving' : m.done ? 'milestones.undo' : 'milestones.markDone') | t }}
                  </button>
                }
                @if (m.history.length > 0) {
                  <details class="wk-milestones__history">
                    <summary>{{ 'milestones.history' | t: { count: m.history.length } }}</summary>
                    <ol class="wk-milestones__marks">
                      @for (h of m.history; track h.id) {
                        <li>{{ markText(h) }}</li>
                      }
                    </ol>
                  </details>
                }
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
})
export class MilestonesSectionComponent {
  readonly #api = inject(ProgressApi);
  readonly #i18n = inject(I18nService);

  readonly actionId = input.required<string>();
  /** Marks are made on the adopted plan only. */
  readonly adopted = input.required<boolean>();

  readonly stateLabels = MILESTONE_STATE_LABELS;
  readonly stateVariants = MILESTONE_STATE_VARIANTS;
  readonly data = createLoader(() => this.#api.milestones(this.actionId()));
  readonly busy = signal<string | null>(null);
  /** The milestone just marked, said in the current language. */
  readonly saved = signal<{ title: string; done: boolean } | null>(null);
  readonly #failure = signal<Problem | null>(null);
  readonly failure = computed(() => {
    const problem = this.#failure();
    return problem ? problemMessage(problem, (key) => this.#i18n.t(key), this.#i18n.language()) : null;
  });
  readonly count = computed(() => this.data.value()?.items.length ?? 0);

  date(iso: string): string {
    return this.#i18n.formatDate(iso);
  }

  markText(mark: MilestoneProgress['history'][number]): string {
    return this.#i18n.t(mark.done ? 'milestones.mark.done' : 'milestones.mark.undone', {
      who: mark.author?.name ?? this.#i18n.t('milestones.mark.unknown'),
      when: this.#i18n.formatDateTime(mark.createdAt),
    });
  }

  lastMark(m: MilestoneProgress): string {
    return m.history[0] ? this.markText(m.history[0]) : '';
  }

  async mark(list: ActionMilestones, milestone: MilestoneProgress): Promise<void> {
    // One request at a time: a double click sends one mark.
    if (this.busy() !== null) {
      return;
    }
    this.busy.set(milestone.key);
    this.#failure.set(null);
    this.saved.set(null);
    try {
      const updated = await firstValueFrom(this.#api.markMilestone(list.actionId, milestone.key, { done: !milestone.done }));
      this.data.set({ ...list, items: list.items.map((m) => (m.key === updated.key ? updated : m)) });
      this.saved.set({ title: updated.title, done: updated.done });
    } catch (error: unknown) {
      this.#failure.set(problemFromError(error));
      this.data.reload();
    } finally {
      this.busy.set(null);
    }
  }
}
