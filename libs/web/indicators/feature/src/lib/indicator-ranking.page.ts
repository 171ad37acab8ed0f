import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { IndicatorRanking } from '@wk/contracts';
import { numberFormat } from '@wk/util';
import { IndicatorsApi } from '@wk/web/indicators/data-access';
import { createLoader, I18nService, LoadStateComponent, TranslatePipe } from '@wk/web/core';
import { DataTableCellDirective, DataTableComponent, PageHeadingComponent, type DataTableColumn } from '@wk/web/shared/ui';
import { formatFigure } from './format';
import { COMPARISON_KEYS, COMPARISON_ORDER } from './indicators-overview.page';

type Item = IndicatorRanking['items'][number];

/**
 * `/indicatoren/ranglijst/:code?sinds=2012` — all the gemeente's wijken on one indicator, best first, with the change
 * since a chosen year and how each stands against the city.
 */
@Component({
  selector: 'wk-indicator-ranking-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableCellDirective, DataTableComponent, LoadStateComponent, PageHeadingComponent, RouterLink, TranslatePipe],
  template: `
    <wk-load-state [loader]="data" [notFoundPage]="true" />
    @if (data.value(); as d) {
      <wk-page-heading
        [heading]="'ranking.heading' | t: { indicator: d.indicator.name[language()] }"
        [lead]="d.indicator.description[language()]"
      >
        <a class="utrecht-link" routerLink="/indicatoren">{{ 'ranking.back' | t }}</a>
      </wk-page-heading>
      @if (d.years.length > 1) {
        <div class="utrecht-form-field wk-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="ranglijst-sinds">{{ 'ranking.since' | t }}</label>
          </div>
          <div class="utrecht-form-field__input">
            <select
              id="ranglijst-sinds"
              class="utrecht-select utrecht-select--html-select wk-select"
              (change)="chooseSince($any($event.target).value)"
            >
              @for (y of d.years; track y) {
                <option [value]="y" [selected]="y === d.since">{{ y }}</option>
              }
            </select>
          </div>
        </div>
      }
      @if (d.gemeente.latest; as g) {
        <p class="utrecht-paragraph">
          {{ 'ranking.city' | t: { gemeente: d.gemeente.name, value: figure(g.value), year: g.year } }}
        </p>
      }
      <wk-data-table
        [caption]="'ranking.caption' | t: { indicator: d.indicator.name[language()], since: d.since ?? '–' }"
        [columns]="columns()"
        [rows]="d.items"
        [trackBy]="byWijk"
      >
        <ng-template wkCell="wijk" [wkCellOf]="d.items" let-row>
          <a class="utrecht-link" [routerLink]="['/indicatoren/wijken', row.wijk.id]">{{ row.wijk.name }}</a>
        </ng-template>
        <ng-template wkCell="latest" [wkCellOf]="d.items" let-row>{{
          row.latest ? figure(row.latest.value) + ' (' + row.latest.year + ')' : ('wijkenOverview.noFigure' | t)
        }}</ng-template>
        <ng-template wkCell="before" [wkCellOf]="d.items" let-row>{{ row.before ? figure(row.before.value) : '–' }}</ng-template>
        <ng-template wkCell="change" [wkCellOf]="d.items" let-row>{{ change(row) }}</ng-template>
        <ng-template wkCell="comparison" [wkCellOf]="d.items" let-row>{{
          row.comparison ? (comparisonKey(row.comparison) | t) : ''
        }}</ng-template>
      </wk-data-table>
      <p class="utrecht-paragraph">{{ 'wijkenOverview.rule' | t }}</p>
      <p class="utrecht-paragraph wk-indicators__caution">{{ 'indicators.caution' | t }}</p>
    }
  `,
})
export class IndicatorRankingPage {
  /** The indicator's code (route parameter). */
  readonly code = input.required<string>();
  /** The year to compare with (query parameter `sinds`). */
  readonly sinds = input<string | undefined>(undefined);
  readonly #api = inject(IndicatorsApi);
  readonly #i18n = inject(I18nService);
  readonly #router = inject(Router);
  readonly language = this.#i18n.language;

  readonly data = createLoader(() => {
    const since = Number(this.sinds());
    return this.#api.ranking(this.code(), Number.isInteger(since) && since > 0 ? since : null);
  });

  readonly byWijk = (row: Item) => row.wijk.id;
  readonly #locale = () => (this.#i18n.language() === 'nl' ? 'nl-NL' : 'en-GB');

  chooseSince(year: string): void {
    void this.#router.navigate([], { queryParams: { sinds: year }, replaceUrl: true });
  }

  comparisonKey(c: NonNullable<Item['comparison']>) {
    return COMPARISON_KEYS[c];
  }

  figure(value: number): string {
    const indicator = this.data.value()?.indicator;
    return indicator ? formatFigure(value, indicator, this.#locale()) : String(value);
  }

  change(row: Item): string {
    const indicator = this.data.value()?.indicator;
    if (row.change === null || !indicator) return '–';
    const text = numberFormat(this.#locale(), {
      maximumFractionDigits: indicator.decimals,
      minimumFractionDigits: indicator.decimals,
      signDisplay: 'exceptZero',
    }).format(row.change);
    return indicator.unit === 'percent' ? `${text} ${this.#i18n.t('ranking.points')}` : text;
  }

  readonly columns = computed<DataTableColumn<Item>[]>(() => {
    const since = this.data.value()?.since;
    return [
      { key: 'rank', label: this.#i18n.t('ranking.col.rank'), numeric: true, rowHeader: false, sortValue: (r) => r.rank },
      { key: 'wijk', label: this.#i18n.t('signals.col.wijk'), rowHeader: true, sortValue: (r) => r.wijk.name },
      { key: 'latest', label: this.#i18n.t('ranking.col.latest'), numeric: true, sortValue: (r) => r.latest?.value ?? null },
      { key: 'before', label: this.#i18n.t('ranking.col.before', { year: since ?? '–' }), numeric: true },
      { key: 'change', label: this.#i18n.t('ranking.col.change'), numeric: true, sortValue: (r) => r.change },
      {
        key: 'comparison',
        label: this.#i18n.t('wijkenOverview.col.comparison'),
        sortValue: (r) => (r.comparison ? COMPARISON_ORDER.indexOf(r.comparison) : null),
      },
    ];
  });
}
