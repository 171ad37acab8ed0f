import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ORG_UNIT_KINDS, type OrgUnit, type OrgUnitKind } from '@wk/contracts';
import { OrgUnitsApi } from '@wk/web/admin/data-access';
import {
  createFormErrors,
  createLoader,
  fieldsIn,
  I18nService,
  LoadStateComponent,
  NotificationStore,
  ORG_UNIT_KIND_DESCRIPTIONS,
  ORG_UNIT_KIND_LABELS,
  TranslatePipe,
} from '@wk/web/core';
import {
  ButtonDirective,
  AlertComponent,
  BreadcrumbComponent,
  ConfirmDeleteComponent,
  type ConfirmDeleteTexts,
  ErrorSummaryComponent,
  FieldsetComponent,
  FormControlDirective,
  FormFieldComponent,
  PageHeadingComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom, of } from 'rxjs';

const FIELDS = ['name', 'kind', 'description'] as const;
const LIST = '/beheer/organisatieonderdelen';

/** `/beheer/organisatieonderdelen/nieuw` and `/beheer/organisatieonderdelen/:id`. */
@Component({
  selector: 'wk-org-unit-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    LoadStateComponent,
    AlertComponent,
    BreadcrumbComponent,
    ConfirmDeleteComponent,
    ErrorSummaryComponent,
    FieldsetComponent,
    FormControlDirective,
    FormFieldComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './org-unit-form.page.html',
})
export class OrgUnitFormPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(OrgUnitsApi);
  readonly #router = inject(Router);
  readonly #notifications = inject(NotificationStore);

  /** Route parameter; absent on the "new" page. */
  readonly id = input<string>();

  readonly formId = 'onderdeel';
  readonly controlId = (field: string): string => controlId(this.formId, field);
  readonly kinds = ORG_UNIT_KINDS;
  readonly kindLabels = ORG_UNIT_KIND_LABELS;
  readonly kindDescriptions = ORG_UNIT_KIND_DESCRIPTIONS;
  readonly busy = signal(false);
  readonly errors = createFormErrors(fieldsIn(FIELDS));
  readonly deleteErrors = createFormErrors(() => null);
  readonly breadcrumb = computed(() => [
    { label: this.#i18n.t('admin.heading'), path: '/beheer' },
    { label: this.#i18n.t('orgUnits.heading'), path: LIST },
  ]);

  readonly data = createLoader(() => {
    const id = this.id();
    return id ? this.#api.get(id) : of(null);
  });
  readonly unit = computed(() => this.data.value() ?? null);
  readonly versionConflict = computed(
    () => this.errors.problem()?.code === 'version_conflict' || this.deleteErrors.problem()?.code === 'version_conflict',
  );
  readonly deleteTexts = computed<ConfirmDeleteTexts>(() => ({
    start: this.#i18n.t('orgUnitForm.delete.start'),
    question: this.#i18n.t('orgUnitForm.delete.question', { name: this.unit()?.name ?? '' }),
    confirm: this.#i18n.t('common.delete.confirm'),
    cancel: this.#i18n.t('common.delete.cancel'),
    busy: this.#i18n.t('common.deleting'),
  }));

  readonly kind = signal<OrgUnitKind | null>(null);
  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const unit = this.unit();
      if (unit) {
        this.#fill(unit);
      }
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
    const name = this.form.controls.name.value.trim();
    const description = this.form.controls.description.value.trim();
    const kind = this.kind();
    const valid = this.errors.check([
      ['name', name === '' ? 'orgUnitForm.error.nameRequired' : null],
      ['kind', kind === null ? 'orgUnitForm.error.kindRequired' : null],
    ]);
    if (!valid || kind === null) {
      return;
    }
    this.busy.set(true);
    try {
      const existing = this.unit();
      const saved = existing
        ? await firstValueFrom(this.#api.update(existing.id, { name, kind, description: description || null, version: existing.version }))
        : await firstValueFrom(this.#api.create({ name, kind, description: description || null }));
      this.#notifications.show(existing ? 'orgUnitForm.saved' : 'orgUnitForm.created', { name: saved.name });
      await this.#router.navigateByUrl(LIST);
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  async remove(): Promise<void> {
    const unit = this.unit();
    if (this.busy() || !unit) {
      return;
    }
    this.busy.set(true);
    this.deleteErrors.clear();
    try {
      await firstValueFrom(this.#api.delete(unit.id, unit.version));
      this.#notifications.show('orgUnitForm.deleted', { name: unit.name });
      await this.#router.navigateByUrl(LIST);
    } catch (error: unknown) {
      this.deleteErrors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  #fill(unit: OrgUnit): void {
    this.form.setValue({ name: unit.name, description: unit.description ?? '' });
    this.kind.set(unit.kind);
  }
}
