import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Wijk } from '@wk/contracts';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { DataTableCellDirective, type DataTableColumn, DataTableComponent } from '@wk/web/shared/ui';
import { CbsUnitsComponent } from './cbs-units.component';

/** The wijken of a gemeente as a table; used on `/wijken` (read) and `/beheer/wijken` (manage). */
@Component({
  selector: 'wk-wijken-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CbsUnitsComponent, DataTableCellDirective, DataTableComponent, RouterLink, TranslatePipe],
  template: `
    <wk-data-table [caption]="caption()" [columns]="columns()" [rows]="wijken()" [trackBy]="byId">
      <ng-template wkCell="name" [wkCellOf]="wijken()" let-wijk>
        @if (linkBase(); as base) {
          <a class="utrecht-link" [routerLink]="[base, wijk.id]">{{ wijk.name }}</a>
        } @else {
          {{ wijk.name }}
        }
      </ng-template>
      <ng-template wkCell="cbs" [wkCellOf]="wijken()" let-wijk><wk-cbs-units [units]="wijk.cbsUnits" /></ng-template>
      <ng-template wkCell="population" [wkCellOf]="wijken()" let-wijk>
        @if (wijk.population !== null) {
          {{ formatNumber(wijk.population) }}
          @if (wijk.populationYear) {
            <span class="wk-muted wk-block">{{ 'wijken.populationYear' | t: { year: wijk.populationYear } }}</span>
          }
        } @else {
          <span class="wk-muted">{{ 'common.unknown' | t }}</span>
        }
      </ng-template>
      <ng-template wkCell="source" [wkCellOf]="wijken()" let-wijk>
        @if (wijk.populationSource) {
          {{ wijk.populationSource }}
        } @else {
          <span class="wk-muted">{{ (wijk.population === null ? 'common.none' : 'wijken.sourceUnknown') | t }}</span>
        }
      </ng-template>
    </wk-data-table>
  `,
})
export class WijkenTableComponent {
  readonly #i18n = inject(I18nService);

  readonly wijken = input.required<readonly Wijk[]>();
  readonly caption = input.required<string>();
  /** Where a wijk's name links to (`/wijken` or `/beheer/wijken`); null for no links. */
  readonly linkBase = input<string | null>(null);

  readonly columns = computed<DataTableColumn<Wijk>[]>(() => [
    { key: 'name', label: this.#i18n.t('wijken.col.name'), sortValue: (wijk) => wijk.name },
    { key: 'cbs', label: this.#i18n.t('wijken.col.cbs') },
    { key: 'population', label: this.#i18n.t('wijken.col.population'), numeric: true, sortValue: (wijk) => wijk.population },
    { key: 'source', label: this.#i18n.t('wijken.col.source') },
  ]);
  readonly byId = (wijk: Wijk): string => wijk.id;

  formatNumber(value: number): string {
    return this.#i18n.formatNumber(value);
  }
}
