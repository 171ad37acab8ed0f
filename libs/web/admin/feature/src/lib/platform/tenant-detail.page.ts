import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { TemporaryPassword, Tenant, TenantAdmin } from '@wk/contracts';
import { isGemeenteCode } from '@wk/util';
import { PlatformApi } from '@wk/web/admin/data-access';
import {
  createFormErrors,
  createLoader,
  fieldsIn,
  I18nService,
  LoadStateComponent,
  looksLikeEmail,
  problemFromError,
  TranslatePipe,
} from '@wk/web/core';
import {
  ButtonDirective,
  AlertComponent,
  BreadcrumbComponent,
  DataTableCellDirective,
  type DataTableColumn,
  DataTableComponent,
  ErrorSummaryComponent,
  FormControlDirective,
  FormFieldComponent,
  LiveStatusComponent,
  PageHeadingComponent,
  StatusBadgeComponent,
  controlId,
} from '@wk/web/shared/ui';
import { firstValueFrom, forkJoin } from 'rxjs';
import { TemporaryPasswordComponent } from '../users/temporary-password.component';

/**
 * `/platform/gemeenten/:id` (operator): correct the name or CBS code (checked against the CBS list),
 * deactivate or reactivate the gemeente, and add or reset its beheerders with a temporary password.
 */
@Component({
  selector: 'wk-tenant-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ButtonDirective,
    DataTableCellDirective,
    DataTableComponent,
    LoadStateComponent,
    AlertComponent,
    BreadcrumbComponent,
    ErrorSummaryComponent,
    FormControlDirective,
    FormFieldComponent,
    LiveStatusComponent,
    PageHeadingComponent,
    ReactiveFormsModule,
    RouterLink,
    StatusBadgeComponent,
    TemporaryPasswordComponent,
    TranslatePipe,
  ],
  templateUrl: './tenant-detail.page.html',
})
export class TenantDetailPage {
  readonly #i18n = inject(I18nService);
  readonly #api = inject(PlatformApi);

  /** Route parameter. */
  readonly id = input.required<string>();

  readonly formId = 'gemeente';
  readonly adminFormId = 'beheerder';
  readonly controlId = (field: string): string => controlId(this.formId, field);
  readonly adminControlId = (field: string): string => controlId(this.adminFormId, field);
  readonly busy = signal(false);
  readonly saved = signal<string | null>(null);
  readonly errors = createFormErrors(fieldsIn(['name', 'cbsCode']));
  readonly statusErrors = createFormErrors(() => null);
  readonly adminErrors = createFormErrors(fieldsIn(['name', 'email']));
  /** The temporary password just made, with whose it is: shown once. */
  readonly issued = signal<{ name: string; value: TemporaryPassword } | null>(null);
  readonly breadcrumb = computed(() => [{ label: this.#i18n.t('tenants.heading'), path: '/platform/gemeenten' }]);

  readonly data = createLoader(() => forkJoin({ tenant: this.#api.getTenant(this.id()), admins: this.#api.listAdmins(this.id()) }));
  readonly tenant = computed(() => this.data.value()?.tenant);

  readonly adminColumns = computed<DataTableColumn<TenantAdmin>[]>(() => [
    { key: 'name', label: this.#i18n.t('users.col.name') },
    { key: 'email', label: this.#i18n.t('users.col.email') },
    { key: 'status', label: this.#i18n.t('users.col.status') },
    { key: 'password', label: this.#i18n.t('tenantDetail.col.password') },
  ]);
  readonly byUserId = (admin: TenantAdmin): string => admin.userId;
  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    cbsCode: new FormControl('', { nonNullable: true }),
  });
  readonly adminForm = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const tenant = this.tenant();
      if (tenant) {
        this.form.setValue({ name: tenant.name, cbsCode: tenant.cbsCode });
      }
    });
  }

  async save(): Promise<void> {
    const tenant = this.tenant();
    if (this.busy() || !tenant) {
      return;
    }
    const name = this.form.controls.name.value.trim();
    const cbsCode = this.form.controls.cbsCode.value.trim().toUpperCase();
    const valid = this.errors.check([
      ['name', name === '' ? 'tenantCreate.error.nameRequired' : null],
      ['cbsCode', cbsCode === '' ? 'tenantCreate.error.cbsRequired' : isGemeenteCode(cbsCode) ? null : 'tenantCreate.error.cbsFormat'],
    ]);
    if (!valid) {
      return;
    }
    await this.#update(tenant, { name, cbsCode }, 'tenantDetail.saved', this.errors);
  }

  async setActive(active: boolean): Promise<void> {
    const tenant = this.tenant();
    if (this.busy() || !tenant) {
      return;
    }
    this.statusErrors.clear();
    await this.#update(tenant, { active }, active ? 'tenantDetail.activated' : 'tenantDetail.deactivated', this.statusErrors);
  }

  async addAdmin(): Promise<void> {
    const tenant = this.tenant();
    if (this.busy() || !tenant) {
      return;
    }
    const name = this.adminForm.controls.name.value.trim();
    const email = this.adminForm.controls.email.value.trim();
    const valid = this.adminErrors.check([
      ['name', name === '' ? 'users.error.nameRequired' : null],
      ['email', email === '' ? 'users.error.emailRequired' : looksLikeEmail(email) ? null : 'users.error.emailInvalid'],
    ]);
    if (!valid) {
      return;
    }
    this.busy.set(true);
    this.saved.set(null);
    this.issued.set(null);
    try {
      const admin = await firstValueFrom(this.#api.addAdmin(tenant.id, { name, email }));
      this.adminForm.reset();
      this.#replaceAdmin(admin);
      if (admin.temporaryPassword) {
        this.issued.set({ name: admin.name, value: admin.temporaryPassword });
      } else {
        this.saved.set(this.#i18n.t('tenantDetail.adminAddedExisting', { name: admin.name }));
      }
    } catch (error: unknown) {
      this.adminErrors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  async resetAdmin(admin: TenantAdmin): Promise<void> {
    const tenant = this.tenant();
    if (this.busy() || !tenant) {
      return;
    }
    this.busy.set(true);
    this.saved.set(null);
    this.issued.set(null);
    this.statusErrors.clear();
    try {
      const value = await firstValueFrom(this.#api.resetAdmin(tenant.id, admin.userId));
      this.issued.set({ name: admin.name, value });
      this.#replaceAdmin({ ...admin, passwordChangeRequired: true });
    } catch (error: unknown) {
      this.statusErrors.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  async #update(
    tenant: Tenant,
    changes: { name?: string; cbsCode?: string; active?: boolean },
    message: 'tenantDetail.saved' | 'tenantDetail.activated' | 'tenantDetail.deactivated',
    errors: ReturnType<typeof createFormErrors>,
  ): Promise<void> {
    this.busy.set(true);
    this.saved.set(null);
    try {
      const updated = await firstValueFrom(this.#api.updateTenant(tenant.id, { ...changes, version: tenant.version }));
      const current = this.data.value();
      if (current) {
        this.data.set({ ...current, tenant: updated });
      }
      this.saved.set(this.#i18n.t(message, { name: updated.name }));
    } catch (error: unknown) {
      errors.fail(error);
      if (problemFromError(error).code === 'version_conflict') {
        this.data.reload();
      }
    } finally {
      this.busy.set(false);
    }
  }

  #replaceAdmin(admin: TenantAdmin): void {
    const current = this.data.value();
    if (!current) {
      return;
    }
    const others = current.admins.filter((a) => a.userId !== admin.userId);
    this.data.set({
      ...current,
      admins: [...others, { ...admin, temporaryPassword: null }].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    });
  }
}
