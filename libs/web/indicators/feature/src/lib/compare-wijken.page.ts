import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { IndicatorPoint, PublicArea, PublicAreaIndicators } from '@wk/contracts';
import { IndicatorsApi } from '@wk/web/indicators/data-access';
import { createLoader, I18nService, LoadStateComponent, TranslatePipe } from '@wk/web/core';
import { ButtonDirective, PageHeadingComponent } from '@wk/web/shared/ui';
import { isWijkCode } from '@wk/util';
import { forkJoin, of, type Observable } from 'rxjs';
import { IndicatorChartComponent, type ChartLine } from './indicator-chart.component';
import { formatFigure } from './format';

/** At most this many wijken elsewhere beside the wijk (a chart stays readable). */
export const COMPARE_MAX = 3;
const KEYS = ['compare1', 'compare2', 'compare3'] as const;

/** `met=WK059915,WK001404`: valid CBS wijk codes, at most three, no repeats. */
export function parseCompareCodes(value: string | undefined): string[] {
  return [...new Set((value ?? '').split(',').map((c) => c.trim().toUpperCase()))].filter(isWijkCode).slice(0, COMPARE_MAX);
}

/**
 * `/indicatoren/wijken/:id/vergelijken?met=…` — the wijk beside wijken of other gemeenten on public statistics (the
 * same for every gemeente, so this shows nothing of another gemeente's own data).
 */
@Component({
  selector: 'wk-compare-wijken-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    IndicatorChartComponent,
    LoadStateComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <wk-load-state [loader]="own" [notFoundPage]="true" />
    @if (own.value(); as o) {
      <wk-page-heading [heading]="'compare.heading' | t: { wijk: o.wijk.name }" [lead]="'compare.lead' | t">
        <a class="utrecht-link" [routerLink]="['/indicatoren/wijken', id()]">{{ 'compare.back' | t: { wijk: o.wijk.name } }}</a>
      </wk-page-heading>

      <section class="wk-section" aria-labelledby="vergelijk-kiezen">
        <h2 class="utrecht-heading-2" id="vergelijk-kiezen">{{ 'compare.choose' | t: { max: max } }}</h2>
        @if (compared().length) {
          <ul class="wk-compare-list">
            @for (a of compared(); track a.area.code) {
              <li>
                <span>{{ areaName(a.area) }}</span>
                <button type="button" wkButton="subtle" (click)="remove(a.area.code)">
                  {{ 'compare.remove' | t: { name: a.area.name } }}
                </button>
              </li>
            }
          </ul>
        }
        @if (compared().length < max) {
          <form class="wk-filter" role="search" [attr.aria-label]="'compare.searchForm' | t" [formGroup]="form" (ngSubmit)="search()">
            <div class="utrecht-form-field wk-form-field">
              <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for="vergelijk-zoek">{{ 'compare.search' | t }}</label>
              </div>
              <div class="utrecht-form-field__input">
                <input id="vergelijk-zoek" class="utrecht-textbox utrecht-textbox--html-input wk-input" type="search" formControlName="q" />
              </div>
            </div>
            <button type="submit" wkButton>{{ 'compare.find' | t }}</button>
          </form>
          <p class="utrecht-paragraph wk-live" role="status">{{ searchStatus() }}</p>
          @if (results().length) {
            <ul class="wk-compare-list">
              @for (r of results(); track r.code) {
                <li>
                  <span>{{ areaName(r) }}</span>
                  <button type="button" wkButton="secondary" (click)="add(r.code)" [disabled]="isChosen(r.code)">
                    {{ 'compare.add' | t: { name: r.name } }}
                  </button>
                </li>
              }
            </ul>
          }
        }
      </section>

      <wk-load-state [loader]="others" />
      <div class="wk-indicators__grid">
        @for (card of cards(); track card.code) {
          <article class="wk-indicator" [attr.aria-labelledby]="'vergelijk-' + card.code">
            <h2 class="utrecht-heading-3" [id]="'vergelijk-' + card.code">{{ card.name }}</h2>
            <wk-indicator-chart [label]="card.label" [lines]="card.lines" [decimals]="card.decimals" [locale]="i18n.locale()" />
            <details class="wk-indicator__table">
              <summary>{{ 'indicators.table.summary' | t }}</summary>
              <div class="wk-table-scroll" tabindex="0" role="region" [attr.aria-label]="'compare.tableCaption' | t: { name: card.name }">
                <table class="utrecht-table utrecht-table--html-table wk-table">
                  <caption class="utrecht-table__caption">
                    {{
                      'compare.tableCaption' | t: { name: card.name }
                    }}
                  </caption>
                  <thead class="utrecht-table__header">
                    <tr class="utrecht-table__row">
                      <th scope="col" class="utrecht-table__header-cell">{{ 'indicators.table.year' | t }}</th>
                      @for (line of card.lines; track line.key) {
                        <th scope="col" class="utrecht-table__header-cell">{{ line.label }}</th>
                      }
                    </tr>
                  </thead>
                  <tbody class="utrecht-table__body">
                    @for (row of card.rows; track row.year) {
                      <tr class="utrecht-table__row">
                        <th scope="row" class="utrecht-table__header-cell">{{ row.year }}</th>
                        @for (cell of row.cells; track $index) {
                          <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{{ cell }}</td>
                        }
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </details>
          </article>
        }
      </div>
      @if (compared().length && !cards().length) {
        <p class="utrecht-paragraph">{{ 'compare.nothing' | t }}</p>
      }
    }
  `,
})
export class CompareWijkenPage {
  /** The wijk's id (route parameter). */
  readonly id = input.required<string>();
  /** The CBS codes to compare with (query parameter `met`). */
  readonly met = input<string | undefined>(undefined);

  readonly #api = inject(IndicatorsApi);
  readonly #router = inject(Router);
  readonly i18n = inject(I18nService);
  readonly max = COMPARE_MAX;

  readonly codes = computed(() => parseCompareCodes(this.met()));
  readonly own = createLoader(() => this.#api.forWijk(this.id()));
  readonly others = createLoader((): Observable<PublicAreaIndicators[]> => {
    const codes = this.codes();
    return codes.length ? forkJoin(codes.map((c) => this.#api.areaFigures(c))) : of([]);
  });
  readonly compared = computed(() => this.others.value() ?? []);

  readonly form = inject(NonNullableFormBuilder).group({ q: [''] });
  readonly results = signal<PublicArea[]>([]);
  readonly searchStatus = signal('');

  areaName(a: PublicArea): string {
    return a.gemeente.name ? `${a.name} (${a.gemeente.name})` : a.name;
  }

  isChosen(code: string): boolean {
    return this.codes().includes(code);
  }

  search(): void {
    const q = this.form.getRawValue().q.trim();
    if (q.length < 2) {
      this.searchStatus.set(this.i18n.t('compare.tooShort'));
      return;
    }
    this.#api.searchAreas(q).subscribe({
      next: (page) => {
        this.results.set(page.items);
        this.searchStatus.set(this.i18n.t(page.items.length ? 'compare.found' : 'compare.none', { count: page.items.length, q }));
      },
      error: () => this.searchStatus.set(this.i18n.t('compare.failed')),
    });
  }

  add(code: string): void {
    this.#go([...this.codes(), code]);
    this.results.set([]);
    this.searchStatus.set('');
  }

  remove(code: string): void {
    this.#go(this.codes().filter((c) => c !== code));
  }

  #go(codes: string[]): void {
    const met = parseCompareCodes(codes.join(','));
    void this.#router.navigate([], { queryParams: { met: met.length ? met.join(',') : null } });
  }

  /** Per public indicator that the wijk or a compared wijk has figures of: the lines and the same figures as a table. */
  readonly cards = computed(() => {
    const own = this.own.value();
    const others = this.compared();
    if (!own || !others.length) return [];
    const language = this.i18n.language();
    const locale = this.i18n.locale();
    return own.series
      .filter((s) => !s.indicator.own)
      .map((s) => {
        const lines: ChartLine[] = [
          { key: 'wijk', label: own.wijk.name, points: s.wijk.points },
          ...others.map((o, i) => ({
            key: KEYS[i] ?? 'compare3',
            label: this.areaName(o.area),
            points: o.series.find((x) => x.indicatorCode === s.indicator.code)?.points ?? ([] as IndicatorPoint[]),
          })),
        ];
        const years = [...new Set(lines.flatMap((l) => l.points.filter((p) => p.value !== null).map((p) => p.year)))].sort((a, b) => a - b);
        const rows = years.map((year) => ({
          year,
          cells: lines.map((l) => formatFigure(l.points.find((p) => p.year === year)?.value ?? null, s.indicator, locale)),
        }));
        const name = s.indicator.name[language];
        return {
          code: s.indicator.code,
          name,
          decimals: s.indicator.unit === 'percent' || s.indicator.unit === 'count' ? 0 : Math.min(s.indicator.decimals, 2),
          label: this.i18n.t('compare.chartLabel', { name, areas: lines.map((l) => l.label).join(', ') }),
          lines,
          rows,
          // Only indicators where at least one compared wijk has a figure.
          shown: lines.slice(1).some((l) => l.points.some((p) => p.value !== null)),
        };
      })
      .filter((c) => c.shown && c.rows.length);
  });
}
