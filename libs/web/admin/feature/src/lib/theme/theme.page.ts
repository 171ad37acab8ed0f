import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { toSignal } from '@angular/core/rxjs-interop';
import { DEFAULT_THEME, LOGO_MAX_BYTES, type Tenant } from '@wk/contracts';
import { WCAG_AA_LARGE_TEXT, WCAG_AA_NORMAL_TEXT, contrastRatio, numberFormat, parseHexColor } from '@wk/util';
import { TenantApi } from '@wk/web/admin/data-access';
import {
  createFormErrors,
  createLoader,
  fieldsIn,
  I18nService,
  LoadStateComponent,
  SessionStore,
  toCssHexColor,
  TranslatePipe,
} from '@wk/web/core';
import {
  ButtonDirective,
  AlertComponent,
  BreadcrumbComponent,
  ErrorSummaryComponent,
  FieldsetComponent,
  FormControlDirective,
  FormFieldComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom, startWith } from 'rxjs';

/** A typed colour as `#rrggbb` (for the picker and the preview), or null when it is not a hex colour. */
function cssHex(typed: string | undefined): string | null {
  return parseHexColor(typed?.trim() ?? '') ? toCssHexColor(typed?.trim() ?? '', '#000000') : null;
}

const FIELDS = ['theme.primaryColor', 'theme.primaryColorText', 'theme.logoText', 'theme.accentColor', 'theme.logo', 'name'] as const;
const TEXT_COLORS = [
  { value: '#ffffff', label: 'theme.textColor.white' },
  { value: '#000000', label: 'theme.textColor.black' },
] as const;

/** `/beheer/huisstijl`: the gemeente's colour, checked for contrast (WCAG 2.1 AA), with a preview. */
@Component({
  selector: 'wk-theme-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    LoadStateComponent,
    AlertComponent,
    BreadcrumbComponent,
    ErrorSummaryComponent,
    FieldsetComponent,
    FormControlDirective,
    FormFieldComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  templateUrl: './theme.page.html',
})
export class ThemePage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(TenantApi);
  readonly #session = inject(SessionStore);

  readonly formId = 'huisstijl';
  readonly controlId = (field: string): string => controlId(this.formId, field);
  readonly textColors = TEXT_COLORS;
  readonly minContrast = WCAG_AA_NORMAL_TEXT;
  readonly busy = signal(false);
  readonly saved = signal(false);
  readonly savedText = computed(() => (this.saved() ? this.#i18n.t('theme.saved') : null));
  readonly errors = createFormErrors(fieldsIn(FIELDS));
  readonly breadcrumb = computed(() => [{ label: this.#i18n.t('admin.heading'), path: '/beheer' }]);

  readonly data = createLoader(() => this.#api.get());
  readonly versionConflict = computed(() => this.errors.problem()?.code === 'version_conflict');

  readonly form = new FormGroup({
    primaryColor: new FormControl(DEFAULT_THEME.primaryColor, { nonNullable: true }),
    primaryColorText: new FormControl(DEFAULT_THEME.primaryColorText, { nonNullable: true }),
    logoText: new FormControl('', { nonNullable: true }),
    accentColor: new FormControl('', { nonNullable: true }),
  });
  /** The logo as a data URL: the stored one, a newly chosen one, or null after "remove". */
  readonly logo = signal<string | null>(null);
  readonly logoMaxKb = LOGO_MAX_BYTES / 1000;
  readonly #value = toSignal(this.form.valueChanges.pipe(startWith(this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  /** The colour as typed, when it is a valid hex colour; for the colour picker and the preview. */
  readonly primaryHex = computed(() => cssHex(this.#value().primaryColor));
  readonly textHex = computed(() => this.#value().primaryColorText ?? DEFAULT_THEME.primaryColorText);
  /** The second colour as typed, when it is a valid hex colour; null when empty or not a colour. */
  readonly accentHex = computed(() => cssHex(this.#value().accentColor));
  readonly contrast = computed(() => {
    const primary = this.primaryHex();
    return primary ? contrastRatio(this.textHex(), primary) : null;
  });
  readonly contrastText = computed(() => {
    const ratio = this.contrast();
    if (ratio === null) {
      return null;
    }
    const formatted = numberFormat(this.#i18n.locale(), { maximumFractionDigits: 1 }).format(ratio);
    return this.#i18n.t(ratio >= WCAG_AA_NORMAL_TEXT ? 'theme.contrast.ok' : 'theme.contrast.tooLow', {
      ratio: formatted,
      min: numberFormat(this.#i18n.locale()).format(WCAG_AA_NORMAL_TEXT),
    });
  });
  readonly previewName = computed(() => this.#value().logoText?.trim() || this.data.value()?.name || this.#session.tenant()?.name || '');

  constructor() {
    effect(() => {
      const tenant = this.data.value();
      if (tenant) {
        this.#fill(tenant);
      }
    });
  }

  pickColor(event: Event): void {
    if (event.target instanceof HTMLInputElement) {
      this.form.controls.primaryColor.setValue(event.target.value);
    }
  }

  pickAccent(event: Event): void {
    if (event.target instanceof HTMLInputElement) {
      this.form.controls.accentColor.setValue(event.target.value);
    }
  }

  /** Reads the chosen file as a data URL; too large or not an image: said at the field, nothing kept. */
  async chooseLogo(event: Event): Promise<void> {
    const file = event.target instanceof HTMLInputElement ? event.target.files?.[0] : undefined;
    if (!file) {
      return;
    }
    const kind = ['image/png', 'image/jpeg', 'image/svg+xml'].includes(file.type);
    if (!this.errors.check([['theme.logo', !kind ? 'theme.error.logoType' : file.size > LOGO_MAX_BYTES ? 'theme.error.logoSize' : null]])) {
      return;
    }
    const url = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    this.logo.set(url);
  }

  removeLogo(): void {
    this.logo.set(null);
  }

  reload(): void {
    this.errors.clear();
    this.saved.set(false);
    this.data.reload();
  }

  async save(): Promise<void> {
    const tenant = this.data.value();
    if (this.busy() || !tenant) {
      return;
    }
    this.saved.set(false);
    const primary = this.primaryHex();
    const ratio = this.contrast();
    const accentText = this.form.controls.accentColor.value.trim();
    const accent = this.accentHex();
    const valid = this.errors.check([
      [
        'theme.primaryColor',
        primary === null ? 'theme.error.format' : ratio !== null && ratio < WCAG_AA_NORMAL_TEXT ? 'theme.error.contrast' : null,
      ],
      [
        'theme.accentColor',
        accentText === ''
          ? null
          : accent === null
            ? 'theme.error.format'
            : (contrastRatio(accent, '#ffffff') ?? 0) < WCAG_AA_LARGE_TEXT
              ? 'theme.error.accentContrast'
              : null,
      ],
    ]);
    if (!valid || primary === null) {
      return;
    }
    const logoText = this.form.controls.logoText.value.trim();
    this.busy.set(true);
    try {
      const updated = await firstValueFrom(
        this.#api.update({
          theme: {
            primaryColor: primary,
            primaryColorText: this.form.controls.primaryColorText.value,
            ...(logoText ? { logoText } : {}),
            ...(accent ? { accentColor: accent } : {}),
            ...(this.logo() ? { logo: this.logo() ?? undefined } : {}),
          },
          version: tenant.version,
        }),
      );
      this.data.set(updated);
      this.#session.updateTenant(updated);
      this.saved.set(true);
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  #fill(tenant: Tenant): void {
    this.form.setValue({
      primaryColor: tenant.theme.primaryColor,
      primaryColorText: tenant.theme.primaryColorText.toLowerCase() === '#000000' ? '#000000' : '#ffffff',
      logoText: tenant.theme.logoText ?? '',
      accentColor: tenant.theme.accentColor ?? '',
    });
    this.logo.set(tenant.theme.logo ?? null);
  }
}
