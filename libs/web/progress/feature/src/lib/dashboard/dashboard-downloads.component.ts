import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import type { CsvSeparatorName, PlanDashboard } from '@wk/contracts';
import { API_BASE, TranslatePipe, type TranslationKey } from '@wk/web/core';
import { FieldsetComponent } from '@wk/web/shared/ui';

/**
 * The plan's annual report (PDF, Excel) for a chosen year, and its actions and updates as CSV: plain download
 * links to the API (the session cookie goes with them), so the browser saves the file.
 */
@Component({
  selector: 'wk-dashboard-downloads',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldsetComponent, TranslatePipe],
  template: `
    <h4 class="utrecht-heading-4">{{ 'downloads.report.heading' | t }}</h4>
    <p class="utrecht-paragraph">{{ 'downloads.lead' | t }}</p>
    @if (years().length) {
      <div class="utrecht-form-field wk-form-field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="rapportage-jaar">{{ 'downloads.year' | t }}</label>
        </div>
        <div class="utrecht-form-field__input">
          <select
            id="rapportage-jaar"
            class="utrecht-select utrecht-select--html-select wk-select wk-select--year"
            (change)="year.set(+$any($event.target).value)"
          >
            @for (y of years(); track y) {
              <option [value]="y" [selected]="y === chosenYear()">{{ y }}</option>
            }
          </select>
        </div>
      </div>
      <ul class="wk-download-list">
        <li>
          <a class="utrecht-link" [href]="reportUrl('pdf')" download>{{ 'downloads.pdf' | t: { year: chosenYear() } }}</a>
          <span class="wk-muted"> {{ 'downloads.pdf.note' | t }}</span>
        </li>
        <li>
          <a class="utrecht-link" [href]="reportUrl('xlsx')" download>{{ 'downloads.xlsx' | t: { year: chosenYear() } }}</a>
        </li>
      </ul>
    } @else {
      <p class="utrecht-paragraph wk-muted">{{ 'downloads.noYear' | t: { year: dashboard().plan.startYear } }}</p>
    }
    <h4 class="utrecht-heading-4">{{ 'downloads.csv.heading' | t }}</h4>
    <p class="utrecht-paragraph">{{ 'downloads.csv.lead' | t }}</p>
    <wk-fieldset firstControlId="csv-semicolon" [legend]="'downloads.separator' | t">
      @for (s of separators; track s) {
        <div class="utrecht-form-field utrecht-form-field--radio wk-option">
          <div class="utrecht-form-field__input">
            <input
              type="radio"
              class="utrecht-radio-button utrecht-radio-button--html-input"
              name="csv-scheidingsteken"
              [id]="'csv-' + s"
              [checked]="separator() === s"
              (change)="separator.set(s)"
            />
          </div>
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label utrecht-form-label--radio" [for]="'csv-' + s">{{ separatorLabels[s] | t }}</label>
          </div>
        </div>
      }
    </wk-fieldset>
    <ul class="wk-download-list">
      <li>
        <a class="utrecht-link" [href]="csvUrl('actions')" download>{{ 'downloads.csv.actions' | t }}</a>
      </li>
      <li>
        <a class="utrecht-link" [href]="csvUrl('updates')" download>{{ 'downloads.csv.updates' | t }}</a>
      </li>
    </ul>
  `,
})
export class DashboardDownloadsComponent {
  readonly dashboard = input.required<PlanDashboard>();

  readonly separators: readonly CsvSeparatorName[] = ['semicolon', 'comma'];
  readonly separatorLabels: Record<CsvSeparatorName, TranslationKey> = {
    semicolon: 'downloads.separator.semicolon',
    comma: 'downloads.separator.comma',
  };
  readonly separator = signal<CsvSeparatorName>('semicolon');
  readonly year = signal<number | null>(null);

  /** The plan's years up to the dashboard's (the report of a year that has not begun would be empty). */
  readonly years = computed(() => {
    const { plan, asOf } = this.dashboard();
    const last = Math.min(plan.endYear, Number(asOf.slice(0, 4)));
    const out: number[] = [];
    for (let y = last; y >= plan.startYear; y--) out.push(y);
    return out;
  });
  readonly chosenYear = computed(() => this.year() ?? this.years()[0] ?? this.dashboard().plan.startYear);

  reportUrl(format: 'pdf' | 'xlsx'): string {
    return `${API_BASE}/plans/${encodeURIComponent(this.dashboard().plan.id)}/annual-report?year=${this.chosenYear()}&format=${format}`;
  }

  csvUrl(list: 'actions' | 'updates'): string {
    return `${API_BASE}/csv-exports/${list}?planId=${encodeURIComponent(this.dashboard().plan.id)}&separator=${this.separator()}`;
  }
}
