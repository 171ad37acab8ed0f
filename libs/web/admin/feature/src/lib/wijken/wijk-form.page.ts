import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { CBS_YEAR_MIN, YEAR_MAX, type CbsUnitMatch, type CreateWijkRequest, type Wijk } from '@wk/contracts';
import { parseCbsCode } from '@wk/util';
import { WijkenApi } from '@wk/web/admin/data-access';
import {
  createFormErrors,
  createLoader,
  type FieldCheck,
  fieldsIn,
  I18nService,
  LoadStateComponent,
  NotificationStore,
  TranslatePipe,
} from '@wk/web/core';
import {
  ButtonDirective,
  AlertComponent,
  BreadcrumbComponent,
  ConfirmDeleteComponent,
  type ConfirmDeleteTexts,
  ErrorSummaryComponent,
  FormControlDirective,
  FormFieldComponent,
  PageHeadingComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom, of } from 'rxjs';
import { AuditHistoryComponent } from './audit-history.component';
import { CbsSearchComponent } from './cbs-search.component';

/** The newest CBS wijk- en buurtindeling in the reference data; a sensible default for new rows. */
export const DEFAULT_CBS_YEAR = 2024;
export const MIN_YEAR = CBS_YEAR_MIN;
export const MAX_YEAR = YEAR_MAX;
const LIST = '/beheer/wijken';
const TOP_FIELDS = ['name', 'population', 'populationYear', 'populationSource', 'roleInCity'] as const;

/** Maps API field names onto this form: `cbsUnits.2` and `cbsUnits` land on a row's code field. */
export function wijkFieldOf(name: string): string | null {
  const unit = /^cbsUnits(?:\.(\d+)(?:\.(code|year))?)?(?:\.|$)/.exec(name);
  if (unit) {
    return `cbsUnits.${unit[1] ?? '0'}.${unit[2] ?? 'code'}`;
  }
  return fieldsIn(TOP_FIELDS)(name);
}

type UnitGroup = FormGroup<{ code: FormControl<string>; year: FormControl<string> }>;

function unitGroup(code = '', year: number | string = DEFAULT_CBS_YEAR): UnitGroup {
  return new FormGroup({
    code: new FormControl(code, { nonNullable: true }),
    year: new FormControl(String(year), { nonNullable: true }),
  });
}

/** A whole number in the given range, or null when the text is not one. */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim().replace(/[.\s]/g, '');
  if (!/^\d+$/.test(trimmed)) {
    return null;
  }
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/** `/beheer/wijken/nieuw` and `/beheer/wijken/:id`. */
@Component({
  selector: 'wk-wijk-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    LoadStateComponent,
    AlertComponent,
    AuditHistoryComponent,
    BreadcrumbComponent,
    CbsSearchComponent,
    ConfirmDeleteComponent,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './wijk-form.page.html',
})
export class WijkFormPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(WijkenApi);
  readonly #router = inject(Router);
  readonly #notifications = inject(NotificationStore);
  readonly #document = inject(DOCUMENT);
  readonly #injector = inject(Injector);

  /** Route parameter; absent on the "new" page. */
  readonly id = input<string>();

  readonly formId = 'wijk';
  readonly controlId = (field: string): string => controlId(this.formId, field);
  readonly busy = signal(false);
  readonly errors = createFormErrors(wijkFieldOf);
  readonly deleteErrors = createFormErrors(() => null);
  readonly breadcrumb = computed(() => [
    { label: this.#i18n.t('admin.heading'), path: '/beheer' },
    { label: this.#i18n.t('wijken.adminHeading'), path: LIST },
  ]);

  readonly data = createLoader(() => {
    const id = this.id();
    return id ? this.#api.get(id) : of(null);
  });
  readonly wijk = computed(() => this.data.value() ?? null);
  readonly versionConflict = computed(
    () => this.errors.problem()?.code === 'version_conflict' || this.deleteErrors.problem()?.code === 'version_conflict',
  );
  readonly deleteTexts = computed<ConfirmDeleteTexts>(() => ({
    start: this.#i18n.t('wijkForm.delete.start'),
    question: this.#i18n.t('wijkForm.delete.question', { name: this.wijk()?.name ?? '' }),
    confirm: this.#i18n.t('common.delete.confirm'),
    cancel: this.#i18n.t('common.delete.cancel'),
    busy: this.#i18n.t('common.deleting'),
  }));

  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    cbsUnits: new FormArray<UnitGroup>([unitGroup()]),
    population: new FormControl('', { nonNullable: true }),
    populationYear: new FormControl('', { nonNullable: true }),
    populationSource: new FormControl('', { nonNullable: true }),
    roleInCity: new FormControl('', { nonNullable: true }),
  });
  /** Bumped when rows are added or removed, so the template (OnPush, signals) re-reads the array. */
  readonly unitCount = signal(1);

  constructor() {
    effect(() => {
      const wijk = this.wijk();
      if (wijk) {
        this.#fill(wijk);
      }
    });
  }

  get units(): FormArray<UnitGroup> {
    return this.form.controls.cbsUnits;
  }

  /** What the last pick did, said in the current language. */
  readonly #picked = signal<{ key: 'cbsSearch.already' | 'cbsSearch.added'; name: string; code: string } | null>(null);
  readonly pickedText = computed(() => {
    const picked = this.#picked();
    return picked ? this.#i18n.t(picked.key, { name: picked.name, code: picked.code }) : '';
  });

  /** A CBS unit chosen by name: its code fills the first empty row or a new one; the name fills an empty name. */
  pick(match: CbsUnitMatch): void {
    const texts = { name: match.name, code: match.code };
    if (this.units.controls.some((g) => g.controls.code.value.trim().toUpperCase() === match.code)) {
      this.#picked.set({ key: 'cbsSearch.already', ...texts });
      return;
    }
    const empty = this.units.controls.find((g) => g.controls.code.value.trim() === '');
    if (empty) {
      empty.setValue({ code: match.code, year: String(match.year) });
    } else {
      this.units.push(unitGroup(match.code, match.year));
      this.unitCount.set(this.units.length);
    }
    if (this.form.controls.name.value.trim() === '') {
      this.form.controls.name.setValue(match.name);
    }
    this.#picked.set({ key: 'cbsSearch.added', ...texts });
  }

  addUnit(): void {
    const last = this.units.at(this.units.length - 1);
    this.units.push(unitGroup('', last?.controls.year.value || DEFAULT_CBS_YEAR));
    this.unitCount.set(this.units.length);
    const index = this.units.length - 1;
    afterNextRender(() => this.#document.getElementById(this.controlId(`cbsUnits.${index}.code`))?.focus(), {
      injector: this.#injector,
    });
  }

  removeUnit(index: number): void {
    if (this.units.length <= 1) {
      return;
    }
    this.units.removeAt(index);
    this.unitCount.set(this.units.length);
    const focusIndex = Math.min(index, this.units.length - 1);
    afterNextRender(() => this.#document.getElementById(this.controlId(`cbsUnits.${focusIndex}.code`))?.focus(), {
      injector: this.#injector,
    });
  }

  reload(): void {
    this.errors.clear();
    this.deleteErrors.clear();
    this.data.reload();
  }

  async save(): Promise<void> {
    if (this.busy()) {
      return;
    }
    const request = this.#validate();
    if (!request) {
      return;
    }
    this.busy.set(true);
    try {
      const existing = this.wijk();
      const saved = existing
        ? await firstValueFrom(this.#api.update(existing.id, { ...request, version: existing.version }))
        : await firstValueFrom(this.#api.create(request));
      this.#notifications.show(existing ? 'wijkForm.saved' : 'wijkForm.created', { name: saved.name });
      await this.#router.navigateByUrl(LIST);
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  async remove(): Promise<void> {
    const wijk = this.wijk();
    if (this.busy() || !wijk) {
      return;
    }
    this.busy.set(true);
    this.deleteErrors.clear();
    try {
      await firstValueFrom(this.#api.delete(wijk.id, wijk.version));
      this.#notifications.show('wijkForm.deleted', { name: wijk.name });
      await this.#router.navigateByUrl(LIST);
    } catch (error: unknown) {
      this.deleteErrors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** Client-side checks; the request to send when they pass. */
  #validate(): CreateWijkRequest | null {
    const value = this.form.getRawValue();
    const checks: FieldCheck[] = [['name', value.name.trim() === '' ? 'wijkForm.error.nameRequired' : null]];
    const seen = new Set<string>();
    const cbsUnits = value.cbsUnits.map((unit, index) => {
      const code = unit.code.trim().toUpperCase();
      const parsed = parseCbsCode(code);
      const year = parseWholeNumber(unit.year, MIN_YEAR, MAX_YEAR);
      const key = `${code}|${year}`;
      checks.push([
        `cbsUnits.${index}.code`,
        code === ''
          ? 'wijkForm.error.codeRequired'
          : parsed === null || parsed.level === 'gemeente'
            ? 'wijkForm.error.codeFormat'
            : seen.has(key)
              ? 'wijkForm.error.codeDuplicate'
              : null,
      ]);
      checks.push([`cbsUnits.${index}.year`, year === null ? 'wijkForm.error.year' : null, { min: MIN_YEAR, max: MAX_YEAR }]);
      seen.add(key);
      return { code, year: year ?? 0 };
    });

    const populationText = value.population.trim();
    const population = populationText === '' ? null : parseWholeNumber(populationText, 0, 10_000_000);
    checks.push(['population', populationText !== '' && population === null ? 'wijkForm.error.population' : null]);
    const populationYearText = value.populationYear.trim();
    const populationYear = populationYearText === '' ? null : parseWholeNumber(populationYearText, MIN_YEAR, MAX_YEAR);
    checks.push([
      'populationYear',
      populationYearText !== '' && populationYear === null
        ? 'wijkForm.error.year'
        : population !== null && populationYear === null
          ? 'wijkForm.error.populationYearRequired'
          : null,
      { min: MIN_YEAR, max: MAX_YEAR },
    ]);
    const populationSource = value.populationSource.trim();
    checks.push(['populationSource', population !== null && populationSource === '' ? 'wijkForm.error.populationSourceRequired' : null]);

    if (!this.errors.check(checks)) {
      return null;
    }
    return {
      name: value.name.trim(),
      cbsUnits,
      population,
      populationYear,
      populationSource: populationSource || null,
      roleInCity: value.roleInCity.trim() || null,
    };
  }

  #fill(wijk: Wijk): void {
    this.units.clear();
    for (const unit of wijk.cbsUnits.length ? wijk.cbsUnits : [{ code: '', year: DEFAULT_CBS_YEAR }]) {
      this.units.push(unitGroup(unit.code, unit.year));
    }
    this.unitCount.set(this.units.length);
    this.form.patchValue({
      name: wijk.name,
      population: wijk.population === null ? '' : String(wijk.population),
      populationYear: wijk.populationYear === null ? '' : String(wijk.populationYear),
      populationSource: wijk.populationSource ?? '',
      roleInCity: wijk.roleInCity ?? '',
    });
  }
}
