import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BlockCourse } from '@wk/contracts';
import { I18nService, TranslatePipe } from '@wk/web/core';
import { LineChartComponent } from '@wk/web/shared/ui';
import { courseYears } from '../util/dashboard';
import { blockLabel, formatPercent } from '../util/format';

/** The course of each block and pillar over the plan's years: a small line chart each, and one table with the same figures. */
@Component({
  selector: 'wk-dashboard-course',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LineChartComponent, TranslatePipe],
  template: `
    <ul class="wk-course-grid">
      @for (c of rows(); track c.key) {
        <li class="wk-course">
          <p class="utrecht-paragraph wk-course__title">{{ c.label }}</p>
          <wk-line-chart [label]="c.chartLabel" [points]="c.points" [xMin]="startYear()" [xMax]="endYear()" [topLabel]="percent(100)" />
          <p class="utrecht-paragraph wk-course__last">{{ c.last }}</p>
        </li>
      }
    </ul>
    <div class="utrecht-table-container wk-table-container" tabindex="0" role="region" aria-labelledby="verloop-bijschrift">
      <table class="utrecht-table utrecht-table--html-table wk-table wk-table--auto">
        <caption class="utrecht-table__caption wk-table__caption" id="verloop-bijschrift">
          {{
            'dashboard.tableCaption' | t: { name: ('dashboard.course.caption' | t) }
          }}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">{{ 'dashboard.col.blockOrPillar' | t }}</th>
            @for (year of years(); track year) {
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
                {{ 'dashboard.col.endOf' | t: { year: year } }}
              </th>
            }
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          @for (c of rows(); track c.key) {
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell wk-table__row-header" scope="row">{{ c.label }}</th>
              @for (cell of c.cells; track $index) {
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{{ cell }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class DashboardCourseComponent {
  readonly #i18n = inject(I18nService);
  readonly #t = this.#i18n.t.bind(this.#i18n);
  readonly course = input.required<readonly BlockCourse[]>();
  readonly startYear = input.required<number>();
  readonly endYear = input.required<number>();
  /** yyyy-mm-dd of "today". */
  readonly asOf = input.required<string>();

  readonly years = computed(() => courseYears(this.course()));
  readonly rows = computed(() => {
    const language = this.#i18n.language();
    const years = this.years();
    const asOf = this.asOf();
    return this.course().map((c) => {
      const label = blockLabel(c.block, c.pillar, this.#t, language);
      const points = c.points.map((p) => ({ x: p.year, y: p.progress }));
      const byYear = new Map(c.points.map((p) => [p.year, p.progress]));
      const described = c.points
        .map((p) => this.#t('dashboard.course.point', { year: p.year, percent: this.percent(p.progress) }))
        .join(', ');
      const last = c.points[c.points.length - 1];
      return {
        key: `${c.block}${c.pillar ?? ''}`,
        label,
        points,
        chartLabel: `${label}: ${described || this.#t('dashboard.course.noPoints')}`,
        last: last ? this.lastText(last, asOf) : this.#t('dashboard.course.noPoints'),
        cells: years.map((year) => (byYear.has(year) ? this.percent(byYear.get(year) ?? 0) : '–')),
      };
    });
  });

  /** The last point of a course: "Nu (4 december 2026): 15,6%" for this year, "Eind 2025: 12%" for a year that is over. */
  lastText(last: { year: number; progress: number }, asOf: string): string {
    const percent = this.percent(last.progress);
    return last.year === Number(asOf.slice(0, 4))
      ? this.#t('dashboard.course.now', { date: this.#i18n.formatDate(asOf), percent })
      : this.#t('dashboard.course.last', { year: last.year, percent });
  }

  percent(value: number): string {
    return formatPercent(value, this.#i18n.language());
  }
}
