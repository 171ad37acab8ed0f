import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import type { ActionProgress, ProgressUpdate } from '@wk/contracts';
import { PlansApi } from '@wk/web/plans/data-access';
import { ActionListStore } from '@wk/web/progress/data-access';
import { createLoader, I18nService, LoadStateComponent, TranslatePipe, type TranslationKey } from '@wk/web/core';
import { catchError, of } from 'rxjs';
import { LiveStatusComponent } from '@wk/web/shared/ui';
import { periodLabel } from '../util/format';
import { type ActionFilter, filterActions, sortOverdueFirst } from '../util/sort';
import { ActionCardComponent, cardAnchor } from './action-card.component';

const FILTERS: readonly ActionFilter[] = ['all', 'overdue', 'due'];

const FILTER_LABELS: Readonly<Record<ActionFilter, TranslationKey>> = {
  all: 'progress.filter.all',
  overdue: 'progress.filter.overdue',
  due: 'progress.filter.due',
};

const FILTER_EMPTY: Readonly<Record<ActionFilter, TranslationKey>> = {
  all: 'progress.list.empty',
  overdue: 'progress.filter.overdue.empty',
  due: 'progress.filter.due.empty',
};

/**
 * The actions of an {@link ActionListStore} (provided by the page): how many updates are overdue
 * and due, a filter, and the actions with overdue updates first. Each action can be updated in
 * place; afterwards the list is fetched again and focus returns to the action.
 */
@Component({
  selector: 'wk-action-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, ActionCardComponent, LiveStatusComponent, TranslatePipe],
  template: `
    <wk-live-status [text]="liveText()" />
    <wk-load-state [loader]="store.data" [notFoundPage]="true" />
    @if (store.data.state().status === 'ready') {
      @if (store.list(); as list) {
        @if (list.total === 0) {
          <div class="wk-empty">
            <p class="utrecht-paragraph">{{ emptyText() }}</p>
          </div>
        } @else {
          <dl class="wk-stats">
            <div class="wk-stat" [class.wk-stat--danger]="list.overdue > 0">
              <dt class="wk-stat__label">{{ 'progress.summary.overdue' | t }}</dt>
              <dd class="wk-stat__value">
                <span class="wk-stat__number">{{ list.overdue }}</span>
                {{ (list.overdue === 1 ? 'progress.summary.update' : 'progress.summary.updates') | t }}
              </dd>
            </div>
            <div class="wk-stat" [class.wk-stat--warning]="list.due > 0">
              <dt class="wk-stat__label">{{ 'progress.summary.due' | t }}</dt>
              <dd class="wk-stat__value">
                <span class="wk-stat__number">{{ list.due }}</span>
                {{ (list.due === 1 ? 'progress.summary.update' : 'progress.summary.updates') | t }}
              </dd>
            </div>
            <div class="wk-stat">
              <dt class="wk-stat__label">{{ 'progress.summary.actions' | t }}</dt>
              <dd class="wk-stat__value">
                <span class="wk-stat__number">{{ list.total }}</span>
              </dd>
            </div>
          </dl>

          <div class="utrecht-form-fieldset wk-fieldset wk-filter-options">
            <fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset__fieldset--html-fieldset">
              <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend wk-fieldset__legend">
                {{ 'progress.filter.legend' | t }}
              </legend>
              <div class="wk-filter-options__list">
                @for (option of filterOptions(); track option.value) {
                  <div class="utrecht-form-field utrecht-form-field--radio wk-option">
                    <div class="utrecht-form-field__input">
                      <input
                        type="radio"
                        class="utrecht-radio-button utrecht-radio-button--html-input"
                        [id]="idPrefix() + '-toon-' + option.value"
                        [name]="idPrefix() + '-toon'"
                        [value]="option.value"
                        [checked]="filter() === option.value"
                        (change)="choose(option.value)"
                      />
                    </div>
                    <div class="utrecht-form-field__label">
                      <label class="utrecht-form-label utrecht-form-label--radio" [for]="idPrefix() + '-toon-' + option.value">{{
                        option.label
                      }}</label>
                    </div>
                  </div>
                }
              </div>
            </fieldset>
          </div>

          <h2 class="utrecht-heading-2 wk-progress-list__heading" [id]="idPrefix() + '-kop'" tabindex="-1">{{ listHeading() }}</h2>
          @if (shown().length === 0) {
            <div class="wk-empty">
              <p class="utrecht-paragraph">{{ filterEmpty[filter()] | t }}</p>
            </div>
          } @else {
            <ol class="wk-progress-list" [attr.aria-labelledby]="idPrefix() + '-kop'">
              @for (action of shown(); track action.actionId) {
                <li class="wk-progress-list__item">
                  <wk-action-card
                    [action]="action"
                    [allowUpdate]="allowUpdate()"
                    [open]="openId() === action.actionId"
                    [saved]="savedFor()?.id === action.actionId ? (savedFor()?.text ?? null) : null"
                    [demo]="demoPlans().has(action.planId)"
                    (opened)="open(action)"
                    (closed)="close(action)"
                    (updated)="updated(action, $event)"
                  />
                </li>
              }
            </ol>
          }
        }
      }
    }
  `,
})
export class ActionListComponent {
  readonly #i18n = inject(I18nService);
  readonly #injector = inject(Injector);
  readonly #document = inject(DOCUMENT);
  readonly #plansApi = inject(PlansApi);
  readonly store = inject(ActionListStore);

  /** Prefix of the ids in this list (filter, heading). */
  readonly idPrefix = input.required<string>();
  /** Shown when there are no actions at all. */
  readonly emptyText = input.required<string>();
  readonly initialFilter = input<ActionFilter>('all');
  readonly allowUpdate = input(true);

  readonly filterEmpty = FILTER_EMPTY;
  readonly filter = linkedSignal(() => this.initialFilter());
  readonly openId = signal<string | null>(null);
  readonly savedFor = signal<{ id: string; text: string } | null>(null);
  readonly #message = signal('');

  /** Plans invented for the demo, so that their actions say so. */
  readonly #plans = createLoader(() => this.#plansApi.list().pipe(catchError(() => of({ items: [], total: 0 }))));
  readonly demoPlans = computed(() => new Set((this.#plans.value()?.items ?? []).filter((p) => p.demo).map((p) => p.id)));
  readonly sorted = computed(() => sortOverdueFirst(this.store.list()?.items ?? []));
  readonly shown = computed(() => filterActions(this.sorted(), this.filter()));
  readonly filterOptions = computed(() => {
    const items = this.sorted();
    return FILTERS.map((value) => ({
      value,
      label: this.#i18n.t(FILTER_LABELS[value], { count: filterActions(items, value).length }),
    }));
  });
  readonly listHeading = computed(() =>
    this.#i18n.t(
      this.filter() === 'all'
        ? 'progress.list.heading'
        : this.filter() === 'overdue'
          ? 'progress.list.headingOverdue'
          : 'progress.list.headingDue',
      {
        count: this.shown().length,
      },
    ),
  );
  readonly liveText = computed(() => {
    const state = this.store.data.state();
    if (state.status === 'loading') {
      return this.#i18n.t('common.loading');
    }
    if (state.status === 'error') {
      return this.store.data.errorText();
    }
    return this.#message() || this.listHeading();
  });

  choose(filter: ActionFilter): void {
    this.#message.set('');
    this.filter.set(filter);
  }

  open(action: ActionProgress): void {
    this.savedFor.set(null);
    this.openId.set(action.actionId);
    this.#focus(`${cardAnchor(action.actionId)}-melding-kop`);
  }

  close(action: ActionProgress): void {
    this.openId.set(null);
    this.#focus(`${cardAnchor(action.actionId)}-melden`);
  }

  async updated(action: ActionProgress, update: ProgressUpdate): Promise<void> {
    const text = this.#i18n.t('progress.saved', { title: action.title, period: periodLabel(update.period, this.#i18n.t.bind(this.#i18n)) });
    this.openId.set(null);
    this.savedFor.set({ id: action.actionId, text });
    this.#message.update((current) => (current === text ? `${text}\u00a0` : text));
    await this.store.refresh();
    // The action may have left the filtered list; then the list's heading takes focus.
    afterNextRender(
      () => {
        const target =
          this.#document.getElementById(`${cardAnchor(action.actionId)}-titel`) ?? this.#document.getElementById(`${this.idPrefix()}-kop`);
        target?.focus();
      },
      { injector: this.#injector },
    );
  }

  #focus(id: string): void {
    afterNextRender(() => this.#document.getElementById(id)?.focus(), { injector: this.#injector });
  }
}
