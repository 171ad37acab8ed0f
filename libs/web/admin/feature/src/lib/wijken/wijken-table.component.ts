import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Wijk } from '@wk/contracts';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { CbsUnitsComponent } from './cbs-units.component';

/** The wijken of a gemeente as a table; used on `/wijken` (read) and `/beheer/wijken` (manage). */
@Component({
  selector: 'wk-wijken-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CbsUnitsComponent, RouterLink, TranslatePipe],
  template: `
    <div class="utrecht-table-container wk-table-container">
      <table class="utrecht-table utrecht-table--html-table wk-table">
        <caption class="utrecht-table__caption wk-table__caption">
          {{
            caption()
          }}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{{ 'wijken.col.name' | t }}</th>
            <th class="utrecht-table__header-cell" scope="col">{{ 'wijken.col.cbs' | t }}</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              {{ 'wijken.col.population' | t }}
            </th>
            <th class="utrecht-table__header-cell" scope="col">{{ 'wijken.col.source' | t }}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          @for (wijk of wijken(); track wijk.id) {
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell wk-table__row-header" scope="row">
                @if (linkBase(); as base) {
                  <a class="utrecht-link" [routerLink]="[base, wijk.id]">{{ wijk.name }}</a>
                } @else {
                  {{ wijk.name }}
                }
              </th>
              <td class="utrecht-table__cell"><wk-cbs-units [units]="wijk.cbsUnits" /></td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                @if (wijk.population !== null) {
                  {{ formatNumber(wijk.population) }}
                  @if (wijk.populationYear) {
                    <span class="wk-muted wk-block">{{ 'wijken.populationYear' | t: { year: wijk.populationYear } }}</span>
                  }
                } @else {
                  <span class="wk-muted">{{ 'common.unknown' | t }}</span>
                }
              </td>
              <td class="utrecht-table__cell">
                @if (wijk.populationSource) {
                  {{ wijk.populationSource }}
                } @else {
                  <span class="wk-muted">{{ (wijk.population === null ? 'common.none' : 'wijken.sourceUnknown') | t }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class WijkenTableComponent {
  readonly #i18n = inject(I18nService);

  readonly wijken = input.required<readonly Wijk[]>();
  readonly caption = input.required<string>();
  /** Where a wijk's name links to (`/wijken` or `/beheer/wijken`); null for no links. */
  readonly linkBase = input<string | null>(null);

  formatNumber(value: number): string {
    return this.#i18n.formatNumber(value);
  }
}
