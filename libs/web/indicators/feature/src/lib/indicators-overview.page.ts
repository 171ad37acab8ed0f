import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ComparisonClass, Indicator, IndicatorOverview, OverviewCell } from '@wk/contracts';
import { numberFormat } from '@wk/util';
import { IndicatorsApi } from '@wk/web/indicators/data-access';
import { createLoader, I18nService, LoadStateComponent, SessionStore, TranslatePipe, type TranslationKey } from '@wk/web/core';
import { DataTableCellDirective, DataTableComponent, PageHeadingComponent, type DataTableColumn } from '@wk/web/shared/ui';
import { formatFigure, signalList } from './format';
import { WijkMapComponent, type MapValue } from './wijk-map.component';

/** The classes from worst to best, for sorting (worst first ascending) and the legend. */
export const COMPARISON_ORDER: readonly ComparisonClass[] = ['much_worse', 'worse', 'similar', 'better', 'much_better'];

export const COMPARISON_KEYS: Record<ComparisonClass, TranslationKey> = {
  much_worse: 'comparison.much_worse',
  worse: 'comparison.worse',
  similar: 'comparison.similar',
  better: 'comparison.better',
  much_better: 'comparison.much_better',
};

type Row = IndicatorOverview['wijken'][number];

/**
 * `/indicatoren` — "Hoe gaan de wijken?": the early-warning signals of every wijk (with a plan or not), a map of the
 * wijken coloured by one indicator with its table, and all wijken × all indicators against the city.
 */
@Component({
  selector: 'wk-indicators-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DataTableCellDirective,
    DataTableComponent,
    LoadStateComponent,
    PageHeadingComponent,
    RouterLink,
    TranslatePipe,
    WijkMapComponent,
  ],
  template: `
    <wk-page-heading [heading]="'wijkenOverview.heading' | t" [lead]="'wijkenOverview.lead' | t">
      <a class="utrecht-link" routerLink="/indicatoren/eigen">{{ 'ownIndicators.link' | t }}</a>
    </wk-page-heading>
    <wk-load-state [loader]="data" />
    @if (data.value(); as d) {
      <p class="utrecht-paragraph wk-indicators__caution">{{ 'indicators.caution' | t }}</p>

      <section class="wk-section" aria-labelledby="signalen">
        <h2 class="utrecht-heading-2" id="signalen">{{ 'signals.heading' | t }}</h2>
        <p class="utrecht-paragraph">{{ 'signals.lead' | t }}</p>
        @if (settings.value(); as s) {
          <p class="utrecht-paragraph">{{ 'signals.rule' | t: { consecutive: s.consecutive, percent: percentText(s.minStepPercent) } }}</p>
        }
        <p class="utrecht-paragraph">
          <a class="utrecht-link" routerLink="/indicatoren/signaalregels">{{
            (canSetRules() ? 'signals.toSettings' : 'signals.toSettingsRead') | t
          }}</a>
        </p>
        <wk-data-table [caption]="'signals.caption' | t" [columns]="signalColumns()" [rows]="signalRows()" [trackBy]="byId">
          <ng-template wkCell="name" [wkCellOf]="signalRows()" let-row>
            <a class="utrecht-link" [routerLink]="['/indicatoren/wijken', row.id]">{{ row.name }}</a>
          </ng-template>
        </wk-data-table>
      </section>

      <section class="wk-section" aria-labelledby="kaart">
        <h2 class="utrecht-heading-2" id="kaart">{{ 'wijkenOverview.map.heading' | t }}</h2>
        @if (d.indicators.length === 0) {
          <div class="wk-empty">
            <p class="utrecht-paragraph">{{ 'wijkenOverview.noFigures' | t }}</p>
          </div>
        } @else {
          <div class="utrecht-form-field wk-form-field">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="kaart-indicator">{{ 'wijkenOverview.map.indicator' | t }}</label>
            </div>
            <div class="utrecht-form-field__input">
              <select
                id="kaart-indicator"
                class="utrecht-select utrecht-select--html-select wk-select"
                (change)="choose($any($event.target).value)"
              >
                @for (i of d.indicators; track i.code) {
                  <option [value]="i.code" [selected]="i.code === chosen()?.code">{{ i.name[language()] }}</option>
                }
              </select>
            </div>
          </div>
          @if (chosen(); as indicator) {
            <p class="utrecht-paragraph">{{ indicator.description[language()] }}</p>
            <p class="utrecht-paragraph">
              <a class="utrecht-link" [routerLink]="['/indicatoren/ranglijst', indicator.code]">{{
                'wijkenOverview.toRanking' | t: { indicator: indicator.name[language()] }
              }}</a>
            </p>
            <div class="wk-map-layout">
              @if (boundaries.value(); as b) {
                @if (b.features.length) {
                  <figure class="wk-map-figure">
                    <wk-wijk-map
                      [boundaries]="b"
                      [values]="mapValues()"
                      [label]="'wijkenOverview.map.label' | t: { indicator: indicator.name[language()], gemeente: d.gemeente.name }"
                      [noFigure]="'wijkenOverview.noFigure' | t"
                    />
                    <figcaption>
                      <ul class="wk-map__legend">
                        @for (c of legend; track c) {
                          <li><span [class]="'wk-map__swatch wk-map__area--' + c" aria-hidden="true"></span>{{ comparisonKey(c) | t }}</li>
                        }
                        <li>
                          <span class="wk-map__swatch wk-map__area--none" aria-hidden="true"></span>{{ 'wijkenOverview.noFigure' | t }}
                        </li>
                      </ul>
                      <p class="utrecht-paragraph wk-map__note">{{ 'wijkenOverview.map.note' | t }}</p>
                    </figcaption>
                  </figure>
                } @else {
                  <p class="utrecht-paragraph">{{ 'wijkenOverview.map.none' | t }}</p>
                }
              }
              <wk-data-table
                [caption]="'wijkenOverview.table.caption' | t: { indicator: indicator.name[language()] }"
                [columns]="indicatorColumns()"
                [rows]="d.wijken"
                [trackBy]="byWijk"
              >
                <ng-template wkCell="wijk" [wkCellOf]="d.wijken" let-row>
                  <a class="utrecht-link" [routerLink]="['/indicatoren/wijken', row.wijk.id]">{{ row.wijk.name }}</a>
                </ng-template>
                <ng-template wkCell="value" [wkCellOf]="d.wijken" let-row>{{ figure(row.cells[indicator.code], indicator) }}</ng-template>
                <ng-template wkCell="reference" [wkCellOf]="d.wijken" let-row>{{
                  reference(row.cells[indicator.code], indicator)
                }}</ng-template>
                <ng-template wkCell="comparison" [wkCellOf]="d.wijken" let-row>{{ comparisonText(row.cells[indicator.code]) }}</ng-template>
              </wk-data-table>
            </div>
          }
          <p class="utrecht-paragraph">{{ 'wijkenOverview.rule' | t }}</p>
        }
      </section>

      @if (d.indicators.length) {
        <section class="wk-section" aria-labelledby="alle-cijfers">
          <h2 class="utrecht-heading-2" id="alle-cijfers">{{ 'wijkenOverview.all.heading' | t }}</h2>
          <p class="utrecht-paragraph">{{ 'wijkenOverview.all.lead' | t }}</p>
          <wk-data-table [caption]="'wijkenOverview.all.caption' | t" [columns]="matrixColumns()" [rows]="d.wijken" [trackBy]="byWijk">
            <ng-template wkCell="wijk" [wkCellOf]="d.wijken" let-row>
              <a class="utrecht-link" [routerLink]="['/indicatoren/wijken', row.wijk.id]">{{ row.wijk.name }}</a>
            </ng-template>
            @for (i of d.indicators; track i.code) {
              <ng-template [wkCell]="i.code" [wkCellOf]="d.wijken" let-row>
                @if (row.cells[i.code]; as cell) {
                  <span [class]="'wk-compare wk-compare--' + (cell.comparison ?? 'none')">{{ figure(cell, i) }}</span>
                  <span class="wk-compare__text">{{ comparisonText(cell) }}</span>
                } @else {
                  <span class="wk-muted">–</span>
                }
              </ng-template>
            }
          </wk-data-table>
        </section>
      }
    }
  `,
})
export class IndicatorsOverviewPage {
  readonly #api = inject(IndicatorsApi);
  readonly #i18n = inject(I18nService);
  readonly #session = inject(SessionStore);

  readonly data = createLoader(() => this.#api.overview());
  readonly signals = createLoader(() => this.#api.signals());
  readonly settings = createLoader(() => this.#api.warningSettings());
  readonly boundaries = createLoader(() => this.#api.boundaries());
  readonly language = this.#i18n.language;
  readonly legend = COMPARISON_ORDER;
  readonly canSetRules = computed(() => this.#session.hasRole('admin', 'planner'));

  readonly #chosenCode = signal<string | null>(null);
  /** The indicator of the map and its table: the chosen one, or the first with figures. */
  readonly chosen = computed<Indicator | null>(() => {
    const indicators = this.data.value()?.indicators ?? [];
    return indicators.find((i) => i.code === this.#chosenCode()) ?? indicators[0] ?? null;
  });

  readonly byId = (row: { id: string }) => row.id;
  readonly byWijk = (row: Row) => row.wijk.id;

  choose(code: string): void {
    this.#chosenCode.set(code);
  }

  comparisonKey(c: ComparisonClass): TranslationKey {
    return COMPARISON_KEYS[c];
  }

  percentText(value: number): string {
    return numberFormat(this.#i18n.language() === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
  }

  figure(cell: OverviewCell | null | undefined, indicator: Indicator): string {
    if (!cell) return this.#i18n.t('wijkenOverview.noFigure');
    return `${formatFigure(cell.value, indicator, this.#locale())} (${cell.year})`;
  }

  reference(cell: OverviewCell | null | undefined, indicator: Indicator): string {
    if (!cell || cell.reference === null || !cell.referenceArea) return '–';
    const area = cell.referenceArea === 'gemeente' ? this.data.value()?.gemeente.name : this.#i18n.t('indicators.netherlands');
    return `${formatFigure(cell.reference, indicator, this.#locale())} (${area})`;
  }

  comparisonText(cell: OverviewCell | null | undefined): string {
    if (!cell) return '';
    const signal = cell.signal ? ` · ${this.#i18n.t('wijkenOverview.signal')}` : '';
    if (!cell.comparison) return signal.slice(3);
    const against = this.#i18n.t(cell.referenceArea === 'gemeente' ? 'comparison.thanCity' : 'comparison.thanNetherlands');
    return `${this.#i18n.t(COMPARISON_KEYS[cell.comparison])} ${against}${signal}`;
  }

  readonly #locale = () => (this.#i18n.language() === 'nl' ? 'nl-NL' : 'en-GB');

  /** Per CBS wijk code on the map: the chosen indicator's class and its figure. */
  readonly mapValues = computed(() => {
    const indicator = this.chosen();
    const map = new Map<string, MapValue>();
    if (!indicator) return map;
    for (const row of this.data.value()?.wijken ?? []) {
      const cell = row.cells[indicator.code];
      if (!row.mapCode || !cell) continue;
      map.set(row.mapCode, {
        comparison: cell.comparison,
        text: `${row.wijk.name}, ${this.figure(cell, indicator)}, ${this.comparisonText(cell)}`,
      });
    }
    return map;
  });

  readonly signalRows = computed(() => {
    const language = this.#i18n.language();
    return (this.signals.value()?.items ?? [])
      .map((w) => {
        const text = (current: boolean) => signalList(w, current, language) || this.#i18n.t('signals.none');
        return { id: w.wijk.id, name: w.wijk.name, now: text(true), earlier: text(false), hasNow: w.signals.some((s) => s.current) };
      })
      .sort((a, b) => Number(!a.hasNow) - Number(!b.hasNow) || a.name.localeCompare(b.name, 'nl'));
  });

  readonly signalColumns = computed<DataTableColumn<{ id: string; name: string; now: string; earlier: string }>[]>(() => [
    { key: 'name', label: this.#i18n.t('signals.col.wijk'), sortValue: (r) => r.name },
    { key: 'now', label: this.#i18n.t('signals.col.now') },
    { key: 'earlier', label: this.#i18n.t('signals.col.earlier') },
  ]);

  readonly indicatorColumns = computed<DataTableColumn<Row>[]>(() => {
    const indicator = this.chosen();
    const code = indicator?.code ?? '';
    return [
      { key: 'wijk', label: this.#i18n.t('signals.col.wijk'), sortValue: (r) => r.wijk.name },
      { key: 'value', label: this.#i18n.t('wijkenOverview.col.value'), numeric: true, sortValue: (r) => r.cells[code]?.value ?? null },
      { key: 'reference', label: this.#i18n.t('wijkenOverview.col.reference'), numeric: true },
      { key: 'comparison', label: this.#i18n.t('wijkenOverview.col.comparison'), sortValue: (r) => rankOf(r.cells[code]) },
    ];
  });

  readonly matrixColumns = computed<DataTableColumn<Row>[]>(() => {
    const language = this.#i18n.language();
    return [
      { key: 'wijk', label: this.#i18n.t('signals.col.wijk'), sortValue: (r) => r.wijk.name },
      ...(this.data.value()?.indicators ?? []).map((i) => ({
        key: i.code,
        label: i.name[language],
        sortValue: (r: Row) => rankOf(r.cells[i.code]),
      })),
    ];
  });
}

/** Worst first when sorted ascending; no class last either way. */
function rankOf(cell: OverviewCell | null | undefined): number | null {
  return cell?.comparison ? COMPARISON_ORDER.indexOf(cell.comparison) : null;
}
