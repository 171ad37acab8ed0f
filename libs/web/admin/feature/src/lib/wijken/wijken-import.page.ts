import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { type ImportWijkenResult, WIJK_CSV_COLUMNS } from '@wk/contracts';
import { WijkenApi } from '@wk/web/admin/data-access';
import { I18nService, type TranslationKey, TranslatePipe, createFormErrors, fieldsIn } from '@wk/web/core';
import {
  ButtonDirective,
  AlertComponent,
  BreadcrumbComponent,
  ErrorSummaryComponent,
  FormControlDirective,
  FormFieldComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { importErrorRows, stripBom } from './import-errors';

/** The API accepts at most this many characters; a larger file is refused before sending. */
export const MAX_CSV_LENGTH = 2_000_000;

interface ColumnHelp {
  name: (typeof WIJK_CSV_COLUMNS)[number];
  required: boolean;
  text: TranslationKey;
  example: string;
}

const COLUMNS: readonly ColumnHelp[] = [
  { name: 'naam', required: true, text: 'wijkImport.column.naam', example: 'Meijhorst' },
  { name: 'cbs_codes', required: true, text: 'wijkImport.column.cbs_codes', example: 'BU02680733' },
  { name: 'jaar', required: true, text: 'wijkImport.column.jaar', example: '2024' },
  { name: 'inwoners', required: false, text: 'wijkImport.column.inwoners', example: '4120' },
  { name: 'rol_in_de_stad', required: false, text: 'wijkImport.column.rol_in_de_stad', example: 'Woonwijk in Dukenburg' },
];

export const EXAMPLE_CSV = [
  'naam;cbs_codes;jaar;inwoners;rol_in_de_stad',
  'Meijhorst;BU02680733;2024;;Woonwijk in Dukenburg met veel sociale huur',
  'Willemskwartier;BU02680510;2024;;',
].join('\n');

/** `/beheer/wijken/importeren`: many wijken at once from a CSV file, all or nothing. */
@Component({
  selector: 'wk-wijken-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    AlertComponent,
    BreadcrumbComponent,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './wijken-import.page.html',
})
export class WijkenImportPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(WijkenApi);

  readonly formId = 'import';
  readonly controlId = (field: string): string => controlId(this.formId, field);
  readonly columns = COLUMNS;
  readonly example = EXAMPLE_CSV;
  readonly busy = signal(false);
  readonly result = signal<ImportWijkenResult | null>(null);
  readonly fileName = signal<string | null>(null);
  readonly errors = createFormErrors(fieldsIn(['csv', 'file']));
  readonly form = new FormGroup({ csv: new FormControl('', { nonNullable: true }) });
  readonly breadcrumb = computed(() => [
    { label: this.#i18n.t('admin.heading'), path: '/beheer' },
    { label: this.#i18n.t('wijken.adminHeading'), path: '/beheer/wijken' },
  ]);

  /** Row errors from a refused import (nothing was imported then). */
  readonly rowErrors = computed(() => {
    const problem = this.errors.problem();
    return problem?.status === 400 ? importErrorRows(problem.invalidParams ?? []) : [];
  });
  /** The summary at the top: one line that links to the table of row errors, or the form's own errors. */
  readonly summary = computed(() => {
    const count = this.rowErrors().length;
    if (count > 0) {
      return [{ field: 'regels', message: this.#i18n.t('wijkImport.failed', { count }) }];
    }
    return this.errors.errors().summary;
  });
  readonly summaryHeading = computed(() => this.#i18n.t(this.rowErrors().length > 0 ? 'wijkImport.failedHeading' : 'form.errorSummary'));
  readonly liveText = computed(() => {
    if (this.busy()) {
      return this.#i18n.t('wijkImport.busy');
    }
    const result = this.result();
    return result ? this.#i18n.t('wijkImport.done', { count: result.created }) : null;
  });

  async pickFile(event: Event): Promise<void> {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) {
      return;
    }
    const file = input.files?.item(0);
    if (!file) {
      return;
    }
    this.result.set(null);
    if (file.size > MAX_CSV_LENGTH * 4) {
      this.errors.check([['file', 'wijkImport.error.tooLarge']]);
      return;
    }
    const text = stripBom(await file.text());
    this.fileName.set(file.name);
    this.form.controls.csv.setValue(text);
    this.errors.clear();
  }

  async submit(): Promise<void> {
    if (this.busy()) {
      return;
    }
    const csv = stripBom(this.form.controls.csv.value).trim();
    this.result.set(null);
    const valid = this.errors.check([
      ['csv', csv === '' ? 'wijkImport.error.empty' : csv.length > MAX_CSV_LENGTH ? 'wijkImport.error.tooLarge' : null],
    ]);
    if (!valid) {
      return;
    }
    this.busy.set(true);
    try {
      this.result.set(await firstValueFrom(this.#api.import({ csv })));
      this.errors.clear();
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  reset(): void {
    this.result.set(null);
    this.fileName.set(null);
    this.form.controls.csv.setValue('');
    this.errors.clear();
  }
}
