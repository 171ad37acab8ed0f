import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OrgUnitsApi } from '@wk/web/admin/data-access';
import { ActionListStore } from '@wk/web/progress/data-access';
import { I18nService, SessionStore, TranslatePipe, createLoader } from '@wk/web/core';
import { PageHeadingComponent } from '@wk/web/shared/ui';
import { catchError, map, of } from 'rxjs';
import { ActionListComponent } from '../list/action-list.component';
import { joinNames } from '../util/format';
import type { ActionFilter } from '../util/sort';

/** Query parameter `toon` → filter: a link can open the list on the overdue updates. */
const FILTER_PARAM: Readonly<Record<string, ActionFilter>> = { 'te-laat': 'overdue', 'te-melden': 'due' };

/**
 * `/mijn-acties`: the actions of the user's organisation units in adopted plans, the updates that
 * are due or overdue, and a quick update form per action.
 */
@Component({
  selector: 'wk-my-actions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ActionListStore],
  imports: [ActionListComponent, PageHeadingComponent, RouterLink, TranslatePipe],
  template: `
    <wk-page-heading [heading]="'myActions.heading' | t" [lead]="lead()">
      <a class="utrecht-link" routerLink="/organisatieonderdelen">{{ 'myActions.perUnit' | t }}</a>
      <a class="utrecht-link wk-block" routerLink="/e-mails">{{ 'mail.link' | t }}</a>
    </wk-page-heading>
    @if (hasUnits()) {
      <p class="utrecht-paragraph">{{ 'myActions.howTo' | t }}</p>
      <wk-action-list idPrefix="mijn-acties" [emptyText]="'myActions.emptyUnits' | t" [initialFilter]="initialFilter()" />
    } @else {
      <div class="wk-empty">
        <p class="utrecht-paragraph">{{ 'myActions.noUnits' | t }}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" routerLink="/organisatieonderdelen">{{ 'myActions.noUnits.link' | t }}</a>
        </p>
      </div>
    }
  `,
})
export class MyActionsPage {
  readonly #i18n = inject(I18nService);
  readonly #session = inject(SessionStore);
  readonly #orgUnits = inject(OrgUnitsApi);
  readonly #store = inject(ActionListStore);

  /** Query parameter `toon`: `te-laat` or `te-melden`. */
  readonly toon = input<string | undefined>(undefined);

  readonly unitIds = computed(() => this.#session.user()?.orgUnitIds ?? []);
  readonly hasUnits = computed(() => this.unitIds().length > 0);
  readonly initialFilter = computed<ActionFilter>(() => FILTER_PARAM[this.toon() ?? ''] ?? 'all');
  /** The names of the user's units, for the lead; without them the lead is still correct. */
  readonly #units = createLoader(() =>
    this.hasUnits()
      ? this.#orgUnits.list().pipe(
          map((page) => page.items.filter((u) => this.unitIds().includes(u.id)).map((u) => u.name)),
          catchError(() => of([] as string[])),
        )
      : of([] as string[]),
  );
  readonly lead = computed(() => {
    const names = this.#units.value() ?? [];
    if (!this.hasUnits()) {
      return this.#i18n.t('myActions.lead');
    }
    return names.length > 0
      ? this.#i18n.t('myActions.leadUnits', { units: joinNames(names, this.#i18n.t('common.and')) })
      : this.#i18n.t('myActions.lead');
  });

  constructor() {
    if (this.hasUnits()) {
      this.#store.show({ kind: 'mine' });
    }
  }
}
