import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { OrgUnit } from '@wk/contracts';
import { OrgUnitsApi } from '@wk/web/admin/data-access';
import { ActionListStore } from '@wk/web/progress/data-access';
import { createLoader, I18nService, LoadErrorComponent, SessionStore, TranslatePipe } from '@wk/web/core';
import { ButtonDirective, PageHeadingComponent } from '@wk/web/shared/ui';
import { map } from 'rxjs';
import { ActionListComponent } from '../list/action-list.component';

const byName = (a: OrgUnit, b: OrgUnit): number => a.name.localeCompare(b.name, 'nl');

/**
 * `/organisatieonderdelen` and `/organisatieonderdelen/:id/acties`: every action that one
 * department or partner leads or works on, across wijken and adopted plans; a select switches
 * between units.
 */
@Component({
  selector: 'wk-unit-actions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ActionListStore],
  imports: [ButtonDirective, ActionListComponent, PageHeadingComponent, RouterLink, TranslatePipe, LoadErrorComponent],
  template: `
    <wk-page-heading [preHeading]="id() ? ('unitActions.preHeading' | t) : null" [heading]="heading()" [lead]="'unitActions.lead' | t" />

    @if (units.state().status === 'error') {
      <wk-load-error [loader]="units" />
    }

    <form class="wk-filter" role="search" [attr.aria-label]="'unitActions.choose.label' | t" (submit)="show($event)">
      <div class="utrecht-form-field wk-form-field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="onderdeel-kiezen">{{ 'unitActions.choose' | t }}</label>
        </div>
        <div class="utrecht-form-field__input">
          <select id="onderdeel-kiezen" class="utrecht-select utrecht-select--html-select wk-select" (change)="choose($event)">
            <option value="" [selected]="selected() === ''">{{ 'unitActions.choose.none' | t }}</option>
            @if (lists(); as lists) {
              <optgroup [label]="'actionForm.departments' | t">
                @for (unit of lists.departments; track unit.id) {
                  <option [value]="unit.id" [selected]="unit.id === selected()">{{ unit.name }}</option>
                }
              </optgroup>
              <optgroup [label]="'actionForm.partners' | t">
                @for (unit of lists.partners; track unit.id) {
                  <option [value]="unit.id" [selected]="unit.id === selected()">{{ unit.name }}</option>
                }
              </optgroup>
            }
          </select>
        </div>
      </div>
      <button type="submit" wkButton>{{ 'unitActions.show' | t }}</button>
    </form>

    @if (ownUnits().length > 0) {
      <p class="utrecht-paragraph">
        {{ 'unitActions.own' | t }}
        @for (unit of ownUnits(); track unit.id; let last = $last) {
          <a class="utrecht-link" [routerLink]="['/organisatieonderdelen', unit.id, 'acties']">{{ unit.name }}</a
          >{{ last ? '.' : ', ' }}
        }
      </p>
    }

    @if (id()) {
      <wk-action-list idPrefix="onderdeel" [emptyText]="'unitActions.empty' | t: { unit: unitName() }" />
    } @else {
      <div class="wk-empty">
        <p class="utrecht-paragraph">{{ 'unitActions.pick' | t }}</p>
      </div>
    }
  `,
})
export class UnitActionsPage {
  readonly #i18n = inject(I18nService);
  readonly #router = inject(Router);
  readonly #session = inject(SessionStore);
  readonly #orgUnits = inject(OrgUnitsApi);
  readonly #store = inject(ActionListStore);

  /** Route parameter (absent on `/organisatieonderdelen`). */
  readonly id = input<string | undefined>(undefined);

  readonly units = createLoader(() => this.#orgUnits.list().pipe(map((page) => [...page.items].sort(byName))));
  readonly lists = computed(() => {
    const units = this.units.value();
    return units
      ? { departments: units.filter((u) => u.kind === 'department'), partners: units.filter((u) => u.kind === 'partner') }
      : null;
  });
  readonly selected = linkedSignal(() => this.id() ?? '');
  readonly unitName = computed(() => this.units.value()?.find((u) => u.id === this.id())?.name ?? '');
  readonly heading = computed(() =>
    this.id() && this.unitName() ? this.#i18n.t('unitActions.heading', { unit: this.unitName() }) : this.#i18n.t('unitActions.title'),
  );
  readonly ownUnits = computed(() => {
    const own = this.#session.user()?.orgUnitIds ?? [];
    return (this.units.value() ?? []).filter((u) => own.includes(u.id) && u.id !== this.id());
  });

  constructor() {
    effect(() => {
      const id = this.id();
      if (id) {
        untracked(() => this.#store.show({ kind: 'unit', unitId: id }));
      }
    });
  }

  choose(event: Event): void {
    this.selected.set((event.target as HTMLSelectElement).value);
  }

  show(event: Event): void {
    event.preventDefault();
    const id = this.selected();
    void this.#router.navigate(id ? ['/organisatieonderdelen', id, 'acties'] : ['/organisatieonderdelen']);
  }
}
