import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { IndicatorTarget, WijkIndicatorSeries } from '@wk/contracts';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { IndicatorChartComponent, type ChartLine } from './indicator-chart.component';
import { formatFigure, GAP_KEYS, latest, pointIn } from './format';

/**
 * One indicator of a wijk: the latest figure beside the gemeente and the Netherlands, the series as a chart
 * (with the same figures in a table), why figures are missing, the early-warning signal, and the source.
 */
@Component({
  selector: 'wk-indicator-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IndicatorChartComponent, TranslatePipe],
  template: `
    @let s = series();
    <article class="wk-indicator" [attr.aria-labelledby]="headingId()">
      <h3 class="utrecht-heading-3 wk-indicator__name" [id]="headingId()">{{ name() }}</h3>
      <p class="wk-indicator__kind">
        <span class="wk-tag">{{
          (s.indicator.kind === 'experienced' ? 'indicators.kind.experienced' : 'indicators.kind.objective') | t
        }}</span>
        @if (s.indicator.own) {
          <span class="wk-tag">{{ 'indicators.own' | t }}</span>
        }
      </p>
      <p class="utrecht-paragraph wk-indicator__about">{{ description() }}</p>

      @if (warning(); as w) {
        <div class="wk-indicator__warning" role="note">
          <strong>{{ (w.current ? 'indicators.warning.current' : 'indicators.warning.past') | t: { year: w.year } }}</strong>
          {{ w.text }}
        </div>
      }

      @if (latestWijk(); as l) {
        <dl class="wk-indicator__figures">
          <div>
            <dt>{{ s.wijk.name }} ({{ l.year }})</dt>
            <dd class="wk-indicator__figure">{{ figure(l.value) }}</dd>
          </div>
          <div>
            <dt>{{ s.gemeente.name }}</dt>
            <dd>{{ referenceText(s.gemeente.points, l.year) }}</dd>
          </div>
          <div>
            <dt>{{ 'indicators.netherlands' | t }}</dt>
            <dd>{{ referenceText(s.nederland.points, l.year) }}</dd>
          </div>
        </dl>
        <wk-indicator-chart [label]="chartLabel()" [lines]="lines()" [decimals]="chartDecimals()" [locale]="i18n.locale()" />
        @for (text of targetTexts(); track $index) {
          <p class="wk-indicator__target">{{ text }}</p>
        }
      } @else {
        <p class="utrecht-paragraph wk-indicator__none">{{ 'indicators.noWijkFigure' | t: { wijk: s.wijk.name } }}</p>
      }

      @if (s.gemeente.note === 'no_data') {
        <p class="wk-indicator__note">{{ 'indicators.noGemeente' | t: { gemeente: s.gemeente.name } }}</p>
      }
      @if (s.nederlandRule === 'lbm_minus_deviation') {
        <p class="wk-indicator__note">{{ 'indicators.rule.lbm' | t }}</p>
      } @else if (s.nederlandRule === 'zero_by_definition') {
        <p class="wk-indicator__note">{{ 'indicators.rule.zero' | t }}</p>
      } @else if (s.nederland.note === 'no_data') {
        <p class="wk-indicator__note">{{ 'indicators.noNetherlands' | t }}</p>
      }

      <details class="wk-indicator__table">
        <summary>{{ 'indicators.table.summary' | t }}</summary>
        <div class="wk-table-scroll" tabindex="0" role="region" [attr.aria-label]="'indicators.table.caption' | t: { name: name() }">
          <table class="utrecht-table utrecht-table--html-table wk-table">
            <caption class="utrecht-table__caption">
              {{
                'indicators.table.caption' | t: { name: name() }
              }}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th scope="col" class="utrecht-table__header-cell">{{ 'indicators.table.year' | t }}</th>
                <th scope="col" class="utrecht-table__header-cell">{{ s.wijk.name }}</th>
                <th scope="col" class="utrecht-table__header-cell">{{ s.gemeente.name }}</th>
                <th scope="col" class="utrecht-table__header-cell">{{ 'indicators.netherlands' | t }}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              @for (row of rows(); track row.year) {
                <tr class="utrecht-table__row">
                  <th scope="row" class="utrecht-table__header-cell">{{ row.year }}</th>
                  <td class="utrecht-table__cell">
                    {{ row.wijk }}
                    @if (row.why) {
                      <span class="wk-indicator__why">{{ row.why }}</span>
                    }
                  </td>
                  <td class="utrecht-table__cell">{{ row.gemeente }}</td>
                  <td class="utrecht-table__cell">{{ row.nederland }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </details>
      <p class="wk-indicator__source">
        {{ 'indicators.source' | t: { publisher: s.indicator.source.publisher, table: s.indicator.source.table } }}
      </p>
    </article>
  `,
})
export class IndicatorCardComponent {
  readonly series = input.required<WijkIndicatorSeries>();
  /** The targets adopted plans set on this indicator for this wijk (drawn as a line, named below the chart). */
  readonly targets = input<readonly IndicatorTarget[]>([]);
  protected readonly i18n = inject(I18nService);

  readonly headingId = computed(() => `indicator-${this.series().indicator.code}`);
  readonly name = computed(() => this.series().indicator.name[this.i18n.language()]);
  readonly description = computed(() => this.series().indicator.description[this.i18n.language()]);
  readonly latestWijk = computed(() => latest(this.series().wijk.points));
  readonly chartDecimals = computed(() => Math.min(this.series().indicator.decimals, 2));

  figure(value: number | null): string {
    return formatFigure(value, this.series().indicator, this.i18n.locale());
  }

  /** The reference's figure in the wijk's latest year, or its own latest with the year, or "not in the data". */
  referenceText(points: WijkIndicatorSeries['gemeente']['points'], year: number): string {
    const same = pointIn(points, year);
    if (same?.value !== null && same?.value !== undefined) return this.figure(same.value);
    const last = latest(points);
    return last ? `${this.figure(last.value)} (${last.year})` : this.i18n.t('indicators.notInData');
  }

  readonly lines = computed<ChartLine[]>(() => {
    const s = this.series();
    return [
      { key: 'wijk', label: s.wijk.name, points: s.wijk.points },
      { key: 'gemeente', label: s.gemeente.name, points: s.gemeente.points },
      { key: 'nederland', label: this.i18n.t('indicators.netherlands'), points: s.nederland.points },
      ...this.targets()
        .slice(0, 1)
        .map((t) => ({
          key: 'target' as const,
          label: this.i18n.t('indicators.targetLine'),
          points: [t.baseline, ...t.intermediate, t.target].map((p) => ({
            year: p.year,
            value: p.value,
            gap: null,
            areaCode: null,
            areaYear: null,
            source: null,
          })),
        })),
    ];
  });

  /** Each target in one sentence: from the baseline to the target, and whether the wijk is on course. */
  readonly targetTexts = computed(() =>
    this.targets().map((t) =>
      this.i18n.t('indicators.targetText', {
        baseline: this.figure(t.baseline.value),
        baselineYear: t.baseline.year,
        target: this.figure(t.target.value),
        targetYear: t.target.year,
        status: this.i18n.t(`targets.status.${t.status}`),
      }),
    ),
  );

  readonly chartLabel = computed(() => {
    const s = this.series();
    const l = latest(s.wijk.points);
    const first = s.wijk.points.find((p) => p.value !== null);
    return this.i18n.t('indicators.chart.label', {
      name: this.name(),
      wijk: s.wijk.name,
      from: first?.year ?? '',
      to: l?.year ?? '',
      first: this.figure(first?.value ?? null),
      last: this.figure(l?.value ?? null),
    });
  });

  readonly rows = computed(() => {
    const s = this.series();
    const years = [...new Set([...s.wijk.points, ...s.gemeente.points, ...s.nederland.points].map((p) => p.year))].sort((a, b) => a - b);
    return years.map((year) => {
      const w = pointIn(s.wijk.points, year);
      return {
        year,
        wijk: this.figure(w?.value ?? null),
        why: w && w.value === null && w.gap ? this.i18n.t(GAP_KEYS[w.gap]) : '',
        gemeente: this.figure(pointIn(s.gemeente.points, year)?.value ?? null),
        nederland: this.figure(pointIn(s.nederland.points, year)?.value ?? null),
      };
    });
  });

  /** The latest signal in plain words: which measurements triggered it. */
  readonly warning = computed(() => {
    const w = this.series().warning;
    const flag = w.flags[w.flags.length - 1];
    if (!flag) return null;
    const reference = flag.steps[0]?.reference === 'gemeente' ? this.series().gemeente.name : this.i18n.t('indicators.netherlands');
    const text =
      flag.kind === 'class_fell'
        ? this.i18n.t('indicators.warning.classFell', { from: flag.steps[0]?.from ?? '', to: flag.year })
        : this.i18n.t('indicators.warning.gapWidened', {
            reference,
            count: flag.steps.length,
            years: flag.steps.map((s) => `${s.from}–${s.to}`).join(', '),
          });
    return { year: flag.year, current: w.current, text };
  });
}
