import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { isGemeenteCode } from '@wk/util';
import { PlatformApi } from '@wk/web/admin/data-access';
import { I18nService, NotificationStore, TranslatePipe, createFormErrors, fieldsIn, looksLikeEmail } from '@wk/web/core';
import {
  ButtonDirective,
  BreadcrumbComponent,
  ErrorSummaryComponent,
  FormControlDirective,
  FormFieldComponent,
  PageHeadingComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { MIN_PASSWORD_LENGTH } from '../constants';

const FIELDS = ['name', 'slug', 'cbsCode', 'admin.name', 'admin.email', 'admin.password', 'admin'] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Gemeente Den Haag" → "den-haag": lower case, no accents, words joined by hyphens. */
export function slugFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^gemeente\s+/, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `/platform/gemeenten/nieuw`: a gemeente and its first admin. */
@Component({
  selector: 'wk-tenant-create-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    BreadcrumbComponent,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './tenant-create.page.html',
})
export class TenantCreatePage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(PlatformApi);
  readonly #router = inject(Router);
  readonly #notifications = inject(NotificationStore);

  readonly formId = 'gemeente';
  readonly controlId = (field: string): string => controlId(this.formId, field);
  readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  readonly busy = signal(false);
  readonly errors = createFormErrors(fieldsIn(FIELDS));
  readonly breadcrumb = computed(() => [{ label: this.#i18n.t('tenants.heading'), path: '/platform/gemeenten' }]);
  /** Until the operator edits the slug, it follows the name. */
  #slugTouched = false;

  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    slug: new FormControl('', { nonNullable: true }),
    cbsCode: new FormControl('', { nonNullable: true }),
    adminName: new FormControl('', { nonNullable: true }),
    adminEmail: new FormControl('', { nonNullable: true }),
    adminPassword: new FormControl('', { nonNullable: true }),
  });

  nameChanged(): void {
    if (!this.#slugTouched) {
      this.form.controls.slug.setValue(slugFromName(this.form.controls.name.value));
    }
  }

  slugEdited(): void {
    this.#slugTouched = true;
  }

  async submit(): Promise<void> {
    if (this.busy()) {
      return;
    }
    const value = this.form.getRawValue();
    const name = value.name.trim();
    const slug = value.slug.trim();
    const cbsCode = value.cbsCode.trim().toUpperCase();
    const valid = this.errors.check([
      ['name', name === '' ? 'tenantCreate.error.nameRequired' : null],
      ['slug', slug === '' ? 'tenantCreate.error.slugRequired' : SLUG.test(slug) ? null : 'tenantCreate.error.slugFormat'],
      ['cbsCode', cbsCode === '' ? 'tenantCreate.error.cbsRequired' : isGemeenteCode(cbsCode) ? null : 'tenantCreate.error.cbsFormat'],
      ['admin.name', value.adminName.trim() === '' ? 'users.error.nameRequired' : null],
      [
        'admin.email',
        value.adminEmail.trim() === '' ? 'users.error.emailRequired' : looksLikeEmail(value.adminEmail) ? null : 'users.error.emailInvalid',
      ],
      [
        'admin.password',
        value.adminPassword.length < MIN_PASSWORD_LENGTH ? 'users.error.passwordTooShort' : null,
        { min: MIN_PASSWORD_LENGTH },
      ],
    ]);
    if (!valid) {
      return;
    }
    this.busy.set(true);
    try {
      const tenant = await firstValueFrom(
        this.#api.createTenant({
          name,
          slug,
          cbsCode,
          admin: { name: value.adminName.trim(), email: value.adminEmail.trim(), password: value.adminPassword },
        }),
      );
      this.#notifications.show('tenantCreate.created', { name: tenant.name });
      await this.#router.navigateByUrl('/platform/gemeenten');
    } catch (error: unknown) {
      this.errors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }
}
