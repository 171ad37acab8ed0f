import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import {
  IMPORT_LAYOUTS,
  type ImportLayout,
  type ImportPreview,
  type ImportRefusal,
  type ImportRequest,
  type ImportResult,
} from '@wk/contracts';
import { IndicatorsApi } from '@wk/web/indicators/data-access';
import { I18nService, TranslatePipe, createFormErrors, fieldsIn, messageText } from '@wk/web/core';
import {
  AlertComponent,
  ButtonDirective,
  ErrorSummaryComponent,
  FormControlDirective,
  FormFieldComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';

/** The API's body limit leaves room for about this many characters of file. */
const MAX_CONTENT = 4_900_000;

/**
 * `/platform/cijfers` (operator: public statistics in any layout) and `/indicatoren/importeren` (a gemeente's own
 * figures, long layout): check a file first (rows new, changed, unchanged, refused with the reason per row), then
 * import all of it or nothing.
 */
@Component({
  selector: 'wk-indicator-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AlertComponent,
    ButtonDirective,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  template: `
    <wk-page-heading
      [heading]="'indicatorImport.heading' | t"
      [lead]="(scope === 'public' ? 'indicatorImport.leadPublic' : 'indicatorImport.leadOwn') | t"
    />
    <wk-live-status [text]="liveText()" />
    <wk-error-summary [heading]="'form.errorSummary' | t" [errors]="errors.errors().summary" [idPrefix]="formId" />

    @if (result(); as r) {
      <wk-alert
        type="ok"
        [heading]="(r.importId ? 'indicatorImport.done' : 'indicatorImport.nothingChanged') | t: { new: r.new, changed: r.changed }"
      >
        <p class="utrecht-paragraph">{{ 'indicatorImport.doneText' | t: { file: r.fileName, unchanged: r.unchanged } }}</p>
      </wk-alert>
    }

    <form class="wk-form" [formGroup]="form" (ngSubmit)="check()" novalidate>
      @if (scope === 'public') {
        <wk-form-field
          [controlId]="controlId('layout')"
          [label]="'indicatorImport.layout' | t"
          [error]="errors.field('layout')"
          [errorPrefix]="'form.errorPrefix' | t"
        >
          <select wkControl class="utrecht-select utrecht-select--html-select" formControlName="layout">
            @for (layout of layouts; track layout) {
              <option [value]="layout">{{ layoutLabel(layout) }}</option>
            }
          </select>
        </wk-form-field>
        <wk-form-field
          [controlId]="controlId('year')"
          [label]="'indicatorImport.year' | t"
          [description]="'indicatorImport.year.description' | t"
          [error]="errors.field('year')"
          [errorPrefix]="'form.errorPrefix' | t"
        >
          <input wkControl class="utrecht-textbox utrecht-textbox--html-input wk-input--year" inputmode="numeric" formControlName="year" />
        </wk-form-field>
      }
      <wk-form-field
        [controlId]="controlId('areaYear')"
        [label]="'indicatorImport.areaYear' | t"
        [description]="'indicatorImport.areaYear.description' | t"
        [error]="errors.field('areaYear')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        <input
          wkControl
          class="utrecht-textbox utrecht-textbox--html-input wk-input--year"
          inputmode="numeric"
          formControlName="areaYear"
        />
      </wk-form-field>
      <wk-form-field
        [controlId]="controlId('file')"
        [label]="'indicatorImport.file' | t"
        [error]="errors.field('file')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        <input wkControl class="wk-file-input" type="file" accept=".csv,text/csv,text/plain" (change)="pickFile($event)" />
      </wk-form-field>
      <wk-form-field
        [controlId]="controlId('content')"
        [label]="'indicatorImport.content' | t"
        [description]="'indicatorImport.content.description' | t"
        [error]="errors.field('content')"
        [errorPrefix]="'form.errorPrefix' | t"
      >
        <textarea
          wkControl
          class="utrecht-textarea utrecht-textarea--html-textarea wk-textarea--code"
          rows="8"
          spellcheck="false"
          formControlName="content"
        ></textarea>
      </wk-form-field>
      <div class="wk-form__actions">
        <button type="submit" wkButton="primary" [attr.aria-disabled]="busy() ? 'true' : null">{{ 'indicatorImport.check' | t }}</button>
      </div>
    </form>

    @if (preview(); as p) {
      <section class="wk-section" aria-labelledby="import-controle" id="import-controle-sectie" tabindex="-1">
        <h2 class="utrecht-heading-2" id="import-controle">{{ 'indicatorImport.preview.heading' | t: { file: p.fileName } }}</h2>
        <p class="utrecht-paragraph">
          {{ 'indicatorImport.preview.counts' | t: { rows: p.rows, new: p.new, changed: p.changed, unchanged: p.unchanged } }}
        </p>
        @if (p.refused.length) {
          <p class="utrecht-paragraph">
            <strong>{{ 'indicatorImport.preview.refused' | t: { count: p.refused.length } }}</strong>
          </p>
          <div class="wk-table-scroll" tabindex="0" role="region" [attr.aria-label]="'indicatorImport.refused.caption' | t">
            <table class="utrecht-table utrecht-table--html-table wk-table wk-table--errors">
              <caption class="utrecht-table__caption">
                {{
                  'indicatorImport.refused.caption' | t
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
                @for (r of p.refused; track $index) {
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell">{{ r.line }}</td>
                    <td class="utrecht-table__cell">
                      <code class="wk-code">{{ r.field }}</code>
                    </td>
                    <td class="utrecht-table__cell">{{ reason(r) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else if (p.new + p.changed > 0) {
          <button type="button" wkButton="primary" (click)="importFile()" [attr.aria-disabled]="busy() ? 'true' : null">
            {{ 'indicatorImport.import' | t: { count: p.new + p.changed } }}
          </button>
        } @else {
          <p class="utrecht-paragraph">{{ 'indicatorImport.preview.nothing' | t }}</p>
        }
      </section>
    }
  `,
})
export class IndicatorImportPage {
  readonly #api = inject(IndicatorsApi);
  readonly #i18n = inject(I18nService);
  /** Whose figures: the operator's public statistics or the gemeente's own (route data `scope`). */
  readonly scope: 'public' | 'own' = inject(ActivatedRoute).snapshot.data['scope'] === 'public' ? 'public' : 'own';

  readonly formId = 'cijfers';
  readonly controlId = (field: string): string => controlId(this.formId, field);
  readonly layouts = IMPORT_LAYOUTS;
  readonly busy = signal(false);
  readonly preview = signal<ImportPreview | null>(null);
  readonly result = signal<ImportResult | null>(null);
  readonly fileName = signal<string | null>(null);
  readonly errors = createFormErrors(fieldsIn(['layout', 'year', 'areaYear', 'file', 'content']));
  readonly form = new FormGroup({
    layout: new FormControl<ImportLayout>('long', { nonNullable: true }),
    year: new FormControl('', { nonNullable: true }),
    areaYear: new FormControl('2024', { nonNullable: true }),
    content: new FormControl('', { nonNullable: true }),
  });

  readonly liveText = computed(() => {
    if (this.busy()) return this.#i18n.t('indicatorImport.busy');
    const p = this.preview();
    return p
      ? this.#i18n.t('indicatorImport.preview.counts', { rows: p.rows, new: p.new, changed: p.changed, unchanged: p.unchanged })
      : null;
  });

  layoutLabel(layout: ImportLayout): string {
    return this.#i18n.t(`indicatorImport.layout.${layout}`);
  }

  /** A refused row's reason in the page's language, from the API's code. */
  reason(r: ImportRefusal): string {
    const code = `indicator_import.${r.code}`;
    return messageText(code, { value: r.reason }, this.#i18n.language()) ?? `${r.code}: ${r.reason}`;
  }

  async pickFile(event: Event): Promise<void> {
    const file = event.target instanceof HTMLInputElement ? event.target.files?.item(0) : null;
    if (!file) return;
    this.fileName.set(file.name);
    this.form.controls.content.setValue((await file.text()).replace(/^\uFEFF/, ''));
    this.preview.set(null);
    this.result.set(null);
  }

  #request(): ImportRequest | null {
    const { layout, year, areaYear, content } = this.form.getRawValue();
    const yearOk = (v: string) => v.trim() === '' || /^\d{4}$/.test(v.trim());
    const valid = this.errors.check([
      [
        'content',
        content.trim() === '' ? 'indicatorImport.error.empty' : content.length > MAX_CONTENT ? 'indicatorImport.error.tooLarge' : null,
      ],
      ['year', yearOk(year) ? null : 'indicatorImport.error.year'],
      ['areaYear', yearOk(areaYear) ? null : 'indicatorImport.error.year'],
    ]);
    if (!valid) return null;
    return {
      layout: this.scope === 'public' ? layout : 'long',
      fileName: this.fileName() ?? this.#i18n.t('indicatorImport.pasted'),
      content,
      ...(year.trim() ? { year: Number(year) } : {}),
      ...(areaYear.trim() ? { areaYear: Number(areaYear) } : {}),
    };
  }

  async check(): Promise<void> {
    if (this.busy()) return;
    const request = this.#request();
    this.preview.set(null);
    this.result.set(null);
    if (!request) return;
    this.busy.set(true);
    try {
      this.preview.set(await firstValueFrom(this.#api.previewImport(this.scope, request)));
      this.errors.clear();
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  async importFile(): Promise<void> {
    if (this.busy()) return;
    const request = this.#request();
    if (!request) return;
    this.busy.set(true);
    try {
      this.result.set(await firstValueFrom(this.#api.importFile(this.scope, request)));
      this.preview.set(null);
      this.errors.clear();
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}
