import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { AuditEvent, Page } from '@wk/contracts';
import { OrgUnitsApi, UsersApi, WijkenApi } from '@wk/web/admin/data-access';
import { PlanStore, PlansApi } from '@wk/web/plans/data-access';
import { createLoader, I18nService, LoadStateComponent, TranslatePipe } from '@wk/web/core';
import { NEVER, type Observable, catchError, forkJoin, map, of } from 'rxjs';
import { auditActionLabel, auditChanges, auditSubject } from '../util/audit';
import { type FormatContext, fieldLabel, formatFieldValue } from '../util/field-format';

/** How many details an event shows at most (a created plan lists every field). */
const MAX_DETAILS = 12;

/** `/plannen/:id/geschiedenis`: who did what to this revision, its goals and its actions, newest first. */
@Component({
  selector: 'wk-history-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, TranslatePipe],
  template: `
    <h2 class="utrecht-heading-2 wk-tab-heading">{{ 'history.heading' | t }}</h2>
    <p class="utrecht-paragraph">{{ 'history.lead' | t }}</p>
    <wk-load-state [loader]="data" />
    @if (data.state().status === 'ready') {
      @if (events().length === 0) {
        <div class="wk-empty">
          <p class="utrecht-paragraph">{{ 'history.empty' | t }}</p>
        </div>
      } @else {
        <ol class="wk-history" [attr.aria-label]="'history.listLabel' | t: { count: events().length }">
          @for (event of events(); track event.id) {
            <li class="wk-history__item">
              <p class="utrecht-paragraph wk-history__when">
                <time [attr.datetime]="event.iso">{{ event.when }}</time>
                <span class="wk-history__who">{{ event.who }}</span>
              </p>
              <p class="utrecht-paragraph wk-history__what">
                <strong>{{ event.what }}</strong
                >{{ event.subject ? ': ' + event.subject : '' }}
              </p>
              @if (event.details.length > 0) {
                <details class="wk-details">
                  <summary
                    class="wk-details__summary"
                    [attr.aria-label]="('history.details' | t: { count: event.details.length }) + ': ' + event.what + ', ' + event.when"
                  >
                    {{ 'history.details' | t: { count: event.details.length } }}
                  </summary>
                  <dl class="wk-history__details">
                    @for (detail of event.details; track $index) {
                      <div class="wk-history__detail">
                        <dt>{{ detail.label }}</dt>
                        <dd>
                          @if (detail.showBefore) {
                            <span class="wk-history__before">{{ 'history.before' | t }}: {{ detail.before }}</span>
                          }
                          <span class="wk-history__after"
                            >{{ (detail.showBefore ? 'history.after' : 'history.value') | t }}: {{ detail.after }}</span
                          >
                        </dd>
                      </div>
                    }
                  </dl>
                </details>
              }
            </li>
          }
        </ol>
      }
    }
  `,
})
export class HistoryPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(PlansApi);
  readonly store = inject(PlanStore);

  readonly #orgUnits = inject(OrgUnitsApi);
  readonly #users = inject(UsersApi);
  readonly #wijken = inject(WijkenApi);

  /**
   * The events, and the names behind the ids they record (organisation units, users, wijken);
   * reloaded whenever the plan changes (a save on the plan tab adds events).
   */
  readonly data = createLoader(() => {
    const plan = this.store.plan();
    if (!plan) {
      return NEVER;
    }
    const names = <T extends { id: string; name: string }>(source: Observable<Page<T>>) =>
      source.pipe(
        map((page) => page.items.map((item): [string, string] => [item.id, item.name])),
        catchError(() => of([] as [string, string][])),
      );
    return forkJoin({
      events: this.#api.history(plan.id).pipe(map((page) => page.items)),
      names: forkJoin([names(this.#orgUnits.list()), names(this.#users.list()), names(this.#wijken.list())]).pipe(
        map((lists) => new Map(lists.flat())),
      ),
    });
  });

  readonly events = computed(() => {
    const loaded = this.data.value();
    const goals = new Map((this.store.plan()?.goals ?? []).map((g): [string, string] => [g.id, g.statement]));
    const context: FormatContext = {
      t: this.#i18n.t.bind(this.#i18n),
      language: this.#i18n.language(),
      formatDate: (iso) => this.#i18n.formatDate(iso),
      nameOf: (field, id) => (field === 'goalId' ? goals.get(id) : loaded?.names.get(id)) ?? null,
    };
    return (loaded?.events ?? []).map((event) => this.#row(event, context));
  });

  #row(event: AuditEvent, context: FormatContext) {
    const deleted = event.action.endsWith('.deleted');
    const created = event.before === null || event.before === undefined;
    const details = event.action.endsWith('.reordered') ? [] : auditChanges(event).slice(0, MAX_DETAILS);
    return {
      id: event.id,
      iso: event.occurredAt,
      when: this.#i18n.formatDateTime(event.occurredAt),
      who: event.actorName ?? this.#i18n.t('audit.system'),
      what: this.#i18n.t(auditActionLabel(event.action)),
      subject: auditSubject(event),
      details: details.map((change) => ({
        label: fieldLabel(change.field, context),
        showBefore: !created && !deleted,
        before: formatFieldValue(change.field, change.before, context),
        after: formatFieldValue(change.field, deleted ? change.before : change.after, context),
      })),
    };
  }
}
