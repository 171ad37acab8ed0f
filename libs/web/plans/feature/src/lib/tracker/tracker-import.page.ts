import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { blockOf, pillarOf, type InvalidParam, type TrackerFormat, type TrackerImportResult } from '@wk/contracts';
import { formatEuroCents } from '@wk/util';
import { PlansApi, PlanStore } from '@wk/web/plans/data-access';
import { I18nService, problemFromError, reasonText, TranslatePipe } from '@wk/web/core';
import { AlertComponent, ButtonDirective, LiveStatusComponent } from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';

/** The API's body limit leaves room for a file of about this size (base64 makes Excel a third larger). */
const MAX_BYTES = 2_500_000;

/**
 * `/plannen/:id/importeren` (draft plans, admin and planner): an existing action tracker (CSV or Excel, in the
 * layout of the template) into the plan. "Controleren" shows what will be made, or every bad cell by row and column
 * (nothing is written); "Importeren" writes all rows or none and goes back to the plan.
 */
@Component({
  selector: 'wk-tracker-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AlertComponent, ButtonDirective, LiveStatusComponent, RouterLink, TranslatePipe],
  template: `
    <h2 class="utrecht-heading-2 wk-tab-heading">{{ 'trackerImport.heading' | t }}</h2>
    <wk-live-status [text]="liveText()" />
    <p class="utrecht-paragraph">{{ 'trackerImport.lead' | t }}</p>
    @if (store.plan(); as plan) {
      <ul class="wk-download-list">
        <li>
          <a class="utrecht-link" [href]="url(plan.id, 'xlsx', true)" download>{{ 'trackerImport.template.xlsx' | t }}</a>
        </li>
        <li>
          <a class="utrecht-link" [href]="url(plan.id, 'csv', true)" download>{{ 'trackerImport.template.csv' | t }}</a>
        </li>
      </ul>
      <p class="utrecht-paragraph wk-muted">{{ 'trackerImport.columns' | t: { start: plan.startYear, end: plan.endYear } }}</p>

      @if (problems().length) {
        <div #summary tabindex="-1" class="wk-tracker-errors">
          <wk-alert type="error" [heading]="problemHeading()">
            <p class="utrecht-paragraph">{{ 'trackerImport.errors.lead' | t }}</p>
          </wk-alert>
          <div class="wk-table-scroll" tabindex="0" role="region" [attr.aria-label]="'trackerImport.errors.caption' | t">
            <table class="utrecht-table utrecht-table--html-table wk-table wk-table--errors">
              <caption class="utrecht-table__caption">
                {{
                  'trackerImport.errors.caption' | t
                }}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th scope="col" class="utrecht-table__header-cell">{{ 'wijkImport.errors.line' | t }}</th>
                  <th scope="col" class="utrecht-table__header-cell">{{ 'wijkImport.errors.column' | t }}</th>
                  <th scope="col" class="utrecht-table__header-cell">{{ 'wijkImport.errors.problem' | t }}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                @for (p of problems(); track $index) {
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell">{{ p.row }}</td>
                    <td class="utrecht-table__cell">
                      <code class="wk-code">{{ p.column }}</code>
                    </td>
                    <td class="utrecht-table__cell">{{ p.text }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      }

      <div class="utrecht-form-field wk-form-field">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="tracker-bestand">{{ 'trackerImport.file' | t }}</label>
        </div>
        <div class="utrecht-form-field-description wk-form-field__description" id="tracker-bestand-uitleg">
          {{ 'trackerImport.file.description' | t }}
        </div>
        <div class="utrecht-form-field__input">
          <input
            id="tracker-bestand"
            class="wk-file-input"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="tracker-bestand-uitleg"
            (change)="pick($event)"
          />
        </div>
      </div>
      <div class="wk-button-row">
        <button type="button" wkButton="primary" [attr.aria-disabled]="busy() || !file() ? 'true' : null" (click)="check()">
          {{ 'trackerImport.check' | t }}
        </button>
        <a wkButton="secondary" [routerLink]="['/plannen', plan.id]">{{ 'common.cancel' | t }}</a>
      </div>

      @if (preview(); as p) {
        <section class="wk-section" aria-labelledby="tracker-voorbeeld">
          <h3 class="utrecht-heading-3" id="tracker-voorbeeld" #previewHeading tabindex="-1">
            {{ 'trackerImport.preview.heading' | t: { actions: p.actions.length, goals: p.newGoals } }}
          </h3>
          <div class="wk-table-scroll" tabindex="0" role="region" [attr.aria-label]="'trackerImport.preview.caption' | t">
            <table class="utrecht-table utrecht-table--html-table wk-table">
              <caption class="utrecht-table__caption">
                {{
                  'trackerImport.preview.caption' | t
                }}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th scope="col" class="utrecht-table__header-cell">{{ 'wijkImport.errors.line' | t }}</th>
                  <th scope="col" class="utrecht-table__header-cell">{{ 'trackerImport.col.goal' | t }}</th>
                  <th scope="col" class="utrecht-table__header-cell">{{ 'trackerImport.col.action' | t }}</th>
                  <th scope="col" class="utrecht-table__header-cell">{{ 'trackerImport.col.lead' | t }}</th>
                  <th scope="col" class="utrecht-table__header-cell">{{ 'trackerImport.col.period' | t }}</th>
                  <th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                    {{ 'trackerImport.col.budget' | t }}
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                @for (a of p.actions; track a.row) {
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell">{{ a.row }}</td>
                    <td class="utrecht-table__cell">{{ group(a.block, a.pillar) }}: {{ a.goal }}</td>
                    <td class="utrecht-table__cell">{{ a.title }}</td>
                    <td class="utrecht-table__cell">{{ a.leadUnit ?? ('common.none' | t) }}</td>
                    <td class="utrecht-table__cell">{{ a.start.year }} K{{ a.start.quarter }} – {{ a.end.year }} K{{ a.end.quarter }}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ money(a.budgetCents) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <button type="button" wkButton="primary" [attr.aria-disabled]="busy() ? 'true' : null" (click)="commit()">
            {{ 'trackerImport.import' | t: { count: p.actions.length } }}
          </button>
        </section>
      }
    }
  `,
})
export class TrackerImportPage {
  readonly store = inject(PlanStore);
  readonly #api = inject(PlansApi);
  readonly #i18n = inject(I18nService);
  readonly #router = inject(Router);
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');
  private readonly previewHeading = viewChild<ElementRef<HTMLElement>>('previewHeading');

  readonly file = signal<{ name: string; format: TrackerFormat; content: string } | null>(null);
  readonly busy = signal(false);
  readonly preview = signal<TrackerImportResult | null>(null);
  readonly problems = signal<{ row: string; column: string; text: string }[]>([]);
  readonly problemHeading = computed(() =>
    this.#i18n.t('trackerImport.errors.heading', { count: new Set(this.problems().map((p) => p.row)).size }),
  );
  readonly liveText = computed(() => (this.busy() ? this.#i18n.t('trackerImport.busy') : ''));

  url(planId: string, format: TrackerFormat, empty: boolean): string {
    return this.#api.trackerUrl(planId, format, empty);
  }

  money(cents: number): string {
    return formatEuroCents(cents, this.#i18n.language());
  }

  group(block: ReturnType<typeof blockOf>['code'], pillar: Parameters<typeof pillarOf>[0] | null): string {
    const language = this.#i18n.language();
    return pillar ? pillarOf(pillar).label[language] : blockOf(block).short[language];
  }

  async pick(event: Event): Promise<void> {
    const picked = event.target instanceof HTMLInputElement ? event.target.files?.item(0) : null;
    this.preview.set(null);
    this.problems.set([]);
    if (!picked) return this.file.set(null);
    if (picked.size > MAX_BYTES) {
      this.file.set(null);
      return this.#show([{ row: '–', column: 'bestand', text: this.#i18n.t('trackerImport.tooLarge') }]);
    }
    const xlsx = /\.xlsx$/i.test(picked.name);
    const content = xlsx ? toBase64(new Uint8Array(await picked.arrayBuffer())) : await picked.text();
    this.file.set({ name: picked.name, format: xlsx ? 'xlsx' : 'csv', content });
  }

  check(): Promise<void> {
    return this.#send(false);
  }

  commit(): Promise<void> {
    return this.#send(true);
  }

  async #send(commit: boolean): Promise<void> {
    const plan = this.store.plan();
    const file = this.file();
    if (this.busy() || !plan) return;
    if (!file) return this.#show([{ row: '–', column: 'bestand', text: this.#i18n.t('trackerImport.noFile') }]);
    this.busy.set(true);
    this.problems.set([]);
    try {
      const result = await firstValueFrom(
        this.#api.importTracker(plan.id, { fileName: file.name, format: file.format, content: file.content, commit }),
      );
      if (commit) {
        await this.store.refresh();
        this.store.notify('trackerImport.done', { count: result.actions.length });
        await this.#router.navigate(['/plannen', plan.id]);
        return;
      }
      this.preview.set(result);
      setTimeout(() => this.previewHeading()?.nativeElement.focus());
    } catch (error: unknown) {
      this.preview.set(null);
      const problem = problemFromError(error);
      const params = problem.invalidParams ?? [];
      this.#show(params.length ? params.map((p) => this.#row(p)) : [{ row: '–', column: '–', text: problem.detail ?? problem.title }]);
    } finally {
      this.busy.set(false);
    }
  }

  /** `rows.4.eind` → row 4, column eind, the reason in the page's language (from its code). */
  #row(p: InvalidParam): { row: string; column: string; text: string } {
    const [kind, row, ...column] = p.name.split('.');
    const text = reasonText(p, this.#i18n.language());
    return kind === 'rows' && row
      ? { row, column: column.join('.'), text }
      : { row: kind === 'header' ? '1' : '–', column: row ?? p.name, text };
  }

  #show(problems: { row: string; column: string; text: string }[]): void {
    this.problems.set(problems);
    setTimeout(() => this.summary()?.nativeElement.focus());
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
